/**
 * The page of what customers say: the words and phrases that set a selection's detractors apart
 * from its promoters, each leading to the responses that use it. The ranking itself lives in
 * the reporting module; this package only reads the address and puts the result into words.
 */
package org.fieldnps.web.themes;
