package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * score.py's DISAGREE check. An exported DISAGREE fact over two or more documents is labelled
 * when some labelled fact has members of two or more documents in it; it is true when one of
 * those labelled facts expects DISAGREE, false when they all expect AGREE (a reworded quote, the
 * same toll). A DISAGREE row that holds no labelled fact is not counted either way.
 *
 * @param truth     true rows of labelled rows
 * @param falseRows the false ones, by exported fact id
 */
public record DisagreeRows(Tally truth, List<FalseRow> falseRows) {

    /** A false DISAGREE row and the labelled facts it holds (id to expected status), by id. */
    public record FalseRow(String factId, Map<String, String> held) {
    }

    public DisagreeRows {
        falseRows = List.copyOf(falseRows);
    }

    static DisagreeRows check(ClaimIndex claims, Map<String, Map<String, Set<String>>> spans, List<GoldFact> facts) {
        Map<String, String> expect = new HashMap<>();
        facts.forEach(f -> expect.put(f.id(), f.expect()));
        Tally truth = Tally.NONE;
        List<FalseRow> falseRows = new ArrayList<>();
        for (Map.Entry<String, String> row : claims.statuses().entrySet()) {
            if (!"DISAGREE".equals(row.getValue()) || claims.documentsOf(row.getKey()).size() < 2) {
                continue;
            }
            Map<String, String> held = new TreeMap<>();
            spans.getOrDefault(row.getKey(), Map.of()).forEach((gold, docs) -> {
                if (docs.size() >= 2) {
                    held.put(gold, expect.get(gold));
                }
            });
            if (held.isEmpty()) {
                continue;
            }
            boolean isTrue = held.containsValue("DISAGREE");
            truth = truth.add(isTrue);
            if (!isTrue) {
                falseRows.add(new FalseRow(row.getKey(), held));
            }
        }
        return new DisagreeRows(truth, falseRows);
    }
}
