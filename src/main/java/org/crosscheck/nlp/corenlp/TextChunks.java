package org.crosscheck.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an analysis text into paragraph-aligned chunks that CoreNLP annotates one at a time,
 * so a 20 MB article never becomes one giant Annotation, and prepares each chunk's text.
 *
 * <p>Cuts fall on blank lines, which end a sentence anyway ({@code ssplit.newlineIsSentenceBreak=two}),
 * so chunking does not change the sentences. Chunks that are only whitespace (blanked noise) are dropped.
 */
final class TextChunks {

    /** A chunk of the text: {@code text} is the same length as {@code [start, end)} of the original. */
    record Chunk(int start, int end, String text) {
    }

    /** Blanked passages inside a line are runs of spaces at least this long; they end a sentence. */
    static final int BLANKED_RUN = 6;

    /** A blank line, also with Windows line ends or trailing spaces. */
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\r]*\n");

    private TextChunks() {
    }

    static List<Chunk> split(String text, int targetLength) {
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = cutAfter(text, start, targetLength);
            String piece = text.substring(start, end);
            if (!piece.isBlank()) {
                chunks.add(new Chunk(start, end, separateBlankedRuns(piece)));
            }
            start = end;
        }
        return chunks;
    }

    /** The end of the chunk starting at {@code start}: the first paragraph break after the target length. */
    private static int cutAfter(String text, int start, int targetLength) {
        if (text.length() - start <= targetLength) {
            return text.length();
        }
        int from = start + targetLength;
        int hardLimit = Math.min(text.length(), from + targetLength); // no blank line for a long while: cut at a line end
        Matcher blankLine = BLANK_LINE.matcher(text).region(from, hardLimit);
        if (blankLine.find()) {
            return blankLine.end();
        }
        int line = text.indexOf('\n', from);
        if (line >= 0 && line < hardLimit) {
            return line + 1;
        }
        int space = text.indexOf(' ', from);
        return space >= 0 && space < hardLimit ? space + 1 : Math.min(text.length(), hardLimit);
    }

    /**
     * Marks each long run of spaces inside a line (a passage the loader blanked out) as a paragraph
     * break, keeping the length, so text on both sides of removed noise never joins into one sentence.
     */
    static String separateBlankedRuns(String piece) {
        StringBuilder out = null;
        int i = 0;
        while (i < piece.length()) {
            if (piece.charAt(i) != ' ') {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < piece.length() && piece.charAt(runEnd) == ' ') {
                runEnd++;
            }
            if (runEnd - i >= BLANKED_RUN) {
                if (out == null) {
                    out = new StringBuilder(piece);
                }
                out.setCharAt(i, '\n');
                out.setCharAt(i + 1, '\n');
            }
            i = runEnd;
        }
        return out == null ? piece : out.toString();
    }
}
