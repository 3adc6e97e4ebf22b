/**
 * The vocabulary of capturing feedback: the channels an answer can arrive by. The rules that
 * decide whether and when a customer is asked live beside it as they are built.
 */
package org.fieldnps.domain.capture;
