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
        if (ra != null && rb != null && !ra.isEmpty() && !rb.isEmpty() && !Objects.equals(ra, rb)) {
            return "other roles";
        }
        return Claim.ADDED.equals(ra) != Claim.ADDED.equals(rb) ? "an addition and a total" : null;
    }
}
