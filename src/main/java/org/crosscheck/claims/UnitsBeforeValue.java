package org.crosscheck.claims;

/**
 * What a count measures when no noun follows it: a label ("Attendance: 83,104"), the noun it is
 * "of" ("a death toll of 12"), the predicate's object ("reduce its force level in Iraq from
 * 5,000") or the clause's subject ("The death toll rose to 12"). The last resort of {@link CountedUnits}.
 */
final class UnitsBeforeValue {

    private final UnitNaming naming;

    UnitsBeforeValue(UnitNaming naming) {
        this.naming = naming;
    }

    /** Sets the unit and subject of a count from the words before it, when they name what it counts. */
    void read(SentenceState s, Draft d) {
        SentenceView v = s.view;
        int of = d.begin - 1;
        if (v.word(of).equals(":") && v.isCommonNoun(of - 1) && of - 1 == s.datelineEnd) {
            naming.setUnit(s, d, of - 1, of - 1); // "Attendance: 83,104": a labelled figure
            return;
        }
        if (v.word(of).equals("of") && v.isCommonNoun(of - 1)) {
            // "a crowd of more than 80,000", "a death toll of 12": the noun the value measures
            int start = of - 1;
            while (start - 1 >= 0 && (v.isCommonNoun(start - 1) || v.pos(start - 1).startsWith("JJ"))) {
                start--;
            }
            naming.setUnit(s, d, start, of - 1);
            return;
        }
        if (objectBeforeValue(s, d)) {
            return;
        }
        subjectOfPredicate(s, d);
    }

    /** "reduce its force level in Iraq from 5,000": the object of the predicate, before the value. */
    private boolean objectBeforeValue(SentenceState s, Draft d) {
        SentenceView v = s.view;
        int verb = -1;
        for (int i = d.begin - 1; i >= 0 && d.begin - i <= 12; i--) {
            if (v.isVerb(i) && v.lemma(i).equals(d.predicate)) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        int start = verb + 1;
        while (start < d.begin && !v.isCommonNoun(start)) {
            start++;
        }
        int headIndex = start;
        while (headIndex + 1 < d.begin && v.isCommonNoun(headIndex + 1)) {
            headIndex++;
        }
        if (start < d.begin && v.isCommonNoun(headIndex)) {
            while (start - 1 > verb && (v.pos(start - 1).startsWith("JJ") || v.pos(start - 1).startsWith("NNP"))) {
                start--;
            }
            naming.setUnit(s, d, start, headIndex);
            return true;
        }
        return false;
    }

    /**
     * A subordinator with a subject of its own before the verb opens a clause: "Rescuers resumed
     * work as the death toll rose to 10"; "a day before rose" has none, "before" is no clause there.
     */
    private static boolean opensAClause(SentenceView v, int i, int verb) {
        if (!Lexicons.SUBORDINATORS.contains(v.word(i)) || !(v.pos(i).equals("IN") || v.pos(i).equals("WRB"))) {
            return false;
        }
        for (int k = i + 1; k < verb; k++) {
            if (v.isNoun(k) || v.pos(k).equals("PRP")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The death toll rose to 12", "this number is expected to reduce to 3,000": the value's
     * clause subject says what is counted. A figure noun alone ("this number", "the toll")
     * refers back to the previous count of the article; a toll of an event noun is counted by
     * the event ("death toll" -> die).
     */
    private void subjectOfPredicate(SentenceState s, Draft d) {
        SentenceView v = s.view;
        int verb = -1;
        for (int i = d.begin - 1; i >= 0 && d.begin - i <= 8; i--) {
            if (v.isVerb(i) && v.lemma(i).equals(d.predicate)) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return;
        }
        // the clause's first noun phrase: "The death toll from Monday's shelling of a market has risen to 11"
        int clauseStart = s.datelineEnd;
        for (int i = verb - 1; i >= s.datelineEnd; i--) {
            if (v.word(i).equals(",") || v.word(i).equals(";") || v.word(i).equals("that") || v.pos(i).equals("CC")
                    || opensAClause(v, i, verb)) {
                clauseStart = i + 1;
                break;
            }
        }
        int j = clauseStart;
        while (j < verb && !v.isCommonNoun(j)) {
            j++;
        }
        while (j + 1 < verb && v.isCommonNoun(j + 1)) {
            j++;
        }
        if (j >= verb || !v.isCommonNoun(j)) {
            return;
        }
        int start = j;
        while (start - 1 >= 0 && (v.isNoun(start - 1) || v.pos(start - 1).startsWith("JJ") || v.pos(start - 1).equals("DT")
                || v.pos(start - 1).equals("PRP$") || v.pos(start - 1).equals("POS"))) {
            start--;
        }
        int first = start;
        while (first < j && (v.pos(first).equals("DT") || v.pos(first).equals("PRP$"))) {
            first++;
        }
        boolean figure = Lexicons.MEASURE_WORDS.contains(v.lemma(j));
        String prep = v.word(d.begin - 1);
        boolean level = Lexicons.LEVEL_VERBS.contains(d.predicate) && verb == d.begin - 1;
        if (!figure && !(v.pos(j).equals("NNS") && (level || prep.equals("to") || prep.equals("at") || prep.equals("from")))) {
            return; // "the company employs 5,000": the subject is not what is counted
        }
        boolean figureAlone = figure && first == j && !v.word(j + 1).equals("of");
        if (figureAlone) {
            if (s.document.lastCountUnit != null && (v.word(start).equals("this") || v.word(start).equals("that")
                    || v.word(start).equals("the"))) {
                d.unit = s.document.lastCountUnit;
                d.subject = s.document.lastCountSubject;
            }
            return;
        }
        naming.setUnit(s, d, first, j);
    }
}
