package org.crosscheck.align;

import org.crosscheck.project.Fact;
import org.crosscheck.claims.WordNetLexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.MentionRecord;
import org.crosscheck.semantic.ClaimVectors;
import org.crosscheck.semantic.SentenceEncoder;

/**
 * Groups claims from different documents that state the same thing into facts, then judges each
 * fact. Each claim is read as a frame, one attribute of one event ({@link ClaimFrames}); pairs are
 * only compared inside blocks ({@link BlockKeys}), so the work grows with the size of the blocks,
 * not with the square of the corpus; rules forbid pairs that cannot be one fact and a learned model
 * scores the rest ({@link FrameMatcher}); {@link FactClustering} groups them, at most one claim per
 * report in a fact and never across a forbidden pair (decision 0014). The researcher's corrections
 * are applied last and always win.
 */
public final class Aligner {

    private final WordNetLexicon lexicon;
    private final BlockKeys blocks;
    private final LinkModel links;
    private final FactComparer comparer;

    public Aligner() {
        this(WordNetLexicon.shared());
    }

    public Aligner(WordNetLexicon lexicon) {
        this(lexicon, LinkModel.standard());
    }

    /** An aligner that links pairs by other weights than the shipped ones (to measure a fit without a story). */
    public Aligner(WordNetLexicon lexicon, LinkModel links) {
        this.links = links;
        this.lexicon = lexicon;
        this.blocks = new BlockKeys(lexicon);
        this.comparer = new FactComparer(lexicon);
    }

    /**
     * One fact per group of claims about the same thing (a claim no other document repeats is a
     * SINGLE fact of its own).
     *
     * @param factOverrides the researcher's corrections: claim id -> {@code claim:<otherClaimId>}
     *                      (move into that claim's fact) or {@code new:<id>} (a fact of its own)
     */
    public List<Fact> align(List<Claim> claims, List<DocumentInfo> documents, Map<String, String> factOverrides) {
        return align(claims, documents, factOverrides, StoryNames.unknown());
    }

    /**
     * As {@link #align(List, List, Map)}, knowing the places and names each document mentions: claims of two
     * documents that {@link StoryNames} shows to be about different stories never meet.
     */
    public List<Fact> align(List<Claim> claims, List<DocumentInfo> documents, Map<String, String> factOverrides,
                            StoryNames stories) {
        return align(claims, documents, factOverrides, stories, List.of());
    }

    /**
     * As {@link #align(List, List, Map, StoryNames)}, knowing every mention of the documents: the
     * places, people and dates each claim's sentence names are the arguments of its event.
     */
    public List<Fact> align(List<Claim> claims, List<DocumentInfo> documents, Map<String, String> factOverrides,
                            StoryNames stories, Collection<MentionRecord> mentions) {
        return align(claims, documents, factOverrides, stories, mentions,
                ClaimVectors.of(claims, SentenceEncoder.BUNDLED_MODEL, SentenceEncoder::shared, Map.of()));
    }

    /**
     * As {@link #align(List, List, Map, StoryNames, Collection)}, with the claims' sentence and
     * context embeddings already made (the service keeps them in the project file).
     */
    public List<Fact> align(List<Claim> claims, List<DocumentInfo> documents, Map<String, String> factOverrides,
                            StoryNames stories, Collection<MentionRecord> mentions, ClaimVectors vectors) {
        Map<String, DocumentInfo> docs = new HashMap<>();
        for (DocumentInfo d : documents) {
            docs.put(d.name(), d);
        }
        Reading reading = read(claims, documents, mentions, vectors);
        claims = reading.claims();
        List<List<Claim>> groups = group(reading, candidatePairs(claims, new HashMap<>(), stories));
        groups = FactOverrides.apply(groups, claims, factOverrides == null ? Map.of() : factOverrides);
        Set<String> revising = FactComparer.revisingDocuments(claims);
        Map<String, ClaimFrame> frameOf = new HashMap<>();
        reading.frames().forEach(f -> frameOf.put(f.claim().id(), f));
        FactComparer.Speakers oneSpeaker = (a, b) -> frameOf.containsKey(a.id()) && frameOf.containsKey(b.id())
                ? StatementMatcher.oneSpeaker(frameOf.get(a.id()), frameOf.get(b.id()))
                : FactComparer.sameSpeaker(a.speaker(), b.speaker());
        List<Fact> facts = new ArrayList<>();
        for (List<Claim> group : groups) {
            facts.add(comparer.toFact(group, docs, revising, oneSpeaker));
        }
        return facts;
    }

