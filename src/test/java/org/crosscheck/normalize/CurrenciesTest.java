package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as given in real 2013 reports of one story in several currencies. */
class CurrenciesTest {

    private static final int YEAR = 2013;

    private final NumberNormalizer numbers = new NumberNormalizer();

    private Quantity money(String phrase) {
        return numbers.normalize(phrase).orElseThrow(() -> new AssertionError("no amount in " + phrase));
    }

    private boolean compatible(String a, String b) {
        return Currencies.compatible(money(a), money(b), YEAR);
    }

    @Test
    void agreesOneAmountGivenInEurosPoundsAndDollars() {
        assertThat(compatible("€2 million", "£1.7 million")).isTrue();
        assertThat(compatible("£1.7m", "$2.6m")).isTrue();
        assertThat(compatible("$2.6m", "€2 million")).isTrue();
    }

    @Test
    void agreesAHundredMillionAmountAcrossThreeCurrencies() {
        assertThat(compatible("€103 million", "$136M")).isTrue();
        assertThat(compatible("£88m", "€103 million")).isTrue();
        assertThat(compatible("$136M", "£88m")).isTrue();
    }

    @Test
    void keepsTwoDollarFiguresApartWithoutConversionSlack() {
        assertThat(compatible("$2.5 million", "$2.6 million")).isFalse();
    }

    @Test
    void disagreesPoundsWithMuchLargerDollarAmount() {
        assertThat(compatible("£910,000", "almost $2 million")).isFalse();
        assertThat(compatible("£1.2m", "$2.5 million")).isFalse();
    }

    @Test
    void convertsAtTheYearsAverageRate() {
        Quantity dollars = Currencies.convert(money("€1 million"), "USD", YEAR).orElseThrow();
        assertThat(dollars.unit()).isEqualTo("USD");
        assertThat(dollars.stated()).isCloseTo(1.33e6, within(0.02e6));
    }

    @Test
    void keepsTheHedgeWhenConverting() {
        Quantity converted = Currencies.convert(money("more than £5m"), "EUR", YEAR).orElseThrow();
        assertThat(converted.hedge()).isEqualTo(Hedge.MORE_THAN);
        assertThat(converted.high()).isInfinite();
    }

    @Test
    void convertsNothingInACurrencyOutsideTheTable() {
        assertThat(Currencies.convert(Quantity.exact(5, "XYZ"), "USD", YEAR)).isEmpty();
        assertThat(Currencies.compatible(Quantity.exact(5, "XYZ"), money("$5"), YEAR)).isFalse();
    }

    @Test
    void takesTheNearestYearOutsideTheTable() {
        assertThat(Currencies.convert(money("€1"), "USD", 2040)).isEqualTo(Currencies.convert(money("€1"), "USD", 2025));
    }

    @ParameterizedTest
    @CsvSource({"R2 million, 2000000, ZAR", "R50bn, 50000000000, ZAR", "2 million rand, 2000000, ZAR",
        "Rs 500, 500, INR", "₹500 crore, 5000000000, INR", "NZ$3m, 3000000, NZD", "HK$1bn, 1000000000, HKD",
        "R$10 million, 10000000, BRL", "EUR 5 million, 5000000, EUR", "300m roubles, 300000000, RUB",
        "5 million kronor, 5000000, SEK", "€103 million, 103000000, EUR", "£88m, 88000000, GBP", "$136M, 136000000, USD"})
    void readsCurrencySymbolsAndWordsAsIsoCodes(String phrase, double value, String code) {
        Quantity q = money(phrase);
        assertThat(q.stated()).isEqualTo(value);
        assertThat(q.unit()).isEqualTo(code);
        assertThat(Currencies.isCurrency(code)).isTrue();
        assertThat(Units.isMeasure(code)).isTrue();
    }
}
