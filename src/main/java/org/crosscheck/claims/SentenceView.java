package org.crosscheck.claims;

import java.util.List;
import java.util.Locale;

import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;

/** Token-level helpers over one annotated sentence (offsets are analysis-text offsets). */
final class SentenceView {

    final Sentence sentence;
    final List<Token> tokens;

    SentenceView(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    String lemma(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).pos();
    }

    String ner(int i) {
        return i < 0 || i >= tokens.size() || tokens.get(i).ner() == null ? "O" : tokens.get(i).ner();
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean isCommonNoun(int i) {
        return pos(i).equals("NN") || pos(i).equals("NNS");
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isQuoteMark(int i) {
        String w = word(i);
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("“") || w.equals("”") || w.equals("'");
    }

    /** An opening quotation mark: a curly opening one, or a straight one before a word. */
    boolean isOpeningQuote(int i) {
        if (!isQuoteMark(i)) {
            return false;
        }
        String raw = text(i, i + 1);
        if (raw.equals("“") || raw.equals("‘") || raw.equals("``")) {
            return true;
        }
        if (raw.equals("”") || raw.equals("’") || raw.equals("''")) {
            return false;
        }
        return i == 0 || tokens.get(i - 1).end() < tokens.get(i).start();
    }

    /** The text of tokens [from, to) as written. */
    String text(int from, int to) {
        if (from >= to || from < 0 || to > tokens.size()) {
            return "";
        }
        int start = tokens.get(from).start() - sentence.start();
        int end = tokens.get(to - 1).end() - sentence.start();
        return sentence.text().substring(Math.max(0, start), Math.min(sentence.text().length(), end));
    }

    int startOf(int i) {
        return tokens.get(i).start();
    }

    int endOf(int i) {
        return tokens.get(i).end();
    }
}
