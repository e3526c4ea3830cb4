package org.crosscheck.service;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.load.Article;
import org.crosscheck.load.Passage;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Mention;

/**
 * What a document's claims are extracted from, as one key: the build of the extractor, the text
 * (its content hash, passages and offsets), the publication date the dates resolve against and
 * the entity id of every mention (speakers' names and claims' entity ids come from them). A
 * rebuild reuses a document's stored claims while its key stays the same, so adding one article
 * extracts that article (and the few whose entity ids the new article changed), not the corpus.
 */
final class ClaimSource {
    /** Changes when a new build of Crosscheck may extract differently; stored claims are then extracted again. */
    private static final String BUILD = buildFingerprint();

    private ClaimSource() {
    }

    /** This build of Crosscheck: stored output made by another build is not reused. */
    static String build() {
        return BUILD;
    }

    static String of(Article article, AnnotatedDocument linked) {
        StringBuilder key = new StringBuilder(BUILD).append('\n')
                .append(article.contentHash()).append('\n')
                .append(article.published()).append('\n')
                .append(article.analysisText().length()).append(' ').append(article.offsets().originalLength())
                .append('\n');
        for (Passage p : article.passages()) {
            key.append(p.start()).append(',').append(p.end()).append(',').append(p.kind()).append(';');
        }
        key.append('\n');
        for (Mention m : linked.mentions()) {
            key.append(m.start()).append(',').append(m.entityId()).append(';');
        }
        return sha256(key.toString());
    }

    /**
     * The extractor's jar with its size and time: a rebuilt jar is a new build. Run from a classes
     * folder (development, tests), whose time says nothing of the files in it, claims are reused
     * within the process only, never stale.
     */
    private static String buildFingerprint() {
        String thisProcess = "process " + ProcessHandle.current().pid() + " " + System.nanoTime();
        try {
            Path location = Path.of(ClaimExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return thisProcess;
            }
            return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
        } catch (IOException | RuntimeException | URISyntaxException e) {
            return thisProcess;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
