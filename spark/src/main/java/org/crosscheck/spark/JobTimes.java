package org.crosscheck.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Where the job's time goes, summed over the executors' tasks (nanoseconds, milliseconds for the
 * story stages as the core's StageTimes gives them), and the tokens analysed.
 */
final class JobTimes implements Serializable {
    final LongAccumulator load;
    final LongAccumulator nlp;
    final LongAccumulator tokens;
    final LongAccumulator storyClaims;
    final LongAccumulator storyAlign;
    final LongAccumulator storyEmbed;
    final LongAccumulator storyStore;
    final LongAccumulator storyTotal;

    JobTimes(SparkContext sc) {
        load = sc.longAccumulator("load ns");
        nlp = sc.longAccumulator("nlp ns");
        tokens = sc.longAccumulator("tokens");
        storyClaims = sc.longAccumulator("story claims ms");
        storyAlign = sc.longAccumulator("story align ms");
        storyEmbed = sc.longAccumulator("story embed ms");
        storyStore = sc.longAccumulator("story store ms");
        storyTotal = sc.longAccumulator("story total ns");
    }
}
