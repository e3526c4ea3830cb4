package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flattens overlapping styled ranges (mentions inside claim sentences inside the selected
 * sentence) into consecutive segments, each with every class that covers it: the shape
 * RichTextFX's style spans want, computed without touching a control.
 */
public final class ArticleStyles {
    private ArticleStyles() {
    }

    /** A style class over [start, end) of the text. */
    public record Range(int start, int end, String styleClass) {
    }

    /** A run of {@code length} characters carrying {@code classes}. */
    public record Segment(int length, Set<String> classes) {
    }

    public static List<Segment> segments(int textLength, List<Range> ranges) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, textLength));
        List<Range> valid = new ArrayList<>();
        for (Range r : ranges) {
            int start = Math.max(0, r.start());
            int end = Math.min(textLength, r.end());
            if (start < end) {
                valid.add(new Range(start, end, r.styleClass()));
                cuts.add(start);
                cuts.add(end);
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            Set<String> classes = new TreeSet<>();
            for (Range r : valid) {
                if (r.start() <= from && to <= r.end()) {
                    classes.add(r.styleClass());
                }
            }
            segments.add(new Segment(to - from, Set.copyOf(classes)));
            from = to;
        }
        return segments;
    }

    /**
     * The text as the control shows it, with the same length: the text area breaks lines on
     * CR, LF and CRLF, so CR becomes a space (before LF) or LF (alone) to keep every offset.
     */
    public static String displayText(String original) {
        StringBuilder out = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\r') {
                boolean beforeLf = i + 1 < original.length() && original.charAt(i + 1) == '\n';
                out.append(beforeLf ? ' ' : '\n');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
