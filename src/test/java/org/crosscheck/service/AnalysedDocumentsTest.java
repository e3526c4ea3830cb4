package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.export.CsvExporter;
import org.crosscheck.load.Article;
import org.crosscheck.load.ArticleInput;
import org.crosscheck.load.ArticleLoader;
import org.crosscheck.load.InputCollector;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.crosscheck.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents whose NLP ran outside a workbench (as on a Spark executor) make the project the
 * desktop makes of the same files: the four exported files are the same, byte for byte.
 */
class AnalysedDocumentsTest {

    @TempDir
    Path dir;

    @Test
    void documentsAnalysedElsewhereExportWhatTheWorkbenchExports() throws IOException {
        Path samples = Path.of("samples");
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("desktop.db"))) {
            wb.analyze(List.of(samples), null, ProgressListener.NONE, new CancellationToken());
            wb.export(dir.resolve("desktop"));
        }

        List<StoredDocument> documents = new ArrayList<>();
        for (ArticleInput input : InputCollector.collect(List.of(samples), null).articles()) {
            Article article = loadQuietly(input);
            documents.add(new StoredDocument(article, CoreNlpAnnotator.shared()
                    .annotate(article.name(), article.analysisText(), article.published())));
        }
        StageTimes times = new StageTimes();
        CsvExporter.export(AnalysedDocuments.analyse(dir.resolve("elsewhere.db"), documents, times),
                dir.resolve("elsewhere"));

        for (String file : CsvExporter.fileNames()) {
            assertThat(Files.readString(dir.resolve("elsewhere").resolve(file)))
                    .as(file).isEqualTo(Files.readString(dir.resolve("desktop").resolve(file)));
        }
        assertThat(times.millis().get(StageTimes.Stage.ALIGN)).isPositive();
    }

    private static Article loadQuietly(ArticleInput input) {
        try {
            return new ArticleLoader().load(input.file(), input.entry());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
