package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.spark.stories.Stories;
import org.crosscheck.spark.stories.StoryKeys;
import org.crosscheck.spark.stories.StoryNamesOfDocument;
import org.crosscheck.spark.stories.StoryPair;
import scala.Tuple2;

/**
 * Groups the analysed articles into stories: each document's blocking keys ({@link StoryKeys}) are
 * shuffled together, each key with few enough holders pairs them, the distinct pairs are judged by
 * the desktop's rule ({@link StoryPair}), and the pairs that hold are joined into stories on the
 * driver ({@link Stories}: one small map entry per document, the pairs streamed through). The work
 * is the keys (a bounded number per document) and the pairs of the keys (bounded per key): it
 * grows with the corpus, never with its square.
 */
final class StoryGrouping {

    private final Stories stories = new Stories();
    private GroupingFigures figures;

    /** Every document's story (named by its first document). */
    Map<String, String> group(JavaRDD<AnalysedArticle> documents) {
        JavaPairRDD<String, StoryNamesOfDocument> names = documents
                .mapToPair(d -> new Tuple2<>(d.name(), d.names())).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, StoryKeys.Key> keys = documents.flatMapToPair(d -> {
            List<Tuple2<String, StoryKeys.Key>> out = new ArrayList<>();
            for (StoryKeys.Key k : StoryKeys.of(d.names(), d.publishedDate())) {
                out.add(new Tuple2<>(StoryKeys.matchKey(k.key()), k));
            }
            return out.iterator();
        });
        JavaPairRDD<String, String> pairs = keys.groupByKey().flatMapToPair(group -> {
            List<StoryKeys.Key> holders = new ArrayList<>();
            group._2().forEach(holders::add);
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String[] p : StoryKeys.pairs(holders)) {
                out.add(new Tuple2<>(p[0], p[1]));
            }
            return out.iterator();
        }).distinct().persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> edges = pairs.join(names)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                .join(names)
                .filter(t -> StoryPair.mayShareStory(t._2()._1(), t._2()._2()))
                .mapToPair(t -> new Tuple2<>(t._2()._1().document(), t._1()));

        List<String> all = names.keys().collect();
        all.forEach(stories::add);
        long[] edgeCount = {0};
        edges.toLocalIterator().forEachRemaining(e -> {
            stories.join(e._1(), e._2());
            edgeCount[0]++;
        });
        Map<String, String> storyOf = stories.all();
        Map<String, Long> sizes = new java.util.HashMap<>();
        storyOf.values().forEach(s -> sizes.merge(s, 1L, Long::sum));
        figures = new GroupingFigures(all.size(), keys.count(), pairs.count(), edgeCount[0], sizes.size(),
                sizes.values().stream().mapToInt(Long::intValue).max().orElse(0));
        pairs.unpersist();
        names.unpersist();
        return storyOf;
    }

    GroupingFigures figures() {
        return figures;
    }
}
