package org.crosscheck.align;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.WordNetLexicon;
import org.crosscheck.normalize.Units;

/**
 * The blocks a claim belongs to: only claims that share a block are compared, so the work grows
 * with the blocks, not with the square of the corpus. Counts and quantities: kind + a concept of
 * the unit + either a concept of the predicate or an entity (so people in general meet particular
 * people only under one event). Other values: kind + a predicate concept + a subject word.
 * Statements: their longer content words, and their act of speech. Blocks on one concept alone
 * ({@link #RARE}) count only while the concept is rare; a whole kind ({@link #KIND}) only while a
 * project holds few claims of it.
 */
final class BlockKeys {

    /** Blocks larger than this are too generic to say anything (a concept shared by everything). */
    private static final int MAX_BLOCK = 5_000;
    /**
     * Blocks on one concept alone (a unit, a subject word) are only used while the concept is rare
     * in the corpus: in one story's articles "passengers" meets "passengers" whatever the verb, in
     * a thousand articles such a block says nothing and would cost the square of its size.
     */
    private static final int MAX_RARE_BLOCK = 60;
    private static final String RARE = "~";
    /**
     * Every claim of a kind, while a project holds few of them: in one story's articles a toll or a
     * date is compared with every other of its kind, whatever its words, and the frames decide.
     */
    private static final String KIND = "*";
    private static final int MAX_KIND_BLOCK = 800;
    /** Statement words shorter than this say too little to block on ("said", "will"). */
    private static final int STATEMENT_WORD = 4;

    private final WordNetLexicon lexicon;

    BlockKeys(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The largest block a key may stand for before it says nothing. */
    static int largest(String key) {
        return key.startsWith(RARE) ? MAX_RARE_BLOCK : key.startsWith(KIND) ? MAX_KIND_BLOCK : MAX_BLOCK;
    }

    /** The claim's block keys. */
    Set<String> of(Claim c) {
        String kind = c.kind().name() + "|";
        if (c.kind() == ClaimKind.STATEMENT) {
            return statementKeys(c, kind);
        }
        Set<String> keys = new HashSet<>();
        keys.add(KIND + kind);
        Set<String> predicates = c.predicate() == null || c.predicate().isBlank()
                ? Set.of("") : lexicon.verbKeys(c.predicate());
        boolean hasUnit = c.unit() != null && !c.unit().isBlank();
        if (hasUnit && (c.kind() == ClaimKind.COUNT || c.kind() == ClaimKind.QUANTITY)) {
            countKeys(c, kind, predicates, keys);
        } else {
            otherKeys(c, kind, predicates, keys);
        }
        return keys;
    }

    private Set<String> statementKeys(Claim c, String kind) {
        Set<String> keys = new HashSet<>();
        for (String w : ContentWords.of(StatementWords.text(c))) {
            if (w.length() >= STATEMENT_WORD) {
                keys.add(kind + "w:" + w);
            }
        }
        // one act of speech told in other words ("denied the strike" / "denied any links to the raid")
        String verb = StatementMatcher.actOfSpeech(lexicon, c);
        if (!verb.isEmpty()) {
            keys.add(RARE + kind + "v:" + verb);
        }
        return keys;
    }

    private void countKeys(Claim c, String kind, Set<String> predicates, Set<String> keys) {
        Set<String> units = new HashSet<>(lexicon.nounKeys(c.unit()));
        units.add(c.unit().toLowerCase(Locale.ROOT));
        Units.dimension(c.unit()).ifPresent(d -> units.add("=" + d)); // "195 km/h" meets "120 mph"
        if (lexicon.namesPeople(c.unit())) {
            units.add("*people");
        }
        for (String u : units) {
            if (!lexicon.genericPeople(c.unit())) {
                keys.add(RARE + kind + "u:" + u);
            }
            for (String p : predicates) {
                keys.add(kind + "u:" + u + "|p:" + p);
            }
            for (String e : c.entityIds()) {
                keys.add(kind + "u:" + u + "|e:" + e);
            }
        }
    }

    private void otherKeys(Claim c, String kind, Set<String> predicates, Set<String> keys) {
        Set<String> subjectWords = ContentWords.of(c.subject());
        for (String w : subjectWords) {
            keys.add(RARE + kind + "s:" + w);
        }
        for (String e : c.entityIds()) {
            keys.add(RARE + kind + "e:" + e);
        }
        for (String p : predicates) {
            for (String w : subjectWords) {
                keys.add(kind + "p:" + p + "|s:" + w);
            }
            for (String e : c.entityIds()) {
                keys.add(kind + "p:" + p + "|e:" + e);
            }
        }
        // a subject that is only the event ("must be completed by Dec. 3"): its paraphrase ("finished")
        // shares no subject word, so it meets others of the event's concept while they are rare
        if (!subjectWords.isEmpty() && ContentWords.of(c.predicate()).containsAll(subjectWords)) {
            for (String p : predicates) {
                keys.add(RARE + kind + "p:" + p);
            }
        }
        // no subject ("a 72-hour walkout", "the three-day strike"): the event alone says what the value is of,
        // whatever entities the sentences name
        if (subjectWords.isEmpty()) {
            for (String p : predicates) {
                keys.add(kind + "p:" + p + "|s:");
            }
        }
    }
}
