package org.crosscheck.claims;

import java.util.Optional;

import org.crosscheck.claims.Attributions.Attribution;
import org.crosscheck.load.OffsetMap;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Sentence;

/**
 * Stage: the statement claim. Needs the speaker ({@link Speakers}) and the value claims already
 * made. Provides at most one claim: the quoted words, else the reported clause, with its speaker.
 * A reported clause whose point is a figure already claimed ("UNHCR said 1,800 people had been
 * relocated") is no separate statement: the value claims carry its speaker.
 */
final class Statements implements Stage {

    /** How far after a quote its speech verb may stand ("...," he said / said X): further is another clause. */
    private static final int QUOTE_TAG_REACH = 4;

    @Override
    public void apply(SentenceState s) {
        statement(s).ifPresent(s.claims::add);
    }

    private static Optional<Claim> statement(SentenceState s) {
        SentenceView v = s.view;
        String speaker = s.speaker;
        Attribution a = s.attributions.isEmpty() ? null : s.attributions.all().get(0);
        if (speaker == null && Speakers.opensWithQuote(v)) {
            speaker = s.document.paragraphSpeaker;
        }
        if (speaker == null) {
            return Optional.empty();
        }
        int[] span = StatementSpans.quoted(v); // "appeared to be "insufficiently" equipped" holds none
        if (span != null) {
            // "X's book claimed that Y told Z: '...'": the quote's words are the speaker nearest to them
            String quoted = quoteSpeaker(s, span);
            speaker = quoted != null ? quoted : speaker;
        }
        if (span == null && a != null) {
            span = StatementSpans.reported(s, a);
            if (span != null && holdsAClaim(s, span)) {
                return Optional.empty();
            }
        }
        if (span != null) {
            span[0] = Math.max(span[0], s.datelineEnd);
        }
        if (span == null || span[1] - span[0] < 3) {
            return Optional.empty();
        }
        String valueText = v.text(span[0], span[1]);
        String words = valueText.replaceAll("^[\\s\"“”'‘’`]+|[\\s\"“”'‘’`,.]+$", "");
        if (words.split("\\s+").length < 3) {
            return Optional.empty();
        }
        String predicate = a == null ? "say" : a.verb().equals("according to") ? "say" : a.verb();
        return Optional.of(claim(s, span, valueText, words, predicate, speaker));
    }

    private static Claim claim(SentenceState s, int[] span, String valueText, String words, String predicate,
            String speaker) {
        Sentence sentence = s.view.sentence;
        OffsetMap offsets = s.article.offsets();
        int sentenceStart = offsets.toOriginal(sentence.start());
        int start = offsets.toOriginal(s.view.startOf(span[0]));
        int end = offsets.toOriginalEnd(s.view.endOf(span[1] - 1));
        return new Claim(s.article.name() + "#s" + sentenceStart, s.article.name(), sentence.index(), sentence.text(),
                sentenceStart, offsets.toOriginalEnd(sentence.end()), start, end, ClaimKind.STATEMENT,
                shorten(words), predicate, valueText, ClaimValue.statement(words), words, null, speaker,
                s.entityIds, null);
    }

    /** The speaker of the attribution nearest to a quote (before it or after it), or null. */
    private static String quoteSpeaker(SentenceState s, int[] span) {
        Attribution nearest = s.attributions.nearest(a -> {
            if (a.cue() >= span[0] && a.cue() < span[1]) {
                return Integer.MAX_VALUE; // "There is nothing you could ever say": a verb of the quote itself
            }
            if (a.cue() >= span[1] + QUOTE_TAG_REACH) {
                return Integer.MAX_VALUE; // "Labour say ... 'let the Tories in', while the Tories say": another clause
            }
            return a.cue() < span[0] ? span[0] - a.cue() : a.cue() - span[1] + 1;
        });
        return nearest == null ? null : Speakers.canonical(s, nearest);
    }

    private static boolean holdsAClaim(SentenceState s, int[] span) {
        for (Draft d : s.claimed) {
            // a person's age is a detail of the report, not its point: "he found Ms Bakley, 44, dead"
            if (d.kind != ClaimKind.AGE && d.begin >= span[0] && d.end <= span[1] && !s.attributions.inSpeaker(d.begin)
                    && !(d.type == MentionType.DATE && s.attributions.dated(d.valueBegin) != null)) {
                // the value claims carry the report and its speaker: "UNHCR said 1,800 people had been relocated"
                return true;
            }
        }
        return false;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79).strip() + "…";
    }
}
