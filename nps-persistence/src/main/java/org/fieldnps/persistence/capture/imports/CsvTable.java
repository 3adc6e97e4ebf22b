package org.fieldnps.persistence.capture.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file, read into rows of named values with the line each starts on, or into the
 * problems that keep it from being read: too large, not UTF-8, empty, a first line that does not
 * name the columns, rows with too few or too many values, a quote left open.
 *
 * <p>The file is read whole into memory, which the size limit keeps small, so that a byte that is
 * not UTF-8 can be placed on its line. A byte order mark, as spreadsheets write before "CSV UTF-8",
 * is skipped. Blank lines, and lines of empty cells that spreadsheets leave at the end, are passed
 * over.
 */
final class CsvTable {

    /** The largest file taken, in bytes: 10 MB holds about 100,000 rows of jobs. */
    static final int MAXIMUM_BYTES = 10 * 1024 * 1024;

    /** The most rows of data taken from one file; the header does not count. */
    static final int MAXIMUM_ROWS = 100_000;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .get();

    private final List<CsvRow> rows;
    private final List<ImportProblem> problems;
    private final boolean checkable;

    private CsvTable(List<CsvRow> rows, List<ImportProblem> problems, boolean checkable) {
        this.rows = rows;
        this.problems = problems;
        this.checkable = checkable;
    }

    /** Reads a file of the given kind; the caller closes the stream. */
    static CsvTable read(InputStream file, ImportKind kind) throws IOException {
        byte[] bytes = file.readNBytes(MAXIMUM_BYTES + 1);
        if (bytes.length > MAXIMUM_BYTES) {
            return refused(ImportProblem.ofFile("The file is larger than 10 MB. Split it into files of at most"
                    + " 10 MB and " + String.format(Locale.ROOT, "%,d", MAXIMUM_ROWS) + " rows."));
        }

        CharBuffer text = CharBuffer.allocate(bytes.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CoderResult result = utf8.decode(input, text, true);
        if (result.isError()) {
            return refused(new ImportProblem(lineOfByte(bytes, input.position()), null,
                    "This line is not UTF-8 text. Save the file as \"CSV UTF-8\" and upload it again."));
        }
        utf8.flush(text);
        text.flip();
        if (text.hasRemaining() && text.charAt(0) == BYTE_ORDER_MARK) {
            text.get();
        }
        if (text.toString().isBlank()) {
            return refused(new ImportProblem(1, null, "The file is empty. Its first line names the columns of a "
                    + kind.fileName() + ": " + String.join(", ", kind.columns()) + "."));
        }

        return parse(text.toString(), kind);
    }

    List<CsvRow> rows() {
        return rows;
    }

    /** The problems of reading the file, its rows' values not yet checked. */
    List<ImportProblem> problems() {
        return problems;
    }

    /**
     * Whether the rows read are worth checking value by value: the file could be decoded, its
     * header names the columns and it keeps to the limits. Rows with the wrong number of values,
     * or a quote left open further down, do not keep the other rows from being checked, so that one
     * upload lists as much as can be found.
     */
    boolean checkable() {
        return checkable;
    }

    /** The rows of data read, the header not counted. */
    int rowsRead() {
        return rows.size();
    }

    private static CsvTable parse(String text, ImportKind kind) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String[] header = null;
        boolean checkable = true;
        int rowCount = 0;

        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException broken) {
                    problems.add(new ImportProblem(line, null, "The CSV breaks on this line: a value that starts"
                            + " with a double quote must end with one, followed by a comma or the end of the line."
                            + " Nothing after it could be read."));
                    break;
                }
                if (isBlank(record)) {
                    continue;
                }

                if (header == null) {
                    header = columnsOf(record, line, kind, problems);
                    if (!problems.isEmpty()) {
                        checkable = false;
                        break;
                    }
                    continue;
                }
                rowCount++;
                if (rowCount > MAXIMUM_ROWS) {
                    problems.clear();
                    problems.add(ImportProblem.ofFile("The file has more than "
                            + String.format(Locale.ROOT, "%,d", MAXIMUM_ROWS) + " rows. Split it into smaller files."));
                    checkable = false;
                    break;
                }
                rowOf(record, line, header, problems).ifPresent(rows::add);
            }
        }
        if (header == null) {
            if (problems.isEmpty()) {
                problems.add(new ImportProblem(1, null, "The file is empty."));
            }
            checkable = false;
        }
        return new CsvTable(rows, problems, checkable);
    }

    /**
     * The import's own name of each column of the first line, {@code null} for a column left
     * without a name; adds a problem for each name that is unknown, repeated or missing.
     */
    private static String[] columnsOf(CSVRecord first, int line, ImportKind kind, List<ImportProblem> problems) {
        Map<String, String> known = new HashMap<>();
        kind.columns().forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        String list = String.join(", ", kind.columns());

        String[] columns = new String[first.size()];
        boolean namesAny = false;
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).strip();
            columns[i] = known.get(name.toLowerCase(Locale.ROOT));
            namesAny |= columns[i] != null;
        }
        if (!namesAny) {
            problems.add(new ImportProblem(line, null, "The first line must name the columns of a " + kind.fileName()
                    + ": " + list + ". This one names none of them."));
            return columns;
        }

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            String name = first.get(i).strip();
            if (columns[i] == null && !name.isEmpty()) {
                problems.add(new ImportProblem(line, Values.echo(name), "Unknown column. A " + kind.fileName()
                        + " has the columns " + list + "."));
            } else if (columns[i] != null && seen.contains(columns[i])) {
                problems.add(new ImportProblem(line, columns[i], "This column is named twice in the first line."));
            } else if (columns[i] != null) {
                seen.add(columns[i]);
            }
        }
        for (String required : kind.requiredColumns()) {
            if (!seen.contains(required)) {
                problems.add(new ImportProblem(line, required, "The first line has no column " + required
                        + ". A " + kind.fileName() + " needs " + String.join(", ", kind.requiredColumns()) + "."));
            }
        }
        return columns;
    }

    private static Optional<CsvRow> rowOf(CSVRecord record, int line, String[] header,
            List<ImportProblem> problems) {
        if (record.size() != header.length) {
            problems.add(new ImportProblem(line, null, "This row has " + record.size() + " values where the"
                    + " first line names " + header.length + " columns. A value with a comma in it goes in"
                    + " double quotes."));
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            if (header[i] != null) {
                values.put(header[i], record.get(i));
            } else if (!record.get(i).isBlank()) {
                problems.add(new ImportProblem(line, null, "Column " + (i + 1) + " has a value but no name in"
                        + " the first line."));
            }
        }
        return Optional.of(new CsvRow(line, values));
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static CsvTable refused(ImportProblem problem) {
        return new CsvTable(List.of(), List.of(problem), false);
    }

    private static int lineOfByte(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
