package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;

/**
 * Which sources agree with which: for every pair of sources the facts both report, how many of
 * them agree and how many disagree, and whether one copies the other; on the diagonal the facts a
 * source reports at all. Counted from the same facts as the table, so a cell's facts are its rows.
 */
public record SourceAgreement(List<DocumentInfo> sources, Map<String, Cell> cells, int allSources) {

    /**
     * A matrix of more sources is not drawn: 60 by 60 cells is already more than a screen shows, and
     * a whole corpus of 2,225 articles would be five million cells (the table's source filter and the
     * timeline's source lanes serve such a project).
     */
    public static final int MAX_SOURCES = 60;

    /** Whether the project has more sources than the matrix shows (then it shows none). */
    public boolean tooManySources() {
        return allSources > MAX_SOURCES;
    }

    /** The facts two sources both report (for a source and itself: the facts it reports). */
    public record Cell(String source, String other, Set<String> factIds, int agree, int disagree, boolean copy) {
        public int facts() {
            return factIds.size();
        }

        public double shareAgree() {
            return factIds.isEmpty() ? 0 : (double) agree / factIds.size();
        }

        public double shareDisagree() {
            return factIds.isEmpty() ? 0 : (double) disagree / factIds.size();
        }
    }

    public static SourceAgreement of(SnapshotIndex index) {
        List<DocumentInfo> sources = index.snapshot().documents();
        if (sources.size() > MAX_SOURCES) {
            return new SourceAgreement(List.of(), Map.of(), sources.size());
        }
        Map<String, Set<String>> both = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Fact fact : index.snapshot().facts()) {
            Set<String> docs = new LinkedHashSet<>();
            for (Claim c : index.claimsOf(fact)) {
                docs.add(c.document());
            }
            for (String a : docs) {
                for (String b : docs) {
                    String key = key(a, b);
                    both.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(fact.id());
                    int[] n = counts.computeIfAbsent(key, k -> new int[2]);
                    n[0] += fact.status() == FactStatus.AGREE ? 1 : 0;
                    n[1] += fact.status() == FactStatus.DISAGREE ? 1 : 0;
                }
            }
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (DocumentInfo a : sources) {
            for (DocumentInfo b : sources) {
                String key = key(a.name(), b.name());
                int[] n = counts.getOrDefault(key, new int[2]);
                boolean copy = !a.name().equals(b.name())
                        && (Objects.equals(a.copyOf(), b.name()) || Objects.equals(b.copyOf(), a.name()));
                cells.put(key, new Cell(a.name(), b.name(), both.getOrDefault(key, Set.of()), n[0], n[1], copy));
            }
        }
        return new SourceAgreement(sources, cells, sources.size());
    }

    public Cell cell(String source, String other) {
        return cells.get(key(source, other));
    }

    /** The facts a source reports that disagree, in the order of the project's facts. */
    public List<String> disagreementsOf(String source, SnapshotIndex index) {
        Cell own = cell(source, source);
        List<String> result = new ArrayList<>();
        for (Fact f : index.snapshot().facts()) {
            if (f.status() == FactStatus.DISAGREE && own != null && own.factIds().contains(f.id())) {
                result.add(f.id());
            }
        }
        return result;
    }

    private static String key(String a, String b) {
        return a + "\u0000" + b;
    }
}
