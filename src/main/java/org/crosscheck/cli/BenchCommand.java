package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench INPUT [--limit N] [--threads T]}: prints the benchmark table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark Crosscheck end to end against plain CoreNLP on the same texts.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "A folder of articles (searched recursively).")
    Path input;

    @Option(names = "--limit", paramLabel = "N", description = "Use N articles spread over the corpus (default: all).")
    int limit;

    @Option(names = "--threads", paramLabel = "T", split = ",",
            description = "Thread counts to measure (default: 1 and every core).")
    List<Integer> threads;

    @Override
    public Integer call() {
        List<Integer> counts = threads != null ? threads
                : List.of(1, Runtime.getRuntime().availableProcessors()).stream().distinct().toList();
        new Benchmark(input, limit, counts, System.err).run(System.out);
        return 0;
    }
}
