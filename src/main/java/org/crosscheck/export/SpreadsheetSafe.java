package org.crosscheck.export;

import java.util.regex.Pattern;

/**
 * Makes a text cell safe to open in a spreadsheet (OWASP "CSV Injection"): a cell starting with
 * {@code = + - @}, tab or carriage return would be read as a formula, so it gets a leading
 * apostrophe, which spreadsheets show as text. A plain number such as "-5" cannot run and is
 * left alone, so negative values stay numbers.
 */
public final class SpreadsheetSafe {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetSafe() {
    }

    /** The cell text to write; null becomes an empty cell. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }
}
