package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.FactStatus;
import org.junit.jupiter.api.Test;

class FactTableViewModelTest {
    private final ViewModelFixture fx = new ViewModelFixture();
    private final FactTableViewModel table = fx.window.facts();

    private List<String> shownIds() {
        return table.visibleRows().stream().map(r -> r.fact().id()).toList();
    }

    @Test
    void listsDisagreementsFirstByDefault() {
        assertThat(shownIds()).first().isEqualTo("f-date");
        assertThat(shownIds()).last().isEqualTo("f-said");
    }

    @Test
    void showsTheValueEachSourceGivesInItsColumn() {
        FactRow row = fx.row("f-date");
        assertThat(row.cell(SampleProject.REUTERS).text()).isEqualTo("by the end of September");
        assertThat(row.cell(SampleProject.AP).text()).isEqualTo("by the end of October");
        assertThat(row.cell(SampleProject.AP).tooltip()).contains("Normalised: 2020-10");
        assertThat(fx.row("f-before").cell(SampleProject.ALJAZEERA)).isNull();
    }

    @Test
    void labelsStatusInWordsNotColourAlone() {
        assertThat(fx.row("f-date").statusLabel()).isEqualTo("✖ disagree");
        assertThat(fx.row("f-after").statusLabel()).isEqualTo("✔ agree");
        assertThat(fx.row("f-said").statusLabel()).isEqualTo("• single");
    }

    @Test
    void filtersByStatus() {
        table.statusFilterProperty().set(FactStatus.AGREE);
        assertThat(shownIds()).containsExactlyInAnyOrder("f-after", "f-before");
        assertThat(table.countTextProperty().get()).isEqualTo("2 of 4 facts");
    }

    @Test
    void filtersByDisagreementKind() {
        table.kindFilterProperty().set(Disagreement.DATE);
        assertThat(shownIds()).containsExactly("f-date");
    }

    @Test
    void filtersBySource() {
        table.sourceFilterProperty().set(fx.session.index().document(SampleProject.ALJAZEERA).orElseThrow());
        assertThat(shownIds()).containsExactlyInAnyOrder("f-date", "f-after");
    }

    @Test
    void filtersByEntityNamedInClaims() {
        table.entityFilterProperty().set(table.entities().stream()
                .filter(e -> e.id().equals("e-iraq")).findFirst().orElseThrow());
        assertThat(shownIds()).hasSize(4);
        table.entityFilterProperty().set(table.entities().stream()
                .filter(e -> e.id().equals("e-kadhimi")).findFirst().orElseThrow());
        assertThat(shownIds()).isEmpty();
    }

    @Test
    void searchFindsFactsByWordsOfTheirSentences() {
        table.searchProperty().set("officials");
        assertThat(shownIds()).containsExactly("f-before");
        table.searchProperty().set("");
        assertThat(shownIds()).hasSize(4);
    }

    @Test
    void nextUnreviewedSkipsFactsWhoseClaimsAreAllReviewed() {
        fx.session.selectFact("f-date");
        fx.session.perform("accept", null, wb -> wb.accept("r-after"));
        fx.session.perform("accept", null, wb -> wb.accept("a-after"));
        fx.session.perform("accept", null, wb -> wb.accept("j-after"));

        table.selectNextUnreviewed(List.copyOf(table.visibleRows()));

        assertThat(fx.session.selectedFactIdProperty().get()).isEqualTo("f-before");
        assertThat(fx.session.selectedClaimIdProperty().get()).isEqualTo("r-before");
    }

    @Test
    void arrowsMoveBetweenTheClaimsOfTheSelectedFact() {
        fx.session.selectFact("f-date");
        assertThat(fx.session.selectedClaimIdProperty().get()).isEqualTo("r-date");
        table.selectNeighbourClaim(1);
        assertThat(fx.session.selectedClaimIdProperty().get()).isEqualTo("a-date");
        table.selectNeighbourClaim(-1);
        assertThat(fx.session.selectedClaimIdProperty().get()).isEqualTo("r-date");
    }
}
