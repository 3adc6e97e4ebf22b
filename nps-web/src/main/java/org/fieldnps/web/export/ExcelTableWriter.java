package org.fieldnps.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as one sheet of an Excel workbook, streamed: SXSSF keeps a window of rows in memory
 * and writes the rest to a temporary file, so a large export never holds the whole table.
 *
 * <p>Known shortcoming: a worksheet holds at most 1,048,575 rows below its header; rows beyond
 * are left out and the last row says how many. Splitting across sheets would remove that; the
 * CSV export has no such limit.
 */
final class ExcelTableWriter implements TableWriter {

    /** Rows a workbook keeps in memory before it writes them to its temporary file. */
    private static final int WINDOW = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle time;
    private final CellStyle decimal;
    private final CellStyle text;
    private final int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private int written;
    private long leftOut;

    ExcelTableWriter(OutputStream out, String sheetName, List<String> headers) {
        this.out = out;
        sheet = workbook.createSheet(sheetName);
        time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        text = workbook.createCellStyle();
        text.setQuotePrefixed(true);

        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(Object... cells) {
        if (written >= lastRow - 1) {
            leftOut++;
            return;
        }
        Row line = sheet.createRow(++written);
        for (int i = 0; i < cells.length; i++) {
            write(line, i, cells[i]);
        }
    }

    private void write(Row line, int column, Object value) {
        switch (value) {
            case null -> {
                // An empty cell is no cell.
            }
            case String string -> {
                Cell cell = line.createCell(column);
                cell.setCellValue(string);
                if (CellText.looksLikeFormula(string)) {
                    cell.setCellStyle(text);
                }
            }
            case Double number -> {
                Cell cell = line.createCell(column);
                cell.setCellValue(number);
                cell.setCellStyle(decimal);
            }
            case Number number -> line.createCell(column).setCellValue(number.doubleValue());
            case LocalDateTime at -> {
                Cell cell = line.createCell(column);
                cell.setCellValue(at);
                cell.setCellStyle(time);
            }
            default -> throw new IllegalArgumentException("No cell for a " + value.getClass().getSimpleName());
        }
    }

    @Override
    public void widen(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
    }

    @Override
    public void close() throws IOException {
        try {
            if (leftOut > 0) {
                sheet.createRow(written + 1).createCell(0)
                        .setCellValue(leftOut + " more rows do not fit in a worksheet; export as CSV.");
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
