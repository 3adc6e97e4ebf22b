/**
 * A realistic demo organisation with two years of history, loaded on request into an empty
 * database so that the product can be explored and shown before real data flows in.
 */
package org.fieldnps.persistence.demo;
