package org.fieldnps.domain.themes;

import java.util.List;
import java.util.Set;

/**
 * English and German words that carry no theme on their own: articles, pronouns, prepositions,
 * auxiliaries. Negations ("not", "never", "nicht", "kein") are deliberately absent: "not fixed"
 * is the theme a manager needs to see, and dropping "not" would turn it into "fixed".
 */
final class StopWords {

    /** Both languages share some words ("in", "was"), hence a copy that drops duplicates. */
    private static final Set<String> WORDS = Set.copyOf(List.of(
            // English
            "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "even", "every", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "i", "i'm", "i've", "i'd", "if", "in", "into", "is", "it", "it's", "its", "itself",
            "just", "me", "more", "most", "my", "myself", "of", "off", "on", "once", "only", "or", "other",
            "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such",
            "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we",
            "we're", "we've", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
            "with", "would", "you", "your", "yours", "yourself", "yourselves", "he's", "she's", "they're",
            "there's", "let's", "one", "get", "got", "really", "quite", "bit", "s",
            // German
            "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere",
            "anderen", "auch", "auf", "aus", "bei", "bin", "bis", "bist", "da", "damit", "dann", "das", "dass",
            "daß", "dein", "deine", "dem", "den", "denn", "der", "des", "dich", "die", "dies", "diese", "diesem",
            "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen",
            "einer", "eines", "er", "es", "etwas", "euch", "euer", "für", "gegen", "hab", "habe", "haben", "hat",
            "hatte", "hätte", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "in",
            "ist", "ja", "jede", "jedem", "jeden", "jeder", "jetzt", "man", "mein", "meine", "mich", "mir",
            "mit", "muss", "nach", "nun", "nur", "ob", "oder", "ohne", "sehr", "sein", "seine", "seinem",
            "seinen", "seiner", "sich", "sie", "sind", "so", "soll", "sondern", "um", "und", "uns", "unser",
            "unsere", "unter", "vom", "von", "vor", "war", "waren", "was", "weil", "wenn", "wer", "wie", "wir",
            "wird", "wo", "wurde", "wurden", "zu", "zum", "zur", "über"));

    private StopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
