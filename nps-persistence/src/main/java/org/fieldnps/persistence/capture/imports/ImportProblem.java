package org.fieldnps.persistence.capture.imports;

import java.io.Serializable;

/**
 * One thing wrong with an imported file, said so that the person can find and fix it in their
 * spreadsheet or editor.
 *
 * @param line   the line of the file the row starts on, counting the header as line 1; 0 when
 *               the problem concerns the file as a whole, such as its size or its encoding
 * @param field  the column the problem is in, or {@code null} when it concerns the whole row
 * @param reason what is wrong and what is allowed instead
 */
public record ImportProblem(int line, String field, String reason) implements Serializable {

    static ImportProblem ofFile(String reason) {
        return new ImportProblem(0, null, reason);
    }

    public boolean concernsTheWholeFile() {
        return line == 0;
    }
}
