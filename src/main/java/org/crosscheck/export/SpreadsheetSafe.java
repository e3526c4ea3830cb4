package org.crosscheck.export;

/**
 * Makes a text cell safe to open in a spreadsheet (OWASP "CSV Injection"): a cell starting with
 * {@code = + - @}, tab or carriage return would be read as a formula, so it gets a leading
 * apostrophe, which spreadsheets show as text. Text that looks like a number gets it too: a
 * phone number "+44 20 ..." or a score "+2" in a text column is still text, and "-2+3" is a
 * formula. Numeric columns (offsets, token counts, source counts) are written as numbers and
 * never pass through here.
 */
public final class SpreadsheetSafe {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafe() {
    }

    /** The cell text to write; null becomes an empty cell. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet would read the text as a formula. */
    public static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
