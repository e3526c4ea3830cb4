package org.crosscheck.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.crosscheck.service.AnalysedDocuments;
import org.crosscheck.service.StageTimes;
import org.crosscheck.spark.input.ArticleSource;
import org.crosscheck.spark.input.Failure;
import org.crosscheck.spark.input.InputListing;
import org.crosscheck.store.StoredDocument;
import scala.Tuple2;

/**
 * The analysis as a Spark job: per article (in batches, each kept as soon as its NLP is done), the
 * stories, per story the desktop's analysis, and the output tables; optionally some stories as a
 * project file. See decision 0020.
 */
public final class AnalyzeJob {
    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final JobOptions options;
    private final JobTimes times;

    private AnalyzeJob(SparkSession spark, JobOptions options) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.options = options;
        this.times = new JobTimes(spark.sparkContext());
    }

    public static JobReport run(SparkSession spark, JobOptions options) throws IOException {
        ShuffleMeter shuffle = new ShuffleMeter();
        spark.sparkContext().addSparkListener(shuffle);
        try {
            return new AnalyzeJob(spark, options).run(shuffle);
        } finally {
            spark.sparkContext().removeSparkListener(shuffle);
        }
    }

    private JobReport run(ShuffleMeter shuffle) throws IOException {
        long start = System.nanoTime();
        if (options.project() != null && Files.exists(options.project())) {
            throw new IllegalArgumentException(options.project() + " exists; name a new project file");
        }
        InputListing.Listing listing = InputListing.of(options.inputs(), jsc.hadoopConfiguration());
        List<Failure> failures = new ArrayList<>(listing.problems());
        WorkArticles work = new WorkArticles(spark, options.out());

        long articlesStart = System.nanoTime();
        Set<String> current = new HashSet<>();
        int[] counts = analyseArticles(listing, work, current, failures);
        double articlesWall = seconds(articlesStart);

        JavaRDD<AnalysedArticle> documents = work.current(current);
        long groupingStart = System.nanoTime();
        StoryGrouping grouping = new StoryGrouping();
        Map<String, String> storyOf = grouping.group(documents);
        double groupingWall = seconds(groupingStart);

        long shuffledBeforeStories = shuffle.bytesWritten();
        long storiesStart = System.nanoTime();
        Broadcast<Map<String, String>> stories = jsc.broadcast(storyOf);
        JobTimes t = times;
        // kept once made: the output reads them three times (sorted for the CSV files, for the
        // Parquet tables, for the failures), and a sort samples its input first
        JavaRDD<StoryOutput> outputs = documents
                .mapToPair(d -> new Tuple2<>(stories.value().get(d.name()), d))
                .groupByKey(partitions())
                .map(story -> StoryAnalysis.analyse(story._1(), story._2(), t))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        outputs.count();
        double storiesWall = seconds(storiesStart);
        long storyShuffle = shuffle.bytesWritten() - shuffledBeforeStories;

        long outputStart = System.nanoTime();
        OutputTables tables = new OutputTables(spark, options.out());
        tables.writeTables(outputs);
        outputs.filter(o -> o.failure() != null).collect()
                .forEach(o -> o.documents().forEach(d -> failures.add(new Failure(d, o.failure()))));
        tables.writeStories(storyOf);
        tables.writeErrors(failures);
        outputs.unpersist();
        if (options.project() != null) {
            writeProject(documents, storyOf);
        }
        double outputWall = seconds(outputStart);

        return new JobReport(counts[0], counts[1], failures, grouping.figures(), times.tokens.value(), seconds(start),
                new JobReport.Shuffle(shuffle.bytesWritten(), storyShuffle),
                new JobReport.Times(articlesWall, groupingWall, storiesWall, outputWall, nanos(times.load.value()),
                        nanos(times.nlp.value()), millis(times.storyClaims.value()),
                        millis(times.storyAlign.value()), millis(times.storyEmbed.value()),
                        millis(times.storyStore.value()), nanos(times.storyTotal.value())));
    }

    /**
     * Loads and analyses the articles batch by batch, appending each batch's analysed articles to
     * the work folder; fills {@code current} with the (name, hash) keys of this run's articles.
     *
     * @return articles analysed now and articles kept from earlier runs
     */
    private int[] analyseArticles(InputListing.Listing listing, WorkArticles work, Set<String> current,
                                  List<Failure> failures) {
        Broadcast<Set<String>> kept = jsc.broadcast(work.keys());
        Broadcast<SerializableConfiguration> hadoop =
                jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        JavaRDD<ArticleSource> sources = jsc.parallelize(listing.files(), Math.max(1, partitions()));
        for (InputListing.JsonLinesFile file : listing.jsonLines()) {
            String name = file.name(); // the closure carries these two strings, not the listing's record
            String location = file.location();
            sources = sources.union(jsc.textFile(location).zipWithIndex()
                    .filter(t -> !t._1().isBlank())
                    .map(t -> ArticleSource.jsonLine(name, location, t._2() + 1, t._1())));
        }
        JavaPairRDD<ArticleSource, Long> indexed = sources.zipWithIndex().persist(StorageLevel.MEMORY_AND_DISK());
        long total = indexed.count();
        int[] counts = new int[2];
        for (long from = 0; from < total; from += options.batch()) {
            long lo = from;
            long hi = from + options.batch();
            JavaRDD<ArticleResult> results = indexed.filter(s -> s._2() >= lo && s._2() < hi).keys()
                    .repartition(partitions())
                    .mapPartitions(new ArticleStage(kept, hadoop, times))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            work.append(results.filter(ArticleResult::isAnalysed).map(ArticleResult::analysed));
            for (ArticleResult r : results.map(ArticleResult::outcome).collect()) {
                if (r.failure() != null) {
                    failures.add(r.failure());
                } else {
                    current.add(AnalysedArticle.key(r.name(), r.hash()));
                    counts[r.isKept() ? 1 : 0]++;
                }
            }
            results.unpersist();
        }
        indexed.unpersist();
        return counts;
    }

    /** The chosen stories as one project, made by the desktop's analysis on the driver. */
    private void writeProject(JavaRDD<AnalysedArticle> documents, Map<String, String> storyOf) {
        Set<String> chosen = new HashSet<>(options.stories());
        if (options.match() != null) {
            Pattern pattern = Pattern.compile(options.match());
            storyOf.forEach((document, story) -> {
                if (pattern.matcher(document).find()) {
                    chosen.add(story);
                }
            });
        }
        Broadcast<Map<String, String>> stories = jsc.broadcast(storyOf);
        Broadcast<Set<String>> wanted = jsc.broadcast(chosen);
        List<StoredDocument> picked = documents.filter(d -> wanted.value().contains(stories.value().get(d.name())))
                .collect().stream().sorted(Comparator.comparing(AnalysedArticle::name))
                .map(AnalysedArticle::decode).toList();
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("no story matches " + (options.match() != null
                    ? "'" + options.match() + "'" : String.join(", ", options.stories()))
                    + "; stories.csv lists the stories; no project file was written");
        }
        AnalysedDocuments.analyse(options.project(), picked, new StageTimes());
    }

    private int partitions() {
        return options.partitions() > 0 ? options.partitions() : Math.max(2, 4 * jsc.defaultParallelism());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double nanos(long n) {
        return n / 1e9;
    }

    private static double millis(long ms) {
        return ms / 1e3;
    }
}
