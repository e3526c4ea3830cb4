package org.crosscheck.claims;

import org.crosscheck.claims.Attributions.Attribution;
import org.crosscheck.nlp.MentionType;

/**
 * Stage: counts of sources. Needs the counts with their units, and the attributions. Provides,
 * for a count inside a speaker's phrase ("two diplomats said", "a railway official said"), the
 * predicate "say" and who the sources are as its subject ("diplomats familiar with the plan"):
 * it counts who said it, not what happened.
 */
final class SourceCounts implements Stage {

    @Override
    public void apply(SentenceState s) {
        SentenceView v = s.view;
        for (Draft d : s.drafts) {
            for (Attribution a : s.attributions.all()) {
                if (d.type == MentionType.NUMBER && d.kind == null && d.begin >= a.begin() && d.begin < a.end()) {
                    d.predicate = "say"; // being a source: "two diplomats said", "an official told", "according to"
                    int from = d.indefiniteHead >= 0 ? d.begin + 1 : d.end;
                    if (from < a.end()) {
                        d.subject = v.text(from, a.end()); // who the sources are: "diplomats familiar with the plan"
                    }
                }
            }
        }
    }
}
