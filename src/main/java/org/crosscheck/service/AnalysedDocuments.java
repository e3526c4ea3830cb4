package org.crosscheck.service;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.load.Article;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.service.StageTimes.Stage;
import org.crosscheck.store.ProjectStore;
import org.crosscheck.store.StoredDocument;

/**
 * A project made of documents whose NLP already ran elsewhere (on a Spark executor): each
 * document's article and NLP output is stored as {@link ProjectWorkbench#analyze} stores it after
 * its NLP, in the order given, and the derived output (entity links, copies, claims, facts) is
 * rebuilt by the same {@link Analysis}. So a story analysed apart is exactly what the desktop
 * makes of the same articles, and the workbench opens and reviews the file.
 */
public final class AnalysedDocuments {

    private AnalysedDocuments() {
    }

    /**
     * Stores the documents in the project file (created when missing) and rebuilds its derived
     * output; returns the project as saved. Times go to {@code times} by stage.
     */
    public static ProjectSnapshot analyse(Path projectFile, List<StoredDocument> documents, StageTimes times) {
        try (ProjectStore store = ProjectStore.open(projectFile)) {
            Analysis analysis = new Analysis(store);
            boolean wasCurrent = analysis.isDerivedOutputCurrent();
            int position = store.lastPosition();
            for (StoredDocument document : documents) {
                Article article = document.article();
                analysis.markStale(article.name());
                int at = ++position;
                times.time(Stage.STORE, () -> analysis.saveDocument(article, document.nlp(), at));
            }
            analysis.update(times, wasCurrent);
            return times.time(Stage.STORE, store::snapshot);
        }
    }
}
