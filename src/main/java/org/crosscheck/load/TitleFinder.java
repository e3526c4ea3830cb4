package org.crosscheck.load;

import java.util.List;

/**
 * An article's title: the manifest's when it gives one (the researcher collected it), else the
 * page's own (an HTML title or heading), else the text's headline line. With none of these the
 * title is made of the outlet and the first words of the lead ("NBC News — Secretary of State Mike
 * Pompeo has warned…"): a researcher recognises a report by those, never by a file name.
 */
public final class TitleFinder {
    /** Words of the lead a made-up title shows: enough to tell two reports of one story apart. */
    static final int LEAD_WORDS = 9;

    private TitleFinder() {
    }

    /**
     * @param pageTitle the HTML page's title or heading, or null for plain text
     * @param analysis  the analysis text the passages index into
     * @param outlet    the outlet found for the article, or null
     */
    public static String find(ManifestEntry entry, String pageTitle, String analysis, List<Passage> passages,
                              String outlet) {
        if (entry != null && entry.title() != null && !entry.title().isBlank()) {
            return entry.title().strip();
        }
        if (pageTitle != null && !pageTitle.isBlank()) {
            return pageTitle.strip();
        }
        for (Passage p : passages) {
            if (p.kind() == PassageKind.TITLE) {
                String line = analysis.substring(p.start(), p.end()).strip();
                if (!line.isEmpty()) {
                    return line;
                }
            }
        }
        String lead = leadWords(analysis, passages);
        boolean hasOutlet = outlet != null && !outlet.isBlank();
        if (lead.isEmpty()) {
            return hasOutlet ? outlet.strip() : "";
        }
        return hasOutlet ? outlet.strip() + " — " + lead : lead;
    }

    /** "WASHINGTON — ", "BAGHDAD (Reuters) - ": a dateline says where, not what. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .,'’]+(\\([^)]{1,40}\\))?\\s*[—–-]+\\s+");

    /** The first words of the first body passage (its dateline left out), with "…" when the passage goes on. */
    static String leadWords(String analysis, List<Passage> passages) {
        for (Passage p : passages) {
            if (p.kind() != PassageKind.BODY) {
                continue;
            }
            String text = DATELINE.matcher(analysis.substring(p.start(), p.end()).strip()).replaceFirst("");
            String[] words = text.split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            int n = Math.min(LEAD_WORDS, words.length);
            String lead = String.join(" ", java.util.Arrays.asList(words).subList(0, n));
            return n < words.length ? stripTrailingPunctuation(lead) + "…" : lead;
        }
        return "";
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ",;:—–-".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
