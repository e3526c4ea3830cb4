package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberNormalizerTest {

    private final NumberNormalizer normalizer = new NumberNormalizer();

    private Quantity read(String phrase) {
        return normalizer.normalize(phrase).orElseThrow(() -> new AssertionError("no quantity in " + phrase));
    }

    @Test
    void readsPlainNumberWithThousandsSeparator() {
        Quantity q = read("5,000");
        assertThat(q.hedge()).isEqualTo(Hedge.EXACT);
        assertThat(q.low()).isEqualTo(5000);
        assertThat(q.high()).isEqualTo(5000);
    }

    @Test
    void readsNoPositionFromAnOrdinalOfTooManyDigits() {
        // found by NormalizeFuzzTest: the digits overflowed an int
        assertThat(normalizer.normalize("3384759363rd Ministry .5")).isNotNull();
        assertThat(read("the 1,000th district").stated()).isEqualTo(1000);
    }

    @Test
    void keepsMoreThanAsOpenLowerBound() {
        Quantity q = read("more than 5,000");
        assertThat(q.hedge()).isEqualTo(Hedge.MORE_THAN);
        assertThat(q.stated()).isEqualTo(5000);
        assertThat(q.low()).isGreaterThan(5000).isLessThan(5000.001);
        assertThat(q.high()).isInfinite();
    }

    @ParameterizedTest
    @ValueSource(strings = {"over 5,000", "in excess of 5,000", "upwards of 5,000", "above 5,000"})
    void readsOtherMoreThanWordings(String phrase) {
        assertThat(read(phrase).hedge()).isEqualTo(Hedge.MORE_THAN);
    }

    @Test
    void keepsAtLeastAsClosedLowerBound() {
        Quantity q = read("at least 12");
        assertThat(q.hedge()).isEqualTo(Hedge.AT_LEAST);
        assertThat(q.low()).isEqualTo(12);
        assertThat(q.high()).isInfinite();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fewer than 1,000", "less than 1,000", "under 1,000"})
    void keepsFewerThanAndLessThanAsOpenUpperBound(String phrase) {
        Quantity q = read(phrase);
        assertThat(q.hedge()).isEqualTo(Hedge.LESS_THAN);
        assertThat(q.low()).isEqualTo(0);
        assertThat(q.high()).isLessThan(1000).isGreaterThan(999.999);
    }

    @ParameterizedTest
    @ValueSource(strings = {"up to 40", "as many as 40", "no more than 40", "at most 40"})
    void keepsUpToAsClosedUpperBound(String phrase) {
        Quantity q = read(phrase);
        assertThat(q.hedge()).isEqualTo(Hedge.AT_MOST);
        assertThat(q.low()).isEqualTo(0);
        assertThat(q.high()).isEqualTo(40);
    }

    @ParameterizedTest
    @CsvSource({"about 3000, 3000", "around 5200, 5200", "some 300, 300", "approximately 3000, 3000",
        "roughly 3000, 3000", "an estimated 3000, 3000"})
    void readsAboutAsTenPercentBand(String phrase, double x) {
        Quantity q = read(phrase);
        assertThat(q.hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(q.low()).isCloseTo(0.9 * x, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(q.high()).isCloseTo(1.1 * x, org.assertj.core.data.Offset.offset(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nearly 100", "almost 100", "close to 100", "just under 100"})
    void readsNearlyAsBandBelowTheNumber(String phrase) {
        Quantity q = read(phrase);
        assertThat(q.hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(q.low()).isCloseTo(90, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(q.high()).isEqualTo(100);
    }

    @ParameterizedTest
    @CsvSource({"several, 3, 9", "dozens, 24, 99", "hundreds of, 200, 999", "thousands, 2000, 9999",
        "a few, 2, 5", "tens of thousands, 20000, 99999", "scores of people, 40, 199"})
    void readsVagueQuantifiersAsIntervals(String phrase, double low, double high) {
        Quantity q = read(phrase);
        assertThat(q.hedge()).isEqualTo(Hedge.VAGUE);
        assertThat(q.low()).isEqualTo(low);
        assertThat(q.high()).isEqualTo(high);
    }

    @Test
    void readsManyAsUnboundedAbove() {
        Quantity q = read("many");
        assertThat(q.hedge()).isEqualTo(Hedge.VAGUE);
        assertThat(q.high()).isInfinite();
    }

    @Test
    void readsADozenAsTwelve() {
        assertThat(read("a dozen")).isEqualTo(Quantity.exact(12, ""));
    }

    @Test
    void readsMoreThanADozenAsOpenBoundAboveTwelve() {
        Quantity q = read("more than a dozen");
        assertThat(q.hedge()).isEqualTo(Hedge.MORE_THAN);
        assertThat(q.stated()).isEqualTo(12);
    }

    @ParameterizedTest
    @CsvSource({"two, 2", "Seventeen, 17", "twenty-five, 25", "one, 1", "one hundred and twenty, 120",
        "two million, 2000000", "a hundred, 100", "ninety-nine, 99",
        "two million three hundred thousand, 2300000", "one hundred thousand million, 100000000000"})
    void readsSpelledNumbers(String phrase, double value) {
        Quantity q = read(phrase);
        assertThat(q.hedge()).isEqualTo(Hedge.EXACT);
        assertThat(q.stated()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"a Briton, briton", "a man, man", "an Iraqi, iraqi", "a, ''"})
    void readsIndefiniteArticleAsOne(String phrase, String unit) {
        assertThat(read(phrase)).isEqualTo(Quantity.exact(1, unit));
    }

    @Test
    void readsDecimalWithScaleWord() {
        assertThat(read("1.5 million").stated()).isEqualTo(1_500_000);
    }

    @ParameterizedTest
    @CsvSource({"$2 billion, 2000000000, USD", "£300m, 300000000, GBP", "€1.2bn, 1200000000, EUR",
        "5 million euros, 5000000, EUR", "US$40, 40, USD", "300 million dollars, 300000000, USD"})
    void readsMoneyWithMultiplier(String phrase, double value, String currency) {
        Quantity q = read(phrase);
        assertThat(q.stated()).isEqualTo(value);
        assertThat(q.unit()).isEqualTo(currency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"40%", "40 per cent", "40 percent"})
    void readsPercentages(String phrase) {
        assertThat(read(phrase)).isEqualTo(Quantity.exact(40, "percent"));
    }

    @Test
    void keepsPercentagePointsApartFromPercent() {
        assertThat(read("2 percentage points").unit()).isEqualTo("percentage point");
    }

    @Test
    void readsMagnitudeCompound() {
        assertThat(read("6.1-magnitude")).isEqualTo(Quantity.exact(6.1, "magnitude"));
    }

    @ParameterizedTest
    @CsvSource({"90 days, 90, day", "9-hour, 9, hour", "two weeks, 2, week", "a decade, 1, decade"})
    void readsDurationsWithTimeUnit(String phrase, double value, String unit) {
        assertThat(read(phrase)).isEqualTo(Quantity.exact(value, unit));
    }

    @ParameterizedTest
    @CsvSource({"between one and five, 1, 5", "1-5, 1, 5", "three to four, 3, 4", "three or four, 3, 4",
        "from 10 to 20, 10, 20", "1-2 million, 1000000, 2000000", "between 3 and 5 billion, 3e9, 5e9"})
    void readsRanges(String phrase, double low, double high) {
        Quantity q = read(phrase);
        assertThat(q.hedge()).isEqualTo(Hedge.RANGE);
        assertThat(q.low()).isEqualTo(low);
        assertThat(q.high()).isEqualTo(high);
    }

    @ParameterizedTest
    @CsvSource({"'more than 5,000 troops', troop", "dozens of people, person", "'5,000 U.S. servicemen', serviceman",
        "300 barrels a day, barrel"})
    void keepsTheCountedNounAsSingularUnit(String phrase, String unit) {
        assertThat(read(phrase).unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "people", "some people", "the troops", "troops"})
    void findsNoQuantityWithoutNumber(String phrase) {
        assertThat(normalizer.normalize(phrase)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"more than 5000, >5000", "at least 12, >=12", "fewer than 1000, <1000", "up to 40, <=40",
        "about 3000, ~3000", "1-5, 1-5", "40%, 40 percent", "$2 billion, 2000000000 USD", "1.5, 1.5",
        "dozens, 24-99", "many, 3+"})
    void displaysNormalizedForm(String phrase, String display) {
        assertThat(read(phrase).normalized()).isEqualTo(display);
    }

    @Test
    void agreesExactWithAboutTheSameNumber() {
        assertThat(NumberNormalizer.compatible(read("3,000"), read("about 3,000"))).isTrue();
    }

    @Test
    void disagreesOnDifferentExactNumbers() {
        assertThat(NumberNormalizer.compatible(read("5,000"), read("5,200"))).isFalse();
    }

    @Test
    void agreesMoreThanWithAroundAHigherNumber() {
        assertThat(NumberNormalizer.compatible(read("more than 5,000"), read("around 5,200"))).isTrue();
    }

    @Test
    void readsAnOpenLowerBoundAsReachingThreeTimesItsFigure() {
        assertThat(NumberNormalizer.compatible(read("more than 300"), read("about 1,500"))).isFalse();
        assertThat(NumberNormalizer.compatible(read("at least 7"), read("20"))).isTrue();
        assertThat(NumberNormalizer.compatible(read("at least 7"), read("25"))).isFalse();
    }

    @Test
    void agreesTwoOpenLowerBoundsThatReachEachOther() {
        assertThat(NumberNormalizer.compatible(read("more than 100"), read("at least 250"))).isTrue();
        assertThat(NumberNormalizer.compatible(read("more than 100"), read("more than 1,000"))).isFalse();
    }

    @Test
    void disagreesFewerThanWithAHigherExactNumber() {
        assertThat(NumberNormalizer.compatible(read("fewer than 1,000"), read("1,200"))).isFalse();
    }

    @Test
    void agreesFewerThanWithLessThan() {
        assertThat(NumberNormalizer.compatible(read("fewer than 1,000"), read("less than 1,000"))).isTrue();
    }

    @Test
    void agreesVagueWithANumberInsideIt() {
        assertThat(NumberNormalizer.compatible(read("dozens"), read("40"))).isTrue();
        assertThat(NumberNormalizer.compatible(read("dozens"), read("400"))).isFalse();
    }

    @Test
    void comparesDurationsAcrossTimeUnits() {
        assertThat(NumberNormalizer.compatible(read("90 days"), read("three months"))).isTrue();
        assertThat(NumberNormalizer.compatible(read("90 days"), read("two weeks"))).isFalse();
    }

    @Test
    void treatsDifferentCurrenciesAsIncomparable() {
        assertThat(NumberNormalizer.comparable(read("$2 billion"), read("£2 billion"))).isFalse();
        assertThat(NumberNormalizer.compatible(read("$2 billion"), read("£2 billion"))).isFalse();
    }

    @Test
    void treatsCountedNounsAsComparable() {
        assertThat(NumberNormalizer.comparable(read("5,000 troops"), read("5,000 soldiers"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"half, 50", "a third, 33.3333", "two-thirds, 66.6667", "a quarter, 25"})
    void readsFractionsAsRoughPercentages(String phrase, String display) {
        Quantity q = read(phrase);
        assertThat(q.hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(q.normalized()).isEqualTo("~" + display + " percent");
    }

    @Test
    void agreesHalfWithFiftyPercent() {
        assertThat(NumberNormalizer.compatible(read("half"), read("50%"))).isTrue();
    }

    @Test
    void readsNearlyHalfAsBandBelowFiftyPercent() {
        Quantity q = read("nearly half");
        assertThat(q.low()).isEqualTo(45);
        assertThat(q.high()).isEqualTo(50);
    }

    @Test
    void readsMagnitudeWrittenBeforeTheNumber() {
        assertThat(read("magnitude 7.1")).isEqualTo(Quantity.exact(7.1, "magnitude"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"around 2pm", "9 a.m.", "14:00 GMT"})
    void findsNoQuantityInClockTimes(String phrase) {
        assertThat(normalizer.normalize(phrase)).isEmpty();
    }

    @Test
    void ignoresDeterminerAfterNumber() {
        assertThat(read("one of the")).isEqualTo(Quantity.exact(1, ""));
    }

    @Test
    void readsNoneAsZero() {
        assertThat(read("none")).isEqualTo(Quantity.exact(0, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.1 quake", "a 6.1 earthquake", "6.0 temblor"})
    void readsDecimalBeforeQuakeAsMagnitude(String phrase) {
        assertThat(read(phrase).unit()).isEqualTo("magnitude");
    }

    @Test
    void countsWholeNumberOfQuakes() {
        assertThat(read("two earthquakes").unit()).isEqualTo("earthquake");
    }

    @Test
    void readsSpacedMAsMetresWithoutCurrency() {
        assertThat(read("about 940 m")).satisfies(q -> {
            assertThat(q.stated()).isEqualTo(940);
            assertThat(q.unit()).isEqualTo("metre");
        });
    }

    @Test
    void readsAttachedMAfterDecimalAsMillion() {
        assertThat(read("1.5m people")).isEqualTo(Quantity.exact(1_500_000, "person"));
    }

    @Test
    void readsAttachedMBeforeACurrencyAsMillions() {
        assertThat(read("330m euros")).isEqualTo(Quantity.exact(330_000_000, "EUR"));
        assertThat(read("417m yuan")).isEqualTo(Quantity.exact(417_000_000, "CNY"));
    }

    @Test
    void readsAttachedMBeforeAPluralNounAsMillions() {
        assertThat(read("5m people")).isEqualTo(Quantity.exact(5_000_000, "person"));
        assertThat(read("20m users")).isEqualTo(Quantity.exact(20_000_000, "user"));
    }

    @Test
    void readsAttachedMMeasuringOneThingAsMetres() {
        assertThat(read("a 5m wall").unit()).isEqualTo("metre");
        assertThat(read("5m high").unit()).isEqualTo("metre");
        assertThat(read("30m across").unit()).isEqualTo("metre");
    }

    @Test
    void readsATotalOfAsAnExactFigureNotAsOne() {
        assertThat(read("a total of $14.5m")).isEqualTo(Quantity.exact(14_500_000, "USD"));
    }

    @Test
    void readsNotLessThanAsALowerBound() {
        assertThat(read("not less than 5").hedge()).isEqualTo(Hedge.AT_LEAST);
    }

    @Test
    void readsOnlyAndJustAsEmphasisNotABound() {
        assertThat(read("only 12").hedge()).isEqualTo(Hedge.EXACT);
        assertThat(read("just 5").hedge()).isEqualTo(Hedge.EXACT);
        assertThat(read("just over 5").hedge()).isEqualTo(Hedge.MORE_THAN);
    }

    @Test
    void ignoresVerbAfterCount() {
        assertThat(read("2,000 were").unit()).isEmpty();
    }

    @Test
    void agreesStrictBoundWithTheRoundFigureItNames() {
        assertThat(NumberNormalizer.compatible(read("more than 5,000"), read("5,000"))).isTrue();
        assertThat(NumberNormalizer.compatible(read("fewer than 1,000"), read("1,000"))).isTrue();
        assertThat(NumberNormalizer.compatible(read("more than 5,000"), read("4,000"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1 in 5, 20", "one in four, 25", "three out of four, 75"})
    void readsRatiosAsPercentages(String phrase, double percent) {
        assertThat(read(phrase)).isEqualTo(Quantity.exact(percent, "percent"));
    }

    private static java.util.List<org.crosscheck.nlp.Token> tokens(String sentence) {
        java.util.List<org.crosscheck.nlp.Token> tokens = new java.util.ArrayList<>();
        int offset = 0;
        for (String w : sentence.split(" ")) {
            tokens.add(new org.crosscheck.nlp.Token(tokens.size(), offset, offset + w.length(), w, w, "X", "O"));
            offset += w.length() + 1;
        }
        return tokens;
    }

    @ParameterizedTest
    @CsvSource({"'It has more than 5,000 troops', 4, 2", "'It has no more than 5,000 troops', 5, 2",
        "'It has about 3,000 troops', 3, 2", "'It has just over 3,000 troops', 4, 2", "'It has 3,000 troops', 2, 2",
        "'between 1 and 5', 1, 0", "'5,000 troops', 0, 0"})
    void findsHedgeWrittenBeforeNumber(String sentence, int numberAt, int hedgeAt) {
        assertThat(NumberNormalizer.hedgeStart(tokens(sentence), numberAt)).isEqualTo(hedgeAt);
    }

    @Test
    void reachesBackToBetweenWhenOnlyTheUpperFigureIsTagged() {
        java.util.List<org.crosscheck.nlp.Token> tokens = new java.util.ArrayList<>();
        for (String w : "villages sustained between 40 and 80 percent damage".split(" ")) {
            tokens.add(new org.crosscheck.nlp.Token(tokens.size(), 0, 0, w, w, w.matches("\\d+") ? "CD" : "NN", "O"));
        }

        assertThat(NumberNormalizer.hedgeStart(tokens, 5)).isEqualTo(2);
    }

    @Test
    void stopsAtASecondSpelledNumber() {
        assertThat(read("thirty thirty").stated()).isEqualTo(30);
    }

    @Test
    void appliesScaleWrittenOnceToBothEndsOfMoneyRange() {
        Quantity q = read("£5-10m");
        assertThat(q.low()).isEqualTo(5_000_000);
        assertThat(q.high()).isEqualTo(10_000_000);
        assertThat(q.unit()).isEqualTo("GBP");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The/DT U.S./NNP has/VBZ more/JJR than/IN [5,000/CD] U.S./NNP troops/NNS in/IN Iraq/NNP ./. | >5000 troop",
        "It/PRP will/MD cut/VB them/PRP to/TO about/IN [3,000/CD] ./. | ~3000",
        "[Dozens/NNS] of/IN people/NNS were/VBD hurt/VBN ./. | 24-99 person",
        "It/PRP cost/VBD [$/$ 2/CD billion/CD] in/IN aid/NN ./. | 2000000000 USD",
        "[300/CD] or/CC so/RB people/NNS came/VBD ./. | ~300 person",
        "Cases/NNS now/RB exceed/VBP [1,200/CD] ./. | >1200"})
    void readsNumberMentionWithItsHedgeAndNoun(String tagged, String normalized) {
        TaggedSentence t = TaggedSentence.parse(tagged);
        org.crosscheck.nlp.Mention m = t.mention(org.crosscheck.nlp.MentionType.NUMBER, null);
        assertThat(normalizer.normalize(t.sentence(m), m).map(Quantity::normalized)).contains(normalized);
    }

    @ParameterizedTest
    @CsvSource({"'5,000 or more', AT_LEAST", "'5,000-plus', AT_LEAST", "'5,000+', AT_LEAST", "'5,000 or so', ABOUT",
        "'5,000-odd', ABOUT", "'5,000 or fewer', AT_MOST", "'5,000, at least', AT_LEAST"})
    void readsHedgeWrittenAfterTheNumber(String phrase, Hedge hedge) {
        Quantity q = read(phrase);
        assertThat(q.hedge()).isEqualTo(hedge);
        assertThat(q.stated()).isEqualTo(5000);
    }
    @Test
    void readsRaceTimeAsDuration() {
        Quantity q = read("2:02:17");
        assertThat(q.unit()).isEqualTo("second");
        assertThat(q.stated()).isEqualTo(7337);
    }

    @Test
    void keepsClockTimeOutOfQuantities() {
        assertThat(normalizer.normalize("14:00")).isEmpty();
    }

    @Test
    void sumsDurationWrittenInFallingUnits() {
        Quantity q = read("two hours, two minutes and 17 seconds");
        assertThat(q.unit()).isEqualTo("second");
        assertThat(q.stated()).isEqualTo(7337);
    }

    @Test
    void raceTimeAgreesWithTheSameTimeSpelledOut() {
        assertThat(NumberNormalizer.compatible(read("2:02:17"), read("two hours, two minutes and 17 seconds"))).isTrue();
        assertThat(NumberNormalizer.compatible(read("2:02:17"), read("two hours, two minutes and 40 seconds"))).isFalse();
    }

    @Test
    void readsOrdinalMinuteAsPosition() {
        Quantity written = read("the 88th minute");
        Quantity hyphenated = read("an 89th-minute header");
        assertThat(written.stated()).isEqualTo(88);
        assertThat(hyphenated.stated()).isEqualTo(89);
        assertThat(written.unit()).isEqualTo(hyphenated.unit()).isNotEqualTo(read("88 minutes").unit());
    }

    @Test
    void readsBasisPointsAsPercentagePoints() {
        Quantity q = read("50 basis points");
        assertThat(q.unit()).isEqualTo(Units.PERCENTAGE_POINT);
        assertThat(q.stated()).isEqualTo(0.5);
    }

    @Test
    void readsHalfAPercentagePointAsFractionOfTheUnit() {
        Quantity q = read("half a percentage point");
        assertThat(q.unit()).isEqualTo(Units.PERCENTAGE_POINT);
        assertThat(NumberNormalizer.compatible(q, read("50 basis points"))).isTrue();
    }

    @Test
    void readsHalfOfAWholeStillAsShare() {
        assertThat(read("half of the residents").unit()).isEqualTo(Units.PERCENT);
    }

    @Test
    void readsTemperatureInCelsiusWrittenEitherWay() {
        assertThat(read("46.9C").unit()).isEqualTo("celsius");
        assertThat(read("47 degrees Celsius").unit()).isEqualTo("celsius");
        assertThat(read("47°C").unit()).isEqualTo("celsius");
    }

    @Test
    void convertsMilesPerHourToKilometresPerHour() {
        Quantity kmh = read("up to 195 km/h");
        Quantity mph = read("120 mph");
        assertThat(NumberNormalizer.comparable(kmh, mph)).isTrue();
        assertThat(NumberNormalizer.compatible(kmh, mph)).isTrue();
        assertThat(NumberNormalizer.compatible(read("150 km/h"), mph)).isFalse();
        assertThat(read("195 km / h").unit()).isEqualTo("km/h");
        assertThat(read("120 miles per hour").unit()).isEqualTo("mph");
    }

    @Test
    void convertsMilesToKilometres() {
        assertThat(NumberNormalizer.compatible(read("10 kilometres"), read("six miles"))).isTrue();
        assertThat(NumberNormalizer.compatible(read("10 kilometres"), read("12 miles"))).isFalse();
    }
}
