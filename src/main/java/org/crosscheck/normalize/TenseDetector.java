package org.crosscheck.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.nlp.Token;

/**
 * The tense of the clause a date or number sits in, from Penn Treebank part-of-speech tags,
 * so that "in March" can be resolved backwards in "troops arrived in March" and forwards in
 * "troops will leave in March".
 *
 * <p>The verb a phrase belongs to is taken to be the nearest verb group before it in the
 * same clause ("said on Friday", "will leave by the end of September"), else the nearest
 * after it ("On Friday, officials said..."); when a "that" or "whether" stands between the
 * verb before and the phrase, the phrase opens the reported clause and the verb after it
 * wins ("said that by March troops will leave"). A verb group is the run of modals, verbs,
 * adverbs and "to" around that verb. Its tense:
 * <ul>
 * <li>FUTURE: will/shall/'ll/would/may/might + verb ("would" reports a future from the
 *     past); "going to"; "expected/planned/scheduled/set/due/likely/poised/about to";
 *     "is to"; "is expected in"</li>
 * <li>PAST: a past-tense verb (VBD); have/has/had + past participle; a modal + "have" +
 *     participle ("would have left"); a bare participle ("troops deployed in March")</li>
 * <li>PRESENT: a present-tense verb (VBZ, VBP) or another modal</li>
 * <li>UNKNOWN: no verb in the clause with a tense; a gerund or an infinitive ("after voting",
 *     "the decision to order") takes the tense of the verb it hangs on, further out</li>
 * </ul>
 * A date that names a scheduled event ("the November 3 election") or follows "ahead of" is
 * not placed by the clause's verb: see {@link EventDates}.
 */
