package org.crosscheck.eval;

import java.util.List;

/**
 * A fact that a cross-source table of the story should hold.
 *
 * @param tier    {@code core} (the story's main facts) or {@code stretch}
 * @param expect  the status the fact's row should have: {@code AGREE} or {@code DISAGREE}
 * @param members in the order the gold file lists them
 */
public record GoldFact(String id, String tier, String expect, List<GoldMember> members) {

    public static final String CORE = "core";
    public static final String STRETCH = "stretch";

    public GoldFact {
        members = List.copyOf(members);
    }
}
