package org.crosscheck.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.project.MentionRecord;

/**
 * One document's mentions as one uncompressed binary blob. A project of 2,225 articles has about
 * a million mentions; read as table rows that is eight million JDBC calls (seconds), read as 2,225
 * blobs it is a few hundred milliseconds, and the snapshot must come back in under 3 s. Nothing
 * queries mentions one by one, so the table layout bought nothing.
 */
final class MentionBlob {
    private static final int FORMAT = 1;

    private MentionBlob() {
    }

    static byte[] encode(List<MentionRecord> mentions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(mentions.size() * 48);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(mentions.size());
            for (MentionRecord m : mentions) {
                out.writeInt(m.start());
                out.writeInt(m.end());
                BlobStrings.write(out, m.text());
                BlobStrings.write(out, m.type().name());
                BlobStrings.write(out, m.normalized());
                BlobStrings.write(out, m.entityId());
                BlobStrings.write(out, m.entityName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return bytes.toByteArray();
    }

    /**
     * @param shared strings seen so far (entity ids and names repeat across documents); one copy each
     * @throws IOException when the blob is damaged or from a newer format
     */
    static void decode(String document, byte[] blob, Map<String, String> shared, List<MentionRecord> into)
            throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("unknown mention blob format " + format);
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                int start = in.readInt();
                int end = in.readInt();
                String text = BlobStrings.read(in);
                MentionType type = MentionType.valueOf(BlobStrings.read(in));
                String normalized = BlobStrings.read(in);
                String entityId = share(shared, BlobStrings.read(in));
                String entityName = share(shared, BlobStrings.read(in));
                into.add(new MentionRecord(document, start, end, text, type, normalized, entityId, entityName));
            }
        } catch (RuntimeException e) { // an unknown type name, a negative length
            throw new IOException("damaged mention blob", e);
        }
    }

    private static String share(Map<String, String> shared, String s) {
        return s == null ? null : shared.computeIfAbsent(s, k -> k);
    }
}
