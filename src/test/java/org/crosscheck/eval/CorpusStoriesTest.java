package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoriesTest {

    @TempDir
    Path root;

    @BeforeEach
    void threeStoriesAndAFolderWithoutGold() throws IOException {
        for (String story : List.of("b-story", "a-story", "c-story")) {
            Files.createDirectories(root.resolve(story));
            Files.writeString(root.resolve(story).resolve("gold.json"), "{\"facts\": []}");
        }
        Files.createDirectories(root.resolve("tools"));
    }

    private static List<String> names(List<Path> stories) {
        return stories.stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void everyFolderWithAGoldFileIsAStoryInNameOrder() {
        assertThat(names(CorpusStories.select(root, List.of(), List.of()))).containsExactly("a-story", "b-story", "c-story");
    }

    @Test
    void onlyKeepsTheNamedStories() {
        assertThat(names(CorpusStories.select(root, List.of("c-story", "a-story"), List.of())))
                .containsExactly("a-story", "c-story");
    }

    @Test
    void excludeLeavesTheNamedStoriesOut() {
        assertThat(names(CorpusStories.select(root, List.of(), List.of("b-story")))).containsExactly("a-story", "c-story");
    }

    @Test
    void aNameThatIsNoStoryIsRefused() {
        assertThatThrownBy(() -> CorpusStories.select(root, List.of(), List.of("tools")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no story 'tools' with a gold.json");
    }

    @Test
    void excludingEveryStoryIsRefused() {
        assertThatThrownBy(() -> CorpusStories.select(root, List.of("a-story"), List.of("a-story")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no story left to score in " + root);
    }
}
