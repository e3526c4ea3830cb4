package org.crosscheck.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * score.py's {@code member_claims}: the claims of a member's document whose sentence contains its
 * phrase (and whose value_text contains its value, when it names one), both compared after
 * {@link ScoreText#norm}. Only claims that sit in a fact count for the fact ids.
 */
final class MemberMatcher {

    private MemberMatcher() {
    }

    /** The fact ids of the member's claims among {@code claimsOfDocument}. */
    static Set<String> factIds(GoldMember member, List<StoryExport.Claim> claimsOfDocument) {
        String phrase = ScoreText.norm(member.phrase());
        String value = member.value() == null ? null : ScoreText.norm(member.value());
        Set<String> ids = new LinkedHashSet<>();
        for (StoryExport.Claim c : claimsOfDocument) {
            if (ScoreText.norm(c.sentence()).contains(phrase)
                    && (value == null || ScoreText.norm(c.valueText()).contains(value))
                    && hasFact(c)) {
                ids.add(c.factId());
            }
        }
        return ids;
    }

    /** Python's truth test on the cell: neither absent nor empty. */
    static boolean hasFact(StoryExport.Claim c) {
        return c.factId() != null && !c.factId().isEmpty();
    }
}
