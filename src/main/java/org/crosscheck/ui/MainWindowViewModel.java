package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * The window: its title, the file menu's actions (open, save as, add articles, export), undo
 * and redo, and the child view models, which all share one {@link ProjectSession}.
 */
public final class MainWindowViewModel {
    private final ProjectSession session;
    private final SourcesViewModel sources;
    private final FactTableViewModel facts;
    private final ArticleViewModel article;
    private final ClaimInspectorViewModel inspector;
    private final EntitiesViewModel entities;
    private final AnalysisViewModel analysis;
    private final ReviewLoopViewModel reviewLoop;
    private final TimelineViewModel timeline;
    private final SourceAgreementViewModel sourceAgreement;
    private final ReviewComparisonViewModel reviewComparison;
    private final StringBinding title;

    public MainWindowViewModel(ProjectSession session) {
        this.session = session;
        this.sources = new SourcesViewModel(session);
        this.facts = new FactTableViewModel(session);
        this.article = new ArticleViewModel(session);
        this.inspector = new ClaimInspectorViewModel(session);
        this.entities = new EntitiesViewModel(session);
        this.analysis = new AnalysisViewModel(session);
        this.reviewLoop = new ReviewLoopViewModel(session, facts);
        inspector.setAfterDecision(reviewLoop::afterDecision);
        this.timeline = new TimelineViewModel(session);
        this.sourceAgreement = new SourceAgreementViewModel(session, facts);
        this.reviewComparison = new ReviewComparisonViewModel(session);
        this.title = Bindings.createStringBinding(() -> session.projectNameProperty().get().isEmpty()
                ? "Crosscheck" : "Crosscheck — " + session.projectNameProperty().get(), session.projectNameProperty());
    }

    public ProjectSession session() {
        return session;
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public FactTableViewModel facts() {
        return facts;
    }

    public ArticleViewModel article() {
        return article;
    }

    public ClaimInspectorViewModel inspector() {
        return inspector;
    }

    public EntitiesViewModel entities() {
        return entities;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public ReviewComparisonViewModel reviewComparison() {
        return reviewComparison;
    }

    public SourceAgreementViewModel sourceAgreement() {
        return sourceAgreement;
    }

    public ReviewLoopViewModel reviewLoop() {
        return reviewLoop;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public void openProject(Path file) {
        session.open(file);
    }

    public void saveProjectAs(Path file) {
        session.saveAs(file);
    }

    public void addArticles(List<Path> inputs) {
        analysis.analyze(inputs);
    }

    public void export(Path dir) {
        session.read("export the CSV files", wb -> {
            wb.export(dir);
            return dir;
        }, done -> session.statusProperty().set(
                "Exported documents.csv, mentions.csv, claims.csv and facts.csv to " + done + "."));
    }

    public void undo() {
        inspector.undo();
    }

    public void redo() {
        inspector.redo();
    }
}
