package org.crosscheck.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cohen's kappa of two raters over the same items: (p_o - p_e) / (1 - p_e), where p_o is the share
 * of items rated alike and p_e the share expected alike by chance from each rater's own category
 * shares. 1 is full agreement, 0 what chance gives. When both raters put every item in one and the
 * same category, p_e is 1 and kappa is undefined (NaN): agreement then says nothing about judgement.
 */
public final class CohenKappa {
    private CohenKappa() {
    }

    /** @param pairs one rating of each rater per item */
    public static <T> double of(List<Pair<T>> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return Double.NaN;
        }
        Map<T, Integer> first = new HashMap<>();
        Map<T, Integer> second = new HashMap<>();
        int alike = 0;
        for (Pair<T> p : pairs) {
            first.merge(p.first(), 1, Integer::sum);
            second.merge(p.second(), 1, Integer::sum);
            if (Objects.equals(p.first(), p.second())) {
                alike++;
            }
        }
        double observed = (double) alike / n;
        double expected = 0;
        for (Map.Entry<T, Integer> e : first.entrySet()) {
            expected += (e.getValue() / (double) n) * (second.getOrDefault(e.getKey(), 0) / (double) n);
        }
        if (expected >= 1.0) {
            return Double.NaN;
        }
        return (observed - expected) / (1 - expected);
    }

    /** The two raters' categories for one item. */
    public record Pair<T>(T first, T second) {
    }
}
