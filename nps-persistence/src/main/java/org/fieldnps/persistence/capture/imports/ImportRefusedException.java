package org.fieldnps.persistence.capture.imports;

import java.util.List;
import org.fieldnps.domain.BusinessRuleException;

/**
 * A file was refused and nothing of it was imported, because some of its rows are wrong. It
 * carries every problem found, so that the person can fix them all before the next upload.
 */
public class ImportRefusedException extends BusinessRuleException {

    /** The name the refusal gives the upload as a whole, for a form to place its message. */
    public static final String FIELD = "file";

    private final int rowsRead;
    private final List<ImportProblem> problems;

    ImportRefusedException(int rowsRead, List<ImportProblem> problems) {
        super(FIELD, messageFor(problems));
        this.rowsRead = rowsRead;
        this.problems = List.copyOf(problems);
    }

    /** The rows of data read; fewer than the file holds when it could not be read to its end. */
    public int rowsRead() {
        return rowsRead;
    }

    /** Every problem found, in the order of the file's lines. */
    public List<ImportProblem> problems() {
        return problems;
    }

    private static String messageFor(List<ImportProblem> problems) {
        if (problems.size() == 1 && problems.get(0).concernsTheWholeFile()) {
            return "Nothing was imported: " + problems.get(0).reason();
        }
        return "Nothing was imported: the file has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ". Fix them and upload it again.";
    }
}
