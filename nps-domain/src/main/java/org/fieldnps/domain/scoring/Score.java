package org.fieldnps.domain.scoring;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A customer's answer to "How likely are you to recommend us?": a whole number from 0 to 10.
 * Holding a {@code Score} means the range has been checked, so code further in never checks it
 * again.
 *
 * @param value the answer, from {@value #MINIMUM} to {@value #MAXIMUM}
 */
public record Score(int value) implements Comparable<Score> {

    /** The lowest answer the question allows. */
    public static final int MINIMUM = 0;

    /** The highest answer the question allows. */
    public static final int MAXIMUM = 10;

    /** How much of a refused text is echoed back, so a pasted essay does not flood the message. */
    private static final int ECHO_LIMIT = 20;

    /** ASCII digits only: {@link Integer#parseInt} would also take digits from other scripts. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    private static final List<Score> ALL = IntStream.rangeClosed(MINIMUM, MAXIMUM)
            .mapToObj(Score::new)
            .toList();

    /**
     * @throws InvalidScoreException if the value is outside 0..10
     */
    public Score {
        if (!isOnScale(value)) {
            throw new InvalidScoreException(rangeMessage(Integer.toString(value)));
        }
    }

    /**
     * The usual way in from a number, for instance one sent by a field-service system.
     *
     * @throws InvalidScoreException if the value is outside 0..10
     */
    public static Score of(int value) {
        if (!isOnScale(value)) {
            throw new InvalidScoreException(rangeMessage(Integer.toString(value)));
        }
        return ALL.get(value);
    }

    /**
     * Reads a score as a person or a form typed it. Surrounding spaces are forgiven; anything that
     * is not a whole number in range, such as "7.5", "seven" or "11", is refused with a message
     * that quotes (the start of) the text, so the person sees what was not understood.
     *
     * @throws InvalidScoreException if the text is missing, blank, not a whole number, or out of
     *                               range
     */
    public static Score parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidScoreException(
                    "A score is required: a whole number from " + MINIMUM + " to " + MAXIMUM + ".");
        }

        String trimmed = text.strip();
        if (!WHOLE_NUMBER.matcher(trimmed).matches()) {
            throw new InvalidScoreException(rangeMessage(quoted(trimmed)));
        }

        int value;
        try {
            value = Integer.parseInt(trimmed);
        } catch (NumberFormatException tooLong) {
            throw new InvalidScoreException(rangeMessage(quoted(trimmed)));
        }
        if (!isOnScale(value)) {
            throw new InvalidScoreException(rangeMessage(quoted(trimmed)));
        }
        return ALL.get(value);
    }

    /**
     * @return every score from 0 to 10 in ascending order, for tables and charts that show a bar
     *         per score even where nobody chose it
     */
    public static List<Score> all() {
        return ALL;
    }

    @Override
    public int compareTo(Score other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }

    private static boolean isOnScale(int value) {
        return value >= MINIMUM && value <= MAXIMUM;
    }

    private static String rangeMessage(String offending) {
        return "A score is a whole number from " + MINIMUM + " to " + MAXIMUM + "; "
                + offending + " is not.";
    }

    /**
     * Keeps the echo short and on one line: the message may end up in a log or a single-line
     * form hint, and a pasted paragraph helps nobody there.
     */
    private static String quoted(String text) {
        StringBuilder echo = new StringBuilder("\"");
        text.codePoints()
                .limit(ECHO_LIMIT)
                .map(c -> breaksTheLine(c) ? '?' : c)
                .forEach(echo::appendCodePoint);

        if (text.codePointCount(0, text.length()) > ECHO_LIMIT) {
            echo.append('…');
        }
        return echo.append('"').toString();
    }

    private static boolean breaksTheLine(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
