package org.fieldnps.persistence.capture.imports;

import java.io.Serializable;

/**
 * What an import did. A file imported a second time reads the same rows and finds every one of
 * them already there.
 *
 * @param rowsRead     the rows of data in the file, the header not counted
 * @param created      jobs registered or responses recorded by this import
 * @param alreadyKnown rows whose job was already registered, or whose answer was already recorded
 */
public record ImportSummary(ImportKind kind, int rowsRead, int created, int alreadyKnown) implements Serializable {
}
