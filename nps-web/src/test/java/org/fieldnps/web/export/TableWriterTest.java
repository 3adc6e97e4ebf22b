package org.fieldnps.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** One table written both ways: the same cells, numbers as numbers, formulas kept as text. */
class TableWriterTest {

    private static final List<String> HEADERS = List.of("Team", "Responses", "NPS", "Received", "Note");

    @Test
    void csvHasAHeaderOneDecimalAndFormulasMarkedAsText() throws IOException {
        String csv = new String(write(ExportFormat.CSV), StandardCharsets.UTF_8);

        assertEquals("\uFEFFTeam,Responses,NPS,Received,Note\r\n"
                + "Liverpool,40,12.5,2026-12-04T08:30,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                + "Preston,0,-33.3,,\r\n", csv);
    }

    @Test
    void workbookKeepsNumbersExactInNumericCellsAndFormulasAsText() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.EXCEL)))) {
            Sheet sheet = workbook.getSheet("Teams");
            Row liverpool = sheet.getRow(1);
            Row preston = sheet.getRow(2);

            assertEquals("Responses", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, liverpool.getCell(1).getCellType());
            assertEquals(40, liverpool.getCell(1).getNumericCellValue());
            assertEquals(12.5, liverpool.getCell(2).getNumericCellValue());
            assertEquals(-100.0 / 3, preston.getCell(2).getNumericCellValue(), 1e-12);
            assertEquals(LocalDateTime.of(2026, 12, 4, 8, 30), liverpool.getCell(3).getLocalDateTimeCellValue());
            assertEquals(CellType.STRING, liverpool.getCell(4).getCellType());
            assertTrue(liverpool.getCell(4).getCellStyle().getQuotePrefixed());
            assertFalse(preston.getCell(0).getCellStyle().getQuotePrefixed());
            assertEquals(null, preston.getCell(3));
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    private static byte[] write(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(format, out, "Teams", HEADERS)) {
            writer.widen(0, 20);
            writer.row("Liverpool", 40L, 12.5, LocalDateTime.of(2026, 12, 4, 8, 30), "=HYPERLINK(\"x\")");
            writer.row("Preston", 0, -100.0 / 3, null, null);
        }
        return out.toByteArray();
    }
}
