package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.project.FactStatus;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.Test;

class ClaimInspectorViewModelTest {
    private final ViewModelFixture fx = new ViewModelFixture();
    private final ClaimInspectorViewModel inspector = fx.window.inspector();

    @Test
    void showsTheSelectedClaimsFields() {
        fx.session.selectClaim("a-date");
        assertThat(inspector.valueProperty().get()).isEqualTo("by the end of October");
        assertThat(inspector.kindProperty().get()).isEqualTo("date");
        assertThat(inspector.speakerProperty().get()).isEqualTo("McKenzie");
        assertThat(inspector.sourceProperty().get()).isEqualTo("AP");
        assertThat(inspector.sentenceProperty().get()).startsWith("WASHINGTON (AP)");
        assertThat(inspector.claimsOfFact()).hasSize(3);
        assertThat(inspector.factTitleProperty().get()).contains("✖ disagree").contains("date");
    }

    @Test
    void acceptWritesTheDecisionToTheWorkbench() {
        fx.session.selectClaim("r-date");
        inspector.accept();
        assertThat(fx.workbench.snapshot().reviewOf("r-date").state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(fx.session.canUndoProperty().get()).isTrue();
        // The review loop moved on to the fact's next unreviewed claim.
        assertThat(fx.session.selectedClaimIdProperty().get()).isEqualTo("a-date");
        assertThat(inspector.reviewProperty().get()).isEqualTo("not reviewed");
    }

    @Test
    void rejectWritesTheDecisionToTheWorkbench() {
        fx.session.selectClaim("a-date");
        inspector.reject();
        assertThat(fx.workbench.snapshot().reviewOf("a-date").state()).isEqualTo(ReviewState.REJECTED);
        assertThat(fx.row("f-date").cell(SampleProject.AP).text()).isEqualTo("✖ by the end of October");
    }

    @Test
    void editedValueIsShownNextToTheValueAsWritten() {
        fx.session.selectClaim("a-after");
        inspector.editValue("  3,100 ");
        assertThat(fx.workbench.snapshot().reviewOf("a-after").editedValue()).isEqualTo("3,100");
        assertThat(inspector.valueProperty().get()).isEqualTo("3,100   (as written: about 3,000)");
        assertThat(fx.row("f-after").cell(SampleProject.AP).text()).isEqualTo("✎ 3,100");
    }

    @Test
    void emptyEditIsRefusedWithAMessage() {
        fx.session.selectClaim("a-after");
        inspector.editValue("  ");
        assertThat(fx.workbench.calls()).noneMatch(c -> c.startsWith("edit"));
        assertThat(fx.session.statusProperty().get()).contains("cannot be empty");
    }

    @Test
    void mergeJoinsTheOtherFactsClaimsIntoTheSelectedFact() {
        fx.session.selectFact("f-after");
        inspector.mergeWith(fx.fact("f-before"));
        assertThat(fx.fact("f-after").claimIds()).contains("r-before", "a-before");
        assertThat(fx.workbench.snapshot().facts()).noneMatch(f -> f.id().equals("f-before"));
        assertThat(fx.session.selectedFactIdProperty().get()).isEqualTo("f-after");
    }

    @Test
    void splitPutsTheClaimIntoAFactOfItsOwn() {
        fx.session.selectClaim("a-date");
        inspector.split();
        assertThat(fx.fact("f-date").claimIds()).containsExactly("r-date", "j-date");
        assertThat(fx.session.selectedFactProperty().get().orElseThrow().status()).isEqualTo(FactStatus.SINGLE);
    }

    @Test
    void moveTakesTheClaimIntoTheTargetFact() {
        fx.session.selectClaim("r-said");
        inspector.moveTo(fx.fact("f-date"));
        assertThat(fx.fact("f-date").claimIds()).contains("r-said");
        assertThat(fx.session.selectedFactIdProperty().get()).isEqualTo("f-date");
    }

    @Test
    void undoRevertsTheLastActionAndRedoRestoresIt() {
        fx.session.selectClaim("r-date");
        inspector.accept();
        inspector.undo();
        assertThat(fx.workbench.snapshot().reviewOf("r-date").state()).isEqualTo(ReviewState.AUTO);
        assertThat(fx.session.canRedoProperty().get()).isTrue();
        inspector.redo();
        assertThat(fx.workbench.snapshot().reviewOf("r-date").state()).isEqualTo(ReviewState.ACCEPTED);
    }

    @Test
    void noteIsSavedWithTheClaim() {
        fx.session.selectClaim("r-date");
        inspector.note("checked against the Pentagon release");
        assertThat(fx.workbench.snapshot().reviewOf("r-date").note()).isEqualTo("checked against the Pentagon release");
        assertThat(inspector.noteProperty().get()).isEqualTo("checked against the Pentagon release");
    }

    @Test
    void failedActionIsReportedInPlainWords() {
        fx.session.selectClaim("r-date");
        fx.workbench.failNextCallWith(new IllegalStateException("the project file is locked by another program"));
        inspector.accept();
        assertThat(fx.session.statusProperty().get())
                .isEqualTo("Could not accept the claim: the project file is locked by another program.");
        assertThat(fx.session.errorProperty().get().message()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(fx.session.busyProperty().get()).isFalse();
    }
}
