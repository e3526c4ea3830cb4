package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a corpus run: the figures per story and in total, then every miss story by story (each
 * fact not RIGHT, each false DISAGREE row, each copy not detected, each entity group split),
 * then the targets and which are met.
 */
public final class CorpusReport {

    private static final List<String> HEADINGS = List.of("core right", "stretch right", "all right",
            "pairs in one row", "DISAGREE true", "copies found", "entities grouped");

    private CorpusReport() {
    }

    public static String format(CorpusResult result) {
        StringBuilder out = new StringBuilder();
        table(result, out);
        out.append('\n').append("Misses\n");
        result.stories().forEach(s -> misses(s, out));
        if (!result.failures().isEmpty()) {
            out.append('\n').append("Analysis problems\n");
            result.failures().forEach(f -> out.append("  ").append(f.caseName()).append(": ").append(f.reason()).append('\n'));
        }
        out.append('\n').append(targets(CorpusTargets.check(result))).append('\n');
        return out.toString();
    }

    private static void table(CorpusResult result, StringBuilder out) {
        List<List<String>> rows = new ArrayList<>();
        for (StoryScore s : result.stories()) {
            rows.add(row(s.story(), s.right(GoldFact.CORE), s.right(GoldFact.STRETCH), s.right(), s.pairs(),
                    s.disagree().truth(), s.copies().detected(), s.entities().grouped()));
        }
        rows.add(row("total", result.core(), result.stretch(), result.right(), result.pairs(), result.disagreeTrue(),
                result.copies(), result.entities()));
        List<String> heading = new ArrayList<>(List.of("story"));
        heading.addAll(HEADINGS);
        rows.add(0, heading);
        int[] widths = new int[heading.size()];
        rows.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                line.append(i == 0 ? pad(r.get(i), widths[i]) : "  " + pad(r.get(i), widths[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static List<String> row(String name, Tally core, Tally stretch, Tally all, Tally pairs, Tally disagree,
                                    Tally copies, Tally entities) {
        return List.of(name, core.toString(), stretch.toString(), all.toString(), withPercent(pairs),
                withPercent(disagree), copies.toString(), entities.toString());
    }

    private static void misses(StoryScore s, StringBuilder out) {
        out.append('\n').append(s.story()).append("  (score.py: ").append(s.summaryLine()).append(")\n");
        if (s.claimsMissing()) {
            out.append("  no claims.csv: the analysis exported nothing\n");
        }
        int idWidth = s.misses().stream().mapToInt(v -> v.fact().id().length()).max().orElse(0);
        for (FactVerdict v : s.misses()) {
            out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s  %-7s  expect %-8s  %s%n", v.fact().id(),
                    v.fact().tier(), v.fact().expect(), verdict(v)));
        }
        for (DisagreeRows.FalseRow row : s.disagree().falseRows()) {
            List<String> held = new ArrayList<>();
            row.held().forEach((fact, expect) -> held.add(fact + " (" + expect + ")"));
            out.append("  false DISAGREE row ").append(row.factId()).append(" holds ").append(String.join(", ", held))
                    .append('\n');
        }
        s.copies().missed().forEach(c -> out.append("  copy ").append(c.copy()).append(" of ").append(c.of())
                .append(" not detected\n"));
        s.entities().split().forEach(e -> out.append("  entity group ").append(e.name()).append(": ")
                .append(e.ids()).append(e.ids() == 1 ? " id\n" : " ids\n"));
    }

    private static String verdict(FactVerdict v) {
        return v.verdict() == Verdict.WRONG
                ? "WRONG, status found " + String.join("/", v.statusesFound())
                : "MISSING, phrase found in " + (v.phraseFoundIn().isEmpty() ? "none" : String.join(",", v.phraseFoundIn()));
    }

    static String targets(List<CorpusTargets.Target> targets) {
        List<String> parts = new ArrayList<>();
        long met = targets.stream().filter(CorpusTargets.Target::met).count();
        for (CorpusTargets.Target t : targets) {
            parts.add(t.name() + ": " + withPercent(t.figure()) + (t.met() ? ", met" : ", not met"));
        }
        return "Targets: " + String.join("; ", parts) + ". Met " + met + " of " + targets.size() + ".";
    }

    private static String withPercent(Tally t) {
        return t.of() == 0 ? t + " (-)" : String.format(Locale.ROOT, "%s (%.1f%%)", t, t.percent());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
