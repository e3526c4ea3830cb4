package org.crosscheck.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's printed table: one row per measurement, aligned columns. */
final class BenchTable {
    private final List<String[]> rows = new ArrayList<>();

    void section(String title) {
        rows.add(new String[] {"## " + title, "", ""});
    }

    void row(String what, String value, String note) {
        rows.add(new String[] {what, value, note});
    }

    void print(PrintStream out) {
        int w0 = 0;
        int w1 = 0;
        for (String[] r : rows) {
            if (!r[0].startsWith("## ")) {
                w0 = Math.max(w0, r[0].length());
                w1 = Math.max(w1, r[1].length());
            }
        }
        for (String[] r : rows) {
            if (r[0].startsWith("## ")) {
                out.println();
                out.println(r[0]);
            } else {
                out.printf("%-" + w0 + "s  %" + w1 + "s  %s%n", r[0], r[1], r[2]);
            }
        }
    }

    static String seconds(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
    }

    static String rate(double perSecond) {
        return String.format("%.0f tok/s", perSecond);
    }

    static String ratio(double r) {
        return String.format("%.2fx", r);
    }
}
