package org.crosscheck.align;

import java.util.Objects;

import org.crosscheck.claims.Claim;

/**
 * The two ends of one sentence's change ("from 5,000 to 3,000") are two facts, and a count added
 * to a total ("another two killed") is never the total another report gives.
 */
final class RoleRule implements PairRule {

    @Override
    public String veto(ClaimFrame a, ClaimFrame b) {
        String ra = a.claim().role();
        String rb = b.claim().role();
        if (otherEnds(ra, rb)) {
            return "other roles";
        }
        return Claim.ADDED.equals(ra) != Claim.ADDED.equals(rb) ? "an addition and a total" : null;
    }

    /**
     * Whether two values cannot be one figure for their roles. A value without a role is the
     * figure itself, which is where a change ends ("rises to 10" / "rose to 10 on Monday").
     */
    static boolean conflict(Claim a, Claim b) {
        return otherEnds(a.role(), b.role()) || Claim.ADDED.equals(a.role()) != Claim.ADDED.equals(b.role());
    }

    private static boolean otherEnds(String ra, String rb) {
        return ra != null && rb != null && !ra.isEmpty() && !rb.isEmpty() && !Objects.equals(ra, rb);
    }
}
