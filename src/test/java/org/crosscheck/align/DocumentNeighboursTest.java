package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.ClaimBuilder.claim;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.junit.jupiter.api.Test;

class DocumentNeighboursTest {

    @Test
    void aProjectOfFewDocumentsIsOneNeighbourhood() {
        DocumentNeighbours near = DocumentNeighbours.of(stories(DocumentNeighbours.NEIGHBOURS + 1));

        assertThat(near.everyone()).isTrue();
        assertThat(near.neighbours("doc0", "doc" + DocumentNeighbours.NEIGHBOURS)).isTrue();
    }

    @Test
    void articlesOfOneStoryAreNeighboursInACorpusOfManyStories() {
        DocumentNeighbours near = DocumentNeighbours.of(stories(500));

        assertThat(near.everyone()).isFalse();
        assertThat(near.neighbours("doc10", "doc14")).isTrue();
        assertThat(near.neighbours("doc10", "doc15")).isFalse();
    }

    @Test
    void neighbourhoodIsSymmetric() {
        DocumentNeighbours near = DocumentNeighbours.of(stories(500));

        for (int d = 0; d < 500; d += 7) {
            for (int e : near.of(near.index("doc" + d))) {
                assertThat(near.of(e)).contains(near.index("doc" + d));
            }
        }
    }

    /** Articles five to a story; each story's sentences share a place name and an entity no other story has. */
    private static List<Claim> stories(int articles) {
        List<Claim> claims = new ArrayList<>();
        for (int d = 0; d < articles; d++) {
            int story = d / 5;
            claims.add(claim("doc" + d, ClaimKind.COUNT).unit("house").predicate("destroy").entities("E-" + story)
                    .sentence("Officials said " + (d + 3) + " houses were destroyed in Placename" + story + " by the storm.")
                    .exact("" + (d + 3), d + 3).build());
        }
        return claims;
    }
}
