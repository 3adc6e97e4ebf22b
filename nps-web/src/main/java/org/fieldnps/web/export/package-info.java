/**
 * Tables of the portal as downloads: every export writes a header row and its rows through one
 * {@link org.fieldnps.web.export.TableWriter}, as CSV or as an Excel workbook with numbers in
 * numeric cells, and answers bad filters and parts outside the user's scope the way the pages
 * do, before a byte of data is sent. What a table holds is the page's business, not this
 * package's.
 */
package org.fieldnps.web.export;
