package org.crosscheck.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person mention's name taken apart for matching: titles ("Prime Minister", "Gen."), suffixes
 * ("Jr.", "III") and name particles ("bin", "al-") removed; a quoted nickname counts as a given name.
 *
 * @param display    the name as written, without titles and suffixes ("Mustafa al-Kadhimi")
 * @param givenNames given names, nickname included ("Kenneth", "Frank"); empty for a bare surname
 * @param surname    the last name word without its article prefix ("Kadhimi")
 * @param idWords    the name's words without titles, nickname and Arabic article, for the entity id
 */
record PersonName(String display, List<String> givenNames, String surname, List<String> idWords) {

    private static final Pattern NICKNAME = Pattern.compile("[\"“‘'`]+\\s*(\\p{L}[\\p{L}.\\-]*)\\s*[\"”’'`]+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "van", "von", "der",
            "den", "de", "da", "di", "del", "la", "le", "dos", "das");
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el");
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("^(?i:al|el|al|ad|an|ar|as|at|az)[-‐‑’']");

    boolean isSurnameOnly() {
        return givenNames.isEmpty();
    }

    /** Parses a PERSON mention's text; null when nothing name-like is left (a bare title). */
    static PersonName parse(String text, NameLexicon lexicon) {
        String nickname = null;
        Matcher quoted = NICKNAME.matcher(text);
        String rest = text;
        if (quoted.find()) {
            nickname = quoted.group(1);
            rest = text.substring(0, quoted.start()) + " " + text.substring(quoted.end());
        }
        List<String> words = new ArrayList<>();
        for (String raw : rest.split("[\\s,]+")) {
            String word = raw.replaceAll("^[^\\p{L}\\p{Nd}]+|[^\\p{L}\\p{Nd}.]+$", "").replaceAll("['’]s$", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        stripLeadingTitles(words, lexicon);
        while (!words.isEmpty() && SUFFIXES.contains(key(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        String display = String.join(" ", words);
        if (nickname != null && !words.isEmpty()) {
            display = words.size() > 1
                    ? words.get(0) + " “" + nickname + "” " + String.join(" ", words.subList(1, words.size()))
                    : "“" + nickname + "” " + words.get(0);
        }
        List<String> nameWords = new ArrayList<>(); // for matching: without particles
        List<String> idWords = new ArrayList<>();   // for the id: particles kept, except the Arabic article
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // Particles ("bin", "De", "al") belong to the surname, never a given name; a capitalised
            // particle first is a given name (Al Gore, Van Morrison), so it stays.
            boolean particle = PARTICLES.contains(key(word)) && i < words.size() - 1
                    && (Character.isLowerCase(word.charAt(0)) || i > 0);
            String stripped = ARTICLE_PREFIX.matcher(word).replaceFirst("");
            String bare = stripped.isEmpty() ? word : stripped;
            if (!particle) {
                nameWords.add(bare);
            }
            if (!particle || !ARABIC_ARTICLES.contains(key(word))) {
                idWords.add(bare);
            }
        }
        if (nameWords.isEmpty()) {
            return null;
        }
        String surname = nameWords.get(nameWords.size() - 1).replaceAll("\\.$", "");
        List<String> given = new ArrayList<>(nameWords.subList(0, nameWords.size() - 1));
        if (nickname != null) {
            given.add(nickname);
        }
        return new PersonName(display, List.copyOf(given), surname, List.copyOf(idWords));
    }

    /** Whether the given names of two full names leave room for one person: some given name is shared. */
    boolean givenNamesCompatible(PersonName other) {
        for (String mine : givenNames) {
            for (String theirs : other.givenNames) {
                if (NameKeys.sameGivenName(mine, theirs)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void stripLeadingTitles(List<String> words, NameLexicon lexicon) {
        boolean stripped = true;
        while (stripped && words.size() > 1) {
            stripped = false;
            for (int n = Math.min(lexicon.longestTitleWords(), words.size() - 1); n >= 1; n--) {
                StringBuilder phrase = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    phrase.append(i == 0 ? "" : " ").append(key(words.get(i)));
                }
                if (lexicon.isTitle(phrase.toString())) {
                    words.subList(0, n).clear();
                    stripped = true;
                    break;
                }
            }
        }
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }
}
