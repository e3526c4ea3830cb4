/**
 * Claims: the checkable statements of an article. {@link org.crosscheck.claims.ClaimExtractor}
 * turns a CoreNLP-annotated article into {@link org.crosscheck.claims.Claim}s (counts, quantities,
 * money, percentages, dates, durations, ages, times of day and attributed statements) with their subject, predicate,
 * speaker, entities and role; the values come from the normalize package's number and date
 * normalisers. {@link org.crosscheck.claims.MentionNormalizer} gives every value mention its
 * normalised form for mentions.csv with the same normalisers. Word lists live in
 * {@code models/claims/}, read by {@link org.crosscheck.claims.Lexicons}; WordNet (through
 * {@link org.crosscheck.claims.WordNetLexicon}) tells which nouns name people and which words are
 * paraphrases. Needs: load and nlp records. Provides: claims for the align package.
 *
 * <p>The headline carries claims too, read in headline tense (its present is the past, "to" and a
 * verb the future; a wire service's "UPDATE 2-" is no figure) and listed after the body's, so the
 * body's first sentences stay the report's lead. The extractor reads each sentence with an ordered list of
 * {@link org.crosscheck.claims.Stage}s over one {@link org.crosscheck.claims.SentenceState} (the
 * sentence, its attributions from {@link org.crosscheck.claims.Attributions}, and the
 * {@link org.crosscheck.claims.Draft}s found so far), like CoreNLP's sieves; what carries over to
 * the next sentence (date anchor, speakers, last count) is in
 * {@link org.crosscheck.claims.DocumentState}. The order, each stage needing what those before it
 * provide:
 * <ol>
 * <li>{@code ValueMentions}: drafts for the values CoreNLP tagged, minus {@code NonValues}
 *     (ages, years, scores, suppositions), each with its predicate ({@code Predicates});</li>
 * <li>{@code TimesOfDay}: clock times ("at around 4.30am", "1353 (1023 GMT)"), replacing the
 *     counts and years the tagger read in them;</li>
 * <li>{@code UntaggedFigures}: figures the tagger left out of every mention ("fell about 60m",
 *     "2m euros", "a magnitude-5.9 quake"), read with the words around them;</li>
 * <li>{@code CountsWithoutDigits}: "a Briton", "an official", "several hundred protesters";</li>
 * <li>{@code UntaggedValues}: ordinal positions, month-range periods, fractions of a unit;</li>
 * <li>{@code JoinedValues}: a time in parts, a span of dates, as one value;</li>
 * <li>{@code Ages}: people's ages ("36-year-old Duncan Rait", "Robert Buckley, 32,", "a man
 *     in his early 30s"), each with the person it is of;</li>
 * <li>{@code TextOrder}: the dateline's drafts dropped, the rest in text order;</li>
 * <li>{@code Roles}: "from", "to", "by" of a change, and added counts ("another two");</li>
 * <li>{@code CountedUnits}: each count's unit and subject ({@code UnitsBeforeValue},
 *     {@code UnitNaming});</li>
 * <li>{@code PeopleCounts}: people as the unit of a figure no noun follows, where a casualty
 *     word says what happened to them ("50 were injured", "killing seven"; {@code CasualtyWords}),
 *     the members of a group ("four in the climbing party"), and a count of none for "no one was
 *     killed or injured";</li>
 * <li>{@code RecordBaselines}: the event a record's "since" date dates;</li>
 * <li>{@code SourceCounts}: a count inside a speaker's phrase counts who said it;</li>
 * <li>{@code Speakers}: the sentence's speaker, pronouns resolved;</li>
 * <li>{@code ValueClaims}: one claim per draft the normalisers read, minus {@code NumberNoise},
 *     a measure's or date's subject from its clause ({@code NounPhrases});</li>
 * <li>{@code Statements}: the quote or reported clause with its speaker ({@code StatementSpans}).</li>
 * </ol>
 */
package org.crosscheck.claims;
