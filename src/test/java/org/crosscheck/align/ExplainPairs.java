package org.crosscheck.align;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.WordNetLexicon;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.store.ProjectStore;

/**
 * A developer's tool, not a test: for the claims a labelled fact holds (lines "fact doc claimId"
 * in a file), prints for every pair of documents why the alignment links or separates them.
 * Usage: {@code ExplainPairs PROJECT.db MEMBERS.txt}.
 */
public final class ExplainPairs {
    public static void main(String[] args) throws Exception {
        Path copy = Files.createTempFile("explain", ".db");
        Files.copy(Path.of(args[0]), copy, StandardCopyOption.REPLACE_EXISTING);
        try (ProjectStore store = ProjectStore.open(copy)) {
            ProjectSnapshot s = store.snapshot();
            Map<String, LocalDate> published = new HashMap<>();
            for (DocumentInfo d : s.documents()) {
                if (d.published() != null) {
                    published.put(d.name(), d.published());
                }
            }
            WordNetLexicon lexicon = WordNetLexicon.shared();
            List<ClaimFrame> frames = new ClaimFrames(lexicon).read(s.claims(), SentenceMentions.of(s.mentions()), published);
            Map<String, ClaimFrame> byId = new HashMap<>();
            frames.forEach(f -> byId.put(f.claim().id(), f));
            Map<String, Integer> years = new HashMap<>();
            published.forEach((d, date) -> years.put(d, date.getYear()));
            FrameMatcher matcher = new FrameMatcher(lexicon, frames, new ClaimSimilarity(lexicon, years),
                    org.crosscheck.semantic.ClaimVectors.build(s.claims(), org.crosscheck.semantic.SentenceEncoder.shared(), Map.of()));
            Map<String, List<String[]>> facts = new LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                String[] p = line.split(" ", 3);
                facts.computeIfAbsent(p[0], k -> new java.util.ArrayList<>()).add(p);
            }
            if (args.length > 2 && args[2].equals("--pairs")) {
                for (String line : Files.readAllLines(Path.of(args[1]))) {
                    String[] p = line.split(" ");
                    ClaimFrame a = byId.get(p[1]);
                    ClaimFrame b = byId.get(p[2]);
                    if (a == null || b == null) {
                        continue;
                    }
                    String veto = matcher.veto(a, b);
                    StringBuilder out = new StringBuilder(p[0] + "\t" + a.claim().kind() + "\t"
                            + (veto == null ? "-" : veto.replace(' ', '_')));
                    for (double x : matcher.features(a, b).asArray()) {
                        out.append('\t').append(String.format(java.util.Locale.ROOT, "%.3f", x));
                    }
                    System.out.println(out.append('\t').append(p[1]).append('\t').append(p[2]));
                }
                return;
            }
            if (args.length > 4 && args[2].equals("--facts")) {
                crossPairs(s, byId, matcher, args[3], args[4]);
                return;
            }
            if (args.length > 2 && args[2].equals("--features")) {
                features(frames, byId, matcher, facts);
                return;
            }
            if (args.length > 2 && args[2].equals("--summary")) {
                summary(s, frames, byId, matcher, facts);
                return;
            }
            facts.forEach((fact, members) -> {
                System.out.println("## " + fact);
                for (int i = 0; i < members.size(); i++) {
                    ClaimFrame a = byId.get(members.get(i)[2]);
                    System.out.println("   " + members.get(i)[1] + " " + describe(a));
                }
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        if (members.get(i)[1].equals(members.get(j)[1])) {
                            continue;
                        }
                        ClaimFrame a = byId.get(members.get(i)[2]);
                        ClaimFrame b = byId.get(members.get(j)[2]);
                        System.out.println("   " + members.get(i)[1] + "-" + members.get(j)[1] + " "
                                + a.claim().valueText() + " / " + b.claim().valueText() + ": " + matcher.explain(a, b)
                                + " link " + String.format(java.util.Locale.ROOT, "%.2f", matcher.link(a, b)));
                    }
                }
            });
        }
    }

    /** Every pair of claims across two facts of the export (given by a claim id of each): veto and link. */
    private static void crossPairs(ProjectSnapshot s, Map<String, ClaimFrame> byId, FrameMatcher matcher,
                                   String claimA, String claimB) {
        Map<String, List<String>> members = new HashMap<>();
        Map<String, String> factOf = new HashMap<>();
        new Aligner().align(s.claims(), s.documents(), Map.of(), StoryNames.of(s.mentions()), s.mentions())
                .forEach(f -> f.claimIds().forEach(id -> {
                    factOf.put(id, f.id());
                    members.computeIfAbsent(f.id(), k -> new java.util.ArrayList<>()).add(id);
                }));
        for (String a : members.get(factOf.get(claimA))) {
            for (String b : members.get(factOf.get(claimB))) {
                ClaimFrame x = byId.get(a);
                ClaimFrame y = byId.get(b);
                System.out.println(a + " ~ " + b + ": " + x.claim().valueText() + " / " + y.claim().valueText() + ": "
                        + matcher.explain(x, y) + " link " + String.format(java.util.Locale.ROOT, "%.2f", matcher.link(x, y)));
            }
        }
    }

    /** For each labelled pair of documents not in one fact: the best-scoring pair of their member claims, explained. */
    private static void summary(ProjectSnapshot s, List<ClaimFrame> frames, Map<String, ClaimFrame> byId,
                                FrameMatcher matcher, Map<String, List<String[]>> facts) {
        Map<String, String> factOf = new HashMap<>();
        new Aligner().align(s.claims(), s.documents(), Map.of(), StoryNames.of(s.mentions()), s.mentions())
                .forEach(f -> f.claimIds().forEach(id -> factOf.put(id, f.id())));
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        facts.forEach((fact, members) -> {
            Map<String, List<ClaimFrame>> byDoc = new LinkedHashMap<>();
            members.forEach(m -> byDoc.computeIfAbsent(m[1], k -> new java.util.ArrayList<>()).add(byId.get(m[2])));
            List<String> docs = new java.util.ArrayList<>(byDoc.keySet());
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    boolean together = false;
                    double best = -1;
                    String why = "";
                    for (ClaimFrame a : byDoc.get(docs.get(i))) {
                        for (ClaimFrame b : byDoc.get(docs.get(j))) {
                            if (factOf.get(a.claim().id()).equals(factOf.get(b.claim().id()))) {
                                together = true;
                            }
                            if (a.claim().kind() != b.claim().kind()) {
                                continue;
                            }
                            String e = matcher.explain(a, b);
                            double link = matcher.link(a, b);
                            double rank = e.startsWith("apart") ? 0 : link >= FactClustering.MERGE ? 2 + link : 1;
                            if (rank > best) {
                                best = rank;
                                why = a.claim().valueText() + " / " + b.claim().valueText() + ": "
                                        + (link >= FactClustering.MERGE ? "linked " + e + " (clustering kept apart)" : e);
                            }
                        }
                    }
                    if (!together) {
                        String key = why.contains(": apart: ") ? why.substring(why.indexOf("apart: "))
                                : why.contains("clustering") ? "linked, clustering kept apart"
                                : why.isEmpty() ? "no claims of one kind" : "score below threshold";
                        reasons.merge(key, 1, Integer::sum);
                        System.out.println(fact + " " + docs.get(i) + "-" + docs.get(j) + " " + why);
                    }
                }
            }
        });
        reasons.forEach((k, v) -> System.out.println("REASON " + v + " " + k));
    }

    /** One line per pair of labelled claims of two documents: same-fact label, veto, kind and features. */
    private static void features(List<ClaimFrame> frames, Map<String, ClaimFrame> byId, FrameMatcher matcher,
                                 Map<String, List<String[]>> facts) {
        Map<String, java.util.Set<String>> factsOf = new HashMap<>();
        facts.forEach((fact, members) -> members.forEach(m ->
                factsOf.computeIfAbsent(m[2], k -> new java.util.HashSet<>()).add(fact)));
        List<String> ids = new java.util.ArrayList<>(factsOf.keySet());
        java.util.Collections.sort(ids);
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                ClaimFrame a = byId.get(ids.get(i));
                ClaimFrame b = byId.get(ids.get(j));
                if (a == null || b == null || a.claim().document().equals(b.claim().document())
                        || a.claim().kind() != b.claim().kind() || a.claim().kind() == org.crosscheck.claims.ClaimKind.STATEMENT) {
                    continue;
                }
                boolean same = !java.util.Collections.disjoint(factsOf.get(ids.get(i)), factsOf.get(ids.get(j)));
                String veto = matcher.veto(a, b);
                StringBuilder line = new StringBuilder((same ? 1 : 0) + "\t" + a.claim().kind() + "\t"
                        + (veto == null ? "-" : veto.replace(' ', '_')));
                for (double x : matcher.features(a, b).asArray()) {
                    line.append('\t').append(String.format(java.util.Locale.ROOT, "%.3f", x));
                }
                line.append('\t').append(a.claim().id()).append('\t').append(b.claim().id());
                System.out.println(line);
            }
        }
    }

    private static String describe(ClaimFrame f) {
        Claim c = f.claim();
        return c.kind() + " '" + c.valueText() + "' " + f.measure() + " when=" + (f.when() == null ? "-" : f.when().timex())
                + (f.past() ? " PAST" : "") + " places=" + f.places() + " people=" + f.people() + " events=" + f.eventWords()
                + (c.kind() == org.crosscheck.claims.ClaimKind.STATEMENT ? " speaker='" + c.speaker() + "' ids=" + f.speakers() : "");
    }
}
