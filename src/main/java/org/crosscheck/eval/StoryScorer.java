package org.crosscheck.eval;

import java.util.List;

/**
 * The Java port of {@code ../shared/corpus/score.py}: scores one story's export against its
 * gold file and gives the same figures, fact verdicts and misses.
 */
public final class StoryScorer {

    private StoryScorer() {
    }

    public static StoryScore score(String story, StoryGold gold, StoryExport export) {
        boolean claimsMissing = export.claims() == null;
        ClaimIndex claims = new ClaimIndex(claimsMissing ? List.of() : export.claims());
        FactScorer.Result facts = FactScorer.score(gold.facts(), claims);
        return new StoryScore(story, claimsMissing, facts.verdicts(), facts.pairs(),
                DisagreeRows.check(claims, facts.spans(), gold.facts()),
                EntityGroups.check(gold.entities(), export.mentions()),
                CopyCheck.check(gold.copies(), export.documents()));
    }
}
