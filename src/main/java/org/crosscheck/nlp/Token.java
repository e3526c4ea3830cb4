package org.crosscheck.nlp;

/**
 * One token, with offsets into the article's analysis text.
 *
 * @param ner the coarse NER tag ("O" outside mentions)
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner) {
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
