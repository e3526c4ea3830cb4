package org.crosscheck.nlp;

import java.util.List;

/** One sentence of an annotated article; offsets are into the article's analysis text. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Mention> mentions) {
    public Sentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    public Sentence withMentions(List<Mention> newMentions) {
        return new Sentence(index, start, end, text, tokens, newMentions);
    }
}
