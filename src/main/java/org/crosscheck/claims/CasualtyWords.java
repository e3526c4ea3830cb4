package org.crosscheck.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a clause says something happened to people: a casualty word after a figure ("50 were
 * injured", "seven died", "12 had been killed") or a casualty verb before it ("killed seven",
 * "injuring 80"), from the lists of {@code models/claims/} ({@link Lexicons#CASUALTY_STATES},
 * {@link Lexicons#CASUALTY_NOUNS}). Read by {@link PeopleCounts} and {@link CountsWithoutDigits}.
 */
final class CasualtyWords {

    /** The events people can be counted by ("die", "kill", "injure", "evacuate"...). */
    private static final Set<String> EVENTS = events();
    /** For each event, the word that names people it happened to ("kill" -> "killed", "die" -> "dead"). */
    private static final Map<String, String> STATE_OF_EVENT = statesOfEvents();
    /** How far past auxiliaries and adverbs a casualty word may stand: "had also been killed". */
    private static final int REACH = 4;

    private CasualtyWords() {
    }

    /** The event a word or verb at {@code i} reports about people ("killed", "died", "dead"), or null. */
    static String event(SentenceView v, int i) {
        String state = Lexicons.CASUALTY_STATES.get(v.word(i));
        if (state != null && !v.isNoun(i + 1)) {
            return state;
        }
        String lemma = v.lemma(i);
        return v.isVerb(i) && EVENTS.contains(lemma) ? lemma : null;
    }

    /**
     * The token of the casualty word a clause's subject ending before {@code end} is counted by:
     * "50 were injured", "seven died", "12 had been killed", "two were reported killed"; -1 when
     * none follows past auxiliaries, adverbs and reporting participles.
     */
    static int stateAfter(SentenceView v, int end) {
        for (int k = end; k < v.size() && k - end <= REACH; k++) {
            if (event(v, k) != null) {
                return k;
            }
            boolean passes = Lexicons.AUXILIARIES.contains(v.lemma(k)) || v.pos(k).startsWith("RB")
                    || v.pos(k).equals("VBN") && Lexicons.SPEECH_VERBS.contains(v.lemma(k));
            if (!passes) {
                return -1;
            }
        }
        return -1;
    }

    /** The casualty verb right before a figure that is its object ("killed seven", "injuring 80"), or -1. */
    static int verbBefore(SentenceView v, int begin) {
        int k = begin - 1;
        return k >= 0 && v.isVerb(k) && !v.pos(k).equals("VBN") && EVENTS.contains(v.lemma(k)) ? k : -1;
    }

    /** The word for people an event happened to, for a count's subject: "kill" -> "killed", "die" -> "dead". */
    static String stateWord(String event) {
        return STATE_OF_EVENT.getOrDefault(event, event);
    }

    private static Set<String> events() {
        Set<String> events = new HashSet<>(Lexicons.CASUALTY_STATES.values());
        events.addAll(Lexicons.CASUALTY_NOUNS.values());
        return Set.copyOf(events);
    }

    private static Map<String, String> statesOfEvents() {
        Map<String, String> states = new HashMap<>();
        Lexicons.CASUALTY_STATES.forEach((word, event) -> states.merge(event, word.toLowerCase(Locale.ROOT),
                (a, b) -> a.compareTo(b) <= 0 ? a : b));
        return Map.copyOf(states);
    }
}
