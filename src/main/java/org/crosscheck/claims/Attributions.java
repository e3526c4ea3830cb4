package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who a sentence says is speaking: "according to X", "X said", "said X", "X told ...".
 * A speaker is the noun phrase next to a speech verb (see {@code models/claims/speech-verbs.txt}),
 * over an appositive ("Talal, a spokesman for the prime minister, said"), or after it when the
 * verb follows a quote or a comma ("..., said a diplomat familiar with the situation").
 */
final class Attributions {

    /** Tags that can make up a speaker's noun phrase. */
    private static final Set<String> NP_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "CD", "POS", "PRP", "HYPH");
    private static final Set<String> PP_WORDS = Set.of("of", "for", "from", "in", "at", "with", "inside", "within", "near", "on");
    private static final int MAX_SPEAKER_TOKENS = 14;
    /** Participles that report what someone is held to have said: "is believed to have told". */
    private static final Set<String> REPORTING_PARTICIPLES = Set.of("believe", "understand", "think", "know", "rumour", "rumor");

    /**
     * One attribution in a sentence.
     *
     * @param cue        index of the speech verb or of "according"
     * @param verb       the speech verb's lemma ("say"), or "according to"
     * @param begin      first token of the speaker phrase
     * @param end        one past its last token
     * @param speaker    the phrase as written
     * @param afterVerb  whether the speaker follows the cue (then the statement precedes it)
     */
    record Attribution(int cue, String verb, int begin, int end, String speaker, boolean afterVerb) {
        boolean isPronoun(SentenceView v) {
            return end - begin == 1 && v.pos(begin).equals("PRP");
        }

        boolean covers(int i) {
            return (i >= begin && i < end) || i == cue;
        }
    }

    private Attributions() {
    }

    static List<Attribution> find(SentenceView v) {
        List<Attribution> found = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.word(i).equals("according") && v.word(i + 1).equals("to")) {
                int end = phraseAfter(v, i + 2);
                if (end > i + 2) {
                    found.add(new Attribution(i, "according to", i + 2, end, v.text(i + 2, end), true));
                }
            } else if (v.isVerb(i) && Lexicons.SPEECH_VERBS.contains(v.lemma(i))) {
                Attribution a = aroundVerb(v, i);
                if (a != null && continuesTheLastSpeaker(v, i) && !found.isEmpty()) {
                    // "..., he said, adding that ...": the one who said it adds it
                    Attribution last = found.get(found.size() - 1);
                    a = new Attribution(i, v.lemma(i), last.begin(), last.end(), last.speaker(), last.afterVerb());
                }
                if (a != null) {
                    found.add(a);
                }
            }
        }
        return found;
    }

    /** The attribution of the speech verb at {@code verb}: its speaker before or after it, or null when it has none. */
    private static Attribution aroundVerb(SentenceView v, int verb) {
        int j = pastAdverbsAndDates(v, verb);
        boolean passive = v.pos(verb).equals("VBN") && hasBe(v, j + 1, verb);
        if (qualifiesANoun(v, verb)) {
            return null; // "the 140,000 confirmed deaths", "the reported cases": a participle that qualifies a noun
        }
        if (v.pos(verb).equals("VBN") && v.isNoun(verb - 1) && Lexicons.AUXILIARIES.contains(v.lemma(verb + 1))) {
            return null; // "Among the firms accused were Altria ...": a participle after its noun, the clause's verb follows
        }
        if (!passive) {
            j = pastReportingPassive(v, j);
        }
        if (passive && !v.word(verb + 1).equals("as")) { // "he was quoted as saying" keeps its speaker
            return null; // "Five people were confirmed dead", "two were reported killed": the subject is the content
        }
        if (v.pos(verb).equals("VBN") && j >= 0 && v.word(j).equals(",") && j == verb - 1 && finiteVerbAfter(v, verb)) {
            return null; // "Khaled Saad, quoted in the official news agency, said": a participle, the next verb attributes
        }
        if (v.pos(verb).equals("VBG") && j >= 0 && v.word(j).equals(",")) {
            // "The United States, a close partner of ..., had made overtures, saying that ...": the clause's subject
            int end = phraseAfter(v, 0);
            return end > 0 ? new Attribution(verb, v.lemma(verb), 0, end, v.text(0, end), false) : null;
        }
        // never after "tell", whose object is the one told
        boolean speakerMayFollow = !v.lemma(verb).equals("tell") && (j < 0 || v.word(j).equals(",") || v.isQuoteMark(j));
        Attribution after = speakerMayFollow ? speakerAfter(v, verb) : null;
        if (after != null && (v.ner(after.begin()).equals("PERSON") || v.ner(after.begin()).equals("ORGANIZATION")
                || v.pos(after.begin()).startsWith("NNP"))) {
            return after; // "..., the capital of the province, said Sutopo": the name after the verb
        }
        return speakerBefore(v, verb, j, after);
    }

    /**
     * The last token before the verb that is not an adverb, modal, auxiliary or date: "angry MPs
     * this week warned", "officials on Monday said": the time is no part of the speaker.
     */
    private static int pastAdverbsAndDates(SentenceView v, int verb) {
        int j = verb - 1;
        while (j >= 0 && (v.pos(j).startsWith("RB") || v.pos(j).equals("MD") || v.lemma(j).equals("have")
                || v.lemma(j).equals("be") || isDate(v, j) && j > 0 && !v.word(j - 1).equals(","))) {
            j--;
            if (j >= 0 && isDate(v, j + 1) && (v.word(j).equals("on") || v.word(j).equals("last"))) {
                j--;
            }
        }
        return j;
    }

    private static boolean hasBe(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.lemma(k).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** "the 140,000 confirmed deaths", "the reported cases": a participle between a determiner or figure and its noun. */
    private static boolean qualifiesANoun(SentenceView v, int verb) {
        String before = v.pos(verb - 1);
        return (before.equals("CD") || before.equals("DT") || before.equals("PRP$")) && v.isNoun(verb + 1)
                && !v.pos(verb + 1).startsWith("NNP");
    }

    /** "Mr Brown is alleged to have told", "the minister is said to have warned": the passive's subject speaks. */
    private static int pastReportingPassive(SentenceView v, int j) {
        if (j >= 2 && v.word(j).equals("to") && v.pos(j - 1).equals("VBN") && v.lemma(j - 2).equals("be")
                && (Lexicons.SPEECH_VERBS.contains(v.lemma(j - 1)) || REPORTING_PARTICIPLES.contains(v.lemma(j - 1)))) {
            j -= 3;
            while (j >= 0 && (v.pos(j).startsWith("RB") || v.lemma(j).equals("be"))) {
                j--;
            }
        }
        return j;
    }

    /**
     * "..., said a diplomat" / "” said Talal": the speaker after the verb, past any date ("said
     * Sunday"), when it closes the clause and can speak; the person of an appositive after it
     * ("said the headquarters' spokesman, Petro Yatsenko"). Null when none follows.
     */
    private static Attribution speakerAfter(SentenceView v, int verb) {
        int k = verb + 1;
        while (k < v.size() && (v.ner(k).equals("DATE") || v.ner(k).equals("TIME") || v.pos(k).startsWith("RB"))) {
            k++;
        }
        if (k >= v.size() || v.word(k).equals("that")) {
            return null;
        }
        int end = phraseAfter(v, k);
        if (end > k && (v.isNoun(end - 1) || v.pos(end - 1).equals("PRP") || v.pos(end - 1).equals("JJ"))
                && endsTheClause(v, end) && canSpeak(v, k, end)) {
            if (v.word(end).equals(",") && v.ner(end + 1).equals("PERSON")) {
                // "said the headquarters' spokesman, Petro Yatsenko": the person named in the appositive
                int name = end + 1;
                while (v.ner(name).equals("PERSON")) {
                    name++;
                }
                return new Attribution(verb, v.lemma(verb), end + 1, name, v.text(end + 1, name), true);
            }
            return new Attribution(verb, v.lemma(verb), k, end, v.text(k, end), true);
        }
        return null;
    }

    /**
     * The speaker before the verb ending at token {@code j}: past a dash aside, the name of an
     * appositive, a pronoun or a noun phrase that can speak; else {@code after}, the one after it.
     */
    private static Attribution speakerBefore(SentenceView v, int verb, int j, Attribution after) {
        int aside = dashAsideStart(v, j);
        if (aside >= 1) {
            // "Deutsche Boerse - whose market value is more than £3bn - said": the phrase before the aside
            j = aside - 1;
        }
        if (j >= 1 && v.word(j).equals(",") && v.ner(j - 1).equals("PERSON")) {
            // "The army spokesman, Colonel Jean-Baptiste Mumbere, said": the name in the appositive
            int begin = j - 1;
            while (begin - 1 >= 0 && (v.ner(begin - 1).equals("PERSON") || v.pos(begin - 1).equals("NNP"))) {
                begin--;
            }
            return new Attribution(verb, v.lemma(verb), begin, j, v.text(begin, j), false);
        }
        if (j >= 0 && v.word(j).equals(",")) {
            // "Talal, a spokesman for the prime minister, said": the name before the appositive
            int name = appositiveName(v, j);
            if (name >= 0 && after != null && !v.ner(name).equals("PERSON")) {
                return after; // "..., on Thursday, alleges the organization": the speaker after the verb, not a place
            }
            if (name >= 0) {
                int begin = phraseBefore(v, name + 1);
                if (begin <= name) {
                    return new Attribution(verb, v.lemma(verb), begin, name + 1, v.text(begin, name + 1), false);
                }
            }
        }
        if (j >= 0 && v.pos(j).equals("PRP") && !v.word(j).endsWith("self") && !v.word(j).endsWith("selves")) {
            return new Attribution(verb, v.lemma(verb), j, j + 1, v.text(j, j + 1), false); // "In February 2004 he said"
        }
        if (j >= 0 && (NP_TAGS.contains(v.pos(j)) && !v.pos(j).equals("DT"))) {
            int begin = phraseBefore(v, j + 1);
            if (begin <= j && v.pos(verb).equals("VBG") && !canSpeak(v, begin, j + 1)) {
                // "Mr Clarke has rejected that idea saying ...": a thing says nothing; the clause's subject does
                int end = phraseAfter(v, 0);
                return end > 0 && canSpeak(v, 0, end) ? new Attribution(verb, v.lemma(verb), 0, end, v.text(0, end), false) : null;
            }
            if (begin <= j) {
                return new Attribution(verb, v.lemma(verb), begin, j + 1, v.text(begin, j + 1), false);
            }
        }
        return after;
    }

    /**
     * Whether a finite verb follows token {@code i}: after "Khaled Saad, quoted in the agency," the
     * clause's own verb is still to come; "Taban Deng, the governor, accused Sudan of ..." (the
     * tagger's VBN) has none, so "accused" is the clause's verb.
     */
    private static boolean finiteVerbAfter(SentenceView v, int i) {
        for (int k = i + 1; k < v.size(); k++) {
            String pos = v.pos(k);
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /** A participle after a comma ("..., adding that"): it shares the subject of the clause before it. */
    private static boolean continuesTheLastSpeaker(SentenceView v, int verb) {
        return v.pos(verb).equals("VBG") && v.word(verb - 1).equals(",");
    }

    /**
     * A speaker after its verb closes the clause ("..., said a diplomat." / "said Talal on Friday,"):
     * a noun phrase followed by a verb is the reported clause's subject ("said Sudan had not bombed").
     */
    private static boolean endsTheClause(SentenceView v, int end) {
        String next = v.word(end);
        return end >= v.size() || v.pos(end).equals(".") || next.equals(",") || next.equals(";") || v.isQuoteMark(end)
                || next.equals("on") || v.ner(end).equals("DATE") || next.equals("in") || next.equals("at")
                || next.equals("according") || next.equals("(") || next.equals("-lrb-");
    }

    /** A word of a date or a time of day ("this week", "on Tuesday", "late on Friday"). */
    private static boolean isDate(SentenceView v, int i) {
        return v.ner(i).equals("DATE") || v.ner(i).equals("TIME");
    }

    private static boolean isTime(SentenceView v, int i) {
        String ner = v.ner(i);
        return ner.equals("DATE") || ner.equals("TIME") || ner.equals("NUMBER") || ner.equals("DURATION");
    }

    /** Whether a phrase can be a speaker: a name, a pronoun, or a noun for people ("the claims" cannot). */
    private static boolean canSpeak(SentenceView v, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (isTime(v, i)) {
                continue;
            }
            if (v.pos(i).equals("PRP") || mayBeASpeaker(v, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last token of the name an appositive ending at the comma {@code comma} describes: the
     * nearest earlier comma preceded by a person's name, else by an organisation or a proper noun.
     */
    private static int appositiveName(SentenceView v, int comma) {
        int fallback = -1;
        for (int k = comma - 1; k >= 1 && comma - k <= 2 * MAX_SPEAKER_TOKENS; k--) {
            if (v.isQuoteMark(k)) {
                break;
            }
            if (!v.word(k).equals(",")) {
                continue;
            }
            if (v.ner(k - 1).equals("PERSON")) {
                return k - 1;
            }
            if (fallback < 0 && !isTime(v, k - 1) && (v.ner(k - 1).equals("ORGANIZATION") || v.pos(k - 1).startsWith("NNP")
                    || v.isNoun(k - 1) && phraseBefore(v, k) == 0)) {
                fallback = k - 1; // also "The Sudanese military, which has been fighting rebels, denied"
            }
        }
        return fallback;
    }

    /** Whether a word can name who speaks: a name, or a noun for people or an organisation. */
    private static boolean mayBeASpeaker(SentenceView v, int i) {
        String ner = v.ner(i);
        if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || v.pos(i).startsWith("NNP")) {
            return true;
        }
        WordNetLexicon lexicon = WordNetLexicon.shared();
        return v.isNoun(i) && (lexicon.namesPeople(v.lemma(i)) || lexicon.genericPeople(v.lemma(i))
                || lexicon.namesOrganization(v.lemma(i)));
    }

    /**
     * The index of the dash that opens an aside closed by the dash at {@code close} ("X - whose
     * value is £3bn - said"), or -1 when {@code close} is no dash or nothing opens it.
     */
    private static int dashAsideStart(SentenceView v, int close) {
        if (close < 0 || !isDash(v.word(close))) {
            return -1;
        }
        for (int k = close - 1; k >= 1 && close - k <= 2 * MAX_SPEAKER_TOKENS; k--) {
            if (isDash(v.word(k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isDash(String word) {
        return word.equals("-") || word.equals("--") || word.equals("–") || word.equals("—");
    }

    /** A word the tagger took for an adjective that names people ("an official"). */
    static boolean namesPeople(SentenceView v, int i) {
        return v.pos(i).equals("JJ") && WordNetLexicon.shared().namesPeople(v.lemma(i));
    }

    /** The start of the noun phrase that ends just before {@code end}. */
    private static int phraseBefore(SentenceView v, int end) {
        int begin = end;
        while (begin - 1 >= 0 && end - begin < MAX_SPEAKER_TOKENS) {
            int i = begin - 1;
            String pos = v.pos(i);
            if (begin < end && v.pos(begin).equals("DT") && !PP_WORDS.contains(v.word(i)) && !v.word(i).equals("and")) {
                break; // a determiner opens the phrase: "before he left for Africa on Tuesday the chancellor told"
            }
            if (begin < end && v.pos(begin).startsWith("NNP") && (pos.equals("NN") || pos.equals("NNS")) && !mayBeASpeaker(v, i)) {
                break; // a name after a thing is a phrase of its own: "In Mr Peston's book Mr Brown is alleged to have told"
            }
            if (NP_TAGS.contains(pos) || v.word(i).equals(".") && i > 0 && v.pos(i - 1).equals("NNP")) {
                begin = i;
            } else if (PP_WORDS.contains(v.word(i)) && i - 1 >= 0 && v.isNoun(i - 1) && begin < end) {
                begin = i;
            } else if (v.word(i).equals("and") && i - 1 >= 0 && v.isNoun(i - 1) && begin < end && mayBeASpeaker(v, i - 1)) {
                // "Mr Putin and the legal authorities said"; not "taxes and fines and many observers say"
                begin = i;
            } else if ((v.word(i).equals("with") || v.word(i).equals("to")) && i - 2 >= 0 && begin < end
                    && (v.word(i - 1).equals("familiar") || v.word(i - 1).equals("close")) && v.isNoun(i - 2)) {
                begin = i - 2; // "a diplomat familiar with the plan told"
            } else {
                break;
            }
        }
        while (begin < end && (v.pos(begin).equals("POS") || v.pos(begin).equals("HYPH"))) {
            begin++;
        }
        return begin;
    }

    /** One past the end of the noun phrase starting at {@code begin}, with one "of/for/from/in" tail. */
    private static int phraseAfter(SentenceView v, int begin) {
        int end = begin;
        boolean tail = false;
        while (end < v.size() && end - begin < MAX_SPEAKER_TOKENS) {
            String pos = v.pos(end);
            if ((v.word(end).equals("familiar") || v.word(end).equals("close")) && end > begin) {
                // "an official familiar with the matter"
                end += v.word(end + 1).equals("with") || v.word(end + 1).equals("to") ? 2 : 1;
                while (end < v.size() && (v.pos(end).equals("DT") || v.isNoun(end) || v.pos(end).equals("JJ"))) {
                    end++;
                }
                break;
            }
            boolean possessive = v.text(end, end + 1).equals("'") && end > begin && v.isNoun(end - 1) && v.isNoun(end + 1);
            if (NP_TAGS.contains(pos) || possessive || pos.equals("VBN") && end > begin && v.isNoun(end + 1)) {
                end++;
            } else if (!tail && PP_WORDS.contains(v.word(end)) && end > begin && v.isNoun(end - 1)
                    && end + 1 < v.size() && NP_TAGS.contains(v.pos(end + 1))) {
                tail = true;
                end++;
            } else {
                break;
            }
        }
        while (end > begin && !(v.isNoun(end - 1) || v.pos(end - 1).equals("PRP") || v.pos(end - 1).equals("CD")
                || namesPeople(v, end - 1))) {
            end--;
        }
        return end;
    }
}
