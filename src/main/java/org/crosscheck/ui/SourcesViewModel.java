package org.crosscheck.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.project.DocumentInfo;

/** The articles of the project: title (editable), outlet, publication date (editable), copy badge, claim count. */
public final class SourcesViewModel {
    private final ProjectSession session;
    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();

    /** One article as the sources list shows it. */
    public record SourceRow(DocumentInfo document, String copyBadge, int claimCount) {
        /** The title; a project analysed before titles were made from the lead may still lack one. */
        public String title() {
            if (document.title() != null && !document.title().isBlank()) {
                return document.title();
            }
            return outlet().isEmpty() ? document.name() : outlet() + " — " + document.name();
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

    /** Sets the title an article shows and exports; an empty title goes back to the one found in the article. */
    public void setTitle(DocumentInfo document, String typed) {
        String title = typed == null ? "" : typed.strip();
        session.perform("rename " + document.name(), title.isEmpty()
                        ? "The title of " + document.name() + " is the one found in the article again."
                        : "Title of " + document.name() + " set to “" + title + "”.",
                wb -> wb.setTitle(document.name(), title));
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
