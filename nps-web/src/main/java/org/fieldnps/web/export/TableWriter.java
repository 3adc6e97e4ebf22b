package org.fieldnps.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table a row at a time, as CSV or as an Excel sheet, so that every export has the same
 * header row, the same guard against text that a spreadsheet would run as a formula, and numbers
 * that stay numbers.
 *
 * <p>A cell is {@code null} (left empty), a {@link String}, a whole number ({@link Long} or
 * {@link Integer}), a {@link Double} (shown with one decimal, kept exact in a workbook) or a
 * {@link java.time.LocalDateTime} (UTC, as the portal shows times).
 */
public sealed interface TableWriter extends AutoCloseable permits CsvTableWriter, ExcelTableWriter {

    static TableWriter open(ExportFormat format, OutputStream out, String sheetName, List<String> headers)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvTableWriter(out, headers);
            case EXCEL -> new ExcelTableWriter(out, sheetName, headers);
        };
    }

    void row(Object... cells) throws IOException;

    /** How wide a column is drawn, in characters; only a workbook has widths. */
    void widen(int column, int characters);

    /** Finishes the file; the output stream is left open for the container to close. */
    @Override
    void close() throws IOException;
}
