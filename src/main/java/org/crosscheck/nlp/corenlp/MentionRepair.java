package org.crosscheck.nlp.corenlp;

import org.crosscheck.nlp.NameLexicon;

import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fixes three habits of CoreNLP's entity mentions that would otherwise split or invent entities:
 * a quoted nickname cuts a name in pieces ("Kenneth", "Frank” McKenzie" for Kenneth “Frank” McKenzie),
 * possessive pronouns come out as PERSON mentions ("his"), and the end of a title comes out as an
 * organisation ("State" in "Secretary of State"). And one habit that loses values: a number written
 * together with its unit, as British news writes measures ("120mph", "30C", "42km"), is one token
 * that NER leaves untagged; it becomes a NUMBER mention, which the number normaliser reads with
 * its unit; and a sum whose scale the tokenizer split off ("£1.7m") gets it back.
 */
final class MentionRepair {

    private static final String QUOTES = "\"“”‘’'`«»„‚";
    /**
     * A number and a unit of measure in one token, for short units the number normaliser knows. C
     * and F only as capitals; not "m", which British news uses for millions as often as for metres.
     * This only says which tokens are values (the adapter sits below the normaliser); the
     * normaliser still reads their value and unit.
     */
    private static final Pattern GLUED_MEASURE = Pattern.compile(
            "\\d+(?:[.,]\\d+)*(?:°?[CF]|(?i:mph|km/h|kmh|kmph|kph|km|kg|pc))");
    /** Letters glued to a sum's digits: its scale ("m", "bn", "mn", "k"). */
    private static final Pattern GLUED_SCALE = Pattern.compile("[A-Za-z]{1,3}");
    private static final Set<String> TITLE_HEADS = Set.of("secretary", "minister", "secretary-general", "undersecretary");

    private MentionRepair() {
    }

    static List<Mention> repair(List<Mention> mentions, List<Token> tokens, String text) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            if (mention.type().isEntity()) {
                mention = trimQuotes(mention, tokens, text);
                if (mention == null || allPronouns(mention, tokens) || endsPersonTitle(mention, tokens)) {
                    continue;
                }
                mention = placeAfterPlaceWord(mention, tokens, text);
                Mention previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (previous != null && previous.type() == MentionType.PERSON && mention.type() == MentionType.PERSON
                        && onlyQuotesBetween(previous.tokenEnd(), mention.tokenBegin(), tokens)) {
                    out.set(out.size() - 1, new Mention(previous.start(), mention.end(),
                            text.substring(previous.start(), mention.end()), MentionType.PERSON, null,
                            previous.tokenBegin(), mention.tokenEnd(), null));
                    continue;
                }
            }
            out.add(withGluedScale(mention, tokens, text));
        }
        return withGluedMeasures(out, tokens, text);
    }

    /**
     * A sum with its scale glued on ("£1.7m", "€2.5bn"), which the tokenizer splits after a decimal
     * point and the tagger then leaves out of the MONEY mention: letters written against a sum's
     * digits are its scale, so they join the mention.
     */
    private static Mention withGluedScale(Mention mention, List<Token> tokens, String text) {
        if (mention.type() != MentionType.MONEY || mention.tokenEnd() >= tokens.size()) {
            return mention;
        }
        Token next = tokens.get(mention.tokenEnd());
        if (next.start() != mention.end() || !GLUED_SCALE.matcher(next.word()).matches()
                || !Character.isDigit(text.charAt(mention.end() - 1))) {
            return mention;
        }
        return new Mention(mention.start(), next.end(), text.substring(mention.start(), next.end()), MentionType.MONEY,
                mention.coreNlpNormalized(), mention.tokenBegin(), mention.tokenEnd() + 1, mention.entityId());
    }

    /** The mentions with a NUMBER mention for each untagged token that is a number glued to its unit. */
    private static List<Mention> withGluedMeasures(List<Mention> mentions, List<Token> tokens, String text) {
        boolean[] covered = new boolean[tokens.size()];
        for (Mention m : mentions) {
            for (int i = m.tokenBegin(); i < m.tokenEnd() && i < covered.length; i++) {
                covered[i] = true;
            }
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!covered[i] && GLUED_MEASURE.matcher(t.word()).matches()) {
                out.add(new Mention(t.start(), t.end(), text.substring(t.start(), t.end()), MentionType.NUMBER, null,
                        i, i + 1, null));
            }
        }
        if (out.size() > mentions.size()) {
            out.sort(Comparator.comparingInt(Mention::tokenBegin));
        }
        return out;
    }

    /** The mention without quote tokens at its edges; null when nothing else is left. */
    private static Mention trimQuotes(Mention mention, List<Token> tokens, String text) {
        int begin = mention.tokenBegin();
        int end = mention.tokenEnd();
        while (begin < end && isQuote(tokens.get(begin))) {
            begin++;
        }
        while (end > begin && isQuote(tokens.get(end - 1))) {
            end--;
        }
        if (begin == end) {
            return null;
        }
        if (begin == mention.tokenBegin() && end == mention.tokenEnd()) {
            return mention;
        }
        int start = tokens.get(begin).start();
        int stop = tokens.get(end - 1).end();
        return new Mention(start, stop, text.substring(start, stop), mention.type(), mention.coreNlpNormalized(),
                begin, end, mention.entityId());
    }

    /**
     * A name right after a word that opens a place's name is that place, with the word: the tagger
     * reads "Mt Cook" as a person Cook after an untagged "Mt", and "Lake Placid" likewise.
     */
    private static Mention placeAfterPlaceWord(Mention mention, List<Token> tokens, String text) {
        int before = mention.tokenBegin() - 1;
        if (mention.type() != MentionType.PERSON || before < 0) {
            return mention;
        }
        Token word = tokens.get(before);
        if (!Character.isUpperCase(word.word().charAt(0)) || !NameLexicon.standard().isPlaceWord(word.word())) {
            return mention;
        }
        return new Mention(word.start(), mention.end(), text.substring(word.start(), mention.end()), MentionType.LOCATION,
                null, before, mention.tokenEnd(), null);
    }

    /** "State" in "Secretary of State", "Defense" in "Minister of Defense": part of a title, not an entity. */
    private static boolean endsPersonTitle(Mention mention, List<Token> tokens) {
        int begin = mention.tokenBegin();
        if (mention.tokenEnd() - begin != 1 || begin < 2 || !tokens.get(begin - 1).word().equalsIgnoreCase("of")) {
            return false;
        }
        return TITLE_HEADS.contains(tokens.get(begin - 2).word().toLowerCase(Locale.ROOT));
    }

    private static boolean onlyQuotesBetween(int from, int to, List<Token> tokens) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isQuote(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allPronouns(Mention mention, List<Token> tokens) {
        for (int i = mention.tokenBegin(); i < mention.tokenEnd(); i++) {
            String pos = tokens.get(i).pos();
            if (!pos.startsWith("PRP") && !pos.startsWith("WP")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuote(Token token) {
        String word = token.word();
        for (int i = 0; i < word.length(); i++) {
            if (QUOTES.indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
