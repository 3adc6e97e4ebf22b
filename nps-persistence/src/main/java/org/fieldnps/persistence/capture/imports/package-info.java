/**
 * Imports of history from CSV files: the completed jobs and the answers an organisation collected
 * before it used this product, or outside it. A file is read and every row checked before
 * anything is written; a file with any bad row imports nothing and comes back with a list of its
 * problems, each naming its line and column, and a good file is written in one transaction through
 * the same capture service as live jobs and answers, without inviting anyone. Importing the same
 * file again finds every job and answer already there and changes nothing.
 */
package org.fieldnps.persistence.capture.imports;
