package org.crosscheck.spark;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench INPUT [--limit N] [--master local[N]]}: the job against the desktop on the same articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the desktop analysis and the Spark job in local mode over the same articles in one"
                + " process and prints their throughput ratio, where the job's time goes, and the story grouping"
                + " on N, 2N and 4N articles.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT")
    Path input;

    @Option(names = "--limit", paramLabel = "N", description = "articles, spread evenly over the sorted files (default: all)")
    int limit;

    @Option(names = "--master", paramLabel = "MASTER", description = "default: local[C], C = this machine's cores")
    String master;

    @Override
    public Integer call() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        new ScaleOutBench(input, limit, master == null ? "local[" + cores + "]" : master, System.out).run();
        return 0;
    }
}
