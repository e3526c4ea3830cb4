package org.crosscheck.align;

import java.util.List;

import org.crosscheck.claims.ClaimKind;

/**
 * A report that gives one figure twice ("Ten people were killed ..." in its lead and "10 people
 * were killed, state television said" further down) gives one fact twice, not two facts: each
 * later claim of the same measure, value and time is a repeat of the first and joins whatever
 * fact the first joins. A date repeats when it hangs on a verb of the same event, or both stand in the
 * report's lead, and it names the same happenings beside it ("the quake struck on Sunday" / "the
 * quake hit on Sunday"); two dates of one report may date two events ("struck on
 * Sunday", "operations were halted on Sunday").
 */
final class Repeats {

    private Repeats() {
    }

    /** For each claim, the index of the claim it repeats, or its own index. */
    static int[] representatives(List<ClaimFrame> frames, FrameMatcher matcher, EventWords events) {
        int n = frames.size();
        int[] representative = new int[n];
        for (int i = 0; i < n; i++) {
            representative[i] = i;
            ClaimFrame f = frames.get(i);
            if (f.claim().value() == null || f.measure().isOpen() && f.claim().kind() != ClaimKind.DATE
                    && f.claim().kind() != ClaimKind.MONEY) {
                continue;
            }
            // claims of one document are contiguous and in text order: look back within the document
            for (int j = i - 1; j >= 0 && frames.get(j).claim().document().equals(f.claim().document()); j--) {
                ClaimFrame e = frames.get(j);
                if (representative[j] == j && repeats(e, f, matcher, events)) {
                    representative[i] = j;
                    break;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int exact = exactFigureOf(i, frames, matcher, representative);
            if (exact >= 0) {
                representative[i] = exact;
            }
        }
        return representative;
    }

    /**
     * A report that gives a vague figure ("damaging several villages", in its lead) and an exact one
     * of the same measure and time that fits it ("five villages had been badly hit") gives one
     * figure twice: the vague one joins whatever fact the exact one joins. The index of that exact
     * figure's representative, or -1.
     */
    private static int exactFigureOf(int i, List<ClaimFrame> frames, FrameMatcher matcher, int[] representative) {
        ClaimFrame f = frames.get(i);
        if (!vague(f) || f.measure().isOpen()) {
            return -1;
        }
        int found = -1;
        for (int j = 0; j < frames.size(); j++) {
            ClaimFrame e = frames.get(j);
            if (j != i && e.claim().document().equals(f.claim().document()) && e.claim().kind() == f.claim().kind()
                    && !vague(e) && e.past() == f.past() && !e.measure().isOpen()
                    && matcher.sameMeasure(e.measure(), f.measure())
                    && ValueCompatibility.compatible(e.claim(), f.claim())) {
                if (found >= 0 && found != representative[j]) {
                    return -1; // two exact figures fit: the vague one says which no better than the words do
                }
                found = representative[j];
            }
        }
        return found;
    }

    /**
     * One report gives an amount once in several currencies ("2m euros (£1.7m; $2.6m)") and repeats
     * it ("worth €2 million" in its lead, "an estimated €2 million" further down, "€2m" in its
     * headline): much the same sum of money, of one time, is one amount. The amounts are compared in
     * dollars ({@link AmountsInDollars}), with the conversions' slack.
     */
    private static boolean sameAmount(ClaimFrame earlier, ClaimFrame later) {
        return earlier.past() == later.past() && java.util.Objects.equals(earlier.claim().role(), later.claim().role())
                && ValueCompatibility.compatible(earlier.claim(), later.claim())
                && (ValueCompatibility.sameFigure(earlier.claim(), later.claim())
                        || AmountsInDollars.acrossCurrencies(earlier.claim(), later.claim()));
    }

    /**
     * One report's "four men" twice are the same four men, whatever each sentence has them do ("Four
     * men smash their car into a store", "Four men drove a 4x4 through the window").
     */
    private static boolean sameGroupOfPeople(Measure a, Measure b) {
        return a.kind() == Measure.Kind.THING && b.kind() == Measure.Kind.THING && a.people() && b.people()
                && a.key().equals(b.key());
    }

    private static boolean vague(ClaimFrame f) {
        return f.claim().value() != null && f.claim().value().quantity() != null
                && f.claim().value().quantity().hedge() == org.crosscheck.normalize.Hedge.VAGUE;
    }

    /** Both dates hang on verbs of one event ("struck" / "hit"); a light verb ("said") names none. */
    private static boolean sameEventVerb(ClaimFrame a, ClaimFrame b, FrameMatcher matcher) {
        String x = a.claim().predicate();
        String y = b.claim().predicate();
        return x != null && y != null && !ClaimFrames.isLightVerb(x.strip()) && !ClaimFrames.isLightVerb(y.strip())
                && matcher.sameEvent(x.strip(), y.strip());
    }

    private static boolean repeats(ClaimFrame earlier, ClaimFrame later, FrameMatcher matcher, EventWords events) {
        if (earlier.claim().kind() == ClaimKind.MONEY && later.claim().kind() == ClaimKind.MONEY) {
            return sameAmount(earlier, later);
        }
        boolean sameAttribute = later.claim().kind() == ClaimKind.DATE
                ? (sameEventVerb(earlier, later, matcher) || earlier.lead() && later.lead())
                        && !events.different(earlier.nearEvents(), later.nearEvents())
                : !earlier.measure().isOpen() && (matcher.sameMeasure(earlier.measure(), later.measure())
                        || sameGroupOfPeople(earlier.measure(), later.measure()));
        return earlier.claim().kind() == later.claim().kind() && earlier.past() == later.past() && sameAttribute
                && later.claim().value().equals(earlier.claim().value())
                && java.util.Objects.equals(earlier.claim().role(), later.claim().role());
    }
}
