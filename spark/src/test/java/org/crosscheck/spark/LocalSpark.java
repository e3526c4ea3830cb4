package org.crosscheck.spark;

import org.apache.spark.sql.SparkSession;

/** One real Spark session in local mode with two cores for every test of this JVM, as CoreNLP is loaded once. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.start("local[2]");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
