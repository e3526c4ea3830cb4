package org.crosscheck.claims;

import java.util.regex.Pattern;

import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.TimeOfDayNormalizer;

/**
 * Stage: clock times. Needs the drafts of {@link ValueMentions}. Provides one draft of kind
 * {@link ClaimKind#TIME} per time of day the time normaliser reads in the sentence ("at around
 * 4.30am", "1353 (1023 GMT)", "1:53 p.m. local time"), replacing the drafts the tagger made of
 * its figures: a clock time is never a count ("around 4.30"), an amount or a year ("1353"). A
 * bare "14:00" is a time only after a word that places something in the day ("at", "by",
 * "until"): alone it may be a race time or a ratio.
 */
final class TimesOfDay implements Stage {

    /** A clock written with digits alone, a hedge at most before it: "14:00", "about 9:30". */
    private static final Pattern BARE_CLOCK = Pattern.compile("(?i)(?:[a-z]+\\s+)*\\d{1,2}[:.]\\d{2}");

    private final TimeOfDayNormalizer times = new TimeOfDayNormalizer();

    @Override
    public void apply(SentenceState s) {
        SentenceView v = s.view;
        String text = v.sentence.text();
        int sentenceStart = v.sentence.start();
        for (TimeOfDayNormalizer.Found f : times.find(text)) {
            int b = tokenAt(v, sentenceStart + f.start());
            int e = tokenAfter(v, sentenceStart + f.end());
            if (b < s.datelineEnd || b >= e) {
                continue;
            }
            String written = v.text(b, e);
            if (BARE_CLOCK.matcher(written).matches() && !Lexicons.CLOCK_PREPOSITIONS.contains(v.word(b - 1))) {
                continue; // "ran the mile in 3:59": no time of day
            }
            if (namesSomeone(v, b, e)) {
                continue; // "Jamie Noon": a name, no noon
            }
            int from = b;
            int to = e;
            s.drafts.removeIf(d -> d.begin < to && from < d.end); // the figures the tagger read in it
            Draft d = new Draft(MentionType.TIME, null, b, b, e);
            d.kind = ClaimKind.TIME;
            d.predicate = Predicates.of(s, b, e);
            s.drafts.add(d);
        }
    }

    /** Whether the words of a time are a name the tagger found ("Jamie Noon", "Midnight Oil"). */
    private static boolean namesSomeone(SentenceView v, int b, int e) {
        for (int i = b; i < e; i++) {
            String ner = v.ner(i);
            if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("LOCATION")) { // a zone ("GMT") is MISC
                return true;
            }
        }
        return false;
    }

    /** The token holding character {@code offset} (analysis-text offsets), or the first after it. */
    private static int tokenAt(SentenceView v, int offset) {
        for (int i = 0; i < v.size(); i++) {
            if (v.endOf(i) > offset) {
                return i;
            }
        }
        return v.size();
    }

    /** One past the last token that starts before {@code offset}. */
    private static int tokenAfter(SentenceView v, int offset) {
        int last = 0;
        for (int i = 0; i < v.size(); i++) {
            if (v.startOf(i) < offset) {
                last = i + 1;
            }
        }
        return last;
    }
}
