package org.crosscheck.ui;

import java.util.Locale;

/**
 * The timeline as an SVG drawing, from the same layout and geometry as the window's chart (the
 * whole story, fitted to the width), with the status colours of the style sheet and the status in
 * words in each mark's title, so the file reads without colour too.
 */
final class TimelineSvg {
    private TimelineSvg() {
    }

    static String of(TimelineLayout layout, TimelineGeometry geometry, double width) {
        double[] tops = TimelineGeometry.laneTops(layout.lanes());
        double height = tops[tops.length - 1] + 4;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">%n", width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n", width, height));
        for (int i = 0; i < layout.lanes().size(); i++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" fill=\"%s\"/>%n",
                    tops[i] - 2, width, tops[i + 1] - tops[i] - 4, i % 2 == 0 ? "#f7f8fa" : "#eef1f5"));
        }
        for (TimelineGeometry.Tick t : geometry.ticks(width - TimelineGeometry.LABEL_WIDTH)) {
            double x = geometry.x(t.day());
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c7cbd1\"/>%n",
                    x, TimelineGeometry.AXIS_HEIGHT - 8, x, height));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"16\" fill=\"#374151\">%s</text>%n",
                    x + 3, escape(t.label())));
        }
        for (TimelineLayout.Mark m : layout.marks()) {
            double x = geometry.markX(m);
            double w = geometry.markWidth(m);
            double y = tops[m.lane()] + m.row() * TimelineGeometry.ROW_HEIGHT + 3;
            String[] colours = colours(m.status());
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\""
                            + " fill=\"%s\" stroke=\"%s\"><title>%s</title></rect>%n", x, y, w,
                    TimelineGeometry.ROW_HEIGHT - 6, colours[0], colours[1], escape(m.tooltip())));
            String label = (m.status() == org.crosscheck.project.FactStatus.DISAGREE ? "✖ " : "") + m.label();
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#111827\">%s</text>%n",
                    x + w + 4, y + 12, escape(label)));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n",
                TimelineGeometry.LABEL_WIDTH - 4, height));
        for (int i = 0; i < layout.lanes().size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"6\" y=\"%.1f\" fill=\"#111827\">%s</text>%n",
                    tops[i] + 15, escape(cut(layout.lanes().get(i).title(), 28))));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Fill and stroke of a status, as in crosscheck.css. */
    static String[] colours(org.crosscheck.project.FactStatus status) {
        return switch (status) {
            case AGREE -> new String[] {"#a7dcb0", "#1b6b34"};
            case DISAGREE -> new String[] {"#f4a6a6", "#a51d1d"};
            case SINGLE -> new String[] {"#d5d9df", "#4b5563"};
        };
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
