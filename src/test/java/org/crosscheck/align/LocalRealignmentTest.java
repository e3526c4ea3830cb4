package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;
import org.junit.jupiter.api.Test;

class LocalRealignmentTest {

    private final Aligner aligner = new Aligner();

    /** Three hundred articles on sixty stories, then five more: one new story's articles and more of the last. */
    @Test
    void realigningAfterAddedArticlesGivesTheFullAlignment() {
        List<DocumentInfo> docs = new ArrayList<>();
        List<Claim> claims = AlignerScaleTest.corpus(305, docs);
        List<Fact> before = aligner.align(before(claims), docs.subList(0, 298), Map.of());

        List<Fact> realigned = aligner.realign(claims, docs, Map.of(),
                new PreviousAlignment(before(claims), docs.subList(0, 298), before, Set.of()));

        assertThat(realigned).containsExactlyElementsOf(aligner.align(claims, docs, Map.of()));
    }

    @Test
    void aMoveMadeBeforeStillHoldsAfterRealigning() {
        List<DocumentInfo> docs = new ArrayList<>();
        List<Claim> claims = AlignerScaleTest.corpus(305, docs);
        String moved = claims.get(0).id();
        String target = claims.get(100).id();
        Map<String, String> overrides = Map.of(moved, FactOverrides.CLAIM_PREFIX + target);
        List<Fact> before = aligner.align(before(claims), docs.subList(0, 298), overrides);

        List<Fact> realigned = aligner.realign(claims, docs, overrides,
                new PreviousAlignment(before(claims), docs.subList(0, 298), before, Set.of()));

        assertThat(realigned).containsExactlyElementsOf(aligner.align(claims, docs, overrides));
        assertThat(realigned).anySatisfy(f -> assertThat(f.claimIds()).contains(moved, target));
    }

    private static List<Claim> before(List<Claim> claims) {
        return claims.stream().filter(c -> Integer.parseInt(c.document().substring(3)) < 298).toList();
    }
}
