/**
 * Language analysis in Crosscheck's own types: sentences, tokens and mentions of one article
 * ({@link org.crosscheck.nlp.AnnotatedDocument}), and the cross-document entity linking that
 * gives every real-world person, organisation and place one id ({@link org.crosscheck.nlp.EntityLinker}),
 * corrected by the researcher's merges and splits ({@link org.crosscheck.nlp.EntityOverrides}).
 *
 * <p>Offsets are into the article's analysis text ({@code Article.analysisText()}). CoreNLP itself
 * stays behind {@link org.crosscheck.nlp.corenlp}.
 */
package org.crosscheck.nlp;
