package org.crosscheck.claims;

import java.util.Locale;
import java.util.Set;

import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.Scores;

/**
 * Value mentions that are no checkable value: ages, years, scores, addresses, ordinals, the
 * period of a rate, conversions in brackets, vague dates, and any value in a supposition.
 * {@link ValueMentions} skips them.
 */
final class NonValues {

    /** Date words that place nothing a report could contradict. */
    private static final Set<String> VAGUE_DATES = Set.of("now", "currently", "recently", "the past", "the future",
            "once", "present", "the time", "then", "at the time");

    private NonValues() {
    }

    /** Numbers that are ages, years, addresses or parts of other expressions, not checkable values. */
    static boolean isNotAValue(SentenceView v, Mention m, int b, int e) {
        String text = m.text().toLowerCase(Locale.ROOT);
        String next = v.word(e);
        String after = v.text(e, Math.min(e + 3, v.size())).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (after.startsWith("year-old") || after.startsWith("years-old") || after.startsWith("-year-old")) {
            return true; // "a 22 year-old resident": an age
        }
        if (text.contains("year-old") || text.contains("years old") || next.startsWith("-year-old")
                || (next.equals("-") && v.word(e + 1).startsWith("year")) || next.equals("year-old")
                || (v.word(e).startsWith("year") && v.word(e + 1).equals("old"))) {
            return true;
        }
        if (m.type() == MentionType.DURATION && text.matches("(a |the )?second") && (v.pos(e).startsWith("JJ") || v.isNoun(e))) {
            return true; // "a second Western official": an ordinal, not a duration
        }
        if (m.type() == MentionType.NUMBER && (text.matches("[a-z0-9]+-[a-z]+ed") || v.word(e).matches("-[a-z]+ed"))) {
            return true; // "two-handed backhands", "a one-sided final", "three-pronged": a manner, not a count
        }
        if (m.type() == MentionType.NUMBER && isScore(v, text, b, e)) {
            return true; // "a 3-1 lead", "won 6-3 7-6": a score of two sides, not a count
        }
        if (m.type() == MentionType.DATE && weekdayAbbreviationInLowerCase(v.text(b, e))) {
            return true; // "Singer to wed": a verb the tagger read as "Wed."
        }
        if (m.type() == MentionType.NUMBER && text.matches("(1[89]|20)\\d\\d\\s*[-–]\\s*(\\d\\d|(1[89]|20)\\d\\d)")) {
            return true; // "2016-19": a span of years
        }
        if (m.type() == MentionType.DURATION && text.matches("(a|an|per|one) (year|month|week|day|hour)")
                && closesAFigure(v, b)) {
            return true; // "$1.1bn a year", "30,000 tonnes a year": the period of the figure before it
        }
        if (text.equals("one") && v.word(e).equals("of") && (v.pos(e + 1).equals("JJS") || v.pos(e + 2).equals("JJS"))) {
            return true; // "one of the largest": a ranking, not a count
        }
        if ((v.word(b - 1).equals("(") || v.word(b - 1).equals("-lrb-")) && m.type() != MentionType.MONEY) {
            // "10 kilometers (six miles)": a conversion of the value before it; an amount in another
            // currency ("2m euros (£1.7m; $2.6m)") is a figure of its own, what a report in that currency gives
            return true;
        }
        if (m.type() == MentionType.NUMBER) {
            if (text.matches("(1[89]|20)\\d\\d")) {
                return true; // a year written as a bare number
            }
            if (v.pos(e).equals("NNP") && v.ner(e).equals("O") && v.pos(e + 1).equals("NNP")) {
                return true; // "10 Downing Street"
            }
            int name = b - 1;
            while (name >= 0 && v.pos(name).equals("NNP")) {
                name--;
            }
            if (name < b - 1 && name >= 0 && v.pos(name).equals("CD")) {
                return true; // "70 Boeing 737-800 planes": a figure after a count and a name is the model's
            }
            if (v.word(b - 1).equals("aged") || v.word(b - 1).equals("age")) {
                return true;
            }
        }
        return m.type() == MentionType.DATE && VAGUE_DATES.contains(text);
    }

    /**
     * Whether pairs of numbers are a score ({@link Scores}): so by themselves, or beside a
     * tie-break in brackets or a word of results ("a 2-1 win", "drew 1-2", "a 4-5 vote").
     */
    private static boolean isScore(SentenceView v, String text, int b, int e) {
        if (Scores.read(text).isEmpty()) {
            return false;
        }
        boolean bracketAfter = v.word(e).equals("(") || v.word(e).equalsIgnoreCase("-lrb-");
        int noun = v.pos(e).startsWith("JJ") || v.isCommonNoun(e) && v.isCommonNoun(e + 1) ? e + 1 : e;
        boolean betweenTwoNames = v.pos(b - 1).startsWith("NNP") && v.pos(e).startsWith("NNP"); // "Italy 8-38 Wales"
        return Scores.isScoreByItself(text) || betweenTwoNames || bracketAfter && Scores.read(v.word(e + 1)).isPresent()
                || Lexicons.SCORE_WORDS.contains(v.lemma(noun).toLowerCase(Locale.ROOT))
                || b > 0 && v.isVerb(b - 1) && Lexicons.SCORE_WORDS.contains(v.lemma(b - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether token {@code b} follows a figure and its noun phrase ("$1.1bn", "30,000 tonnes",
     * "a million barrels of oil"): at most four tokens back, with no verb or comma between.
     */
    private static boolean closesAFigure(SentenceView v, int b) {
        for (int i = b - 1; i >= 0 && i >= b - 4; i--) {
            String ner = v.ner(i);
            if (v.pos(i).equals("CD") || ner.equals("MONEY") || ner.equals("NUMBER") || ner.equals("PERCENT")) {
                return true;
            }
            if (v.isVerb(i) || v.word(i).equals(",") || !(v.isNoun(i) || v.pos(i).startsWith("JJ")
                    || v.word(i).equals("of"))) {
                return false;
            }
        }
        return false;
    }

    /** "wed", "sat", "sun" written in lower case: the verb, the participle, the star, never a weekday's short form. */
    private static boolean weekdayAbbreviationInLowerCase(String written) {
        if (written.length() < 3 || !written.equals(written.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (name.startsWith(written) && name.length() > written.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a headline's figure at token {@code b} is a wire service's version label: "UPDATE
     * 2-Quake kills 5", "WRAPUP 1-": a capitalised label opening the headline, the figure glued to
     * a dash.
     */
    static boolean isAWireLabel(SentenceView v, int b) {
        String label = b == 1 ? v.tokens.get(0).word() : "";
        boolean capitals = label.length() > 2 && label.chars().allMatch(Character::isUpperCase);
        return capitals && (v.tokens.get(b).word().matches("\\d+-.*") || v.word(b + 1).equals("-"));
    }

    /**
     * Whether a value stands in a clause opened by "if" or "unless" ("If the track sold 500,000
     * copies, more than £1m would be raised"): a supposition states nothing that can be checked.
     */
    static boolean inACondition(SentenceView v, int b) {
        for (int k = b - 1; k >= 0; k--) {
            String w = v.word(k).toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals(":") || v.isQuoteMark(k)) {
                return false;
            }
            if ((w.equals("if") || w.equals("unless")) && v.pos(k).equals("IN")) {
                return true;
            }
        }
        return false;
    }
}
