package org.fieldnps.persistence.capture.imports;

import java.util.List;
import java.util.Set;

/**
 * What an imported file holds, and the columns its first line names. Columns are matched by name
 * in any letter case and any order; the optional ones may be left out of the file altogether.
 */
public enum ImportKind {
    JOBS("Completed jobs", "jobs file",
            List.of("jobId", "completedAt", "engineerId", "serviceType", "siteId", "customerId", "customerName",
                    "customerEmail", "customerPhone", "customerTier", "customerLanguage"),
            Set.of("siteId", "customerEmail", "customerPhone", "customerLanguage")),
    RESPONSES("Historical responses", "responses file",
            List.of("jobId", "score", "reason", "channel", "receivedAt"),
            Set.of("reason"));

    private final String label;
    private final String fileName;
    private final List<String> columns;
    private final Set<String> optionalColumns;

    ImportKind(String label, String fileName, List<String> columns, Set<String> optionalColumns) {
        this.label = label;
        this.fileName = fileName;
        this.columns = columns;
        this.optionalColumns = optionalColumns;
    }

    public String label() {
        return label;
    }

    /** How messages name such a file: "a jobs file has the columns …". */
    public String fileName() {
        return fileName;
    }

    /** Every column such a file may have, in the order the documentation lists them. */
    public List<String> columns() {
        return columns;
    }

    public boolean isRequired(String column) {
        return columns.contains(column) && !optionalColumns.contains(column);
    }

    public List<String> requiredColumns() {
        return columns.stream().filter(this::isRequired).toList();
    }
}
