package org.crosscheck.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * The bytes the job's tasks wrote to the shuffle, summed from Spark's task metrics while it is
 * registered: the size a cluster moves between executors (the stories' group-by carries each
 * document's NLP output once; the grouping's keys and pairs are small beside it).
 */
final class ShuffleMeter extends SparkListener {
    private final AtomicLong written = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
            written.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
        }
    }

    long bytesWritten() {
        return written.get();
    }
}
