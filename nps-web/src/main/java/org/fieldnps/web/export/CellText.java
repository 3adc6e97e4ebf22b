package org.fieldnps.web.export;

/**
 * Customer text in a spreadsheet cell. A cell that starts with =, +, -, @, a tab or a carriage
 * return is taken for a formula by Excel and its kin, so a reason such as
 * {@code =HYPERLINK("http://evil", "click")} would run when a manager opens the export; such text
 * is marked as text (a leading apostrophe in CSV, a quote-prefixed cell in a workbook).
 */
final class CellText {

    private CellText() {
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV field that no spreadsheet will evaluate. */
    static String forCsv(String text) {
        if (text == null) {
            return "";
        }
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
