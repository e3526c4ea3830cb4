package org.crosscheck.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.crosscheck.load.Article;
import org.crosscheck.load.ArticleLoader;
import org.crosscheck.load.LoadException;

/**
 * Reads one listed article on an executor with the desktop's loader: a local file through its
 * checks (links, devices, size, files still being written), bytes from another file system or a
 * JSON line through the same decoding, HTML extraction and noise filter. The article gets its
 * name in the output; a JSON line's title, when it has one, is the article's.
 */
public final class ArticleReading {

    /** The loader keeps no state between files; one serves every task of an executor. */
    private static final ArticleLoader LOADER = new ArticleLoader();

    private ArticleReading() {
    }

    /**
     * @param hadoop the job's Hadoop configuration (its {@code spark.hadoop.*} settings, credentials of
     *               object stores), for articles on another file system
     * @throws LoadException naming the input and the problem
     */
    public static Article read(ArticleSource source, Configuration hadoop) throws LoadException {
        return switch (source.kind()) {
            case LOCAL_FILE -> {
                Path file = Path.of(source.location());
                yield named(LOADER.load(file, source.entry(String.valueOf(file.getFileName()))), source.name());
            }
            case HADOOP_FILE -> {
                String fileName = source.location().substring(source.location().lastIndexOf('/') + 1);
                Path shown = Path.of(source.location().replace("://", ":/")); // messages name the URI
                yield named(LOADER.load(shown, hadoopBytes(source.location(), shown, hadoop),
                        source.entry(fileName)), source.name());
            }
            case JSON_LINE -> jsonLine(source);
        };
    }

    private static Article jsonLine(ArticleSource source) throws LoadException {
        Path shown = Path.of(source.location());
        JsonArticle json = JsonArticle.parse(source.line(), shown);
        // the name's ending tells the loader which of text and html it is given
        Path asFile = Path.of(source.name() + (json.html() ? ".html" : ".txt"));
        Article loaded;
        try {
            loaded = LOADER.load(asFile, json.content().getBytes(StandardCharsets.UTF_8), json.entry(asFile));
        } catch (LoadException e) {
            throw new LoadException(shown, e.problem());
        }
        Article named = named(loaded, source.name());
        return json.title() == null ? named : new Article(named.name(), named.originalText(), named.analysisText(),
                named.offsets(), named.contentHash(), json.title(), named.outlet(), named.published(),
                named.publishedFrom(), named.passages());
    }

    private static byte[] hadoopBytes(String location, Path shown, Configuration hadoop) throws LoadException {
        try {
            URI uri = URI.create(location);
            FileSystem fs = FileSystem.get(uri, hadoop);
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
            long size = fs.getFileStatus(path).getLen();
            if (size > ArticleLoader.DEFAULT_MAX_BYTES) {
                throw new LoadException(shown, String.format(java.util.Locale.ROOT,
                        "the file is too large (%.1f MB; the limit is %.0f MB for one article)",
                        size / 1048576.0, ArticleLoader.DEFAULT_MAX_BYTES / 1048576.0));
            }
            try (InputStream in = fs.open(path)) {
                return in.readNBytes((int) ArticleLoader.DEFAULT_MAX_BYTES + 1);
            }
        } catch (IOException | RuntimeException e) {
            throw new LoadException(shown, "the file could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** The article under its name in the output (its path below the input folder). */
    static Article named(Article a, String name) {
        return a.name().equals(name) ? a : new Article(name, a.originalText(), a.analysisText(), a.offsets(),
                a.contentHash(), a.title(), a.outlet(), a.published(), a.publishedFrom(), a.passages());
    }
}
