package org.crosscheck.claims;

import java.util.Locale;

/**
 * The predicate a value hangs on: the nearest event verb, skipping auxiliaries and the speech
 * verbs and speakers of attributions (the value is in the reported content). Every stage that
 * finds a value asks it; the unit stage asks again for a part of a counted whole.
 */
final class Predicates {

    private Predicates() {
    }

    /**
     * The event verb: the nearest main verb to the value, skipping auxiliaries, the speech
     * verbs and speakers of attributions (the value is in the reported content).
     */
    static String of(SentenceState s, int begin, int end) {
        SentenceView v = s.view;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String speech = null;
        String auxiliary = null;
        int auxiliaryDistance = Integer.MAX_VALUE;
        String auxiliaryAcrossComma = null;
        for (int i = 0; i < v.size(); i++) {
            if (!v.isVerb(i) || (i >= begin && i < end)) {
                continue;
            }
            if (i == end && (v.pos(i).equals("VBG") || v.pos(i).equals("VBN")) && v.isNoun(i + 1)) {
                continue; // "20 remaining crew": a modifier of the counted noun, not the event
            }
            String lemma = v.lemma(i);
            if (v.pos(i).equals("VBN") && (v.word(i + 1).equals("with") || v.word(i + 1).equals("to"))
                    && Lexicons.COMPARISON_VERBS.contains(lemma)) {
                continue; // "cut the risk by 20% compared with a placebo": a preposition, the event is "cut"
            }
            if (Lexicons.AUXILIARIES.contains(lemma) || lemma.equals("accord")) {
                int distance = Math.abs(i - begin);
                if (!lemma.equals("accord") && distance < auxiliaryDistance && !commaBetween(v, i, begin, end)) {
                    auxiliaryDistance = distance; // "the mission has 12,000 soldiers": the only verb there is
                    auxiliary = lemma;
                } else if (!lemma.equals("accord") && i < begin && auxiliaryAcrossComma == null) {
                    auxiliaryAcrossComma = lemma; // "Turnout was 38%, the lowest since 1998": the clause the aside qualifies
                }
                continue;
            }
            if (Lexicons.SPEECH_VERBS.contains(lemma) || s.attributions.inSpeaker(i)) {
                speech = speech == null ? lemma : speech;
                continue;
            }
            int distance = distance(v, i, begin, end);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = lemma;
            }
        }
        return best != null ? best : withoutEventVerb(v, end, auxiliary, auxiliaryAcrossComma, speech);
    }

    /** How far verb {@code i} is from the value, made far when a comma, a conjunction or a new clause stands between. */
    private static int distance(SentenceView v, int i, int begin, int end) {
        int distance = i < begin ? begin - i : (i - end + 1) + 1;
        if (commaBetween(v, i, begin, end)) {
            distance += 100; // a verb across a comma governs the value only when no other does
        } else if (i < begin && conjunctionBetween(v, i, begin)) {
            distance += 20; // "injured 5 people and 10 houses were damaged": the next clause's verb
        } else if (i >= end && complementizerBetween(v, end, i)) {
            distance += 20; // "asked on Monday whether he would close": the value dates the asking
        }
        return distance;
    }

    /** The predicate of a value no event verb governs: a casualty word, else a copula, else the speech verb. */
    private static String withoutEventVerb(SentenceView v, int end, String auxiliary, String auxiliaryAcrossComma,
            String speech) {
        // "7 people were dead": no event verb, the casualty word says what happened
        for (int k = end; k < v.size() && k <= end + 3; k++) {
            String event = Lexicons.CASUALTY_STATES.get(v.word(k));
            if (event != null && v.pos(k).startsWith("JJ")) {
                return event;
            }
        }
        if (auxiliary != null) {
            return auxiliary; // "Turnout was 82%, the council said": the copula of the value's own clause
        }
        if (auxiliaryAcrossComma != null) {
            return auxiliaryAcrossComma;
        }
        return speech;
    }

    private static boolean commaBetween(SentenceView v, int verb, int begin, int end) {
        int from = verb < begin ? verb + 1 : end;
        int to = verb < begin ? begin : verb;
        for (int k = from; k < to; k++) {
            if (v.word(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean conjunctionBetween(SentenceView v, int verb, int begin) {
        for (int k = verb + 1; k < begin; k++) {
            if (v.pos(k).equals("CC")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause opened after the value ("whether", "that", "if", or a subordinator such as
     * "after she tested", "when the bus overturned") holds a verb the value does not hang on.
     */
    private static boolean complementizerBetween(SentenceView v, int end, int verb) {
        for (int k = end; k < verb; k++) {
            String w = v.word(k).toLowerCase(Locale.ROOT);
            if ((w.equals("whether") || w.equals("that") || w.equals("if")) && v.pos(k).equals("IN")) {
                return true;
            }
            if (Lexicons.SUBORDINATORS.contains(w) && (v.pos(k).equals("IN") || v.pos(k).equals("WRB"))
                    && (v.pos(k + 1).startsWith("PRP") || v.pos(k + 1).equals("DT") || v.pos(k + 1).startsWith("NN"))
                    && v.isVerb(verb) && verb > k) {
                return true; // "banned for four years after she tested positive": the ban lasts, not the test
            }
        }
        return false;
    }

}
