package org.crosscheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.align.Aligner;
import org.crosscheck.claims.Claim;
import org.crosscheck.load.ArticleLoader;
import org.crosscheck.load.LoadException;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.semantic.SentenceEncoder;
import org.crosscheck.service.AnalysisReport;
import org.crosscheck.service.CancellationToken;
import org.crosscheck.service.ProgressListener;
import org.crosscheck.service.ProjectWorkbench;
import org.crosscheck.service.StageTimes;

/**
 * Runs the benchmark: a plain CoreNLP pipeline with Crosscheck's properties (the baseline) and
 * Crosscheck end to end over the same texts in the same process, for each thread count, then
 * alignment scaling, project reopening, adding one article and peak heap. Absolute times on a
 * shared machine are noisy; the ratios within one run are the figures to read.
 */
public final class Benchmark {
    /** CoreNLP's taggers need a few dozen articles before the JIT has compiled their hot loops. */
    private static final int WARMUP_PIPELINE_ARTICLES = 25;
    private static final int WARMUP_ARTICLES = 5;

    private final Path input;
    private BenchCorpus corpus;
    private final List<Integer> threadCounts;
    private final PrintStream log;
    private final BenchTable table = new BenchTable();

    public Benchmark(Path input, int limit, List<Integer> threadCounts, PrintStream log) {
        this.input = input;
        this.corpus = BenchCorpus.of(input, limit);
        this.threadCounts = List.copyOf(threadCounts);
        this.log = log;
    }

    public void run(PrintStream out) {
        Path work = tempDir();
        try {
            corpus = corpus.stagedIn(input, work.resolve("articles"));
            PeakHeap.reset();
            List<String> texts = loadTexts();
            long loadStart = System.nanoTime();
            CoreNlpAnnotator.shared();
            long modelLoad = System.nanoTime() - loadStart;
            long encoderStart = System.nanoTime();
            SentenceEncoder encoder = SentenceEncoder.shared();
            long encoderLoad = System.nanoTime() - encoderStart;
            warmUp(texts, work);

            table.section("Corpus");
            table.row("articles", String.valueOf(corpus.files().size()), "");
            table.row("CoreNLP model loading", BenchTable.seconds(modelLoad), "once per process, excluded below");
            table.row("sentence-embedding model loading", BenchTable.seconds(encoderLoad),
                    encoder.modelName() + ", once per process, excluded below");

            Path lastProject = null;
            for (int threads : threadCounts) {
                lastProject = measureEndToEnd(texts, threads, work);
            }
            measureAlignmentScaling(lastProject);
            measureReopenAndAdd(lastProject);

            table.section("Memory");
            table.row("peak heap after GC", String.format("%.0f MB", PeakHeap.bytesAfterGc() / 1e6),
                    "live data: most heap in use just after a collection (target < 4 GB)");
            table.row("peak heap", String.format("%.0f MB", PeakHeap.bytes() / 1e6),
                    String.format("sum of heap pool peaks, garbage included; -Xmx %.0f MB", PeakHeap.maxBytes() / 1e6));
            table.print(out);
        } finally {
            deleteQuietly(work);
        }
    }

    private List<String> loadTexts() {
        ArticleLoader loader = new ArticleLoader();
        List<String> texts = new ArrayList<>();
        for (Path file : corpus.files()) {
            try {
                texts.add(loader.load(file, null).originalText());
            } catch (LoadException e) {
                log.println("skipped in baseline: " + e.getMessage());
            }
        }
        return texts;
    }

    private void warmUp(List<String> texts, Path work) {
        log.println("warming up on " + WARMUP_PIPELINE_ARTICLES + " articles...");
        texts.subList(0, Math.min(WARMUP_PIPELINE_ARTICLES, texts.size())).forEach(CoreNlpAnnotator.shared()::annotatePlain);
        List<String> sample = texts.subList(0, Math.min(WARMUP_ARTICLES, texts.size()));
        try (ProjectWorkbench wb = new ProjectWorkbench(work.resolve("warmup.db"), 1)) {
            wb.analyze(corpus.files().subList(0, sample.size()), null, ProgressListener.NONE, new CancellationToken());
            wb.export(work.resolve("warmup-csv"));
        }
    }

    private Path measureEndToEnd(List<String> texts, int threads, Path work) {
        log.println("baseline, " + threads + " thread(s)...");
        long baseStart = System.nanoTime();
        long tokens = runBaseline(texts, threads);
        long baseNanos = System.nanoTime() - baseStart;

        log.println("crosscheck end to end, " + threads + " thread(s)...");
        Path project = work.resolve("bench-" + threads + ".db");
        long ccStart = System.nanoTime();
        StageTimes stages;
        AnalysisReport report;
        try (ProjectWorkbench wb = new ProjectWorkbench(project, threads)) {
            report = wb.analyze(corpus.files(), null, ProgressListener.NONE, new CancellationToken());
            wb.export(work.resolve("csv-" + threads));
            stages = wb.lastRunTimes();
        }
        long ccNanos = System.nanoTime() - ccStart;

        double baseRate = tokens / (baseNanos / 1e9);
        double ccRate = tokens / (ccNanos / 1e9);
        table.section(threads + " thread(s)");
        table.row("tokens (baseline count)", String.valueOf(tokens), "");
        table.row("baseline CoreNLP", BenchTable.seconds(baseNanos), BenchTable.rate(baseRate));
        table.row("Crosscheck end to end", BenchTable.seconds(ccNanos), BenchTable.rate(ccRate)
                + ", " + report.analysed().size() + " articles analysed, " + report.failures().size() + " failed");
        table.row("ratio to baseline (tokens/s)", BenchTable.ratio(ccRate / baseRate), "target >= 0.90");
        stages.millis().forEach((stage, ms) -> table.row("  stage " + stage.name().toLowerCase(),
                String.format("%.2f s", ms / 1000.0), (threads > 1 ? "summed over threads" : "")
                        + (stage == StageTimes.Stage.EMBED ? embedNote(ms, stages.encodedTexts(), threads) : "")));
        rememberRate(threads, ccRate, baseRate);
        return project;
    }

