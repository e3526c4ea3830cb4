package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordNetLexiconTest {

    private final WordNetLexicon lexicon = WordNetLexicon.shared();

    @Test
    void takesANationalityNounForThePeopleOfAPlace() {
        assertThat(lexicon.demonym("Congolese")).isTrue();
        assertThat(lexicon.demonym("Iraqis")).isTrue();
    }

    @Test
    void doesNotTakeAParticularGroupOfPeopleForThePeopleOfAPlace() {
        assertThat(lexicon.demonym("refugees")).isFalse();
        assertThat(lexicon.demonym("soldiers")).isFalse();
        assertThat(lexicon.demonym("officials")).isFalse();
    }

    @Test
    void groupsSoldiersWithTroops() {
        assertThat(lexicon.sameNoun("troops", "soldier")).isTrue();
    }

    @Test
    void takesALivingThingThatIsAlsoAPersonForPeopleWhenAsked() {
        assertThat(lexicon.namesPeople("climber")).isFalse();
        assertThat(lexicon.mayNamePeople("climber")).isTrue();
    }

    @Test
    void takesNoThingMadeOrDoneForPeople() {
        assertThat(lexicon.mayNamePeople("bridge")).isFalse();
        assertThat(lexicon.mayNamePeople("law")).isFalse();
        assertThat(lexicon.mayNamePeople("stadium")).isFalse();
    }
}
