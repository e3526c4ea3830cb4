package org.crosscheck.align;

import java.util.Collections;

import org.crosscheck.claims.ClaimKind;

/**
 * What happened to one person is not what happened to another: two sentences that each name
 * people (other than who is speaking), none of them alike, report about different people ("Duncan
 * Rait died" / "Robert Buckley fell").
 */
final class PeopleRule implements PairRule {

    @Override
    public String veto(ClaimFrame a, ClaimFrame b) {
        // a count or an amount names people as its sources or witnesses more than as its subject
        if (a.claim().kind() == ClaimKind.COUNT || a.claim().kind() == ClaimKind.MONEY
                || a.claim().kind() == ClaimKind.PERCENT) {
            return null;
        }
        return !a.people().isEmpty() && !b.people().isEmpty() && Collections.disjoint(a.people(), b.people())
                ? "other people" : null;
    }
}
