package org.crosscheck.align;

import java.util.Set;

import org.crosscheck.claims.WordNetLexicon;

/**
 * Whether two claims' clauses name one kind of happening: the same word, WordNet synonyms or near
 * hypernyms ("strike" / "hit", "quake" / "earthquake"), or a noun and the verb it derives from
 * ("bombing" / "bomb").
 */
final class EventWords {

    private final WordNetLexicon lexicon;

    EventWords(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean related(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (related(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether both name happenings and no happening of one is like one of the other's ("floods" / "a landslide"). */
    boolean different(Set<String> a, Set<String> b) {
        boolean anyA = false;
        boolean anyB = false;
        for (String x : a) {
            if (lexicon.namesHappening(x)) {
                anyA = true;
                for (String y : b) {
                    if (lexicon.namesHappening(y) && related(x, y)) {
                        return false;
                    }
                }
            }
        }
        for (String y : b) {
            anyB |= lexicon.namesHappening(y);
        }
        return anyA && anyB;
    }

    private boolean related(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String vx = verbOf(x);
        String vy = verbOf(y);
        return vx.equals(vy) || lexicon.sameVerb(vx, vy) || lexicon.sameNoun(x, y);
    }

    /** A happening noun as the verb it derives from ("bombing" -> "bomb"); a verb as itself. */
    private String verbOf(String word) {
        String verb = lexicon.eventVerb(word);
        return verb == null ? word : verb;
    }
}