public final class TenseDetector {

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would", "'d", "may", "might");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "'ve", "having");
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "'s", "'re", "am", "been", "being");

    /** Words that put what follows ("to leave", "in March") ahead of the speaker. */
    private static final Set<String> FUTURE_INTENT = Set.of(
            "expect", "expected", "expects", "expecting", "plan", "plans", "planned", "planning",
            "schedule", "scheduled", "slated", "set", "due", "likely", "poised", "going", "aim", "aims",
            "aimed", "intend", "intends", "intended", "prepare", "prepares", "preparing", "prepared",
            "hope", "hopes", "hoped", "seek", "seeks", "sought", "vow", "vows", "vowed", "pledge",
            "pledges", "pledged", "promise", "promises", "promised", "threaten", "threatens",
            "threatened", "want", "wants", "wanted", "agree", "agrees", "agreed", "decide", "decides",
            "decided", "propose", "proposes", "proposed", "about");

    /** Adjectives and participles that mark a scheduled future even without "to". */
    private static final Set<String> SCHEDULED = Set.of("expected", "scheduled", "slated", "due", "planned");

    /** Participles that fix an event for the date after "for": "set for", "scheduled for". */
    private static final Set<String> FIXED_FOR = Set.of("set", "fixed", "scheduled", "slated", "pencilled", "penciled",
            "timetabled", "planned", "booked");

    /** Words that open a reported or subordinate clause between a verb and a date. */
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if", "because", "when", "while");

    /** Tokens that end a clause for the purpose of finding its verb. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "\u2014");

    private TenseDetector() {
    }

    /**
     * The tense of the clause around one token of a sentence.
     *
     * @param sentenceTokens    the sentence's tokens, in order
     * @param aroundTokenIndex  the position in {@code sentenceTokens} of the phrase's first token
     */
    public static Tense tenseOf(List<Token> sentenceTokens, int aroundTokenIndex) {
        return tenseOf(sentenceTokens, aroundTokenIndex, aroundTokenIndex + 1);
    }

    /**
     * The tense of the clause around a phrase spanning {@code [begin, end)} of the sentence's
     * tokens (a mention's sentence-relative token span).
     */
    public static Tense tenseOf(List<Token> sentenceTokens, int begin, int end) {
        if (sentenceTokens == null || sentenceTokens.isEmpty()) {
            return Tense.UNKNOWN;
        }
        int from = Math.max(0, Math.min(begin, sentenceTokens.size()));
        int to = Math.max(from, Math.min(end, sentenceTokens.size()));
        int left = -1;
        boolean subordinate = false;
        for (int i = from - 1; i >= 0 && !isBreak(sentenceTokens.get(i)); i--) {
            if (isVerbal(sentenceTokens.get(i))) {
                left = i;
                break;
            }
            subordinate |= COMPLEMENTIZERS.contains(word(sentenceTokens.get(i)));
        }
        int right = -1;
        for (int i = to; i < sentenceTokens.size() && !isBreak(sentenceTokens.get(i)); i++) {
            if (isVerbal(sentenceTokens.get(i))) {
                right = i;
                break;
            }
        }
        // "said that by March troops will leave": the date opens the reported clause.
        int verb = left >= 0 && !(subordinate && right >= 0) ? left : right;
        Tense clause = verb < 0 ? Tense.UNKNOWN : tenseOfGroup(sentenceTokens, verb);
        if (clause == Tense.UNKNOWN && verb >= 0) {
            // a gerund or an infinitive: the verb it hangs on, further out, then on the other side
            int step = verb == left ? -1 : 1;
            clause = firstTensedGroup(sentenceTokens, groupEdge(sentenceTokens, verb, step) + step, step);
            int other = verb == left ? right : left;
            if (clause == Tense.UNKNOWN && other >= 0) {
                clause = firstTensedGroup(sentenceTokens, other, -step);
            }
        }
        return EventDates.tenseFor(sentenceTokens, from, to, clause);
    }

    /**
     * A gerund or an infinitive has no tense of its own and takes the time of the verb it hangs
     * on: "split off in July after voting in a January referendum", "the decision to order the
     * killing in January sparked protests". The tense of the first verb group from {@code start}
     * in the direction {@code step} (-1 leftwards, 1 rightwards) that has one, within the clause.
     */
    private static Tense firstTensedGroup(List<Token> tokens, int start, int step) {
        for (int i = start; i >= 0 && i < tokens.size() && !isBreak(tokens.get(i)); i += step) {
            if (isVerbal(tokens.get(i))) {
                Tense tense = tenseOfGroup(tokens, i);
                if (tense != Tense.UNKNOWN) {
                    return tense;
                }
                i = groupEdge(tokens, i, step);
            }
        }
        return Tense.UNKNOWN;
    }

    /** The last token of the verb group around {@code at} in the direction {@code step}. */
    private static int groupEdge(List<Token> tokens, int at, int step) {
        int i = at;
        while (i + step >= 0 && i + step < tokens.size() && inGroup(tokens.get(i + step))) {
            i += step;
        }
        return i;
    }

    private static Tense tenseOfGroup(List<Token> tokens, int at) {
        int first = at;
        while (first > 0 && inGroup(tokens.get(first - 1))) {
            first--;
        }
        int last = at;
        while (last + 1 < tokens.size() && inGroup(tokens.get(last + 1))) {
            last++;
        }
        List<Token> group = tokens.subList(first, last + 1);
        // "plans to leave in March": an infinitive after a noun of intent looks ahead
        if (group.get(0).pos().equals("TO") && first > 0 && FUTURE_INTENT.contains(word(tokens.get(first - 1)))) {
            return Tense.FUTURE;
        }
        // "a trial date was set for October 28": what is fixed for a date lies ahead
        if (last + 1 < tokens.size() && word(tokens.get(last + 1)).equals("for")
                && FIXED_FOR.contains(word(tokens.get(last)))) {
            return Tense.FUTURE;
        }
        return classify(group);
    }

    private static Tense classify(List<Token> group) {
        boolean hasParticiple = group.stream().anyMatch(t -> t.pos().equals("VBN"));
        for (int i = 0; i < group.size(); i++) {
            Token t = group.get(i);
            String w = word(t);
            if (t.pos().equals("MD")) {
                boolean perfect = i + 1 < group.size() && HAVE.contains(word(group.get(i + 1))) && hasParticiple;
                if (perfect) {
                    return Tense.PAST;
                }
                return FUTURE_MODALS.contains(w) ? Tense.FUTURE : Tense.PRESENT;
            }
            if (t.pos().equals("TO") && i > 0 && i + 1 < group.size()
                    && (FUTURE_INTENT.contains(word(group.get(i - 1))) || BE.contains(word(group.get(i - 1))))) {
                return Tense.FUTURE;
            }
            if (SCHEDULED.contains(w) && (t.pos().equals("VBN") || t.pos().startsWith("JJ"))
                    && i > 0 && BE.contains(word(group.get(i - 1)))) {
                return Tense.FUTURE;
            }
        }
        Token finite = group.stream().filter(TenseDetector::isFinite).findFirst().orElse(null);
        if (finite == null) {
            return hasParticiple ? Tense.PAST : Tense.UNKNOWN;
        }
        if (finite.pos().equals("VBD")) {
            return Tense.PAST;
        }
        if (HAVE.contains(word(finite)) && hasParticiple) {
            return Tense.PAST;
        }
        return Tense.PRESENT;
    }

    private static boolean isFinite(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
    }

    private static boolean isVerbal(Token t) {
        return t.pos().startsWith("VB") || t.pos().equals("MD");
    }

    /** Tokens that belong to a verb group: verbs, modals, "to", adverbs, "due", "likely". */
    private static boolean inGroup(Token t) {
        String pos = t.pos();
        return pos.startsWith("VB") || pos.equals("MD") || pos.equals("TO") || pos.equals("RB")
                || (pos.startsWith("JJ") && FUTURE_INTENT.contains(word(t)))
                || (pos.equals("IN") && word(t).equals("about"));
    }

    private static boolean isBreak(Token t) {
        return CLAUSE_BREAKS.contains(t.word());
    }

    private static String word(Token t) {
        return t.word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
