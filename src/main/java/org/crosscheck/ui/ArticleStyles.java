package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /** A sweep over the range boundaries, so a long article with thousands of mentions stays quick. */
    public static List<Segment> segments(int textLength, List<Range> ranges) {
        TreeMap<Integer, List<Range>> starts = new TreeMap<>();
        TreeMap<Integer, List<Range>> ends = new TreeMap<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, textLength));
        for (Range r : ranges) {
            int start = Math.max(0, r.start());
            int end = Math.min(textLength, r.end());
            if (start < end) {
                starts.computeIfAbsent(start, k -> new ArrayList<>()).add(r);
                ends.computeIfAbsent(end, k -> new ArrayList<>()).add(r);
                cuts.add(start);
                cuts.add(end);
            }
        }
        Map<String, Integer> active = new HashMap<>();
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from) {
                segments.add(new Segment(cut - from, Set.copyOf(active.keySet())));
            }
            ends.getOrDefault(cut, List.of()).forEach(r -> active.computeIfPresent(r.styleClass(), (k, n) -> n == 1 ? null : n - 1));
            starts.getOrDefault(cut, List.of()).forEach(r -> active.merge(r.styleClass(), 1, Integer::sum));
            from = cut;
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
