package org.crosscheck.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.nlp.Token;

/**
 * Dates that name an event set in advance ("the November 3 election", "ahead of the December
 * 12 summit") take their time from the event, not from the clause's verb: "Trump campaigned
 * before the November 3 election", written in September, means this year's election, though
 * "campaigned" is past. So such a date is resolved as the nearest occurrence (a past clause
 * says only that the event is known, not that it is over), or the next one where the wording
 * looks forward ("ahead of", "upcoming") and the clause is not past.
 */
final class EventDates {

    private static final Set<String> SCHEDULED_EVENTS = Set.copyOf(WordLists.lines("/models/normalize/scheduled-events.txt"));

    /** Words before a date that put its event after the time of the clause. */
    private static final List<String> FORWARD_CUES = List.of(
            "ahead of", "in the run-up to", "in the lead-up to", "in the build-up to", "upcoming", "forthcoming");

    /** How many modifiers may stand between the date and its event noun ("the November 3 presidential election"). */
    private static final int MAX_MODIFIERS = 2;

    private EventDates() {
    }

    /**
     * The tense a date phrase at {@code [begin, end)} is resolved with, given the tense of its
     * clause: the clause's own unless the date names a scheduled event or follows a forward cue.
     */
    static Tense tenseFor(List<Token> tokens, int begin, int end, Tense clause) {
        boolean forward = followsForwardCue(tokens, begin);
        if (!forward && !namesScheduledEvent(tokens, begin, end)) {
            return clause;
        }
        if (clause == Tense.FUTURE || forward && clause != Tense.PAST) {
            return Tense.FUTURE;
        }
        return Tense.UNKNOWN;
    }

    /**
     * "the November 3 (presidential) election": a day and month standing as a determiner's
     * modifier before a scheduled-event noun ("on Friday talks resumed" is no such date; "a
     * January referendum" names no day, and for a month the clause's tense is the better guide).
     */
    private static boolean namesScheduledEvent(List<Token> tokens, int begin, int end) {
        boolean hasDay = false;
        for (int i = begin; i < end; i++) {
            hasDay |= tokens.get(i).pos().equals("CD");
        }
        if (!hasDay) {
            return false; // "a January referendum": a month alone is placed by the clause
        }
        boolean determined = begin < end && word(tokens.get(begin)).equals("the")
                || begin > 0 && word(tokens.get(begin - 1)).equals("the");
        int from = end;
        if (from < tokens.size() && word(tokens.get(from)).equals("'s")) {
            determined = true;
            from++;
        }
        if (!determined) {
            return false;
        }
        for (int i = from; i < tokens.size() && i <= from + MAX_MODIFIERS; i++) {
            Token t = tokens.get(i);
            if (t.isNoun() && SCHEDULED_EVENTS.contains(Units.singularNoun(word(t)))) {
                return true;
            }
            if (!t.isNoun() && !t.pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /** "ahead of the December 12 summit", "the upcoming November 3 vote". */
    private static boolean followsForwardCue(List<Token> tokens, int begin) {
        StringBuilder before = new StringBuilder();
        for (int i = Math.max(0, begin - 5); i < begin; i++) {
            String w = word(tokens.get(i));
            if (!w.equals("the")) {
                before.append(' ').append(w);
            }
        }
        String words = before.toString();
        return FORWARD_CUES.stream().anyMatch(cue -> words.endsWith(" " + cue.replace("the ", "")));
    }

    private static String word(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
