package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;

/**
 * A sentence written word/TAG with Penn Treebank tags as a tagger gives them, one phrase
 * marked with brackets: "Troops/NNS arrived/VBD [in/IN March/NNP] ./.".
 */
record TaggedSentence(List<Token> tokens, int begin, int end) {

    static TaggedSentence parse(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int begin = -1;
        int end = -1;
        int offset = 0;
        for (String item : tagged.split(" ")) {
            String part = item;
            if (part.startsWith("[")) {
                begin = tokens.size();
                part = part.substring(1);
            }
            boolean closes = part.endsWith("]");
            if (closes) {
                part = part.substring(0, part.length() - 1);
            }
            int slash = part.lastIndexOf('/');
            String word = part.substring(0, slash);
            String pos = part.substring(slash + 1);
            tokens.add(new Token(tokens.size(), offset, offset + word.length(), word, word.toLowerCase(), pos, "O"));
            offset += word.length() + 1;
            if (closes) {
                end = tokens.size();
            }
        }
        return new TaggedSentence(tokens, begin, end);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(text.length() > 0 ? " " : "").append(t.word()));
        return text.toString();
    }

    /** The bracketed phrase as a mention of the given type, with CoreNLP's value (or null). */
    Mention mention(MentionType type, String coreNlpValue) {
        int start = tokens.get(begin).start();
        int stop = tokens.get(end - 1).end();
        return new Mention(start, stop, text().substring(start, stop), type, coreNlpValue, begin, end, null);
    }

    Sentence sentence(Mention mention) {
        return new Sentence(0, 0, text().length(), text(), tokens, List.of(mention));
    }
}
