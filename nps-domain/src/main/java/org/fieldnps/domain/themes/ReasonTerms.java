package org.fieldnps.domain.themes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a reason into the terms it mentions: its words, and each pair of neighbouring words that
 * a person would read as one phrase ("late arrival", "not fixed"). A word is a run of letters,
 * with apostrophes inside it ("didn't"); everything else, digits included, separates words. A
 * stop word or a punctuation mark breaks a phrase, so "parts, not" and "wait a week" give no
 * pair. Everything is lower-cased, so the same word counts the same at the start of a sentence.
 */
public final class ReasonTerms {

    /** A reason is at most a few thousand characters; longer input is cut, not refused. */
    static final int MAXIMUM_LENGTH = 10_000;

    private static final String SEPARATOR = " ";

    private ReasonTerms() {
    }

    /** The distinct terms of one reason, in the order they first occur; empty for no reason. */
    public static Set<String> of(String reason) {
        Set<String> terms = new LinkedHashSet<>();
        if (reason == null) {
            return terms;
        }
        String text = reason.length() > MAXIMUM_LENGTH ? reason.substring(0, MAXIMUM_LENGTH) : reason;

        for (List<String> run : runsOf(text.toLowerCase(Locale.ROOT))) {
            String previous = null;
            for (String word : run) {
                if (StopWords.contains(word)) {
                    previous = null;
                    continue;
                }
                terms.add(word);
                if (previous != null && !previous.equals(word)) {
                    terms.add(previous + SEPARATOR + word);
                }
                previous = word;
            }
        }
        return terms;
    }

    /** Whether a term is a phrase of two words rather than a single word. */
    public static boolean isPhrase(String term) {
        return term.contains(SEPARATOR);
    }

    /** The words of a phrase, or the word itself. */
    static List<String> wordsOf(String term) {
        return List.of(term.split(SEPARATOR));
    }

    /**
     * The runs of words between punctuation marks. Spaces separate words but keep the run;
     * anything else that is not a letter or an apostrophe ends it.
     */
    private static List<List<String>> runsOf(String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        StringBuilder word = new StringBuilder();

        int index = 0;
        while (index < text.length()) {
            int character = text.codePointAt(index);
            index += Character.charCount(character);

            if (Character.isLetter(character) || Character.getType(character) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(character);
            } else if (isApostrophe(character) && !word.isEmpty()) {
                word.append('\'');
            } else {
                endWord(word, run);
                if (!Character.isWhitespace(character)) {
                    endRun(run, runs);
                    run = new ArrayList<>();
                }
            }
        }
        endWord(word, run);
        endRun(run, runs);
        return runs;
    }

    private static void endWord(StringBuilder word, List<String> run) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '\'') {
            end--;
        }
        if (end > 0) {
            run.add(word.substring(0, end));
        }
        word.setLength(0);
    }

    private static void endRun(List<String> run, List<List<String>> runs) {
        if (!run.isEmpty()) {
            runs.add(run);
        }
    }

    private static boolean isApostrophe(int character) {
        return character == '\'' || character == '\u2019' || character == '\u02bc';
    }
}