    /**
     * The claims of an alignment as it reads them: amounts in dollars, one frame each, and the matcher
     * that links their pairs (for explaining a grouping and for learning the link weights).
     */
    record Reading(List<Claim> claims, List<ClaimFrame> frames, FrameMatcher matcher) {
    }

    /** How {@link #align} reads these claims before it links them. */
    Reading read(List<Claim> claims, List<DocumentInfo> documents, Collection<MentionRecord> mentions,
                 ClaimVectors vectors) {
        Map<String, DocumentInfo> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.name(), d));
        List<Claim> converted = AmountsInDollars.convert(claims, docs);
        List<ClaimFrame> frames = new ClaimFrames(lexicon).read(converted, SentenceMentions.of(mentions), published(docs));
        return new Reading(converted, frames, new FrameMatcher(lexicon, frames, similarity(docs), vectors, links));
    }

    /** The machine grouping, in the order of the claims' first appearance. */
    List<List<Claim>> group(List<Claim> claims, Map<String, DocumentInfo> documents) {
        Reading reading = read(claims, List.copyOf(documents.values()), List.of(),
                ClaimVectors.of(claims, SentenceEncoder.BUNDLED_MODEL, SentenceEncoder::shared, Map.of()));
        return group(reading, candidatePairs(reading.claims()));
    }

    private static Map<String, LocalDate> published(Map<String, DocumentInfo> documents) {
        Map<String, LocalDate> published = new HashMap<>();
        documents.forEach((name, d) -> {
            if (d.published() != null) {
                published.put(name, d.published());
            }
        });
        return published;
    }

    /** The similarity measure for claims of these documents (a year that is an article's own is its present). */
    ClaimSimilarity similarity(Map<String, DocumentInfo> documents) {
        Map<String, Integer> years = new HashMap<>();
        documents.forEach((name, d) -> {
            if (d.published() != null) {
                years.put(name, d.published().getYear());
            }
        });
        return new ClaimSimilarity(lexicon, years);
    }

    /**
     * The machine grouping over the given candidate pairs (see {@link #candidatePairs}), in order of
     * first appearance: each candidate pair linked by {@link FrameMatcher}, then {@link FactClustering}.
     */
    List<List<Claim>> group(Reading reading, long[] pairs) {
        List<Claim> claims = reading.claims();
        List<ClaimFrame> frames = reading.frames();
        FrameMatcher matcher = reading.matcher();
        int n = claims.size();
        // the pairs' links are independent, so they are computed on every core
        double[] links = new double[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(k ->
                links[k] = matcher.link(frames.get(first(pairs[k], n)), frames.get(second(pairs[k], n))));
        int[] representative = Repeats.representatives(frames, matcher, new EventWords(lexicon));
        Map<Long, Double> strongest = new HashMap<>();
        for (int k = 0; k < pairs.length; k++) {
            int a = representative[first(pairs[k], n)];
            int b = representative[second(pairs[k], n)];
            if (links[k] > 0 && a != b) {
                strongest.merge(pairKey(Math.min(a, b), Math.max(a, b), n), links[k], Math::max);
            }
        }
        List<FactClustering.Link> edges = new ArrayList<>();
        strongest.forEach((pair, score) -> edges.add(new FactClustering.Link(first(pair, n), second(pair, n), score)));
        edges.sort(Comparator.comparingInt(FactClustering.Link::a).thenComparingInt(FactClustering.Link::b));
        Map<String, Integer> docIndex = new HashMap<>();
        int[] document = new int[n];
        for (int i = 0; i < n; i++) {
            document[i] = docIndex.computeIfAbsent(claims.get(i).document(), d -> docIndex.size());
        }
        FactClustering.Forbidden forbidden = (i, j) -> matcher.veto(frames.get(i), frames.get(j)) != null ? 1 : 0;
        Map<Integer, List<Integer>> repeatsOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (representative[i] != i) {
                repeatsOf.computeIfAbsent(representative[i], r -> new ArrayList<>()).add(i);
                document[i] = -1 - i; // a repeat is clustered through its representative only
            }
        }
        List<List<Claim>> groups = new ArrayList<>();
        for (List<Integer> members : FactClustering.cluster(document, edges, forbidden)) {
            if (representative[members.get(0)] != members.get(0)) {
                continue;
            }
            List<Integer> all = new ArrayList<>(members);
            members.forEach(i -> all.addAll(repeatsOf.getOrDefault(i, List.of())));
            all.sort(Integer::compare);
            List<Claim> group = new ArrayList<>(all.size());
            all.forEach(i -> group.add(claims.get(i)));
            groups.add(group);
        }
        groups.sort(Comparator.comparingInt(g -> claims.indexOf(g.get(0))));
        return groups;
    }

    /** How many pairs of claims {@link #align} compares: the blocks' pairs, not all pairs. */
    int candidatePairCount(List<Claim> claims) {
        return candidatePairs(claims).length;
    }

    /** Pairs (i < j, see {@link #pairKey}) of claims from neighbouring documents that share a block, in order. */
    long[] candidatePairs(List<Claim> claims) {
        return candidatePairs(claims, new HashMap<>(), StoryNames.unknown());
    }

    /**
     * As {@link #candidatePairs(List)}, with the block keys of claims already seen (WordNet look-ups
     * are not free), without the pairs whose documents the places and names show to be about different stories.
     */
    long[] candidatePairs(List<Claim> claims, Map<Claim, Set<String>> keyCache, StoryNames stories) {
        return candidatePairs(claims, blockKeys(claims, keyCache), stories);
    }

    /** Each claim's block keys, from the cache where it has them (it is filled as they are made). */
    List<Set<String>> blockKeys(List<Claim> claims, Map<Claim, Set<String>> keyCache) {
        List<Set<String>> keysOf = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            keysOf.add(keyCache.computeIfAbsent(c, blocks::of));
        }
        return keysOf;
    }

    /** As {@link #candidatePairs(List, Map, StoryNames)}, given every claim's block keys; safe on any thread. */
    long[] candidatePairs(List<Claim> claims, List<Set<String>> keysOf, StoryNames stories) {
        return stories.keepSameStory(index(claims, keysOf).all(), claims);
    }

    /** The index of the claims' blocks and neighbourhoods that gives their candidate pairs (story names not yet applied). */
    CandidatePairs index(List<Claim> claims, List<Set<String>> keysOf) {
        return index(claims, keysOf, DocumentNeighbours.of(claims));
    }

    /** As {@link #index(List, List)}, with the claims' document neighbourhoods already made. */
    CandidatePairs index(List<Claim> claims, List<Set<String>> keysOf, DocumentNeighbours neighbours) {
        return new CandidatePairs(claims, keysOf, BlockKeys::largest, neighbours);
    }

    /** A pair (i < j) as one number; i * n + j hashes evenly, unlike bits packed into a long's halves. */
    static long pairKey(int i, int j, int n) {
        return (long) i * n + j;
    }

    static int first(long pair, int n) {
        return (int) (pair / n);
    }

    static int second(long pair, int n) {
        return (int) (pair % n);
    }
}
