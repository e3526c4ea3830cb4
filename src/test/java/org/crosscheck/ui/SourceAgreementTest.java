package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.ProjectSnapshot;
import org.junit.jupiter.api.Test;

/** The matrix counted over the hand-built sample story, and its limit for whole corpora. */
class SourceAgreementTest {

    @Test
    void theSampleStorysCellsCountTheFactsBothSourcesReport() {
        SourceAgreement matrix = SourceAgreement.of(new SnapshotIndex(SampleProject.workbench().snapshot()));
        // Reuters and AP both report f-after (agree), f-date (disagree) and f-before (agree).
        SourceAgreement.Cell cell = matrix.cell(SampleProject.REUTERS, SampleProject.AP);
        assertThat(cell.factIds()).containsExactlyInAnyOrder("f-after", "f-date", "f-before");
        assertThat(cell.agree()).isEqualTo(2);
        assertThat(cell.disagree()).isEqualTo(1);
        // Al Jazeera copies Reuters.
        assertThat(matrix.cell(SampleProject.ALJAZEERA, SampleProject.REUTERS).copy()).isTrue();
        assertThat(matrix.cell(SampleProject.AP, SampleProject.REUTERS).copy()).isFalse();
    }

    @Test
    void aProjectOfMoreSourcesThanTheMatrixShowsGetsNoCells() {
        List<DocumentInfo> docs = new ArrayList<>();
        for (int i = 0; i <= SourceAgreement.MAX_SOURCES; i++) {
            docs.add(new DocumentInfo("d" + i + ".txt", "t", "o", null, PublishedFrom.NONE, "", 1, "h" + i));
        }
        SourceAgreement matrix = SourceAgreement.of(new SnapshotIndex(
                new ProjectSnapshot(docs, List.of(), List.of(), List.of(), List.of(), Map.of())));
        assertThat(matrix.tooManySources()).isTrue();
        assertThat(matrix.allSources()).isEqualTo(SourceAgreement.MAX_SOURCES + 1);
        assertThat(matrix.cells()).isEmpty();
    }
}
