package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.crosscheck.claims.Claim;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    private final Aligner aligner = new Aligner();

    /** Three hundred articles: more than one neighbourhood, and blocks both under and over their limits. */
    @Test
    void eachClaimsPartnersAreItsPairsInTheWholeList() {
        List<Claim> claims = AlignerScaleTest.corpus(300, new ArrayList<>());
        CandidatePairs index = aligner.index(claims, aligner.blockKeys(claims, new HashMap<>()));
        int n = claims.size();

        Set<Long> fromPartners = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            for (int j : index.partners(i)) {
                fromPartners.add(Aligner.pairKey(Math.min(i, j), Math.max(i, j), n));
            }
        }

        Set<Long> all = new TreeSet<>();
        for (long p : index.all()) {
            all.add(p);
        }
        assertThat(all).isNotEmpty();
        assertThat(fromPartners).isEqualTo(all);
    }

    @Test
    void aClaimNeverPairsWithItsOwnDocument() {
        List<Claim> claims = AlignerScaleTest.corpus(60, new ArrayList<>());
        CandidatePairs index = aligner.index(claims, aligner.blockKeys(claims, new HashMap<>()));

        for (int i = 0; i < claims.size(); i++) {
            for (int j : index.partners(i)) {
                assertThat(claims.get(j).document()).isNotEqualTo(claims.get(i).document());
            }
        }
    }
}
