package org.crosscheck.load;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Loads one article file: checks it is a readable, non-empty text file of sane size,
 * decodes it, takes the article text out of HTML, labels its passages and blanks the noise,
 * and finds its title, outlet and publication date. Holds no per-file state: one loader may
 * serve several threads.
 */
public final class ArticleLoader {
    /**
     * Files above this size are refused before reading: no news article is this long (the
     * longest page of the BBC corpus is 25 kB; saved web pages with inline scripts reach a few MB).
     */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;
    private final PassageClassifier classifier = new PassageClassifier();

    public ArticleLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param file  the article file (.txt, .html, .htm; HTML is also recognised by its content)
     * @param entry the file's manifest entry, or null
     * @throws LoadException naming the file and the problem when it cannot be loaded
     */
    public Article load(Path file, ManifestEntry entry) throws LoadException {
        return fromBytes(file, ArticleFile.read(file, maxBytes), entry);
    }

    /**
     * As {@link #load(Path, ManifestEntry)} for an article's bytes read elsewhere (a Hadoop file
     * system, a line of JSON Lines): {@code file} gives the article its name and names it in messages.
     *
     * @throws LoadException naming the file and the problem (empty, too large, binary, ...)
     */
    public Article load(Path file, byte[] bytes, ManifestEntry entry) throws LoadException {
        if (bytes.length > maxBytes) {
            throw ArticleFile.tooLarge(file, bytes.length, maxBytes);
        }
        if (bytes.length == 0) {
            throw new LoadException(file, "the file is empty");
        }
        return fromBytes(file, bytes, entry);
    }

    private Article fromBytes(Path file, byte[] bytes, ManifestEntry entry) throws LoadException {
        String text = TextDecoder.decode(file, bytes).text();
        if (text.isBlank()) {
            throw new LoadException(file, "the file has only blank space, no text");
        }
        String name = file.getFileName().toString();
        String hash = sha256(bytes);
        if (isHtml(name, text)) {
            return fromHtml(file, name, text, hash, entry);
        }
        List<Passage> passages = classifier.classify(text);
        String analysis = PassageClassifier.blankNonContent(text, passages);
        PublicationDateFinder.PublicationDate published = PublicationDateFinder.find(entry, text, passages);
        String outlet = OutletFinder.find(entry, text, passages);
        return new Article(name, text, analysis, OffsetMap.identity(), hash,
                TitleFinder.find(entry, null, analysis, passages, outlet), outlet, published.date(), published.from(),
                passages);
    }

    /**
     * HTML: the passages index into the extracted article text, the offset map leads back to
     * the HTML source, and the page's metadata may state the date and the site.
     */
    private Article fromHtml(Path file, String name, String html, String hash, ManifestEntry entry)
            throws LoadException {
        HtmlExtractor.Extracted page = HtmlExtractor.extract(html);
        if (page.text().isBlank()) {
            throw new LoadException(file, "the HTML page has no article text");
        }
        List<Passage> passages = classifier.classify(page.text());
        String analysis = PassageClassifier.blankNonContent(page.text(), passages);
        PublicationDateFinder.PublicationDate published =
                PublicationDateFinder.find(entry, page.published(), page.text(), passages);
        String outlet = OutletFinder.find(entry, page.siteName(), page.text(), passages);
        String title = TitleFinder.find(entry, page.title(), analysis, passages, outlet);
        return new Article(name, html, analysis, OffsetMap.of(page.toOriginal(), html.length()), hash, title,
                outlet, published.date(), published.from(), passages);
    }

    private static boolean isHtml(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || HtmlExtractor.looksLikeHtml(text);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
