package org.crosscheck.claims;

import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.NumberNormalizer;

/**
 * Stage: counts written without digits, which the tagger does not mark. Needs the drafts of
 * {@link ValueMentions} (a token they cover is not read again). Provides drafts for "a Briton",
 * "an official" where the article counts its sources or victims, and for quantifiers that count
 * something ("a few injured", "several hundred protesters", "thousands of people").
 */
final class CountsWithoutDigits implements Stage {

    private final WordNetLexicon lexicon;
    private final Quantifiers quantifiers;

    CountsWithoutDigits(NumberNormalizer numbers, WordNetLexicon lexicon) {
        this.lexicon = lexicon;
        this.quantifiers = new Quantifiers(numbers);
    }

    @Override
    public void apply(SentenceState s) {
        indefinitePeopleCounts(s);
        vagueCounts(s);
    }

    /** "a Briton", "an official": a count of one person where the article counts its sources or victims. */
    private void indefinitePeopleCounts(SentenceState s) {
        SentenceView v = s.view;
        for (int i = 0; i + 1 < v.size(); i++) {
            String w = v.word(i);
            if (!(w.equals("a") || w.equals("an")) || !v.pos(i).equals("DT")) {
                continue;
            }
            int head = i + 1;
            while (head < v.size() && (v.pos(head).equals("JJ") && (v.pos(head + 1).equals("JJ") || v.isNoun(head + 1))
                    || (v.pos(head).equals("NNP") || v.pos(head).equals("NN")) && v.isNoun(head + 1))
                    && !(Attributions.namesPeople(v, head) && !v.isNoun(head + 1)
                         && (!v.pos(head + 1).equals("JJ") || v.word(head + 1).equals("familiar")))) {
                head++;
            }
            if (head >= v.size() || v.isNoun(head + 1) || quantifiers.isVagueQuantity(v, i, head + 1)
                    || describesAName(v, i)) {
                // "The United States, a close partner of ...": an appositive describes a name, it counts nothing
                continue; // "a few injured" is a vague count, read by vagueCounts
            }
            boolean demonym = v.pos(head).equals("NNP") && v.ner(head).equals("MISC") && lexicon.namesPeople(v.lemma(head));
            boolean person = (v.pos(head).equals("NN") && lexicon.namesPeople(v.lemma(head))) || demonym
                    || Attributions.namesPeople(v, head);
            if (!person || !(s.attributions.speakerStartingAt(i) || nearVictimVerb(v, head))) {
                continue;
            }
            Draft d = new Draft(MentionType.NUMBER, null, i, i, head + 1);
            d.predicate = Predicates.of(s, i, head + 1);
            d.indefiniteHead = head;
            s.drafts.add(d);
        }
    }

    /**
     * Counts written with a quantifier and no digit that the tagger did not mark as numbers:
     * "a few injured", "several hundred protesters", "thousands of people". Only when a
     * counted noun (or a casualty word) follows: a bare "several" says nothing checkable.
     */
    private void vagueCounts(SentenceState s) {
        SentenceView v = s.view;
        for (int i = 0; i < v.size(); i++) {
            if (s.covered(i) || !Quantifiers.VAGUE_STARTS.contains(v.word(i))) {
                continue;
            }
            for (int len = Math.min(3, v.size() - i); len >= 1; len--) {
                int end = i + len;
                if (s.covered(end - 1) || v.word(end - 1).equals("of") || !quantifiers.isQuantifierOnly(v, i, end)
                        || !countsSomething(v, end)) {
                    continue;
                }
                int begin = NumberNormalizer.hedgeStart(v.tokens, i);
                Draft d = new Draft(MentionType.NUMBER, null, begin, i, end);
                d.vague = true;
                d.predicate = Predicates.of(s, begin, end);
                s.drafts.add(d);
                i = end - 1;
                break;
            }
        }
    }

    /** "The United States, a close partner of South Sudan, ...": an appositive between commas after a name. */
    private static boolean describesAName(SentenceView v, int article) {
        String ner = v.ner(article - 2);
        if (!v.word(article - 1).equals(",") || !v.pos(article - 2).startsWith("NNP") || ner.equals("O")
                || ner.equals("DATE") || ner.equals("TIME") || ner.equals("NUMBER")) {
            return false;
        }
        for (int k = article + 1; k < v.size() && k <= article + 10; k++) {
            if (v.word(k).equals(",")) {
                return true;
            }
            if (v.isVerb(k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a counted thing follows a quantifier ending before {@code k}: "of" + noun, a noun, or "dead". */
    private static boolean countsSomething(SentenceView v, int k) {
        if (v.word(k).equals("more") && !v.isNoun(k + 1)) {
            return true; // "and tens of thousands more": the sentence's earlier count says what
        }
        if (v.word(k).equals("of")) {
            k++;
            while (v.pos(k).equals("DT") || v.pos(k).startsWith("JJ")) {
                k++;
            }
            return v.isCommonNoun(k);
        }
        while (v.pos(k).startsWith("JJ") && !Lexicons.CASUALTY_STATES.containsKey(v.word(k))) {
            k++;
        }
        // "dozens were hurt": the people a casualty word after it counts
        return v.isCommonNoun(k) || Lexicons.CASUALTY_STATES.containsKey(v.word(k)) && !v.isNoun(k + 1)
                || CasualtyWords.stateAfter(v, k) >= 0;
    }

    /** "a Briton was killed", "killing a man": the noun phrase is what the event counts. */
    private static boolean nearVictimVerb(SentenceView v, int head) {
        int k = head + 1;
        if (v.lemma(k).equals("be")) {
            k++;
        }
        if (v.pos(k).equals("VBN") && !Lexicons.SPEECH_VERBS.contains(v.lemma(k))) {
            return true;
        }
        int before = head - 1;
        while (before >= 0 && !v.isVerb(before) && head - before < 4) {
            before--;
        }
        return before >= 0 && v.isVerb(before) && v.pos(before).equals("VBG")
                && !Lexicons.SPEECH_VERBS.contains(v.lemma(before));
    }
}
