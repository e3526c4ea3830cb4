package org.crosscheck.nlp;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Spelling-insensitive keys for names, so that transliteration variants of one name match:
 * "Qasem"/"Qassem", "Muhammad"/"Mohammed", "Soleimani"/"Suleimani".
 */
final class NameKeys {

    private NameKeys() {
    }

    /** Lowercase letters and digits only, accents removed, doubled letters collapsed ("Qassem" gives "qasem"). */
    static String normalize(String word) {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c) && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A consonant skeleton of a normalised word: the first letter (any vowel as "a"), then its
     * consonants, with letters that transliterations swap (q/k/c, ph/f) unified.
     */
    static String skeleton(String normalized) {
        if (normalized.isEmpty()) {
            return normalized;
        }
        String unified = normalized.replace("ph", "f").replace("ck", "k").replace('q', 'k').replace('c', 'k');
        StringBuilder out = new StringBuilder();
        char first = unified.charAt(0);
        out.append(isVowel(first) ? 'a' : first);
        for (int i = 1; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (!isVowel(c) && out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether two name words are spellings of one name: equal once normalised, or, for words of
     * four letters and more, the same skeleton and only a vowel or two apart.
     */
    static boolean sameName(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        if (na.equals(nb)) {
            return !na.isEmpty();
        }
        int shorter = Math.min(na.length(), nb.length());
        if (shorter < 4 || !skeleton(na).equals(skeleton(nb))) {
            return false;
        }
        return editDistance(na, nb) <= (shorter >= 6 ? 2 : 1);
    }

    /** Like {@link #sameName}, but an initial ("J" or "J.") also matches a name with that first letter. */
    static boolean sameGivenName(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        if (na.length() == 1 || nb.length() == 1) {
            return !na.isEmpty() && !nb.isEmpty() && na.charAt(0) == nb.charAt(0);
        }
        return sameName(a, b);
    }

    /** A key for organisation and place names: lowercase words without punctuation or a leading "the". */
    static String phraseKey(String phrase) {
        String plain = Normalizer.normalize(phrase, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]s\\b", "")
                .replace(".", "")
                .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
                .strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }

    /** A readable id fragment: "Mustafa Kadhimi" gives "mustafa-kadhimi". */
    static String slug(String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
