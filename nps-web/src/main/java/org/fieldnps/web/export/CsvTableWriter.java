package org.fieldnps.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A table as RFC 4180 CSV in UTF-8, decimals with a point whatever the server's locale. */
final class CsvTableWriter implements TableWriter {

    private final Writer writer;
    private final CSVPrinter csv;

    CsvTableWriter(OutputStream out, List<String> headers) throws IOException {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A byte order mark, so that Excel opens the file as UTF-8 and names keep their accents.
        writer.write('\uFEFF');
        csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get());
    }

    @Override
    public void row(Object... cells) throws IOException {
        List<Object> fields = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            fields.add(switch (cell) {
                case null -> "";
                case String text -> CellText.forCsv(text);
                case Double decimal -> String.format(Locale.ROOT, "%.1f", decimal);
                default -> cell;
            });
        }
        csv.printRecord(fields);
    }

    @Override
    public void widen(int column, int characters) {
        // A CSV file has no column widths.
    }

    @Override
    public void close() throws IOException {
        csv.flush();
        writer.flush();
    }
}
