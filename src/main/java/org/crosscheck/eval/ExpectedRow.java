package org.crosscheck.eval;

/**
 * One labelled pair from a case's {@code expected.csv}.
 *
 * @param valueA the value phrase exactly as written in {@code docA}
 * @param disagreement the expected disagreement kind for DISAGREE rows (value, date, count,
 *                     attribution, wording, polarity, update), empty otherwise
 */
public record ExpectedRow(String caseName, int line, String docA, String valueA, String docB, String valueB,
                          Relation status, String disagreement, String note) {

    /** Short form for reports: {@code case a.txt "12" ~ b.txt "15"}. */
    public String describe() {
        return caseName + " " + docA + " \"" + valueA + "\" ~ " + docB + " \"" + valueB + "\"";
    }
}
