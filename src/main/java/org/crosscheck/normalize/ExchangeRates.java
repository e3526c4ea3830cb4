package org.crosscheck.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The annual average exchange rates of {@code models/normalize/exchange-rates.txt}: units of a
 * currency for one US dollar, by year. Approximate figures (see the file's header): good for
 * telling whether two amounts can be one figure, not for accounting.
 */
final class ExchangeRates {

    private static final String DOLLAR = "USD";

    /** Currency code -> year -> units per US dollar. */
    private static final Map<String, Map<Integer, Double>> PER_DOLLAR = read("/models/normalize/exchange-rates.txt");

    private static final int FIRST_YEAR = PER_DOLLAR.get("EUR").keySet().stream().min(Integer::compare).orElseThrow();
    private static final int LAST_YEAR = PER_DOLLAR.get("EUR").keySet().stream().max(Integer::compare).orElseThrow();

    private ExchangeRates() {
    }

    /** True for a currency the table has rates for. */
    static boolean knows(String code) {
        return code != null && (code.equals(DOLLAR) || PER_DOLLAR.containsKey(code));
    }

    /**
     * Units of the currency for one US dollar in the year; a year outside the table takes its
     * nearest year's rate. Empty for a currency the table does not have.
     */
    static OptionalDouble perDollar(String code, int year) {
        if (DOLLAR.equals(code)) {
            return OptionalDouble.of(1);
        }
        Map<Integer, Double> byYear = code == null ? null : PER_DOLLAR.get(code);
        if (byYear == null) {
            return OptionalDouble.empty();
        }
        int clamped = Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year));
        return OptionalDouble.of(byYear.get(clamped));
    }

    private static Map<String, Map<Integer, Double>> read(String resource) {
        List<String> lines = WordLists.lines(resource);
        String[] codes = lines.get(0).split("\\s+");
        Map<String, Map<Integer, Double>> rates = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\s+");
            if (cells.length != codes.length) {
                throw new IllegalStateException("Row of " + cells.length + " cells, not " + codes.length + ", in " + resource);
            }
            int year = Integer.parseInt(cells[0]);
            for (int c = 1; c < codes.length; c++) {
                rates.computeIfAbsent(codes[c].toUpperCase(Locale.ROOT), k -> new HashMap<>())
                        .put(year, Double.parseDouble(cells[c]));
            }
        }
        rates.replaceAll((code, byYear) -> Map.copyOf(byYear));
        return Map.copyOf(rates);
    }
}
