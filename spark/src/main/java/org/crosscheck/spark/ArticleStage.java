package org.crosscheck.spark;

import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.crosscheck.load.Article;
import org.crosscheck.load.LoadException;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.crosscheck.spark.input.ArticleReading;
import org.crosscheck.spark.input.ArticleSource;
import org.crosscheck.spark.input.Failure;
import org.crosscheck.spark.stories.StoryNamesOfDocument;
import org.crosscheck.store.DocumentBytes;
import org.crosscheck.store.StoredDocument;

/**
 * The per-article stage, one partition at a time: load (noise stripped), NLP, the names the story
 * grouping reads. The CoreNLP pipeline is the process's one shared pipeline
 * ({@link CoreNlpAnnotator#shared()}), loaded by the first task of an executor and reused by every
 * later task and partition, as the desktop's threads share it. A bad article becomes a row of the
 * errors table, never a failed task; an article whose name and content hash an earlier run kept
 * is only loaded (to hash it), not analysed again.
 */
final class ArticleStage implements FlatMapFunction<Iterator<ArticleSource>, ArticleResult> {
    private final Broadcast<Set<String>> kept;
    private final Broadcast<SerializableConfiguration> hadoop;
    private final JobTimes times;

    ArticleStage(Broadcast<Set<String>> kept, Broadcast<SerializableConfiguration> hadoop, JobTimes times) {
        this.kept = kept;
        this.hadoop = hadoop;
        this.times = times;
    }

    @Override
    public Iterator<ArticleResult> call(Iterator<ArticleSource> sources) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return sources.hasNext();
            }

            @Override
            public ArticleResult next() {
                return analyse(sources.next());
            }
        };
    }

    private ArticleResult analyse(ArticleSource source) {
        try {
            long start = System.nanoTime();
            Article article = ArticleReading.read(source, hadoop.value().value());
            times.load.add(System.nanoTime() - start);
            if (kept.value().contains(AnalysedArticle.key(article.name(), article.contentHash()))) {
                return ArticleResult.kept(article.name(), article.contentHash());
            }
            CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
            start = System.nanoTime();
            AnnotatedDocument nlp = annotator.annotate(article.name(), article.analysisText(), article.published());
            times.nlp.add(System.nanoTime() - start);
            times.tokens.add(nlp.tokenCount());
            return ArticleResult.analysed(new AnalysedArticle(article.name(), article.contentHash(), source.location(),
                    article.published() == null ? null : article.published().toString(), nlp.tokenCount(),
                    StoryNamesOfDocument.of(article, nlp), DocumentBytes.encode(new StoredDocument(article, nlp))));
        } catch (LoadException e) {
            return ArticleResult.failed(source.name(), new Failure(source.location(), e.problem()));
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return ArticleResult.failed(source.name(), new Failure(source.location(), "the analysis failed: " + reason));
        }
    }
}
