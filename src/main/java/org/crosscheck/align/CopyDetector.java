package org.crosscheck.align;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.crosscheck.load.Article;
import org.crosscheck.load.Passage;

/**
 * Finds documents that copy another: syndicated or trimmed copies share long word sequences (word
 * 5-gram containment of the shorter text in the longer), rewritten or machine-translated copies
 * keep the sentence order while changing words (most of their sentences match a sentence of the
 * other, in the same order, by content words and numbers). Two independent reports of one event
 * share names and numbers but neither long word runs nor a sentence-by-sentence order, so they are
 * not copies. A later version of a wire story that adds new paragraphs and figures is not a copy
 * either (most of a copy, not just part of it, comes from its original), so both thresholds ask
 * for most of the shorter text. Of two copies the original is the earlier published, else the
 * longer one. Only the
 * body passages count: mastheads, captions and teasers are shared by unrelated pages of one site.
 */
public final class CopyDetector {
    /** No document: the postings of a key no indexed document has. */
    private static final int[] NONE = new int[0];

    /** Share of the shorter text's word 5-grams found in the longer one for a verbatim copy. */
    static final double SHINGLE_CONTAINMENT = 0.7;
    /** Share of the shorter text's sentences matched, in order, for a rewritten copy. */
    static final double ORDERED_SENTENCE_SHARE = 0.75;
    /** Content-word overlap for two sentences to count as one sentence rewritten. */
    static final double SENTENCE_MATCH = 0.3;
    private static final int SHINGLE = 5;
    private static final int MIN_SENTENCE_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Document name -> the name of the document it copies, for every copy found. */
    public Map<String, String> detect(List<Article> articles) {
        return detect(articles, Set.of(), Map.of());
    }

