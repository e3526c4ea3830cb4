package org.crosscheck.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.crosscheck.load.OffsetMap;
import org.crosscheck.load.Passage;
import org.crosscheck.load.PassageKind;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;

/**
 * A document's machine output that is only needed to rebuild claims without the NLP: the
 * analysis text, the offset table, the passages and the sentences with their tokens and
 * mentions. Written as a deflated binary stream (a format version first) because it is read
 * back whole and never queried: a 1,000-word article takes a few kilobytes instead of the
 * hundreds a row per token would. Enums are written by name so reordering them is harmless.
 */
final class NlpBlob {
    private static final int FORMAT = 1;
    private static final int BUFFER = 16 * 1024;

    /** What the blob holds besides what the documents table has in columns. */
    record Content(String analysisText, OffsetMap offsets, List<Passage> passages, AnnotatedDocument nlp) {
    }

    private NlpBlob() {
    }

    static byte[] encode(Content c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // The fastest level: documents are saved on the NLP threads, and the default level costs
        // almost three times the time for blobs only a tenth smaller.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        // Buffered: DataOutputStream writes an int as four single bytes, and the deflater would
        // otherwise be called once per byte (seconds over a corpus).
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(bytes, deflater), BUFFER))) {
            out.writeInt(FORMAT);
            BlobStrings.write(out, c.analysisText());
            writeOffsets(out, c.offsets());
            out.writeInt(c.passages().size());
            for (Passage p : c.passages()) {
                out.writeInt(p.start());
                out.writeInt(p.end());
                BlobStrings.write(out, p.kind().name());
            }
            BlobStrings.write(out, c.nlp().documentName());
            out.writeInt(c.nlp().sentences().size());
            for (Sentence s : c.nlp().sentences()) {
                writeSentence(out, s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        } finally {
            deflater.end(); // a deflater passed in is not ended by the stream
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the blob is damaged or from a newer format */
    static Content decode(byte[] blob) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(blob)), BUFFER))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("unknown NLP blob format " + format);
            }
            String analysisText = BlobStrings.read(in);
            if (analysisText == null) {
                throw new IOException("NLP blob without its text");
            }
            // Nothing in the blob can outnumber the text's characters: a count above that is damage,
            // and allocating for it could take the whole heap.
            int most = analysisText.length() + 1;
            OffsetMap offsets = readOffsets(in, most);
            int passageCount = count(in, most);
            List<Passage> passages = new ArrayList<>(passageCount);
            for (int i = 0; i < passageCount; i++) {
                passages.add(new Passage(offset(in, most), offset(in, most), PassageKind.valueOf(BlobStrings.read(in))));
            }
            String documentName = BlobStrings.read(in);
            int sentenceCount = count(in, most);
            List<Sentence> sentences = new ArrayList<>(sentenceCount);
            for (int i = 0; i < sentenceCount; i++) {
                sentences.add(readSentence(in, most));
            }
            return new Content(analysisText, offsets, passages, new AnnotatedDocument(documentName, sentences));
        } catch (RuntimeException e) { // an unknown enum name, a negative length
            throw new IOException("damaged NLP blob", e);
        }
    }

    private static void writeOffsets(DataOutputStream out, OffsetMap offsets) throws IOException {
        int[] table = offsets.table();
        out.writeBoolean(table != null);
        if (table != null) {
            out.writeInt(offsets.originalLength());
            out.writeInt(table.length);
            for (int v : table) {
                out.writeInt(v);
            }
        }
    }

    /** A count or length read from the blob, refused when negative or above {@code most}. */
    private static int count(DataInputStream in, int most) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > most) {
            throw new IOException("damaged NLP blob: a count of " + n + " for a text of " + (most - 1) + " characters");
        }
        return n;
    }

    /** An offset into the text (its length included), refused when outside it. */
    private static int offset(DataInputStream in, int most) throws IOException {
        int offset = in.readInt();
        if (offset < 0 || offset >= most) {
            throw new IOException("damaged NLP blob: offset " + offset + " outside a text of " + (most - 1)
                    + " characters");
        }
        return offset;
    }

    private static OffsetMap readOffsets(DataInputStream in, int most) throws IOException {
        if (!in.readBoolean()) {
            return OffsetMap.identity();
        }
        int originalLength = in.readInt();
        int[] table = new int[count(in, most)];
        for (int i = 0; i < table.length; i++) {
            table[i] = in.readInt();
        }
        return OffsetMap.of(table, originalLength);
    }

    private static void writeSentence(DataOutputStream out, Sentence s) throws IOException {
        out.writeInt(s.index());
        out.writeInt(s.start());
        out.writeInt(s.end());
        BlobStrings.write(out, s.text());
        out.writeInt(s.tokens().size());
        for (Token t : s.tokens()) {
            out.writeInt(t.index());
            out.writeInt(t.start());
            out.writeInt(t.end());
            BlobStrings.write(out, t.word());
            BlobStrings.write(out, t.lemma());
            BlobStrings.write(out, t.pos());
            BlobStrings.write(out, t.ner());
        }
        out.writeInt(s.mentions().size());
        for (Mention m : s.mentions()) {
            out.writeInt(m.start());
            out.writeInt(m.end());
            BlobStrings.write(out, m.text());
            BlobStrings.write(out, m.type() == null ? null : m.type().name());
            BlobStrings.write(out, m.coreNlpNormalized());
            out.writeInt(m.tokenBegin());
            out.writeInt(m.tokenEnd());
            BlobStrings.write(out, m.entityId());
        }
    }

    private static Sentence readSentence(DataInputStream in, int most) throws IOException {
        int index = in.readInt();
        int start = offset(in, most);
        int end = offset(in, most);
        String text = BlobStrings.read(in);
        int tokenCount = count(in, most);
        List<Token> tokens = new ArrayList<>(tokenCount);
        for (int i = 0; i < tokenCount; i++) {
            tokens.add(new Token(in.readInt(), offset(in, most), offset(in, most),
                    BlobStrings.read(in), BlobStrings.read(in), BlobStrings.read(in), BlobStrings.read(in)));
        }
        int mentionCount = count(in, most);
        List<Mention> mentions = new ArrayList<>(mentionCount);
        for (int i = 0; i < mentionCount; i++) {
            int mStart = offset(in, most);
            int mEnd = offset(in, most);
            String mText = BlobStrings.read(in);
            String type = BlobStrings.read(in);
            String normalized = BlobStrings.read(in);
            mentions.add(new Mention(mStart, mEnd, mText, type == null ? null : MentionType.valueOf(type),
                    normalized, in.readInt(), in.readInt(), BlobStrings.read(in)));
        }
        return new Sentence(index, start, end, text, tokens, mentions);
    }
}
