package org.crosscheck.spark;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.crosscheck.spark.stories.StoryNamesOfDocument;

/**
 * The analysed articles the job keeps between runs, in {@code DIR/work/articles} (Parquet): each
 * batch of articles is appended as soon as its NLP is done, so a stopped job keeps every finished
 * batch (a batch cut off mid-write leaves only Spark's temporary files, which readers ignore) and a
 * re-run skips every article whose name and content hash are already there.
 */
final class WorkArticles {
    private static final StructType SCHEMA = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("hash", DataTypes.StringType, false)
            .add("location", DataTypes.StringType, true)
            .add("published", DataTypes.StringType, true)
            .add("tokens", DataTypes.IntegerType, false)
            .add("names", DataTypes.createArrayType(DataTypes.StringType), false)
            .add("document", DataTypes.BinaryType, false);

    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final String path;

    WorkArticles(SparkSession spark, String outDir) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.path = outDir + "/work/articles";
    }

    void append(JavaRDD<AnalysedArticle> articles) {
        JavaRDD<Row> rows = articles.map(a -> RowFactory.create(a.name(), a.hash(), a.location(), a.published(),
                a.tokens(), a.names().names().toArray(new String[0]), a.document()));
        spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.Append).parquet(path);
    }

    boolean exists() {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(p) && fs.listStatus(p, f -> f.getName().endsWith(".parquet")).length > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The (name, hash) keys of every article kept. */
    Set<String> keys() {
        if (!exists()) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        spark.read().schema(SCHEMA).parquet(path).select("name", "hash").toLocalIterator()
                .forEachRemaining(r -> keys.add(AnalysedArticle.key(r.getString(0), r.getString(1))));
        return keys;
    }

    /** The kept articles whose (name, hash) key is among {@code current}: this run's inputs, one row each. */
    JavaRDD<AnalysedArticle> current(Set<String> current) {
        if (!exists()) {
            return jsc.emptyRDD();
        }
        Dataset<Row> rows = spark.read().schema(SCHEMA).parquet(path).dropDuplicates("name", "hash");
        Broadcast<Set<String>> wanted = jsc.broadcast(current);
        return rows.javaRDD().filter(r -> wanted.value().contains(AnalysedArticle.key(r.getString(0), r.getString(1))))
                .map(WorkArticles::article);
    }

    /** Every kept article, one row per name and hash (the benchmark's grouping input). */
    JavaRDD<AnalysedArticle> all() {
        return spark.read().schema(SCHEMA).parquet(path).dropDuplicates("name", "hash").javaRDD()
                .map(WorkArticles::article);
    }

    private static AnalysedArticle article(Row r) {
        List<String> names = r.getList(5);
        return new AnalysedArticle(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                new StoryNamesOfDocument(r.getString(0), names), (byte[]) r.get(6));
    }
}
