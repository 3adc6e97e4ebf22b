package org.fieldnps.persistence.capture.imports;

import java.util.Map;

/**
 * One row of data of an imported file, with the line it starts on. Values are read by column name
 * as the import defines it, whatever case and order the file used.
 */
record CsvRow(int line, Map<String, String> values) {

    /** The value without surrounding spaces, or {@code null} when the cell is blank or the column absent. */
    String value(String column) {
        String value = values.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }
}
