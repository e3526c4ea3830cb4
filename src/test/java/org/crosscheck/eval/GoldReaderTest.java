package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {

    @TempDir
    Path dir;

    private Path gold(String json) throws IOException {
        return Files.writeString(dir.resolve("gold.json"), json);
    }

    @Test
    void membersKeepTheOrderOfTheGoldFile() throws IOException {
        StoryGold gold = GoldReader.read(gold("""
                {"facts": [{"id": "a", "tier": "core", "expect": "AGREE",
                  "members": {"03": "x", "01": {"phrase": "y", "value": "2"}, "02": "z"}}]}"""));

        assertThat(gold.facts().get(0).members()).containsExactly(
                new GoldMember("03", "x", null), new GoldMember("01", "y", "2"), new GoldMember("02", "z", null));
    }

    @Test
    void copiesAndEntitiesMayBeAbsent() throws IOException {
        StoryGold gold = GoldReader.read(gold("{\"facts\": []}"));

        assertThat(gold.copies()).isEmpty();
        assertThat(gold.entities()).isEmpty();
    }

    @Test
    void brokenJsonIsReportedWithTheFile() throws IOException {
        Path file = gold("{\"facts\": [");

        assertThatThrownBy(() -> GoldReader.read(file)).isInstanceOf(GoldFileException.class)
                .hasMessageStartingWith(file + ": not a JSON object");
    }

    @Test
    void aMalformedFactIsReportedWithTheFileAndTheFact() throws IOException {
        Path file = gold("{\"facts\": [{\"id\": \"toll\", \"tier\": \"core\", \"expect\": \"AGREE\", \"members\": [\"01\"]}]}");

        assertThatThrownBy(() -> GoldReader.read(file)).isInstanceOf(GoldFileException.class)
                .hasMessage(file + ": fact 1 (toll): \"members\" must be an object of document: phrase");
    }
}
