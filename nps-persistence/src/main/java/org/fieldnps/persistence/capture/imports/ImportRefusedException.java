package org.fieldnps.persistence.capture.imports;

import java.util.List;
import java.util.Locale;
import org.fieldnps.domain.BusinessRuleException;

/**
 * A file was refused and nothing of it was imported, because some of its rows are wrong. It
 * carries every problem found, so that the person can fix them all before the next upload.
 */
public class ImportRefusedException extends BusinessRuleException {

    /** The name the refusal gives the upload as a whole, for a form to place its message. */
    public static final String FIELD = "file";

    private final int rowsRead;
    private final int problemCount;
    private final List<ImportProblem> problems;

    /**
     * @param problemCount how many problems were found, which may be more than are listed
     * @param problems     the problems listed, in the order of the file's lines
     */
    ImportRefusedException(int rowsRead, int problemCount, List<ImportProblem> problems) {
        super(FIELD, messageFor(problemCount, problems));
        this.rowsRead = rowsRead;
        this.problemCount = problemCount;
        this.problems = List.copyOf(problems);
    }

    /** The rows of data read; fewer than the file holds when it could not be read to its end. */
    public int rowsRead() {
        return rowsRead;
    }

    /** How many problems were found. */
    public int problemCount() {
        return problemCount;
    }

    /**
     * The problems found, in the order of the file's lines; when there are very many, the first of
     * them and a last entry that says how many more there are.
     */
    public List<ImportProblem> problems() {
        return problems;
    }

    private static String messageFor(int problemCount, List<ImportProblem> problems) {
        if (problemCount == 1 && problems.get(0).concernsTheWholeFile()) {
            return "Nothing was imported: " + problems.get(0).reason();
        }
        return "Nothing was imported: the file has " + String.format(Locale.ROOT, "%,d", problemCount)
                + (problemCount == 1 ? " problem" : " problems") + ". Fix them and upload it again.";
    }
}