    /**
     * As {@link #detect(List)}, after some documents were added or changed: {@code previous} is the
     * result of the last detection and {@code unchanged} the documents whose text is as it was then.
     * Whether two texts copy each other depends on those texts alone, so only pairs with a changed
     * document are compared again; a previous group that lost or changed a member is compared
     * again in full (its members may have been joined only through that member). The result is
     * that of {@link #detect(List)}.
     */
    public Map<String, String> detect(List<Article> articles, Set<String> unchanged, Map<String, String> previous) {
        // Profiles and candidate checks are independent per document: both run on every core.
        List<Profile> profiles = articles.parallelStream().map(Profile::of).toList();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            indexOf.put(articles.get(i).name(), i);
        }
        boolean[] recheck = documentsToCompare(articles, indexOf, unchanged, previous);
        List<List<Integer>> copiesOf = pairsFound(profiles, recheck);
        int[] parent = new int[profiles.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < profiles.size(); i++) {
            for (int j : copiesOf.get(i)) {
                union(parent, i, j);
            }
        }
        previous.forEach((copy, original) -> {
            Integer c = indexOf.get(copy);
            Integer o = indexOf.get(original);
            if (c != null && o != null && !recheck[c] && !recheck[o]) {
                union(parent, c, o);
            }
        });
        return copiesOfOriginals(articles, parent);
    }

    /**
     * For each document, the documents it is found to copy or be copied by. Only the documents
     * compared again are indexed; every document is then looked up in that index, so adding one
     * article to thousands costs a pass over them, not an index of them all.
     */
    private static List<List<Integer>> pairsFound(List<Profile> profiles, boolean[] recheck) {
        Map<Long, List<Integer>> shingleLists = new HashMap<>();
        Map<String, List<Integer>> wordLists = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            if (recheck[i]) {
                for (long s : profiles.get(i).shingles) {
                    shingleLists.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
                }
                for (String w : profiles.get(i).words) {
                    wordLists.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<Long, int[]> shingleIndex = postings(shingleLists);
        Map<String, int[]> wordIndex = postings(wordLists);
        // a pair is compared once: from the document it is found through, if the other is not compared
        // again anyway, else from the one with the larger index
        return IntStream.range(0, profiles.size()).parallel().mapToObj(j -> {
            List<Integer> found = new ArrayList<>();
            for (int i : candidates(j, profiles, shingleIndex, wordIndex)) {
                if ((!recheck[j] || i < j) && isCopy(profiles.get(Math.min(i, j)), profiles.get(Math.max(i, j)))) {
                    found.add(i);
                }
            }
            return found;
        }).toList();
    }

    /** Each group of copies as copy -> the group's original (the earliest, {@link #ORIGINAL_FIRST}). */
    private static Map<String, String> copiesOfOriginals(List<Article> articles, int[] parent) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<String, String> copies = new LinkedHashMap<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Article original = group.stream().map(articles::get).min(ORIGINAL_FIRST).orElseThrow();
            for (int i : group) {
                if (articles.get(i) != original) {
                    copies.put(articles.get(i).name(), original.name());
                }
            }
        }
        return copies;
    }

    /**
     * The documents to compare with the others: every document not known unchanged, and every
     * member of a previous group that has such a document or lost one.
     */
    private static boolean[] documentsToCompare(List<Article> articles, Map<String, Integer> indexOf,
                                                Set<String> unchanged, Map<String, String> previous) {
        boolean[] recheck = new boolean[articles.size()];
        for (int i = 0; i < recheck.length; i++) {
            recheck[i] = !unchanged.contains(articles.get(i).name());
        }
        Map<String, List<String>> groups = new HashMap<>();
        previous.forEach((copy, original) ->
                groups.computeIfAbsent(original, k -> new ArrayList<>(List.of(original))).add(copy));
        for (List<String> group : groups.values()) {
            boolean touched = group.stream().anyMatch(name -> {
                Integer i = indexOf.get(name);
                return i == null || recheck[i];
            });
            if (touched) {
                group.stream().map(indexOf::get).filter(Objects::nonNull).forEach(i -> recheck[i] = true);
            }
        }
        return recheck;
    }

    /** Earlier publication first (unknown dates last), then the longer body. */
    private static final Comparator<Article> ORIGINAL_FIRST = Comparator
            .comparing((Article a) -> a.published(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> -bodyText(a).length())
            .thenComparing(Article::name);

    /**
     * The indexed documents worth a full comparison with document {@code j}: those sharing a
     * 5-gram or many content words with it. Rewritten copies share few 5-grams, so word overlap is
     * checked too; it is cheap next to the sentence alignment that follows.
     */
    private static Set<Integer> candidates(int j, List<Profile> profiles, Map<Long, int[]> shingleIndex,
                                           Map<String, int[]> wordIndex) {
        Set<Integer> result = new HashSet<>();
        for (long s : profiles.get(j).shingles) {
            for (int i : shingleIndex.getOrDefault(s, NONE)) {
                result.add(i);
            }
        }
        // ContentWords.containment(words i, words j) >= 0.4, counted through the word index so that
        // only documents sharing a word are visited (the same figure, not all pairs)
        int[] sharedWords = new int[profiles.size()];
        int[] touched = new int[profiles.size()];
        int touchedCount = 0;
        for (String w : profiles.get(j).words) {
            for (int i : wordIndex.getOrDefault(w, NONE)) {
                if (sharedWords[i]++ == 0) {
                    touched[touchedCount++] = i;
                }
            }
        }
        int own = profiles.get(j).words.size();
        for (int t = 0; t < touchedCount; t++) {
            int i = touched[t];
            if (sharedWords[i] / (double) Math.min(own, profiles.get(i).words.size()) >= 0.4) {
                result.add(i);
            }
        }
        result.remove(j);
        return result;
    }

    /** The index's lists as plain arrays: every document is looked up in it, and common words list thousands. */
    private static <K> Map<K, int[]> postings(Map<K, List<Integer>> lists) {
        Map<K, int[]> postings = new HashMap<>(lists.size() * 2);
        lists.forEach((key, list) -> postings.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return postings;
    }

    static boolean isCopy(Profile a, Profile b) {
        return shingleContainment(a, b) >= SHINGLE_CONTAINMENT
                || orderedSentenceShare(a, b, ORDERED_SENTENCE_SHARE) >= ORDERED_SENTENCE_SHARE;
    }

    /** The share of the smaller profile's distinct 5-grams found in the other; 0 when either has none. */
    static double shingleContainment(Profile a, Profile b) {
        return shingleContainment(a.shingles, b.shingles);
    }

    /** The share of the smaller set of sorted distinct 5-grams found in the other; 0 when either has none. */
    static double shingleContainment(long[] x, long[] y) {
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, k = 0; i < x.length && k < y.length; ) {
            if (x[i] == y[k]) {
                shared++;
                i++;
                k++;
            } else if (x[i] < y[k]) {
                i++;
            } else {
                k++;
            }
        }
        return shared / (double) Math.min(x.length, y.length);
    }

    /**
     * The share of the shorter document's sentences that match a sentence of the longer one in
     * order (the longest increasing run of matched positions). Sentences match on content words
     * and must not contradict on numbers.
     */
    static double orderedSentenceShare(Profile a, Profile b) {
        return orderedSentenceShare(a, b, 0);
    }

    /**
     * As {@link #orderedSentenceShare(Profile, Profile)}, giving up with 0 as soon as too many
     * sentences went unmatched to reach {@code needed}: most candidate pairs are two articles on one
     * topic, and a quarter of their sentences tells them apart.
     */
    private static double orderedSentenceShare(Profile a, Profile b, double needed) {
        List<SentenceProfile> small = a.sentences().size() <= b.sentences().size() ? a.sentences() : b.sentences();
        List<SentenceProfile> large = small == a.sentences() ? b.sentences() : a.sentences();
        if (small.isEmpty()) {
            return 0;
        }
        List<Integer> matches = new ArrayList<>();
        int unmatched = 0;
        for (SentenceProfile s : small) {
            int best = -1;
            double bestScore = SENTENCE_MATCH;
            for (int k = 0; k < large.size(); k++) {
                SentenceProfile t = large.get(k);
                double score = ContentWords.jaccard(s.words, t.words);
                if (score >= bestScore && numbersAgree(s, t)) {
                    bestScore = score;
                    best = k;
                }
            }
            if (best >= 0) {
                matches.add(best);
            } else if (++unmatched > (1 - needed) * small.size()) {
                return 0;
            }
        }
        return longestIncreasingRun(matches) / (double) small.size();
    }

    private static boolean numbersAgree(SentenceProfile s, SentenceProfile t) {
        if (s.numbers.isEmpty() || t.numbers.isEmpty()) {
            return true;
        }
        for (String n : s.numbers) {
            if (t.numbers.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static int longestIncreasingRun(List<Integer> xs) {
        List<Integer> tails = new ArrayList<>();
        for (int x : xs) {
            int lo = 0;
            int hi = tails.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails.get(mid) < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == tails.size()) {
                tails.add(x);
            } else {
                tails.set(lo, x);
            }
        }
        return tails.size();
    }

    static String bodyText(Article article) {
        List<Passage> body = article.passages().stream().filter(Passage::isContent).toList();
        if (body.isEmpty()) {
            return article.analysisText();
        }
        StringBuilder text = new StringBuilder();
        for (Passage p : body) {
            text.append(article.analysisText(), p.start(), p.end()).append('\n');
        }
        return text.toString();
    }

    /**
     * What the comparison needs of one article, computed once: its word 5-grams (as 64-bit hashes,
     * distinct and sorted) and content words for everyone, its sentences only for the few
     * documents it is compared with in full.
     */
    static final class Profile {
        private static final long SHINGLE_PRIME = 0x9E3779B97F4A7C15L;
        final long[] shingles;
        final Set<String> words;
        private final String text;
        /** Made on first use; two threads may both make it, with the same result. */
        private volatile List<SentenceProfile> sentences;

        private Profile(long[] shingles, Set<String> words, String text) {
            this.shingles = shingles;
            this.words = words;
            this.text = text;
        }

        static Profile of(Article article) {
            String text = bodyText(article);
            return new Profile(shingles(text), ContentWords.of(text), text);
        }

        /** The distinct word 5-grams of a text, hashed and sorted. */
        static long[] shingles(String text) {
            List<Long> tokens = new ArrayList<>();
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                tokens.add(hash(m.group()));
            }
            long[] shingles = new long[Math.max(0, tokens.size() - SHINGLE + 1)];
            for (int i = 0; i < shingles.length; i++) {
                long h = 0;
                for (int k = i; k < i + SHINGLE; k++) {
                    h = h * SHINGLE_PRIME + tokens.get(k);
                }
                shingles[i] = h;
            }
            return Arrays.stream(shingles).sorted().distinct().toArray();
        }

        List<SentenceProfile> sentences() {
            List<SentenceProfile> made = sentences;
            if (made == null) {
                made = new ArrayList<>();
                BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
                it.setText(text);
                for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                    SentenceProfile s = SentenceProfile.of(text.substring(start, end));
                    if (s.words.size() >= MIN_SENTENCE_WORDS) {
                        made.add(s);
                    }
                }
                sentences = made;
            }
            return made;
        }

        /** FNV-1a over the word's characters: 64 bits, so two different 5-grams practically never collide. */
        private static long hash(String word) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < word.length(); i++) {
                h ^= word.charAt(i);
                h *= 0x100000001b3L;
            }
            return h;
        }
    }

    record SentenceProfile(Set<String> words, Set<String> numbers) {
        private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

        static SentenceProfile of(String sentence) {
            Set<String> numbers = new HashSet<>();
            Matcher m = NUMBER.matcher(sentence);
            while (m.find()) {
                numbers.add(m.group().replaceAll("[,.]+$", "").replace(",", ""));
            }
            return new SentenceProfile(ContentWords.of(sentence), numbers);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
