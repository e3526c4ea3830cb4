package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * score.py's entity check: a labelled group of names is grouped when the mentions with one of
 * those names (after {@link ScoreText#norm}) carry exactly one entity id. Without a
 * mentions.csv nothing is counted.
 *
 * @param split the groups that are not: their first name and how many ids they got (0 when no
 *              mention has any of the names)
 */
public record EntityGroups(Tally grouped, List<Split> split) {

    public record Split(String name, int ids) {
    }

    public EntityGroups {
        split = List.copyOf(split);
    }

    static EntityGroups check(List<List<String>> groups, List<StoryExport.Mention> mentions) {
        Tally grouped = Tally.NONE;
        List<Split> split = new ArrayList<>();
        if (mentions == null) {
            return new EntityGroups(grouped, split);
        }
        for (List<String> group : groups) {
            Set<String> names = new HashSet<>();
            group.forEach(n -> names.add(ScoreText.norm(n)));
            Set<String> ids = new HashSet<>();
            for (StoryExport.Mention m : mentions) {
                if (names.contains(ScoreText.norm(m.text())) && m.entityId() != null && !m.entityId().isEmpty()) {
                    ids.add(m.entityId());
                }
            }
            grouped = grouped.add(ids.size() == 1);
            if (ids.size() != 1) {
                split.add(new Split(group.isEmpty() ? "" : group.get(0), ids.size()));
            }
        }
        return new EntityGroups(grouped, split);
    }
}
