package org.crosscheck.normalize;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Amounts of money across currencies: news gives one amount in several ("€2 million (£1.7
 * million)", "$2.6m"), each converted by the writer at the day's rate and rounded. Converts
 * an amount at the annual average rate of a year (the publication year) and says whether two
 * amounts can be one figure: within {@link #TOLERANCE} once converted, which allows for the
 * writer's rounding and for the day's rate lying away from the year's average. Amounts in one
 * currency are compared as written ({@link NumberNormalizer#compatible}), with no slack.
 */
public final class Currencies {

    /** How far apart two converted amounts may lie and still be one figure: rounding plus rate drift. */
    public static final double TOLERANCE = 0.12;

    private Currencies() {
    }

    /** True for an ISO currency code the exchange-rate table has ("USD", "EUR", "ZAR"...). */
    public static boolean isCurrency(String unit) {
        return ExchangeRates.knows(unit);
    }

    /**
     * The amount in another currency at the year's average rate: bounds and stated figure are
     * converted, the hedge kept. Empty when either currency is not in the table.
     */
    public static Optional<Quantity> convert(Quantity amount, String toCurrency, int year) {
        if (amount.unit() != null && amount.unit().equals(toCurrency)) {
            return Optional.of(amount);
        }
        OptionalDouble from = ExchangeRates.perDollar(amount.unit(), year);
        OptionalDouble to = ExchangeRates.perDollar(toCurrency, year);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        double factor = to.getAsDouble() / from.getAsDouble();
        return Optional.of(new Quantity(amount.stated() * factor, amount.low() * factor, amount.high() * factor,
                amount.hedge(), toCurrency));
    }

    /**
     * True when two amounts of money can be one figure in the given year. Same currency: as
     * {@link NumberNormalizer#compatible} ("$2.5 million" and "$2.6 million" are two figures).
     * Different currencies: the second converted into the first's, both read as intervals
     * (an open floor reaching {@link NumberNormalizer#OPEN_FLOOR_REACH} times its figure), and
     * the converted one widened by {@link #TOLERANCE}. False when a currency is unknown.
     */
    public static boolean compatible(Quantity a, Quantity b, int year) {
        if (a.unit() != null && a.unit().equals(b.unit())) {
            return NumberNormalizer.compatible(a, b);
        }
        Optional<Quantity> converted = convert(b, a.unit(), year);
        if (converted.isEmpty() || !isCurrency(a.unit())) {
            return false;
        }
        Quantity c = converted.get();
        double low = c.low() * (1 - TOLERANCE);
        double high = QuantityComparison.readHigh(c) * (1 + TOLERANCE);
        return a.low() <= high && low <= QuantityComparison.readHigh(a);
    }
}
