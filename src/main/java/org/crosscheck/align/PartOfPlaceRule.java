package org.crosscheck.align;

import org.crosscheck.claims.ClaimKind;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;


/**
 * A figure of part of a place is no rival of the figure of the whole: "10 killed in Central Aceh
 * district" and "five died in Aceh" can both be right. Rival values are kept apart when one
 * sentence names a place whose name holds another place's name of the other sentence and more
 * ("Central Aceh" / "Aceh"), and the other names no such part. Agreeing values may still meet.
 * Only figures that add up over places (counts, amounts, shares) are held apart so: a date or a
 * length of one happening is the same whether its report names the mountain or the park around it.
 */
final class PartOfPlaceRule implements PairRule {

    @Override
    public String veto(ClaimFrame a, ClaimFrame b) {
        if (!ADDS_UP.contains(a.claim().kind()) || ValueCompatibility.compatible(a.claim(), b.claim())) {
            return null;
        }
        Set<Set<String>> pa = names(a);
        Set<Set<String>> pb = names(b);
        return partOf(pa, pb) != partOf(pb, pa) ? "a part of a place and the whole" : null;
    }

    /** Whether some place of {@code a} is a part of a place of {@code b} named by fewer words. */
    private static boolean partOf(Set<Set<String>> a, Set<Set<String>> b) {
        for (Set<String> x : a) {
            for (Set<String> y : b) {
                if (x.size() > y.size() && x.containsAll(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each place of the claim's sentence as its set of name words, from the place mentions or, without them, the entity ids. */
    private static Set<Set<String>> names(ClaimFrame f) {
        Set<Set<String>> names = new HashSet<>();
        Set<String> sources = f.places().isEmpty() ? new HashSet<>(f.claim().entityIds()) : f.places();
        for (String id : sources) {
            String name = id.toLowerCase(Locale.ROOT).replaceFirst("^e-(location-)?", "");
            Set<String> words = new HashSet<>(Arrays.asList(name.split("[-\\s]+")));
            words.removeIf(w -> w.isEmpty() || PLACE_WORDS.contains(w));
            if (!words.isEmpty()) {
                names.add(words);
            }
        }
        return names;
    }

    /** Kinds of figure that add up over the parts of a place. */
    private static final Set<ClaimKind> ADDS_UP = Set.of(ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.PERCENT);

    /** Words that say what kind of place a name is, not which: "Central Aceh district" is "central", "aceh". */
    private static final Set<String> PLACE_WORDS = Set.of("district", "province", "state", "region", "county", "city",
            "town", "village", "island", "the");
}
