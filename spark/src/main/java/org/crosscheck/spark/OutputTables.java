package org.crosscheck.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.crosscheck.export.CsvExporter;
import org.crosscheck.export.CsvRows;
import org.crosscheck.export.SpreadsheetSafe;
import org.crosscheck.spark.input.Failure;

/**
 * Writes the job's output into {@code DIR}: the export's four files ({@code documents.csv},
 * {@code mentions.csv}, {@code claims.csv}, {@code facts.csv}; the desktop's columns and cells,
 * the stories' rows one story after another), {@code stories.csv} (story, document) and
 * {@code errors.csv} (file, reason), and each of them as Parquet in {@code DIR/parquet/NAME}. CSV
 * files are written aside and renamed into place when complete. In Parquet the cells are the
 * CSV's, the offsets, token and source counts as integers.
 */
final class OutputTables {
    static final List<String> TABLES = CsvExporter.fileNames();
    private static final Set<String> NUMBERS = Set.of("start", "end", "tokens", "independent_sources");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final SparkSession spark;
    private final String outDir;
    private final FileSystem fs;

    OutputTables(SparkSession spark, String outDir) {
        this.spark = spark;
        this.outDir = outDir;
        try {
            this.fs = new Path(outDir).getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.setWriteChecksum(false); // no .crc file beside each CSV file on the local disk
            fs.mkdirs(new Path(outDir));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /** The four tables from the stories' outputs (kept, so read again at no cost): CSV in story order, and Parquet. */
    void writeTables(JavaRDD<StoryOutput> outputs) throws IOException {
        List<Writer> writers = new ArrayList<>();
        try {
            for (String table : TABLES) {
                Writer w = new OutputStreamWriter(fs.create(aside(table), true), StandardCharsets.UTF_8);
                writers.add(w);
                w.write(CsvRows.header(table));
            }
            Iterator<StoryOutput> it = outputs.sortBy(StoryOutput::story, true, outputs.getNumPartitions())
                    .toLocalIterator();
            while (it.hasNext()) {
                StoryOutput o = it.next();
                for (int i = 0; i < o.tables().size(); i++) {
                    writers.get(i).write(o.tables().get(i));
                }
            }
        } finally {
            for (Writer w : writers) {
                w.close();
            }
        }
        for (String table : TABLES) {
            moveIntoPlace(table);
        }
        for (int i = 0; i < TABLES.size(); i++) {
            int index = i;
            List<String> columns = CsvRows.columns(TABLES.get(i));
            JavaRDD<Row> rows = outputs.filter(o -> !o.tables().isEmpty())
                    .flatMap(o -> parse(o.tables().get(index), columns).iterator());
            spark.createDataFrame(rows, schema(columns)).write().mode(SaveMode.Overwrite).parquet(parquet(TABLES.get(i)));
        }
    }

    /** stories.csv: every document with its story. */
    void writeStories(Map<String, String> storyOf) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        new TreeMap<>(storyOf).forEach((document, story) -> rows.add(List.of(story, document)));
        rows.sort((a, b) -> a.get(0).equals(b.get(0)) ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
        writeSmall("stories.csv", List.of("story", "document"), rows);
    }

    /** errors.csv: every input not analysed, with the reason. */
    void writeErrors(List<Failure> failures) throws IOException {
        List<List<String>> rows = failures.stream().map(f -> List.of(f.file(), f.reason())).toList();
        writeSmall("errors.csv", List.of("file", "reason"), rows);
    }

    private void writeSmall(String table, List<String> columns, List<List<String>> rows) throws IOException {
        StringBuilder body = new StringBuilder();
        try (CSVPrinter out = new CSVPrinter(body, FORMAT)) {
            for (List<String> r : rows) {
                out.printRecord(r.stream().map(SpreadsheetSafe::cell).toList());
            }
        }
        StringBuilder header = new StringBuilder();
        try (CSVPrinter out = new CSVPrinter(header, FORMAT)) {
            out.printRecord(columns);
        }
        try (Writer w = new OutputStreamWriter(fs.create(aside(table), true), StandardCharsets.UTF_8)) {
            w.write(header.toString());
            w.write(body.toString());
        }
        moveIntoPlace(table);
        spark.createDataFrame(parse(body.toString(), columns), schema(columns)).coalesce(1).write()
                .mode(SaveMode.Overwrite).parquet(parquet(table));
    }

    private Path aside(String table) {
        return new Path(outDir, "." + table + ".tmp");
    }

    private void moveIntoPlace(String table) throws IOException {
        Path target = new Path(outDir, table);
        fs.delete(target, false);
        if (!fs.rename(aside(table), target)) {
            throw new IOException("could not move " + aside(table) + " to " + target);
        }
    }

    private String parquet(String table) {
        return outDir + "/parquet/" + table.replace(".csv", "");
    }

    private static StructType schema(List<String> columns) {
        StructType schema = new StructType();
        for (String c : columns) {
            schema = schema.add(c, NUMBERS.contains(c) ? DataTypes.IntegerType : DataTypes.StringType, true);
        }
        return schema;
    }

    /** CSV rows (no header) as Parquet rows: empty cells null, the counts as integers. */
    static List<Row> parse(String csv, List<String> columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : FORMAT.parse(new StringReader(csv))) {
            Object[] cells = new Object[columns.size()];
            for (int i = 0; i < cells.length && i < r.size(); i++) {
                String cell = r.get(i);
                cells[i] = cell.isEmpty() ? null : NUMBERS.contains(columns.get(i)) ? Integer.valueOf(cell) : cell;
            }
            rows.add(RowFactory.create(cells));
        }
        return rows;
    }
}
