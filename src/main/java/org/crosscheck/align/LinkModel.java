package org.crosscheck.align;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.Lexicons;

/**
 * The probability that two claims no rule keeps apart are one fact: a logistic model over their
 * {@link PairFeatures}, with one set of weights for dates (which have no measure: what they date is
 * told by their words) and one for figures. The weights are data, learned from labelled pairs of
 * real reports ({@code models/align/link-weights.txt}).
 */
public final class LinkModel {

    private static final String WEIGHTS = "/models/align/link-weights.txt";
    private static final List<String> FEATURES = PairFeatures.NAMES;

    private final Map<Group, double[]> weights;

    /** Dates; counts, quantities and durations (figures with a unit of their own); money, shares, ages, times. */
    private enum Group { DATE, MEASURED, OTHER }

    private LinkModel(Map<Group, double[]> weights) {
        this.weights = weights;
    }

    private static final LinkModel STANDARD = read(Lexicons.lines(WEIGHTS), WEIGHTS);

    /** The model of the weights shipped under models/. */
    static LinkModel standard() {
        return STANDARD;
    }

    /** A model of other weights, in the format of the shipped file (for measuring weights fitted without a story). */
    public static LinkModel fromFile(java.nio.file.Path file) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(file).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        return read(lines, file.toString());
    }

    private static LinkModel read(List<String> lines, String source) {
        Map<Group, double[]> weights = new EnumMap<>(Group.class);
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            Group group = Group.valueOf(parts[0].toUpperCase(Locale.ROOT));
            Map<String, Double> named = new HashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=");
                named.put(kv[0], Double.parseDouble(kv[1]));
            }
            double[] w = new double[FEATURES.size() + 1];
            for (int i = 0; i < FEATURES.size(); i++) {
                w[i] = named.getOrDefault(FEATURES.get(i), 0.0);
            }
            w[FEATURES.size()] = named.getOrDefault("bias", 0.0);
            weights.put(group, w);
        }
        for (Group g : Group.values()) {
            if (!weights.containsKey(g)) {
                throw new IllegalStateException(source + " has no weights for " + g.name().toLowerCase(Locale.ROOT));
            }
        }
        return new LinkModel(weights);
    }

    /** The group of claim kinds whose weights score a pair of claims of this kind, as the weights file names it. */
    static String groupOf(ClaimKind kind) {
        return group(kind).name().toLowerCase(Locale.ROOT);
    }

    private static Group group(ClaimKind kind) {
        return switch (kind) {
            case DATE -> Group.DATE;
            case COUNT, QUANTITY, DURATION -> Group.MEASURED;
            default -> Group.OTHER;
        };
    }

    double probability(ClaimKind kind, PairFeatures features) {
        double[] w = weights.get(group(kind));
        double[] x = features.asArray();
        double z = w[x.length];
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
