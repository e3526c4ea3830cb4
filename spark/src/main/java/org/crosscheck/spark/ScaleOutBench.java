package org.crosscheck.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.load.InputCollector;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.service.CancellationToken;
import org.crosscheck.service.ProgressListener;
import org.crosscheck.service.ProjectWorkbench;

/**
 * The scale-out benchmark: the same articles analysed by the desktop ({@link ProjectWorkbench},
 * one thread per core, then the export) and by the job in local mode with as many cores, in one
 * process after one warm-up, so the ratio of their throughputs compares like with like; then the
 * story grouping alone on N, 2N and 4N of the analysed articles.
 */
final class ScaleOutBench {
    private final Path input;
    private final int limit;
    private final String master;
    private final PrintStream out;

    ScaleOutBench(Path input, int limit, String master, PrintStream out) {
        this.input = input;
        this.limit = limit;
        this.master = master;
        this.out = out;
    }

    void run() throws IOException {
        Path dir = Files.createTempDirectory("crosscheck-spark-bench");
        try {
            Path corpus = stage(dir.resolve("articles"));
            int cores = Runtime.getRuntime().availableProcessors();
            out.printf(Locale.ROOT, "corpus: %d articles of %s, %d cores, master %s%n",
                    count(corpus), input, cores, master);
            warmUp(corpus);

            resetPeakHeap();
            long start = System.nanoTime();
            long tokens;
            try (ProjectWorkbench desktop = new ProjectWorkbench(dir.resolve("desktop.db"), cores)) {
                desktop.analyze(List.of(corpus), null, ProgressListener.NONE, new CancellationToken());
                desktop.export(dir.resolve("desktop"));
                tokens = desktop.snapshot().documents().stream().mapToLong(DocumentInfo::tokens).sum();
            }
            double desktopSeconds = (System.nanoTime() - start) / 1e9;
            double desktopHeap = peakHeapGb();

            try (SparkSession spark = SparkSessions.start(master)) {
                resetPeakHeap();
                start = System.nanoTime();
                JobReport job = AnalyzeJob.run(spark, JobOptions.of(List.of(corpus.toString()),
                        dir.resolve("job").toString()));
                double jobSeconds = (System.nanoTime() - start) / 1e9;
                double jobHeap = peakHeapGb();
                printThroughput(tokens, desktopSeconds, job, jobSeconds);
                printSizes(job, dir.resolve("job"));
                out.printf(Locale.ROOT, "peak heap used: desktop %.2f GB, job (driver and executor in one JVM) %.2f GB%n",
                        desktopHeap, jobHeap);
                groupingScale(spark, dir.resolve("job").toString());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void printThroughput(long tokens, double desktopSeconds, JobReport job, double jobSeconds) {
        double desktopRate = tokens / desktopSeconds;
        double jobRate = job.tokens() / jobSeconds;
        out.printf(Locale.ROOT, "desktop analyze + export: %.1f s, %.0f tokens/s (%d tokens)%n",
                desktopSeconds, desktopRate, tokens);
        out.printf(Locale.ROOT, "spark job (local):        %.1f s, %.0f tokens/s (%d tokens)%n",
                jobSeconds, jobRate, job.tokens());
        out.printf(Locale.ROOT, "ratio job / desktop: %.2fx (target >= 0.90x)%n", jobRate / desktopRate);
        JobReport.Times t = job.times();
        out.printf(Locale.ROOT, "job wall: articles %.1f s, grouping %.1f s, stories %.1f s, output %.1f s%n",
                t.articlesWall(), t.groupingWall(), t.storiesWall(), t.outputWall());
        out.printf(Locale.ROOT, "job task seconds: load %.1f, NLP %.1f, stories %.1f (claims %.1f, align %.1f,"
                        + " embedding %.1f, project file %.1f)%n", t.load(), t.nlp(), t.storyTotal(), t.storyClaims(),
                t.storyAlign(), t.storyEmbed(), t.storyStore());
        GroupingFigures g = job.grouping();
        out.printf(Locale.ROOT, "stories: %d (largest %d documents); keys %d, pairs judged %d, held %d%n",
                g.stories(), g.largest(), g.keys(), g.pairs(), g.edges());
    }

    /** Per article: the shuffle, the kept NLP output and the Parquet tables (the paper estimate's inputs). */
    private void printSizes(JobReport job, Path jobDir) throws IOException {
        long articles = Math.max(1, job.analysed());
        long work = bytes(jobDir.resolve("work/articles"));
        long parquet = bytes(jobDir.resolve("parquet"));
        out.printf(Locale.ROOT, "shuffle written: %.1f MB (%.1f KB an article), the stories' group-by %.1f MB%n",
                job.shuffle().bytes() / 1e6, job.shuffle().bytes() / 1e3 / articles, job.shuffle().storyBytes() / 1e6);
        out.printf(Locale.ROOT, "work/articles: %.1f MB (%.1f KB an article); parquet/: %.1f MB (%.1f KB an article)%n",
                work / 1e6, work / 1e3 / articles, parquet / 1e6, parquet / 1e3 / articles);
    }

    private static long bytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** The grouping alone on a quarter, a half and all of the analysed articles (N, 2N, 4N), after a warm-up. */
    private void groupingScale(SparkSession spark, String outDir) {
        JavaRDD<AnalysedArticle> all = new WorkArticles(spark, outDir).all().persist(StorageLevel.MEMORY_AND_DISK());
        long n = all.count();
        new StoryGrouping().group(all.sample(false, 0.25, 7));
        double[] seconds = new double[3];
        long[] sizes = {n / 4, n / 2, n};
        for (int i = 0; i < 3; i++) {
            long size = sizes[i];
            JavaRDD<AnalysedArticle> part = all.zipWithIndex().filter(t -> spread(t._2(), n, size)).keys()
                    .persist(StorageLevel.MEMORY_AND_DISK());
            part.count();
            long start = System.nanoTime();
            StoryGrouping grouping = new StoryGrouping();
            grouping.group(part);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            GroupingFigures g = grouping.figures();
            out.printf(Locale.ROOT, "grouping %d articles: %.2f s (keys %d, pairs %d, held %d, stories %d, largest %d)%n",
                    g.documents(), seconds[i], g.keys(), g.pairs(), g.edges(), g.stories(), g.largest());
            part.unpersist();
        }
        out.printf(Locale.ROOT, "grouping 2N / N = %.2fx, 4N / N = %.2fx (target 4N < 5x N)%n",
                seconds[1] / seconds[0], seconds[2] / seconds[0]);
        all.unpersist();
    }

    private static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap pools' peak use since the last reset (garbage not yet collected included). */
    private static double peakHeapGb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e9;
    }

    /** Whether the article at {@code index} of {@code n} is among {@code size} spread evenly over them. */
    private static boolean spread(long index, long n, long size) {
        return size >= n || index * size / n != (index + 1) * size / n;
    }

    private static void warmUp(Path corpus) throws IOException {
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.sorted().limit(5).toList()) {
                annotator.annotatePlain(Files.readString(p));
            }
        }
    }

    /** The chosen articles copied flat, named by their path below the input (business/001.txt: business-001.txt). */
    private Path stage(Path target) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(input)) {
            all = walk.filter(Files::isRegularFile)
                    .filter(p -> InputCollector.isArticleName(p.getFileName().toString())).sorted().toList();
        }
        int n = limit <= 0 ? all.size() : Math.min(limit, all.size());
        Files.createDirectories(target);
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chosen.add(all.get((int) ((long) i * all.size() / n)));
        }
        for (Path p : chosen) {
            String name = input.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "-");
            Files.copy(p, target.resolve(name));
        }
        return target;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
