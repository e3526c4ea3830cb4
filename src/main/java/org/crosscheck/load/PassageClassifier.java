package org.crosscheck.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The noise filter: splits an article's text into passages (one per non-blank line) and says
 * what each is, so that only the article's own running text reaches the NLP.
 *
 * <p>The rules describe news pages in general, not any particular site:
 * <ul>
 *   <li>the headline is the first heading-like line of headline length near the top (no
 *       closing full stop); what stands before it (mastheads, section labels, breadcrumbs,
 *       date lines) is META;</li>
 *   <li>a body paragraph is made of sentences: it ends with sentence punctuation, is long,
 *       or narrates in the past tense ("was", "said");</li>
 *   <li>a short line without closing punctuation between or after body paragraphs is the
 *       headline of another story (a link; headlines are written in the present), unless it
 *       continues the text (starts with "It", "He", "But"..., or goes on in lower case on the
 *       next line);</li>
 *   <li>once a "You May Also Like" / "Related" / "Read more" marker follows the body,
 *       the rest of the page is other stories;</li>
 *   <li>captions name a photo agency or follow a photo credit; comment forms, share buttons
 *       and "contributed to this report" credits are boilerplate; lines mostly in another
 *       script, or mojibake, are FOREIGN.</li>
 * </ul>
 * What a line looks like on its own is in {@link LineCues}; this class adds where it stands.
 * Stateless and thread-safe.
 */
public final class PassageClassifier {
    /** How far down the page the headline is looked for. */
    private static final int TITLE_SEARCH_LINES = 15;

    /** Splits the text into line passages and labels each. Offsets are into {@code text}. */
    public List<Passage> classify(String text) {
        List<Line> lines = lines(text);
        PassageKind[] kinds = new PassageKind[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            kinds[i] = LineCues.intrinsicKind(lines.get(i).text());
        }
        int title = findTitle(lines, kinds);
        for (int i = 0; i < title; i++) {
            if (kinds[i] == null) {
                kinds[i] = PassageKind.META; // masthead, section label, standfirst kicker
            }
        }
        if (title >= 0) {
            kinds[title] = PassageKind.TITLE;
        }
        classifyRest(lines, kinds, title);
        List<Passage> passages = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            passages.add(new Passage(lines.get(i).start(), lines.get(i).end(), kinds[i]));
        }
        return passages;
    }

    /**
     * The analysis text: every passage that is neither BODY nor TITLE replaced by spaces,
     * line breaks kept, so that offsets stay those of {@code text}.
     */
    public static String blankNonContent(String text, List<Passage> passages) {
        char[] chars = text.toCharArray();
        for (Passage p : passages) {
            if (p.kind() != PassageKind.BODY && p.kind() != PassageKind.TITLE) {
                for (int i = p.start(); i < p.end(); i++) {
                    if (chars[i] != '\n' && chars[i] != '\r') {
                        chars[i] = ' ';
                    }
                }
            }
        }
        return new String(chars);
    }

    /**
     * The headline: among the heading-like lines above the running text, the first one of
     * headline length. Navigation labels ("World", "Skip to main content") and reporter lines
     * ("Jane Doe in Athens") are heading-like too, but shorter than the headline they surround.
     */
    private static int findTitle(List<Line> lines, PassageKind[] kinds) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), TITLE_SEARCH_LINES); i++) {
            if (kinds[i] != null) {
                continue;
            }
            String line = lines.get(i).text();
            if (LineCues.looksLikeBody(line)) {
                break;
            }
            if (LineCues.isHeadingLike(line)) {
                candidates.add(i);
            }
        }
        int longest = candidates.stream().mapToInt(i -> LineCues.words(lines.get(i).text())).max().orElse(0);
        double headlineLength = Math.max(4, longest * 0.6);
        return candidates.stream()
                .filter(i -> LineCues.words(lines.get(i).text()) >= headlineLength)
                .findFirst()
                .orElse(candidates.isEmpty() ? -1 : candidates.get(0));
    }

    private static void classifyRest(List<Line> lines, PassageKind[] kinds, int title) {
        String titleText = title >= 0 ? lines.get(title).text() : null;
        boolean bodySeen = false;
        boolean otherStories = false;
        boolean afterCredit = false;
        for (int i = title + 1; i < lines.size(); i++) {
            String line = lines.get(i).text();
            boolean credit = false;
            if (otherStories) {
                if (kinds[i] == null || kinds[i] == PassageKind.CAPTION) {
                    kinds[i] = PassageKind.OTHER_STORY;
                }
            } else if (kinds[i] != null) {
                // decided on its own
            } else if (line.equals(titleText)) {
                kinds[i] = PassageKind.META; // the headline repeated by the page layout
            } else if (LineCues.isEndMarker(line)) {
                kinds[i] = bodySeen ? PassageKind.OTHER_STORY : PassageKind.META;
                otherStories = bodySeen;
            } else if (LineCues.isOtherStoryLink(line)) {
                kinds[i] = PassageKind.OTHER_STORY;
            } else if (LineCues.isCrosshead(line)) {
                kinds[i] = PassageKind.META;
            } else if (LineCues.isCredit(line)) {
                kinds[i] = PassageKind.META;
                credit = true;
            } else if (afterCredit && LineCues.isCaptionSentence(line)) {
                kinds[i] = PassageKind.CAPTION;
            } else if (!LineCues.isSentence(line) && !continuesOnNextLine(lines, i)) {
                kinds[i] = bodySeen ? PassageKind.OTHER_STORY : PassageKind.META;
            } else {
                kinds[i] = PassageKind.BODY;
                bodySeen = true;
            }
            afterCredit = credit;
        }
    }

    /**
     * A paragraph broken in two (a stray line break, a garbled character) goes on in lower
     * case on the next line; the next story's headline or paragraph starts with a capital.
     */
    private static boolean continuesOnNextLine(List<Line> lines, int i) {
        if (i + 1 >= lines.size() || LineCues.words(lines.get(i).text()) < 5) {
            return false;
        }
        String next = lines.get(i + 1).text();
        if (!LineCues.endsLikeSentence(next)) {
            return false;
        }
        int first = next.codePointAt(0);
        return Character.isLowerCase(first) || next.matches("^\\d+;\\p{Ll}.*");
    }

    /** One non-blank line: its trimmed extent in the text and its trimmed content. */
    private record Line(int start, int end, String text) {
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int start = pos;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                lines.add(new Line(start, end, text.substring(start, end)));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }
}
