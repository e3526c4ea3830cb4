/**
 * The CoreNLP adapter: the only package that imports {@code edu.stanford}.
 *
 * <p>{@link org.crosscheck.nlp.corenlp.CoreNlpAnnotator} loads one pipeline per process from
 * {@code models/corenlp.properties} ({@code tokenize,ssplit,pos,lemma,ner}, coarse NER, SUTime)
 * and turns its output into {@link org.crosscheck.nlp.AnnotatedDocument}s, so the rest of
 * Crosscheck never sees a CoreNLP type.
 */
package org.crosscheck.nlp.corenlp;
