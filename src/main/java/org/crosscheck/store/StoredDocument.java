package org.crosscheck.store;

import org.crosscheck.load.Article;
import org.crosscheck.nlp.AnnotatedDocument;

/** A document's machine output as stored: the loaded article and its NLP output. */
public record StoredDocument(Article article, AnnotatedDocument nlp) {
}
