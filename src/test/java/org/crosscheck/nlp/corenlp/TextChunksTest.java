package org.crosscheck.nlp.corenlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextChunksTest {

    @Test
    void cutsLongTextAtBlankLinesCoveringEveryCharacter() {
        String paragraph = "One sentence here.\r\n\r\n";
        String text = paragraph.repeat(100);

        List<TextChunks.Chunk> chunks = TextChunks.split(text, 200);

        assertThat(chunks).hasSizeGreaterThan(5);
        int expectedStart = 0;
        for (TextChunks.Chunk chunk : chunks) {
            assertThat(chunk.start()).isEqualTo(expectedStart);
            assertThat(text.substring(chunk.start(), chunk.end())).endsWith("\r\n\r\n");
            expectedStart = chunk.end();
        }
        assertThat(expectedStart).isEqualTo(text.length());
    }

    @Test
    void dropsChunksThatAreOnlyBlankedNoise() {
        String text = "Body text.\n\n" + " ".repeat(500) + "\n\nMore body text.";

        List<TextChunks.Chunk> chunks = TextChunks.split(text, 100);

        assertThat(chunks).extracting(c -> c.text().strip()).containsExactly("Body text.", "More body text.");
    }

    @Test
    void turnsBlankedRunInsideALineIntoAParagraphBreakOfTheSameLength() {
        String piece = "Five died" + " ".repeat(10) + "Rescue came.";

        String prepared = TextChunks.separateBlankedRuns(piece);

        assertThat(prepared).hasSameSizeAs(piece).contains("died\n\n");
        assertThat(TextChunks.separateBlankedRuns("Two  spaces stay.")).isEqualTo("Two  spaces stay.");
    }
}
