package org.crosscheck.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's Spark session: the master given with {@code --master}, else the one spark-submit set,
 * else all cores of this machine. Run locally, the web UI stays off (no port to collide on).
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    public static SparkSession start(String master) {
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        conf.setIfMissing("spark.app.name", "crosscheck analyze");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
