package org.crosscheck.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The type votes across documents, on hand-built records: CoreNLP's per-article mistakes are
 * not reproducible on demand, so these documents state them directly.
 */
class EntityLinkerTypeVoteTest {

    private final EntityLinker linker = new EntityLinker();

    @Test
    void treatsANameMostDocumentsCallAPlaceAsAPlace() {
        LinkedEntities linked = linker.link(List.of(
                document("a", "The quake hit Banda Aceh on Tuesday.", "Banda Aceh", MentionType.PERSON),
                document("b", "Rescuers reached Banda Aceh at night.", "Banda Aceh", MentionType.LOCATION),
                document("c", "Banda Aceh was shaken again.", "Banda Aceh", MentionType.LOCATION)));

        assertThat(linked.entities()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(MentionType.LOCATION);
            assertThat(e.id()).isEqualTo("E-location-banda-aceh");
        });
        assertThat(linked.documents().get(0).mentions().get(0).type()).isEqualTo(MentionType.LOCATION);
    }

    @Test
    void claimsASurnameTakenForAPlaceWhenTheArticleNamesThePerson() {
        String text = "Mustafa al-Kadhimi spoke. Kadhimi left. Kadhimi returned.";
        LinkedEntities linked = linker.link(List.of(new AnnotatedDocument("a", List.of(sentence(text,
                mention(text, "Mustafa al-Kadhimi", 0, MentionType.PERSON),
                mention(text, "Kadhimi", text.indexOf("Kadhimi left"), MentionType.PERSON),
                mention(text, "Kadhimi", text.indexOf("Kadhimi returned"), MentionType.LOCATION))))));

        assertThat(linked.entities()).singleElement().extracting(Entity::id).isEqualTo("E-person-mustafa-kadhimi");
        assertThat(linked.documents().get(0).mentions()).extracting(Mention::type).containsOnly(MentionType.PERSON);
    }

    private static AnnotatedDocument document(String name, String text, String mentionText, MentionType type) {
        return new AnnotatedDocument(name, List.of(sentence(text, mention(text, mentionText, text.indexOf(mentionText), type))));
    }

    /** A sentence with whitespace tokens (no tags: the linker reads only mentions). */
    private static Sentence sentence(String text, Mention... mentions) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(tokens.size(), start, start + word.length(), word, word, "NNP", "O"));
            start += word.length() + 1;
        }
        return new Sentence(0, 0, text.length(), text, tokens, List.of(mentions));
    }

    private static Mention mention(String text, String mentionText, int start, MentionType type) {
        int tokenBegin = text.substring(0, start).split(" ", -1).length - 1;
        int tokenEnd = tokenBegin + mentionText.split(" ").length;
        return new Mention(start, start + mentionText.length(), mentionText, type, null, tokenBegin, tokenEnd, null);
    }
}
