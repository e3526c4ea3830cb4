package org.crosscheck.nlp;

import java.util.List;

/** The NLP's output for one article, in Crosscheck's own types (no CoreNLP classes). */
public record AnnotatedDocument(String documentName, List<Sentence> sentences) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    public List<Mention> mentions() {
        return sentences.stream().flatMap(s -> s.mentions().stream()).toList();
    }
}
