package org.crosscheck.claims;

import java.util.List;
import java.util.function.ToIntFunction;

import org.crosscheck.claims.Attributions.Attribution;

/**
 * The attributions of one sentence ({@link Attributions#find}) after its dateline, with the
 * questions the stages ask of them: is a token part of a speaker, which attribution does a date
 * date, which is nearest to a value.
 */
final class SentenceAttributions {

    private final SentenceView v;
    private final List<Attribution> all;

    SentenceAttributions(SentenceView v, int datelineEnd) {
        this.v = v;
        this.all = Attributions.find(v).stream()
                .filter(a -> a.end() > datelineEnd)
                .map(a -> a.begin() >= datelineEnd ? a : new Attribution(a.cue(), a.verb(), datelineEnd,
                        a.end(), v.text(datelineEnd, a.end()), a.afterVerb()))
                .toList(); // "WASHINGTON — Secretary of State Mike Pompeo warned": the place is no part of the speaker
    }

    /** In sentence order. */
    List<Attribution> all() {
        return all;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** Whether token {@code i} is part of a speaker's phrase. */
    boolean inSpeaker(int i) {
        for (Attribution a : all) {
            if (i >= a.begin() && i < a.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a speaker's phrase starts at token {@code i}. */
    boolean speakerStartingAt(int i) {
        for (Attribution a : all) {
            if (a.begin() == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * The attribution a date right after the speech verb dates ("the agency said on Wednesday",
     * "said Sutopo on Friday", "told reporters on Friday"), else null.
     */
    Attribution dated(int dateBegin) {
        for (Attribution a : all) {
            if (a.verb().equals("according to") || a.cue() >= dateBegin || dateBegin - a.cue() > 6) {
                continue;
            }
            boolean adjacent = true;
            for (int k = a.cue() + 1; k < dateBegin && adjacent; k++) {
                String w = v.word(k);
                adjacent = w.equals("on") || w.equals("late") || w.equals("early") || w.equals("earlier")
                        || (a.afterVerb() && k >= a.begin() && k < a.end())
                        || (a.verb().equals("tell") && (v.isNoun(k) || v.pos(k).equals("DT")));
            }
            if (adjacent) {
                return a;
            }
        }
        return null;
    }

    /** The attribution at the least distance, or null; {@code Integer.MAX_VALUE} rules one out. */
    Attribution nearest(ToIntFunction<Attribution> distance) {
        Attribution nearest = null;
        int best = Integer.MAX_VALUE;
        for (Attribution a : all) {
            int d = distance.applyAsInt(a);
            if (d < best) {
                best = d;
                nearest = a;
            }
        }
        return nearest;
    }
}
