package org.crosscheck.nlp;

import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EntityLinkerTest {

    private static final CoreNlpAnnotator NLP = CoreNlpAnnotator.shared();
    private final EntityLinker linker = new EntityLinker();

    @Test
    void linksSurnameToFullName() {
        LinkedEntities linked = link(
                "Prime Minister Mustafa al-Kadhimi met the envoy in Baghdad on Sunday. Kadhimi said talks would continue.",
                "Officials close to al-Kadhimi said the embassy would stay open.");

        assertThat(idsOf(linked, "Mustafa al-Kadhimi", "Kadhimi", "al-Kadhimi")).hasSize(1);
        assertThat(entityNamed(linked, "Mustafa al-Kadhimi").id()).isEqualTo("E-person-mustafa-kadhimi");
    }

    @Test
    void linksTransliterationVariants() {
        LinkedEntities linked = link(
                "Iranian general Qassem Soleimani was killed in a drone strike in January.",
                "The strike that killed Qasem Soleimani angered Iran, officials said.",
                "Muhammad Ali Khan and Mohammed Ali Khan are spellings of one name, the journalist said.");

        assertThat(idsOf(linked, "Qassem Soleimani", "Qasem Soleimani")).hasSize(1);
        assertThat(idsOf(linked, "Muhammad Ali Khan", "Mohammed Ali Khan")).hasSize(1);
    }

    @Test
    void linksNicknameAndSuffixVariants() {
        LinkedEntities linked = link(
                "Gen. Frank McKenzie Jr. said the drawdown would be complete by November.",
                "Gen. Kenneth “Frank” McKenzie, the head of Central Command, visited Baghdad. McKenzie met officials.");

        assertThat(idsOf(linked, "Frank McKenzie Jr.", "Kenneth “Frank” McKenzie", "McKenzie")).hasSize(1);
        assertThat(entityNamed(linked, "Frank McKenzie Jr.").name()).isEqualTo("Kenneth “Frank” McKenzie");
    }

    @Test
    void linksAPlaceNameWithItsAbbreviatedWord() {
        LinkedEntities linked = link(
                "The climber fell near the Mount Sefton Bivvy, above the Mueller Glacier.",
                "The climber fell in fading light yesterday near the Mt Sefton Bivvy.");

        assertThat(idsOf(linked, "Mount Sefton Bivvy", "Mt Sefton Bivvy")).hasSize(1);
    }

    @Test
    void linksAPersonNamedWithAnAbbreviatedPoliceRank() {
        LinkedEntities linked = link(
                "Inspector Dave Gaskin said the fall was unsurvivable.",
                "Insp Gaskin said the party was well equipped. Gaskin added that the weather was poor.");

        assertThat(idsOf(linked, "Dave Gaskin", "Insp Gaskin")).hasSize(1);
    }

    @Test
    void keepsNamesakesApart() {
        LinkedEntities linked = link(
                "Former president Barack Obama spoke in Chicago on Monday.",
                "Michelle Obama published a memoir that sold millions of copies.");

        assertThat(idsOf(linked, "Barack Obama", "Michelle Obama")).hasSize(2);
    }

    @Test
    void linksBareSurnameToTheNamesakeInItsOwnDocument() {
        LinkedEntities linked = link(
                "Former president Barack Obama spoke in Chicago on Monday. Obama urged voters to turn out.",
                "Michelle Obama published a memoir on Tuesday. Obama said writing it took years.");

        String barack = entityNamed(linked, "Barack Obama").id();
        String michelle = entityNamed(linked, "Michelle Obama").id();
        assertThat(bareSurnameIds(linked, 0, "Obama")).containsOnly(barack);
        assertThat(bareSurnameIds(linked, 1, "Obama")).containsOnly(michelle);
    }

    @Test
    void leavesAmbiguousBareSurnameOnItsOwn() {
        LinkedEntities linked = link(
                "Former president Barack Obama spoke in Chicago on Monday.",
                "Michelle Obama published a memoir on Tuesday.",
                "Obama was expected to attend the ceremony in Washington, aides said.");

        Set<String> bare = bareSurnameIds(linked, 2, "Obama");
        assertThat(bare).hasSize(1).doesNotContain(entityNamed(linked, "Barack Obama").id(),
                entityNamed(linked, "Michelle Obama").id());
    }

    @Test
    void linksCountryAliasesAndSpellings() {
        LinkedEntities linked = link(
                "The United States will cut troops in Iraq, officials said.",
                "Iraq asked the U.S. to stay. The US will keep 3,000 troops in Iraq.");

        assertThat(idsOf(linked, "United States", "U.S.", "US")).containsExactly("E-location-united-states");
        assertThat(idsOf(linked, "Iraq")).hasSize(1);
    }

    @Test
    void linksAcronymToItsExpansion() {
        LinkedEntities linked = link(
                "Analysts at the International Crisis Group warned of more attacks on Monday.",
                "The ICG said militias were growing stronger, according to a report released on Tuesday.");

        assertThat(idsOf(linked, "International Crisis Group", "ICG")).hasSize(1);
    }

    @Test
    void linksNamesWrittenWithAndWithoutSpaces() {
        LinkedEntities linked = link(
                "Media giant Time Warner said profits rose 76% to $1.13bn in the three months to December.",
                "TimeWarner shares rose on Friday after the company said profits rose 76%.");

        assertThat(idsOf(linked, "Time Warner", "TimeWarner")).hasSize(1);
    }

    @Test
    void givesEveryEntityMentionAnIdAndLeavesValuesAlone() {
        LinkedEntities linked = link("Mike Pompeo told Iraq on Saturday that 3,000 troops would leave by September.");

        for (Mention mention : linked.documents().get(0).mentions()) {
            if (mention.type().isEntity()) {
                assertThat(mention.entityId()).isNotNull();
                assertThat(linked.entities()).extracting(Entity::id).contains(mention.entityId());
            } else {
                assertThat(mention.entityId()).isNull();
            }
        }
        assertThat(linked.documents().get(0).mentions()).anyMatch(m -> m.type().isValue());
    }

    @Test
    void givesTheSameIdsOnEveryRun() {
        List<AnnotatedDocument> documents = List.of(
                NLP.annotate("a", "Gen. Frank McKenzie Jr. met Mustafa al-Kadhimi in Baghdad.", null),
                NLP.annotate("b", "Kadhimi and McKenzie discussed the drawdown of U.S. troops.", null));

        assertThat(linker.link(documents).entities()).isEqualTo(new EntityLinker().link(documents).entities());
    }

    private LinkedEntities link(String... texts) {
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            documents.add(NLP.annotate("doc" + i, texts[i], null));
        }
        return linker.link(documents);
    }

    /** The distinct entity ids of the mentions written exactly as one of {@code texts}; every text must occur. */
    private static Set<String> idsOf(LinkedEntities linked, String... texts) {
        List<Mention> mentions = linked.documents().stream().flatMap(d -> d.mentions().stream()).toList();
        for (String text : texts) {
            assertThat(mentions).extracting(Mention::text).as("mention text").contains(text);
        }
        return mentions.stream().filter(m -> Set.of(texts).contains(m.text()))
                .map(Mention::entityId).collect(Collectors.toSet());
    }

    private static Set<String> bareSurnameIds(LinkedEntities linked, int document, String surname) {
        return linked.documents().get(document).mentions().stream().filter(m -> m.text().equals(surname))
                .map(Mention::entityId).collect(Collectors.toSet());
    }

    private static Entity entityNamed(LinkedEntities linked, String mentionText) {
        String id = idsOf(linked, mentionText).iterator().next();
        return linked.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
