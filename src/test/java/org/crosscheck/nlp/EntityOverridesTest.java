package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The researcher's entity merges and splits, applied to a linker's output by name. */
class EntityOverridesTest {

    // One sentence naming three entities: "Kadhimi", "Mustafa al-Kadhimi" (one person) and "Iraq".
    private static final Sentence SENTENCE = new Sentence(0, 0, 60, "", List.of(), List.of(
            new Mention(0, 7, "Kadhimi", MentionType.PERSON, null, 0, 1, "E-person-kadhimi"),
            new Mention(10, 28, "Mustafa al-Kadhimi", MentionType.PERSON, null, 2, 4, "E-person-kadhimi"),
            new Mention(30, 34, "Iraq", MentionType.LOCATION, null, 5, 6, "E-location-iraq"),
            new Mention(40, 45, "Iraqi", MentionType.MISC, null, 7, 8, "E-misc-iraqi"),
            new Mention(50, 52, "12", MentionType.NUMBER, "12", 9, 10, null)));
    private static final LinkedEntities LINKED = new LinkedEntities(List.of(
            new Entity("E-person-kadhimi", "Mustafa al-Kadhimi", MentionType.PERSON,
                    List.of("Kadhimi", "Mustafa al-Kadhimi")),
            new Entity("E-location-iraq", "Iraq", MentionType.LOCATION, List.of("Iraq")),
            new Entity("E-misc-iraqi", "Iraqi", MentionType.MISC, List.of("Iraqi"))),
            List.of(new AnnotatedDocument("a.txt", List.of(SENTENCE))));

    @Test
    void mergeMovesTheOtherEntitysMentionsToTheKeptOne() {
        LinkedEntities result = EntityOverrides.apply(LINKED, List.of(merge("Iraq", "iraqi")));

        assertThat(result.entities()).extracting(Entity::id).containsExactly("E-person-kadhimi", "E-location-iraq");
        assertThat(result.entities().get(1).aliases()).containsExactly("Iraq", "Iraqi");
        assertThat(ids(result)).containsExactly("E-person-kadhimi", "E-person-kadhimi", "E-location-iraq",
                "E-location-iraq", null);
    }

    @Test
    void splitGivesTheAliasAnEntityOfItsOwn() {
        LinkedEntities result = EntityOverrides.apply(LINKED, List.of(split("Mustafa al-Kadhimi", "Kadhimi")));

        assertThat(result.entities()).filteredOn(e -> e.id().equals("E-person-kadhimi-2")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).containsExactly("Kadhimi"));
        assertThat(result.entities().get(0).aliases()).containsExactly("Mustafa al-Kadhimi");
        assertThat(ids(result).subList(0, 2)).containsExactly("E-person-kadhimi-2", "E-person-kadhimi");
    }

    @Test
    void mergingASplitAliasBackUndoesTheSplit() {
        LinkedEntities result = EntityOverrides.apply(LINKED, List.of(
                split("Mustafa al-Kadhimi", "Kadhimi"), merge("Mustafa al-Kadhimi", "Kadhimi")));

        assertThat(result.entities()).hasSize(3);
        assertThat(ids(result).subList(0, 2)).containsExactly("E-person-kadhimi", "E-person-kadhimi");
    }

    @Test
    void decisionsNamingNoEntityAreSkipped() {
        LinkedEntities result = EntityOverrides.apply(LINKED, List.of(merge("Baghdad", "Iraq"),
                split("Iraq", "Iraq")));

        assertThat(result.entities()).isEqualTo(LINKED.entities());
        assertThat(ids(result)).isEqualTo(ids(LINKED));
    }

    private static List<String> ids(LinkedEntities linked) {
        return linked.documents().get(0).mentions().stream().map(Mention::entityId).toList();
    }

    private static EntityDecision merge(String keep, String other) {
        return new EntityDecision("d-" + keep + other, EntityDecision.Kind.MERGE, keep, other);
    }

    private static EntityDecision split(String entity, String alias) {
        return new EntityDecision("d-" + entity + alias, EntityDecision.Kind.SPLIT, entity, alias);
    }
}
