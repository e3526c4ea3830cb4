package org.crosscheck.claims;

import org.crosscheck.normalize.Units;

/**
 * The noun phrases around a value's verb that say what a measure or a date is about: the
 * clause's subject ("Turnout was 38.4 percent"), the verb's object ("reduced the risk by 26%"),
 * the noun a figure qualifies ("a 0.3% rise"). Read by {@link ValueClaims} and {@link RecordBaselines}.
 */
final class NounPhrases {

    private NounPhrases() {
    }

    /**
     * The noun phrase that is the subject of the value's verb, when the verb takes the value
     * as its complement: "Turnout was 38.4 percent" -> "Turnout", "The drug reduced events by
     * 26%" -> "drug". Null when the clause has none before its verb.
     */
    static String clauseSubject(SentenceState s, Draft d) {
        SentenceView v = s.view;
        if (d.predicate == null) {
            return null;
        }
        int verb = -1;
        for (int i = d.begin - 1; i >= s.datelineEnd && d.begin - i <= 12; i--) {
            if (v.isVerb(i) && v.lemma(i).equals(d.predicate)) {
                verb = i;
                break;
            }
            if (v.word(i).equals(",") || v.word(i).equals(";")) {
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        // the clause's first noun phrase: "Voter turnout in Monday's mayoral election was just 38%" -> "Voter turnout";
        // a reported clause starts after its speech verb: "the centre said the quake measured 5.9" -> "quake"
        int clauseStart = s.datelineEnd;
        for (int i = verb - 1; i >= s.datelineEnd; i--) {
            if (v.word(i).equals(",") || v.word(i).equals(";") || v.word(i).equals("that") || v.pos(i).equals("CC")
                    || v.isVerb(i) && Lexicons.SPEECH_VERBS.contains(v.lemma(i))) {
                clauseStart = i + 1;
                break;
            }
        }
        int start = clauseStart;
        // another value's words are no subject: "32-year-old Englishman Robert Buckley fell about 600m"
        while (start < verb && !(v.isNoun(start) && !v.ner(start).equals("DATE") && !v.pos(start + 1).equals("POS")
                && !s.covered(start))) {
            start++;
        }
        int end = start;
        while (end < verb && v.isNoun(end) && !v.ner(end).equals("DATE")) {
            end++;
        }
        if (start >= verb || end == start) {
            return null;
        }
        while (start - 1 >= clauseStart && v.pos(start - 1).startsWith("JJ") && !s.covered(start - 1)) {
            start--;
        }
        return v.text(start, end);
    }

    /**
     * The head of the noun phrase a figure stands in front of as its modifier, after at most two
     * adjectives ("$1.1 billion annual budget" -> budget, "a 0.3% rise" -> rise), or, for an amount,
     * of the bare noun phrase it is counted in ("$27.5bn in unpaid taxes" -> tax); a conversion in
     * brackets after the figure is skipped ("$27.5bn (£14.5bn) back tax bill" -> bill). -1 when the
     * figure is followed by anything else ("$5bn a year", "26% of voters", "$2m in the first
     * quarter").
     */
    static int qualifiedNoun(SentenceState s, Draft d) {
        SentenceView v = s.view;
        int k = afterConversion(v, d.end);
        if (v.word(k).equals("in") && v.ner(d.valueBegin).equals("MONEY")) {
            k++; // "$2m in damages": what the amount is paid in; "in the first quarter" names no thing
        }
        int modifiers = k + 2;
        // adjectives, or an adverb a noun compound starts with ("back tax bill")
        while (k < v.size() && k < modifiers && (v.pos(k).startsWith("JJ") || v.pos(k).equals("RB") && v.isCommonNoun(k + 1))) {
            k++;
        }
        if (k >= v.size() || !v.isCommonNoun(k) || valueToken(v, k)) {
            return -1;
        }
        while (k + 1 < v.size() && v.isCommonNoun(k + 1) && !valueToken(v, k + 1)) {
            k++; // "a $2 billion aid package": the last noun is the head
        }
        return Lexicons.MEASURE_WORDS.contains(v.lemma(k)) ? -1 : k;
    }

    /** The token after a bracketed conversion that starts at {@code k} ("(£14.5bn)"), else {@code k}. */
    private static int afterConversion(SentenceView v, int k) {
        if (!v.word(k).equals("(") && !v.word(k).equals("-lrb-")) {
            return k;
        }
        for (int i = k + 1; i < v.size() && i < k + 6; i++) {
            if (v.word(i).equals(")") || v.word(i).equals("-rrb-")) {
                return i + 1;
            }
        }
        return k;
    }

    /** The head noun of the first noun phrase after the predicate verb nearest the value. */
    static String objectOfPredicate(SentenceState s, Draft d) {
        SentenceView v = s.view;
        int head = objectHead(s, d);
        return head < 0 ? null : v.lemma(head);
    }

    /**
     * As {@link #objectOfPredicate}, with the names that say which one it is: "broke out in
     * Sudan's Blue Nile state" -> "Blue Nile state", "in the state of South Kordofan" -> "state of
     * South Kordofan". A generic head ("state", "camp", "embassy") alone would make events in two
     * places look like one.
     */
    static String namedObjectOfPredicate(SentenceState s, Draft d) {
        SentenceView v = s.view;
        int head = objectHead(s, d);
        if (head < 0) {
            return null;
        }
        int first = head;
        while (nameOutsideValue(s, first - 1, d)) {
            first--;
        }
        StringBuilder object = new StringBuilder();
        if (v.pos(head).startsWith("NNP")) {
            object.append(v.text(first, head + 1)); // the object is a name: as written
        } else {
            object.append(first < head ? v.text(first, head) + " " : "").append(v.lemma(head));
        }
        if (v.word(head + 1).equals("of") && nameOutsideValue(s, head + 2, d)) {
            int end = head + 2;
            while (nameOutsideValue(s, end, d)) {
                end++;
            }
            object.append(" of ").append(v.text(head + 2, end));
        }
        return object.toString();
    }

    /** Whether token {@code i} is a date, time, number, percentage or sum of money. */
    private static boolean valueToken(SentenceView v, int i) {
        String ner = v.ner(i);
        return ner.equals("DATE") || ner.equals("NUMBER") || ner.equals("TIME") || ner.equals("PERCENT")
                || ner.equals("MONEY");
    }

    /** Whether token {@code i} is part of a proper name, not of the value or another date. */
    private static boolean nameOutsideValue(SentenceState s, int i, Draft d) {
        SentenceView v = s.view;
        return i >= 0 && (i < d.begin || i >= d.end) && v.pos(i).startsWith("NNP") && !valueToken(v, i);
    }

    /** Whether token {@code i} is the unit of the figure before it ("struck 431 kilometres off Banda Aceh"): no object. */
    private static boolean measureOfAFigure(SentenceView v, int i) {
        return i > 0 && (v.pos(i - 1).equals("CD") || valueToken(v, i - 1)) && Units.measureOfWord(v.word(i)).isPresent();
    }

    /** The token of {@link #objectOfPredicate}, or -1. */
    static int objectHead(SentenceState s, Draft d) {
        SentenceView v = s.view;
        if (d.predicate == null) {
            return -1;
        }
        int verb = -1;
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < v.size(); i++) {
            if (v.isVerb(i) && v.lemma(i).equals(d.predicate) && Math.abs(i - d.begin) < best) {
                best = Math.abs(i - d.begin);
                verb = i;
            }
        }
        for (int k = verb + 1; k >= 1 && k < v.size() && k <= verb + 6; k++) {
            if (k >= d.begin && k < d.end || s.covered(k)) {
                continue; // a value's own words are not its object: "fell about 600m on Saturday"
            }
            if (v.isNoun(k) && !valueToken(v, k) && !measureOfAFigure(v, k)) {
                // "start at 6 p.m.", "grew 0.3% in the quarter": a value is no object
                int head = k;
                while (v.isNoun(head + 1) && !valueToken(v, head + 1) && (head + 1 < d.begin || head + 1 >= d.end)) {
                    head++; // "dropped bombs Thursday": the day is no part of the object
                }
                if (v.pos(head + 1).equals("POS")) {
                    k = head + 1; // "approved Harmon's housing plan": the possessor is not the object
                    continue;
                }
                if (Lexicons.MEASURE_WORDS.contains(v.lemma(head)) && head > k) {
                    head--; // "reduce its force level": the event is about the force
                }
                return head;
            }
            if (v.isVerb(k) || v.word(k).equals(",")) {
                break;
            }
        }
        return -1;
    }

}
