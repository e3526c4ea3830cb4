package org.crosscheck.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.project.DocumentInfo;

/** The articles of the project: title, outlet, publication date (editable), copy badge, claim count. */
public final class SourcesViewModel {
    private final ProjectSession session;
    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();

    /** One article as the sources list shows it. */
    public record SourceRow(DocumentInfo document, String copyBadge, int claimCount) {
        public String title() {
            return document.title() == null || document.title().isBlank() ? document.name() : document.title();
        }

        public String outlet() {
            return document.outlet() == null ? "" : document.outlet();
        }

        public String published() {
            return document.published() == null ? "" : document.published().toString();
        }
    }

    public SourcesViewModel(ProjectSession session) {
        this.session = session;
        session.indexProperty().addListener((obs, old, index) -> rebuild(index));
        rebuild(session.index());
    }

    public ObservableList<SourceRow> rows() {
        return rows;
    }

    /** Sets an article's publication date from what the researcher typed (ISO, e.g. 2020-09-27). */
    public void setPublished(DocumentInfo document, String typed) {
        LocalDate date;
        try {
            date = typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            session.statusProperty().set("“" + typed + "” is not a date: type it as year-month-day, e.g. 2020-09-27.");
            rebuild(session.index());
            return;
        }
        session.perform("change the publication date of " + document.name(),
                "Publication date of " + document.name() + " set to " + (date == null ? "unknown" : date)
                        + "; its dates were re-resolved.",
                wb -> wb.setPublished(document.name(), date));
    }

    private void rebuild(SnapshotIndex index) {
        List<SourceRow> built = index.snapshot().documents().stream()
                .map(d -> new SourceRow(d, copyBadge(d, index), index.claimsIn(d.name()).size()))
                .toList();
        rows.setAll(built);
    }

    private static String copyBadge(DocumentInfo d, SnapshotIndex index) {
        if (d.copyOf() == null || d.copyOf().isBlank()) {
            return "";
        }
        return "copy of " + ClaimInspectorViewModel.sourceName(d.copyOf(), index);
    }
}
