package org.crosscheck.claims;

import java.util.Locale;
import java.util.Set;

import org.crosscheck.normalize.Quantity;

/**
 * Figures that count or measure nothing a report could contradict: a window ("in their last
 * five meetings"), a name ("the Six Nations", "its new 777 plane"), a rank ("No 1") or an empty
 * noun ("for two reasons"). {@link ValueClaims} drops them once it knows the figure's kind.
 */
final class NumberNoise {

    /** Steps of a ranking a figure can move by: "dropped one place to two", "climbed three spots to five". */
    private static final Set<String> RANK_STEPS = Set.of("place", "spot", "position", "rung");

    private NumberNoise() {
    }

    /** Whether a count or quantity read as {@code kind}, with {@code unit}, is noise. */
    static boolean countsNothing(SentenceState s, Draft d, ClaimKind kind, Quantity q, String unit) {
        SentenceView v = s.view;
        if ((kind == ClaimKind.COUNT || kind == ClaimKind.QUANTITY)
                && (Lexicons.WINDOW_WORDS.contains(v.word(d.begin - 1)) || partOfAName(s, d.begin) || aRank(v, d))) {
            return true; // "in their last five meetings", "the top 10", "the Six Nations": no count
        }
        if (kind == ClaimKind.COUNT && namesOneThing(v, d, q, unit)) {
            return true; // "its new 777 plane", "the Apollo 11 mission": a name, no count
        }
        // "means one thing", "for two reasons": nothing counted
        return kind == ClaimKind.COUNT && unit != null && Lexicons.EMPTY_NOUNS.contains(unit.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether token {@code i} is a spelled number that begins a name ("the Six Nations", "the Big
     * Four"): capitalised inside the sentence and followed by a capitalised noun.
     */
    private static boolean partOfAName(SentenceState s, int i) {
        SentenceView v = s.view;
        if (i <= s.datelineEnd || i + 1 >= v.size()) {
            return false;
        }
        String word = v.tokens.get(i).word();
        String next = v.tokens.get(i + 1).word();
        return Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)
                && v.isNoun(i + 1) && Character.isUpperCase(next.charAt(0)); // tagged NNS as often as NNPS
    }

    /**
     * Whether a figure in digits above one counts a singular noun right after it that ends its
     * noun phrase ("its new 777 plane", "a magnitude 6 quake"): counted things are plural, so
     * the figure is part of a name.
     */
    private static boolean namesOneThing(SentenceView v, Draft d, Quantity q, String unit) {
        return q.stated() > 1 && v.word(d.end - 1).matches("\\d+") && v.pos(d.end).equals("NN") && !v.isNoun(d.end + 1)
                && unit != null && unit.equalsIgnoreCase(v.lemma(d.end));
    }

    /**
     * A place in a ranking, not a count: "entered the chart at number three", "No 1", "dropped
     * one place to two" (what is ranked is the clause's subject, which the figure does not name).
     */
    private static boolean aRank(SentenceView v, Draft d) {
        String before = v.word(d.begin - 1);
        return before.equals("number") || before.equals("no") || before.equals("no.")
                || before.equals("to") && RANK_STEPS.contains(v.lemma(d.begin - 2)) && !v.isNoun(d.end);
    }
}
