package org.crosscheck.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.WordNetLexicon;
import org.crosscheck.eval.GoldFact;
import org.crosscheck.eval.GoldMember;
import org.crosscheck.eval.GoldReader;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.semantic.ClaimVectors;
import org.crosscheck.semantic.SentenceEncoder;
import org.crosscheck.store.ProjectStore;
import smile.classification.LogisticRegression;

/**
 * A developer's tool, not a test: learns the link model's weights ({@code models/align/link-weights.txt})
 * from the labelled facts of analysed stories (decision 0014). Usage:
 * <pre>
 * java -jar target/crosscheck.jar eval-corpus ../shared/corpus --out /tmp/stories
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.crosscheck.align.FitLinkWeights \
 *     ../shared/corpus /tmp/stories OUT.txt [--without STORY]... [--loso DIR]
 * </pre>
 * Pairs come from each story's gold facts: two members of one fact in two reports are one fact;
 * a member and a claim of the same kind in another report that holds a member of the same fact
 * (with another value, so no repeat of it) are not, nor are members of two facts. A member is the
 * claim its phrase (and value) names when exactly one claim of the fact's kind matches. Pairs a
 * rule forbids, and statements, are not the model's business. The held-out story is never read.
 * {@code --loso DIR} also writes DIR/STORY.txt fitted without each story, for
 * {@code dev.RealignStories FROM TO DIR} to score each story by weights that never saw it.
 * {@code --eval ROOT WORK} adds the labelled pairs of the made-up cases (AGREE and DISAGREE pairs
 * are one fact, SEPARATE pairs two), analysed by {@code crosscheck eval ROOT --work WORK}; they
 * count as one more story, "eval", for leaving out.
 */
public final class FitLinkWeights {

    static final String HELD_OUT = "uk-millom-double-murder-2013";
    private static final double LAMBDA = 0.5;

    private record Pair(String story, String group, double[] x, int y) {
    }

