package org.crosscheck.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet that published an article: the manifest's when it names one, else the
 * site name in an HTML page's metadata, else an obvious one in the text (a masthead fused with its slogan above the headline, or a
 * "Source: Reporter, Agency" line), else null. Guessing from anything less would put a
 * wrong name in the researcher's table.
 */
public final class OutletFinder {
    private static final Pattern SOURCE = Pattern.compile("^(?i:source|via)\\s*:\\s*(.+)$");
    private static final Pattern MASTHEAD_SPLIT = Pattern.compile("(\\p{Ll})(\\p{Lu}\\p{Ll})");

    private OutletFinder() {
    }

    public static String find(ManifestEntry entry, String text, List<Passage> passages) {
        return find(entry, null, text, passages);
    }

    /** @param siteName the site name an HTML page's metadata states (og:site_name), or null */
    public static String find(ManifestEntry entry, String siteName, String text, List<Passage> passages) {
        if (entry != null && entry.outlet() != null && !entry.outlet().isBlank()) {
            return entry.outlet();
        }
        if (siteName != null && !siteName.isBlank()) {
            return siteName.strip();
        }
        for (Passage p : passages) {
            if (p.kind() == PassageKind.TITLE || p.kind() == PassageKind.BODY) {
                break; // only what stands above the article
            }
            String line = text.substring(p.start(), p.end()).strip();
            if (p.kind() == PassageKind.META && LineCues.isMasthead(line)) {
                Matcher m = MASTHEAD_SPLIT.matcher(line);
                while (m.find()) {
                    String name = line.substring(0, m.start() + 1).strip();
                    if (name.split("\\s+").length <= 5 && Character.isUpperCase(name.charAt(0))) {
                        return name;
                    }
                }
            }
        }
        for (Passage p : passages) {
            if (p.kind() != PassageKind.META) {
                continue;
            }
            Matcher m = SOURCE.matcher(text.substring(p.start(), p.end()).strip());
            if (m.matches()) {
                String[] parts = m.group(1).split(",");
                String outlet = parts[parts.length - 1].strip();
                if (!outlet.isEmpty() && outlet.split("\\s+").length <= 5) {
                    return outlet;
                }
            }
        }
        return null;
    }
}
