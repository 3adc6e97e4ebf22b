package org.fieldnps.web.responses;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.reporting.responses.ResponseFilter;
import org.fieldnps.reporting.responses.ResponseSearch;
import org.fieldnps.web.export.TableExport;
import org.fieldnps.web.security.CurrentUser;

/**
 * The responses table as a CSV file or an Excel workbook: every response the user may see under
 * the filters of the address, newest first, whatever page the table was on. Rows are read in
 * batches and written as they come, so a million-row export holds a batch and (for Excel) a
 * window of rows in memory, never the whole list.
 */
@WebServlet(urlPatterns = {ResponseExport.CSV_PATH, ResponseExport.EXCEL_PATH})
public class ResponseExport extends TableExport {

    static final String CSV_PATH = "/export/responses.csv";
    static final String EXCEL_PATH = "/export/responses.xlsx";

    private static final long serialVersionUID = 1L;
    private static final List<String> HEADERS = List.of("Received (UTC)", "Score", "Category", "Reason",
            "Engineer id", "Engineer", "Team", "Region", "Service type", "Customer tier", "Channel", "Job",
            "Response id");

    @Inject
    private transient ResponseSearch search;

    @Inject
    private transient CurrentUser currentUser;

    @Override
    protected Table table(HttpServletRequest request, Map<String, String> parameters) {
        AccessScope scope = currentUser.getScope();
        ResponseFilter filter = FilterParameters.of(parameters).filter(Clock.systemUTC());
        search.requireInsideScope(scope, filter);

        String fileName = "responses-" + (filter.from() == null ? "start" : filter.from())
                + "-to-" + (filter.to() == null ? "today" : filter.to());
        return new Table(fileName, "Responses", HEADERS, writer -> {
            writer.widen(0, 18);
            writer.widen(3, 60);
            search.forEach(scope, filter, row -> {
                try {
                    writer.row(LocalDateTime.ofInstant(row.receivedAt(), ZoneOffset.UTC), row.score(),
                            row.category().label(), row.reason(), row.engineerId(), row.engineerName(),
                            row.teamCode(), row.regionCode(), row.serviceType(), row.customerTier().label(),
                            row.channel().label(), row.jobId(), row.id());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
    }
}