    private static final Set<Integer> DROPPED = new java.util.HashSet<>();

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path analysed = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Set<String> without = new TreeSet<>();
        Path loso = null;
        Path evalRoot = null;
        Path evalWork = null;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--lambda")) {
                LAMBDAS.put(args[++i], Double.parseDouble(args[++i]));
            } else if (args[i].equals("--pooled")) {
                POOLED = true;
            } else if (args[i].equals("--drop")) { // leave a feature out, to measure what it brings
                DROPPED.add(PairFeatures.NAMES.indexOf(args[++i]));
            } else if (args[i].equals("--without")) {
                without.add(args[++i]);
            } else if (args[i].equals("--loso")) {
                loso = Path.of(args[++i]);
            } else if (args[i].equals("--eval")) {
                evalRoot = Path.of(args[++i]);
                evalWork = Path.of(args[++i]);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        try (var dirs = Files.list(corpus)) {
            for (Path story : dirs.filter(d -> Files.isRegularFile(d.resolve("gold.json"))).sorted().toList()) {
                String name = story.getFileName().toString();
                if (name.equals(HELD_OUT) || !Files.isRegularFile(analysed.resolve(name).resolve("crosscheck.db"))) {
                    continue;
                }
                stories.add(name);
                pairs.addAll(pairsOf(name, story.resolve("gold.json"), analysed.resolve(name).resolve("crosscheck.db")));
            }
        }
        if (evalRoot != null) {
            pairs.addAll(evalPairs(evalRoot, evalWork));
        }
        report(pairs);
        Files.writeString(out, weightsFile(fit(pairs, without)));
        System.err.println("wrote " + out + " (without " + without + ")");
        if (loso != null) {
            Files.createDirectories(loso);
            for (String story : stories) {
                Set<String> left = new TreeSet<>(without);
                left.add(story);
                Files.writeString(loso.resolve(story + ".txt"), weightsFile(fit(pairs, left)));
            }
            System.err.println("wrote leave-one-story-out weights to " + loso);
        }
    }

    /** The labelled pairs of one analysed story, as features. */
    private static List<Pair> pairsOf(String story, Path gold, Path db) throws IOException {
        Path copy = Files.createTempFile("fit", ".db");
        Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
        try (ProjectStore store = ProjectStore.open(copy)) {
            ProjectSnapshot s = store.snapshot();
            ClaimVectors vectors = ClaimVectors.of(s.claims(), SentenceEncoder.BUNDLED_MODEL, SentenceEncoder::shared,
                    store.textVectors(SentenceEncoder.BUNDLED_MODEL));
            Aligner.Reading reading = new Aligner(WordNetLexicon.shared()).read(s.claims(), s.documents(), s.mentions(), vectors);
            Map<String, ClaimFrame> frameOf = new HashMap<>();
            reading.frames().forEach(f -> frameOf.put(f.claim().id(), f));
            Map<String, List<ClaimFrame>> byDocument = new LinkedHashMap<>();
            reading.frames().forEach(f -> byDocument.computeIfAbsent(prefix(f.claim().document()), d -> new ArrayList<>()).add(f));
            // fact -> document -> its member claim
            Map<String, Map<String, ClaimFrame>> members = new LinkedHashMap<>();
            for (GoldFact fact : GoldReader.read(gold).facts()) {
                Map<String, ClaimFrame> m = members(fact, byDocument);
                if (m.size() >= 2) {
                    members.put(fact.id(), m);
                }
            }
            List<Pair> pairs = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            List<String> facts = new ArrayList<>(members.keySet());
            for (String fact : facts) {
                Map<String, ClaimFrame> m = members.get(fact);
                for (Map.Entry<String, ClaimFrame> a : m.entrySet()) {
                    for (Map.Entry<String, ClaimFrame> b : m.entrySet()) {
                        if (a.getKey().compareTo(b.getKey()) < 0) {
                            add(story, a.getValue(), b.getValue(), 1, reading.matcher(), pairs, seen);
                        }
                    }
                    // hard negatives: the other claims of its kind in the reports that hold a member
                    for (Map.Entry<String, ClaimFrame> b : m.entrySet()) {
                        if (b.getKey().equals(a.getKey())) {
                            continue;
                        }
                        for (ClaimFrame other : byDocument.get(b.getKey())) {
                            if (other != b.getValue() && other.claim().kind() == a.getValue().claim().kind()
                                    && !sameValue(other, b.getValue()) && !isMember(other, members)) {
                                add(story, a.getValue(), other, 0, reading.matcher(), pairs, seen);
                            }
                        }
                    }
                }
                for (String otherFact : facts) {
                    if (fact.compareTo(otherFact) < 0) {
                        for (ClaimFrame a : m.values()) {
                            for (ClaimFrame b : members.get(otherFact).values()) {
                                if (!a.claim().document().equals(b.claim().document()) && a.claim().kind() == b.claim().kind()) {
                                    add(story, a, b, 0, reading.matcher(), pairs, seen);
                                }
                            }
                        }
                    }
                }
            }
            return pairs;
        }
    }

    /** The labelled pairs of the made-up cases, as the story "eval". */
    private static List<Pair> evalPairs(Path root, Path work) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (org.crosscheck.eval.EvalCase c : org.crosscheck.eval.EvalSetReader.readAll(root)) {
            Path db = work.resolve(c.name()).resolve("crosscheck.db");
            if (!Files.isRegularFile(db)) {
                continue;
            }
            Path copy = Files.createTempFile("fit", ".db");
            Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
            org.crosscheck.eval.ExportedAnalysis exported = org.crosscheck.eval.ExportedAnalysis.read(work.resolve(c.name()));
            try (ProjectStore store = ProjectStore.open(copy)) {
                ProjectSnapshot s = store.snapshot();
                ClaimVectors vectors = ClaimVectors.of(s.claims(), SentenceEncoder.BUNDLED_MODEL, SentenceEncoder::shared,
                        store.textVectors(SentenceEncoder.BUNDLED_MODEL));
                Aligner.Reading reading = new Aligner(WordNetLexicon.shared()).read(s.claims(), s.documents(), s.mentions(), vectors);
                Map<String, ClaimFrame> frameOf = new HashMap<>();
                reading.frames().forEach(f -> frameOf.put(f.claim().id(), f));
                for (org.crosscheck.eval.ExpectedRow row : c.rows()) {
                    List<org.crosscheck.eval.ExportedClaim> as = org.crosscheck.eval.ValueMatcher.claimsFor(exported, row.docA(), row.valueA());
                    List<org.crosscheck.eval.ExportedClaim> bs = org.crosscheck.eval.ValueMatcher.claimsFor(exported, row.docB(), row.valueB());
                    if (as.size() != 1 || bs.size() != 1) {
                        continue;
                    }
                    ClaimFrame a = frameOf.get(as.get(0).claimId());
                    ClaimFrame b = frameOf.get(bs.get(0).claimId());
                    if (a != null && b != null) {
                        add("eval", a, b, row.status() == org.crosscheck.eval.Relation.SEPARATE ? 0 : 1, reading.matcher(), pairs, seen);
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean isMember(ClaimFrame f, Map<String, Map<String, ClaimFrame>> members) {
        return members.values().stream().anyMatch(m -> m.containsValue(f));
    }

    private static boolean sameValue(ClaimFrame a, ClaimFrame b) {
        return a.claim().value() != null && a.claim().value().equals(b.claim().value());
    }

    private static void add(String story, ClaimFrame a, ClaimFrame b, int y, FrameMatcher matcher, List<Pair> pairs,
                            Set<String> seen) {
        if (a.claim().kind() == ClaimKind.STATEMENT || a.claim().kind() != b.claim().kind()
                || matcher.veto(a, b) != null) {
            return;
        }
        String key = a.claim().id().compareTo(b.claim().id()) < 0 ? a.claim().id() + "|" + b.claim().id()
                : b.claim().id() + "|" + a.claim().id();
        if (seen.add(key)) {
            double[] x = matcher.features(a, b).asArray();
            DROPPED.forEach(i -> x[i] = 0);
            pairs.add(new Pair(story, LinkModel.groupOf(a.claim().kind()), x, y));
        }
    }

    /** For each report of the fact, the one claim of the fact's kind its member names (reports where that is unclear are left out). */
    private static Map<String, ClaimFrame> members(GoldFact fact, Map<String, List<ClaimFrame>> byDocument) {
        Map<String, List<ClaimFrame>> matched = new LinkedHashMap<>();
        Map<ClaimKind, Integer> kinds = new TreeMap<>();
        for (GoldMember member : fact.members()) {
            List<ClaimFrame> found = new ArrayList<>();
            for (ClaimFrame f : byDocument.getOrDefault(member.document(), List.of())) {
                Claim c = f.claim();
                if (norm(c.sentence()).contains(norm(member.phrase()))
                        && (member.value() == null || norm(c.valueText()).contains(norm(member.value())))) {
                    found.add(f);
                }
            }
            matched.put(member.document(), found);
            found.stream().map(f -> f.claim().kind()).distinct().forEach(k -> kinds.merge(k, 1, Integer::sum));
        }
        ClaimKind kind = kinds.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Map<String, ClaimFrame> members = new LinkedHashMap<>();
        matched.forEach((doc, found) -> {
            List<ClaimFrame> ofKind = found.stream().filter(f -> f.claim().kind() == kind).toList();
            if (ofKind.size() == 1) {
                members.put(doc, ofKind.get(0));
            }
        });
        return members;
    }

    /** score.py's norm: NFKC, curly quotes straightened, spaces collapsed, lower case. */
    private static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String prefix(String document) {
        int i = 0;
        while (i < document.length() && Character.isDigit(document.charAt(i))) {
            i++;
        }
        return i == 0 ? document : document.substring(0, i);
    }

    /** One logistic model per group of claim kinds, from the pairs of the stories not left out. */
    private static Map<String, double[]> fit(List<Pair> pairs, Set<String> without) {
        return POOLED ? fitPooled(pairs, without) : fitPerGroup(pairs, without);
    }

    /** Whether one model is fitted over every group (shared weights, a bias of each group): few pairs of a group then borrow from the rest. */
    private static boolean POOLED = false;

    private static Map<String, double[]> fitPerGroup(List<Pair> pairs, Set<String> without) {
        Map<String, double[]> weights = new TreeMap<>();
        for (String group : GROUPS) {
            List<Pair> mine = pairs.stream().filter(p -> p.group().equals(group) && !without.contains(p.story())).toList();
            if (mine.stream().mapToInt(Pair::y).distinct().count() < 2) {
                weights.put(group, new double[PairFeatures.NAMES.size() + 1]);
                continue;
            }
            double[][] x = mine.stream().map(Pair::x).toArray(double[][]::new);
            int[] y = mine.stream().mapToInt(Pair::y).toArray();
            weights.put(group, LogisticRegression.binomial(x, y, LAMBDAS.getOrDefault(group, LAMBDA), 1e-6, 2000)
                    .coefficients());
        }
        return weights;
    }

    /** L2 strength per group where it differs from {@link #LAMBDA} ({@code --lambda GROUP VALUE}). */
    private static final Map<String, Double> LAMBDAS = new HashMap<>();

    private static final List<String> GROUPS = List.of("date", "measured", "other");

    /** One model of the features and a flag per group but the last; each group's weights are the shared ones with its bias. */
    private static Map<String, double[]> fitPooled(List<Pair> pairs, Set<String> without) {
        int f = PairFeatures.NAMES.size();
        List<Pair> mine = pairs.stream().filter(p -> !without.contains(p.story())).toList();
        double[][] x = new double[mine.size()][];
        for (int i = 0; i < mine.size(); i++) {
            double[] row = java.util.Arrays.copyOf(mine.get(i).x(), f + GROUPS.size() - 1);
            int g = GROUPS.indexOf(mine.get(i).group());
            if (g < GROUPS.size() - 1) {
                row[f + g] = 1;
            }
            x[i] = row;
        }
        int[] y = mine.stream().mapToInt(Pair::y).toArray();
        double[] w = LogisticRegression.binomial(x, y, LAMBDA, 1e-6, 2000).coefficients();
        Map<String, double[]> weights = new TreeMap<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            double[] group = java.util.Arrays.copyOf(w, f + 1);
            group[f] = w[w.length - 1] + (g < GROUPS.size() - 1 ? w[f + g] : 0);
            weights.put(GROUPS.get(g), group);
        }
        return weights;
    }

    private static String weightsFile(Map<String, double[]> weights) {
        StringBuilder out = new StringBuilder();
        out.append("# Weights of the logistic link model (org.crosscheck.align.LinkModel): the log-odds that two claims\n")
                .append("# no rule keeps apart are one fact, per feature of PairFeatures, one line per group of claim kinds.\n")
                .append("# Learned by org.crosscheck.align.FitLinkWeights (src/test) from the labelled facts of the development\n")
                .append("# stories (docs/decisions/0014-facts-are-attributes-of-events-linked-by-a-learned-model.md); re-learn, never edit.\n");
        weights.forEach((group, w) -> {
            out.append(group.toUpperCase(Locale.ROOT));
            for (int i = 0; i < PairFeatures.NAMES.size(); i++) {
                out.append(' ').append(PairFeatures.NAMES.get(i)).append('=').append(String.format(Locale.ROOT, "%.4f", w[i]));
            }
            out.append(String.format(Locale.ROOT, " bias=%.4f%n", w[PairFeatures.NAMES.size()]));
        });
        return out.toString();
    }

    private static void report(List<Pair> pairs) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Pair p : pairs) {
            counts.computeIfAbsent(p.story() + " " + p.group(), k -> new int[2])[p.y()]++;
        }
        counts.forEach((k, c) -> System.err.printf("%-55s one fact %4d  two facts %4d%n", k, c[1], c[0]));
    }
}
