package org.crosscheck.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTest {

    private static PersonName parse(String text) {
        return PersonName.parse(text, NameLexicon.standard());
    }

    @Test
    void stripsTitlesAndArticlePrefix() {
        PersonName name = parse("Prime Minister Mustafa al-Kadhimi");

        assertThat(name.display()).isEqualTo("Mustafa al-Kadhimi");
        assertThat(name.givenNames()).containsExactly("Mustafa");
        assertThat(name.surname()).isEqualTo("Kadhimi");
    }

    @Test
    void stripsMultiWordTitles() {
        assertThat(parse("Secretary of State Mike Pompeo").display()).isEqualTo("Mike Pompeo");
    }

    @Test
    void dropsSuffixes() {
        PersonName name = parse("Gen. Frank McKenzie Jr.");

        assertThat(name.givenNames()).containsExactly("Frank");
        assertThat(name.surname()).isEqualTo("McKenzie");
    }

    @Test
    void countsQuotedNicknameAsGivenName() {
        PersonName name = parse("Kenneth “Frank” McKenzie");

        assertThat(name.givenNames()).containsExactlyInAnyOrder("Kenneth", "Frank");
        assertThat(name.idWords()).containsExactly("Kenneth", "McKenzie");
    }

    @Test
    void treatsLowercaseParticlesAsPartOfTheSurname() {
        PersonName name = parse("Osama bin Laden");

        assertThat(name.givenNames()).containsExactly("Osama");
        assertThat(name.surname()).isEqualTo("Laden");
        assertThat(parse("bin Laden").isSurnameOnly()).isTrue();
    }

    @Test
    void keepsParticlesButNotTheArabicArticleInTheId() {
        assertThat(parse("Robert De Niro").idWords()).containsExactly("Robert", "De", "Niro");
        assertThat(parse("Mustafa al Kadhimi").idWords()).containsExactly("Mustafa", "Kadhimi");
        assertThat(parse("Osama bin Laden").idWords()).containsExactly("Osama", "bin", "Laden");
    }

    @Test
    void keepsAParticleThatEndsTheName() {
        assertThat(parse("Nick Van").surname()).isEqualTo("Van");
    }

    @Test
    void keepsCapitalisedAlAsAGivenName() {
        assertThat(parse("Al Gore").givenNames()).containsExactly("Al");
    }

    @Test
    void readsBareSurname() {
        PersonName name = parse("al-Kadhimi");

        assertThat(name.isSurnameOnly()).isTrue();
        assertThat(name.surname()).isEqualTo("Kadhimi");
    }

    @Test
    void acceptsSharedGivenNameAndRejectsDifferentOnes() {
        assertThat(parse("Kenneth “Frank” McKenzie").givenNamesCompatible(parse("Frank McKenzie"))).isTrue();
        assertThat(parse("Barack Obama").givenNamesCompatible(parse("Michelle Obama"))).isFalse();
    }
}
