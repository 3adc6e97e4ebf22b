package org.fieldnps.web.export;

import java.util.Locale;

/** The two files a table is exported as, told apart by the extension of the address. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    EXCEL("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The format an address such as {@code /export/parts.xlsx} asks for; CSV unless it ends in .xlsx. */
    public static ExportFormat ofPath(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith("." + EXCEL.extension) ? EXCEL : CSV;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
