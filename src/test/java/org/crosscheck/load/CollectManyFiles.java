package org.crosscheck.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a JVM with a small heap by {@link ManyFilesTest}: writes {@code n} small articles and a
 * manifest row for each into a folder, collects and loads them one after another as the workbench
 * does (keeping only each name), and prints the live heap after a collection.
 */
public final class CollectManyFiles {
    private CollectManyFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        StringBuilder manifest = new StringBuilder("file,outlet,published\n");
        for (int i = 0; i < n; i++) {
            String name = String.format("%05d_report.txt", i);
            Files.writeString(dir.resolve(name), "Storm report " + i + "\n\nThe storm closed " + i
                    + " roads on Monday, police said, and 1,200 homes lost power.\n");
            manifest.append(name).append(",Gazette ").append(i % 7).append(",2020-09-0").append(1 + i % 9).append('\n');
        }
        Files.writeString(dir.resolve("manifest.csv"), manifest);
        InputCollector.Inputs inputs = InputCollector.collect(List.of(dir), null);
        ArticleLoader loader = new ArticleLoader();
        List<String> loaded = new ArrayList<>();
        for (ArticleInput input : inputs.articles()) {
            try {
                loaded.add(loader.load(input.file(), input.entry()).name());
            } catch (LoadException e) {
                System.out.println("refused " + e.getMessage());
            }
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println("loaded " + loaded.size() + " problems " + inputs.problems().size() + " live-heap-mb "
                + live / (1024 * 1024));
    }
}
