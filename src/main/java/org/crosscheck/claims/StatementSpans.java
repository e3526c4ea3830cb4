package org.crosscheck.claims;

import org.crosscheck.claims.Attributions.Attribution;

/**
 * Where a statement's words are in its sentence, as token spans {@code [from, to)}: inside the
 * first quotation, or the clause an attribution reports ("X said (that) CLAUSE", "CLAUSE, X said").
 */
final class StatementSpans {

    /** A quotation shorter than this marks a term ("insufficiently", a nickname); it states nothing by itself. */
    static final int MIN_QUOTE_TOKENS = 3;

    private StatementSpans() {
    }

    /**
     * The tokens of the first quotation in the sentence, inside its quote marks (from the sentence's
     * start when the quotation began in the sentence before), or null.
     */
    static int[] quoted(SentenceView v) {
        int open = -1;
        for (int i = 0; i < v.size(); i++) {
            if (!v.isQuoteMark(i) || v.text(i, i + 1).equals("'") || v.text(i, i + 1).equals("’")) {
                continue;
            }
            if (open < 0 && v.isOpeningQuote(i)) {
                open = i;
            } else if (open >= 0 && !v.isOpeningQuote(i) && i - open - 1 < MIN_QUOTE_TOKENS) {
                open = -1; // Antonio "LA" Reid, "insufficiently" equipped: a term in quotes, no quotation
            } else if (open >= 0 && !v.isOpeningQuote(i)) {
                return trimPunctuation(v, open + 1, i);
            } else if (open < 0 && i > 0) {
                // "... soon afterwards,'' he said": a quotation opened in the sentence before ends here
                return trimPunctuation(v, 0, i);
            }
        }
        if (open >= 0) {
            return trimPunctuation(v, open + 1, v.size()); // a quote running on into the next sentence
        }
        return null;
    }

    /** "X said (that) CLAUSE" -> the clause; "CLAUSE, X said" -> the clause. */
    static int[] reported(SentenceState s, Attribution a) {
        SentenceView v = s.view;
        int last = v.size();
        while (last > 0 && v.pos(last - 1).equals(".")) {
            last--;
        }
        if (!a.afterVerb() && (a.begin() <= 1 || noVerbBefore(v, a.begin())) || a.afterVerb() && a.cue() <= 1) {
            return afterOpeningSpeaker(s, a, last);
        }
        int after = Math.max(a.end(), a.cue() + 1);
        int until = endBeforeNextSource(s, a, after, last);
        if (!a.afterVerb() && !a.verb().equals("according to") && until - after >= 3 && !v.word(after).equals(",")
                && !v.isQuoteMark(after) && hasVerb(v, after, until)) {
            // "Mallya set up Kingfisher, while Branson has said he is keen to ...": the clause after the verb
            // is what was said, the one before it the writer's ("..., Fauzi told AFP late Tuesday" says nothing after)
            return new int[] {v.word(after).equals("that") ? after + 1 : after, until};
        }
        int to = Math.min(a.begin(), a.cue());
        if (a.verb().equals("according to")) {
            to = a.cue();
        }
        while (to > 0 && (v.word(to - 1).equals(",") || v.isQuoteMark(to - 1))) {
            to--;
        }
        return new int[] {0, to};
    }

    /** The sentence opens with its speaker and verb: what follows them, past "that", the one told and a date. */
    private static int[] afterOpeningSpeaker(SentenceState s, Attribution a, int last) {
        SentenceView v = s.view;
        int from = Math.max(a.end(), a.cue() + 1);
        last = endBeforeNextSource(s, a, from, last);
        boolean pastThat = false;
        for (int k = from; k < last && k <= from + 8; k++) {
            if (v.isVerb(k) || v.word(k).equals(",")) {
                break;
            }
            if (v.word(k).equals("that") && v.pos(k).equals("IN")) {
                from = k + 1; // "warned Iraq's leaders that ...": the content starts after "that"
                pastThat = true;
                break;
            }
        }
        if (a.verb().equals("tell") && !pastThat) {
            // "told the AFP news agency (that) ...": past the person told
            if (v.pos(from).equals("PRP")) {
                from++; // "told him it was ...": one pronoun is the one told
            } else {
                while (from < last && (v.isNoun(from) || v.pos(from).equals("DT") || v.pos(from).equals("JJ"))) {
                    from++;
                }
            }
        }
        while (from < last && (v.word(from).equals("that") || v.ner(from).equals("DATE") || v.word(from).equals(":")
                || v.word(from).equals(",") || v.pos(from).equals("IN") && v.ner(from + 1).equals("DATE"))) {
            from++;
        }
        return new int[] {from, last};
    }

    /** "Another provincial official, Ghasem Karami, told ...": only the speaker's phrase precedes the verb. */
    private static boolean noVerbBefore(SentenceView v, int end) {
        for (int k = 0; k < end; k++) {
            // a possessive apostrophe ("Supporters' group") opens no quote
            if (v.isVerb(k) || v.isQuoteMark(k) && !v.pos(k).equals("POS")) {
                return false;
            }
        }
        return true;
    }

    private static int[] trimPunctuation(SentenceView v, int from, int to) {
        while (to > from && (v.pos(to - 1).equals(".") || v.word(to - 1).equals(",") || v.isQuoteMark(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    /** Where reported content from {@code from} ends: before a second source ("X warned that ..., two officials said"). */
    private static int endBeforeNextSource(SentenceState s, Attribution a, int from, int last) {
        SentenceView v = s.view;
        for (Attribution other : s.attributions.all()) {
            int otherStart = Math.min(other.begin(), other.cue());
            if (other != a && otherStart > from && otherStart < last) {
                last = otherStart;
                while (last > from && (v.word(last - 1).equals(",") || v.isQuoteMark(last - 1)
                        || v.word(last - 1).equals("and") || v.word(last - 1).equals("but"))) {
                    last--;
                }
            }
        }
        return last;
    }

    private static boolean hasVerb(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.isVerb(k)) {
                return true;
            }
        }
        return false;
    }
}
