package org.crosscheck.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.crosscheck.load.Article;
import org.crosscheck.load.PublishedFrom;

/**
 * A document's article and NLP output as one byte array, so that analysed documents can move
 * between processes (the Spark job's executors) without the NLP running again: the columns the
 * documents table keeps, the original text, and the same blob the project file stores
 * ({@link NlpBlob}, deflated). Decoding gives back what was encoded, field for field.
 */
public final class DocumentBytes {
    private static final int FORMAT = 1;

    private DocumentBytes() {
    }

    public static byte[] encode(StoredDocument document) {
        Article a = document.article();
        byte[] blob = NlpBlob.encode(new NlpBlob.Content(a.analysisText(), a.offsets(), a.passages(), document.nlp()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(blob.length + 2 * a.originalText().length() + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            BlobStrings.write(out, a.name());
            BlobStrings.write(out, a.contentHash());
            BlobStrings.write(out, a.title());
            BlobStrings.write(out, a.outlet());
            BlobStrings.write(out, a.published() == null ? null : a.published().toString());
            BlobStrings.write(out, a.publishedFrom() == null ? null : a.publishedFrom().name());
            BlobStrings.write(out, a.originalText());
            out.writeInt(blob.length);
            out.write(blob);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are damaged or of another format */
    public static StoredDocument decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("unknown document format " + format);
            }
            String name = BlobStrings.read(in);
            String hash = BlobStrings.read(in);
            String title = BlobStrings.read(in);
            String outlet = BlobStrings.read(in);
            String published = BlobStrings.read(in);
            String from = BlobStrings.read(in);
            String original = BlobStrings.read(in);
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new IOException("the NLP blob is cut short");
            }
            NlpBlob.Content content = NlpBlob.decode(in.readNBytes(length));
            Article article = new Article(name, original, content.analysisText(), content.offsets(), hash, title,
                    outlet, published == null ? null : LocalDate.parse(published),
                    from == null ? null : PublishedFrom.valueOf(from), content.passages());
            return new StoredDocument(article, content.nlp());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an encoded document or damaged: " + e.getMessage(), e);
        }
    }
}
