package org.crosscheck.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    @Test
    void matchesDoubledLetterSpellings() {
        assertThat(NameKeys.sameName("Qasem", "Qassem")).isTrue();
    }

    @Test
    void matchesVowelVariantsOfLongNames() {
        assertThat(NameKeys.sameName("Muhammad", "Mohammed")).isTrue();
        assertThat(NameKeys.sameName("Soleimani", "Suleimani")).isTrue();
        assertThat(NameKeys.sameName("Hussein", "Husain")).isTrue();
    }

    @Test
    void ignoresCaseAndAccents() {
        assertThat(NameKeys.sameName("MÜLLER", "Muller")).isTrue();
    }

    @Test
    void keepsDifferentNamesApart() {
        assertThat(NameKeys.sameName("Barack", "Michelle")).isFalse();
        assertThat(NameKeys.sameName("Ryan", "Rice")).isFalse();
        assertThat(NameKeys.sameName("Kim", "Kam")).isFalse();
    }

    @Test
    void matchesInitialWithGivenName() {
        assertThat(NameKeys.sameGivenName("J.", "John")).isTrue();
        assertThat(NameKeys.sameGivenName("J.", "Mary")).isFalse();
    }

    @Test
    void keysPhrasesWithoutCasePunctuationOrLeadingThe() {
        assertThat(NameKeys.phraseKey("The U.S.")).isEqualTo("us");
        assertThat(NameKeys.phraseKey("Persian gulf")).isEqualTo(NameKeys.phraseKey("Persian Gulf"));
    }

    @Test
    void slugsNamesForIds() {
        assertThat(NameKeys.slug("Mustafa Kadhimi")).isEqualTo("mustafa-kadhimi");
        assertThat(NameKeys.slug("Zoë O’Brien")).isEqualTo("zoe-o-brien");
    }
}
