package org.fieldnps.web.responses;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.reporting.responses.ResponseFilter;
import org.fieldnps.reporting.responses.ResponseSearch;
import org.fieldnps.web.security.CurrentUser;

/**
 * The responses table as a CSV file or an Excel workbook: every response the user may see under
 * the filters of the address, newest first, whatever page the table was on. Rows are read in
 * batches and written as they come, so a million-row export holds a batch and (for Excel) a
 * window of rows in memory, never the whole list.
 */
@WebServlet(urlPatterns = {ResponseExport.CSV_PATH, ResponseExport.EXCEL_PATH})
public class ResponseExport extends HttpServlet {

    static final String CSV_PATH = "/export/responses.csv";
    static final String EXCEL_PATH = "/export/responses.xlsx";

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(ResponseExport.class.getName());
    private static final List<String> HEADERS = List.of("Received (UTC)", "Score", "Category", "Reason",
            "Engineer id", "Engineer", "Team", "Region", "Service type", "Customer tier", "Channel", "Job",
            "Response id");
    /** Rows a workbook keeps in memory before it writes them to its temporary file. */
    private static final int EXCEL_WINDOW = 200;

    @Inject
    private transient ResponseSearch search;

    @Inject
    private transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> single = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> single.put(name, values.length == 0 ? null : values[0]));
        AccessScope scope = currentUser.getScope();
        ResponseFilter filter;
        try {
            filter = FilterParameters.of(single).filter(Clock.systemUTC());
            search.requireInsideScope(scope, filter);
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Check " + e.field() + ": " + e.getMessage());
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }

        boolean excel = request.getServletPath().endsWith(".xlsx");
        String fileName = "responses-" + (filter.from() == null ? "start" : filter.from())
                + "-to-" + (filter.to() == null ? "today" : filter.to()) + (excel ? ".xlsx" : ".csv");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        if (excel) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            writeWorkbook(scope, filter, response);
        } else {
            response.setContentType("text/csv; charset=UTF-8");
            writeCsv(scope, filter, response);
        }
        LOGGER.log(Level.INFO, "Responses exported as {0} by a user of scope {1}",
                new Object[] {excel ? "Excel" : "CSV", scope.level()});
    }

    private void writeCsv(AccessScope scope, ResponseFilter filter, HttpServletResponse response)
            throws IOException {
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // A byte order mark, so that Excel opens the file as UTF-8 and names keep their accents.
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new))
                .get());
        search.forEach(scope, filter, row -> {
            try {
                csv.printRecord(row.receivedAt().atOffset(ZoneOffset.UTC).toLocalDateTime(), row.score(),
                        row.category().label(), CellText.forCsv(row.reason()), CellText.forCsv(row.engineerId()),
                        CellText.forCsv(row.engineerName()), CellText.forCsv(row.teamCode()),
                        CellText.forCsv(row.regionCode()), CellText.forCsv(row.serviceType()),
                        row.customerTier().label(), row.channel().label(), CellText.forCsv(row.jobId()), row.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    /**
     * Known shortcoming: a worksheet holds at most 1,048,575 rows below its header; rows beyond
     * are left out and the last row says so. Splitting across sheets would remove that; the CSV
     * export has no such limit.
     */
    private void writeWorkbook(AccessScope scope, ResponseFilter filter, HttpServletResponse response)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(EXCEL_WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet("Responses");
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
            long[] written = {0, 0};
            search.forEach(scope, filter, row -> {
                if (written[0] >= lastRow - 1) {
                    written[1]++;
                    return;
                }
                Row line = sheet.createRow((int) ++written[0]);
                Cell received = line.createCell(0);
                received.setCellValue(LocalDateTime.ofInstant(row.receivedAt(), ZoneOffset.UTC));
                received.setCellStyle(time);
                line.createCell(1).setCellValue(row.score());
                line.createCell(2).setCellValue(row.category().label());
                textCell(line, 3, row.reason(), text);
                textCell(line, 4, row.engineerId(), text);
                textCell(line, 5, row.engineerName(), text);
                textCell(line, 6, row.teamCode(), text);
                textCell(line, 7, row.regionCode(), text);
                textCell(line, 8, row.serviceType(), text);
                line.createCell(9).setCellValue(row.customerTier().label());
                line.createCell(10).setCellValue(row.channel().label());
                textCell(line, 11, row.jobId(), text);
                line.createCell(12).setCellValue(row.id());
            });
            if (written[1] > 0) {
                sheet.createRow((int) written[0] + 1).createCell(0)
                        .setCellValue(written[1] + " more responses do not fit in a worksheet; export as CSV.");
            }
            sheet.setColumnWidth(0, 18 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            workbook.write(response.getOutputStream());
        } finally {
            workbook.close();
        }
    }

    private static void textCell(Row line, int column, String value, CellStyle asText) {
        if (value == null) {
            return;
        }
        Cell cell = line.createCell(column);
        cell.setCellValue(value);
        if (CellText.looksLikeFormula(value)) {
            cell.setCellStyle(asText);
        }
    }
}
