package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * score.py's copy check: a labelled copy is detected when documents.csv has its document with
 * {@code copy_of} naming the original (both by number). Without a documents.csv none is.
 */
public record CopyCheck(Tally detected, List<GoldCopy> missed) {

    public CopyCheck {
        missed = List.copyOf(missed);
    }

    static CopyCheck check(List<GoldCopy> copies, List<StoryExport.Document> documents) {
        Tally detected = Tally.NONE;
        List<GoldCopy> missed = new ArrayList<>();
        for (GoldCopy copy : copies) {
            boolean found = documents != null && documents.stream()
                    .anyMatch(d -> ScoreText.documentKey(d.document()).equals(copy.copy())
                            && ScoreText.documentKey(d.copyOf()).equals(copy.of()));
            detected = detected.add(found);
            if (!found) {
                missed.add(copy);
            }
        }
        return new CopyCheck(detected, missed);
    }
}
