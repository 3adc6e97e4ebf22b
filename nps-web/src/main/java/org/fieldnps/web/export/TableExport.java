package org.fieldnps.web.export;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;

/**
 * A table of the portal as a download at {@code /export/<name>.csv} and {@code .xlsx}. The
 * subclass reads the address's parameters and decides what the table holds; this class answers
 * a bad parameter with 400 and a part outside the user's scope with 404, as the pages do, before
 * any header of a file is sent, and then writes the file.
 */
public abstract class TableExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(TableExport.class.getName());

    /**
     * What to export for these parameters (one value each): checked against the user's scope
     * and, where the figures are few, already computed.
     *
     * @throws InvalidInputException naming the parameter that cannot be read
     * @throws NotFoundException     for a region, team or engineer the user may not see
     */
    protected abstract Table table(HttpServletRequest request, Map<String, String> parameters);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> single = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> single.put(name, values.length == 0 ? null : values[0]));
        ExportFormat format = ExportFormat.ofPath(request.getServletPath());
        Table table;
        try {
            table = table(request, single);
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Check " + e.field() + ": " + e.getMessage());
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }

        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + table.fileName() + "." + format.extension() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentType(format.contentType());
        try (TableWriter writer = TableWriter.open(format, response.getOutputStream(), table.sheetName(),
                table.headers())) {
            table.rows().writeTo(writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        LOGGER.log(Level.INFO, "{0} exported as {1}", new Object[] {table.sheetName(), format});
    }

    /**
     * One table to export.
     *
     * @param fileName  the file's name without its extension, such as {@code league-teams-2026-12-04}
     * @param sheetName the name of the workbook's one sheet
     */
    public record Table(String fileName, String sheetName, List<String> headers, Rows rows) {
    }

    /** Writes the rows below the header, one call of {@link TableWriter#row} each. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(TableWriter writer) throws IOException;
    }
}
