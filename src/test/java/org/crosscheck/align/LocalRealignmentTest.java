package org.crosscheck.align;

import org.crosscheck.project.Fact;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
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

    /**
     * Sixty claims of burned hectares meet in the block of their unit; the sixty-first makes that
     * block too common to say anything, so two claims that met only there part.
     */
    @Test
    void aBlockGrownPastItsLimitPartsTheClaimsThatMetOnlyThere() {
        List<DocumentInfo> docs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        String[] verbs = {"burn", "cover"};
        for (int d = 0; d < 21; d++) {
            docs.add(ClaimBuilder.doc("doc" + d, LocalDate.of(2021, 8, 1)));
            for (int k = 0; k < (d < 20 ? 3 : 1); k++) {
                int value = k == 0 && d < 2 ? 10_000 : 100 + d * 10 + k;
                claims.add(ClaimBuilder.claim("doc" + d, ClaimKind.COUNT).unit("hectare")
                        .predicate(k == 0 && d < 2 ? verbs[d] : "verb" + d + "x" + k).subject("hectares")
                        .sentence("The fire " + verbs[d % 2] + " " + value + " hectares.")
                        .exact(String.valueOf(value), value).build());
            }
        }
        List<Claim> first = claims.subList(0, 60);
        List<Fact> before = aligner.align(first, docs.subList(0, 20), Map.of());
        assertThat(before).anySatisfy(f -> assertThat(f.claimIds()).containsExactlyInAnyOrder(
                claims.get(0).id(), claims.get(3).id()));

        List<Fact> realigned = aligner.realign(claims, docs, Map.of(),
                new PreviousAlignment(first, docs.subList(0, 20), before, Set.of()));

        assertThat(realigned).containsExactlyElementsOf(aligner.align(claims, docs, Map.of()));
        assertThat(realigned).noneSatisfy(f -> assertThat(f.claimIds()).contains(claims.get(0).id(), claims.get(3).id()));
    }

    /**
     * A hundred and sixty articles worded alike are one another's neighbours through words that
     * are rare enough; the hundred and sixty-first makes every word too common to be evidence of
     * one story, so two claims whose documents were neighbours no longer meet.
     */
    @Test
    void documentsThatStopBeingNeighboursPartTheirClaims() {
        List<DocumentInfo> docs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        int articles = DocumentNeighbours.MAX_DOCUMENT_FREQUENCY + 1;
        for (int d = 0; d < articles; d++) {
            docs.add(ClaimBuilder.doc("doc" + d, LocalDate.of(2021, 8, 1)));
            ClaimBuilder claim = d < 2
                    ? ClaimBuilder.claim("doc" + d, ClaimKind.COUNT).unit("hectare").predicate(d == 0 ? "burn" : "cover")
                            .subject("hectares").exact("10,000", 10_000)
                    : ClaimBuilder.claim("doc" + d, ClaimKind.COUNT).unit("ship").predicate("sink")
                            .subject("ships").exact(String.valueOf(d), d);
            claims.add(claim.sentence("Officials reported the figures from the coast.").build());
        }
        List<Claim> first = claims.subList(0, articles - 1);
        List<Fact> before = aligner.align(first, docs.subList(0, articles - 1), Map.of());
        assertThat(before).anySatisfy(f -> assertThat(f.claimIds()).containsExactlyInAnyOrder(
                claims.get(0).id(), claims.get(1).id()));

        List<Fact> realigned = aligner.realign(claims, docs, Map.of(),
                new PreviousAlignment(first, docs.subList(0, articles - 1), before, Set.of()));

        assertThat(realigned).containsExactlyElementsOf(aligner.align(claims, docs, Map.of()));
        assertThat(realigned).noneSatisfy(f -> assertThat(f.claimIds()).contains(claims.get(0).id(), claims.get(1).id()));
    }

    private static List<Claim> before(List<Claim> claims) {
        return claims.stream().filter(c -> Integer.parseInt(c.document().substring(3)) < 298).toList();
    }
}