    private static String embedNote(long ms, long texts, int threads) {
        return (threads > 1 ? "; " : "") + texts + " texts encoded"
                + (texts > 0 ? String.format(", %.2f ms per text", (double) ms / texts) : "");
    }

    private final Map<Integer, double[]> rates = new java.util.TreeMap<>();

    private void rememberRate(int threads, double cc, double base) {
        rates.put(threads, new double[] {cc, base});
        if (rates.size() >= 2) {
            int lo = rates.keySet().stream().min(Integer::compare).orElseThrow();
            int hi = rates.keySet().stream().max(Integer::compare).orElseThrow();
            table.row("speed-up " + hi + " vs " + lo + " thread(s)",
                    BenchTable.ratio(rates.get(hi)[0] / rates.get(lo)[0]),
                    "Crosscheck; baseline " + BenchTable.ratio(rates.get(hi)[1] / rates.get(lo)[1]) + "; target >= 1.70");
        }
    }

    private static long runBaseline(List<String> texts, int threads) {
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (String text : texts) {
                counts.add(pool.submit(() -> annotator.annotatePlain(text)));
            }
            long sum = 0;
            for (Future<Integer> f : counts) {
                sum += f.get();
            }
            return sum;
        } catch (Exception e) {
            throw new IllegalStateException("baseline run failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void measureAlignmentScaling(Path project) {
        ProjectSnapshot snapshot;
        try (ProjectWorkbench wb = new ProjectWorkbench(project, 1)) {
            snapshot = wb.snapshot();
        }
        List<DocumentInfo> docs = snapshot.documents();
        int n = Math.max(1, docs.size() / 4);
        table.section("Alignment alone (claims of N, 2N, 4N articles)");
        long first = 0;
        Aligner aligner = new Aligner();
        for (int k : new int[] {1, 2, 4}) {
            List<DocumentInfo> subset = docs.subList(0, Math.min(docs.size(), n * k));
            Set<String> names = subset.stream().map(DocumentInfo::name).collect(Collectors.toSet());
            List<Claim> claims = snapshot.claims().stream().filter(c -> names.contains(c.document())).toList();
            long best = Long.MAX_VALUE;
            for (int rep = 0; rep < 3; rep++) {
                long start = System.nanoTime();
                aligner.align(claims, subset, Map.of());
                best = Math.min(best, System.nanoTime() - start);
            }
            if (k == 1) {
                first = best;
            }
            table.row(subset.size() + " articles, " + claims.size() + " claims", BenchTable.seconds(best),
                    k == 1 ? "best of 3" : BenchTable.ratio((double) best / first) + " of N (target 4N < 5x)");
        }
    }

    private void measureReopenAndAdd(Path project) {
        table.section("Saved project");
        long start = System.nanoTime();
        int facts;
        try (ProjectWorkbench wb = new ProjectWorkbench(project, 1)) {
            facts = wb.snapshot().facts().size();
        }
        table.row("open and list fact table", BenchTable.seconds(System.nanoTime() - start),
                facts + " facts, no NLP run (target < 3 s)");
        measureStart(project);
        try (ProjectWorkbench wb = new ProjectWorkbench(project, 1)) {
            long addStart = System.nanoTime();
            wb.analyze(List.of(corpus.spare()), null, ProgressListener.NONE, new CancellationToken());
            long addNanos = System.nanoTime() - addStart;
            StageTimes t = wb.lastRunTimes();
            table.row("add one article", BenchTable.seconds(addNanos),
                    "of which NLP " + t.millis().get(StageTimes.Stage.NLP) + " ms, align "
                            + t.millis().get(StageTimes.Stage.ALIGN) + " ms, claims and linking "
                            + t.millis().get(StageTimes.Stage.CLAIMS) + " ms, embedding "
                            + t.millis().get(StageTimes.Stage.EMBED) + " ms, store "
                            + t.millis().get(StageTimes.Stage.STORE) + " ms");
        }
    }

    /** The window on the reopened project, in a new process: first frame and usable table. */
    private void measureStart(Path project) {
        try {
            java.util.Optional<StartTimes.Result> times = StartTimes.measure(project);
            if (times.isEmpty()) {
                table.row("window: first frame / usable table", "skipped", "no screen: run under Xvfb");
                return;
            }
            StartTimes.Result r = times.get();
            table.row("window: first frame", r.windowMillis() + " ms", r.windowCpuMillis() + " ms of CPU, after the"
                    + " process started, " + r.display() + " (target < 2 s)");
            table.row("window: usable fact table", r.tableMillis() + " ms", r.facts() + " facts shown");
        } catch (IOException e) {
            table.row("window: first frame / usable table", "failed", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("crosscheck-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
