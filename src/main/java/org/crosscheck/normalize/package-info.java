/**
 * The single source of truth for numbers and dates: claim extraction reads values with these
 * classes and comparison compares what they produce, so both always agree on what "more than
 * 5,000" or "last week" means.
 *
 * <ul>
 * <li>{@link org.crosscheck.normalize.NumberNormalizer} reads a number as written, hedge and
 *     unit included, into a {@link org.crosscheck.normalize.Quantity} interval, and says
 *     whether two quantities are compatible (interval overlap; two exact numbers must be
 *     equal).</li>
 * <li>{@link org.crosscheck.normalize.DateNormalizer} reads a date phrase into a
 *     {@link org.crosscheck.normalize.DateValue}, an interval of days at a
 *     {@link org.crosscheck.normalize.Granularity}, resolved against a
 *     {@link org.crosscheck.normalize.DateContext}: publication date, the clause's
 *     {@link org.crosscheck.normalize.Tense}, the date the text anchored before. Dates are
 *     compatible when {@link org.crosscheck.normalize.DateValue#overlaps} says so.</li>
 * <li>{@link org.crosscheck.normalize.TenseDetector} gives the tense of the clause around a
 *     phrase from Penn part-of-speech tags.</li>
 * <li>{@link org.crosscheck.normalize.TimeOfDayNormalizer} reads clock times ("at around
 *     4.30am", "1353 (1023 GMT)") into {@link org.crosscheck.normalize.TimeOfDay} values, and
 *     {@link org.crosscheck.normalize.TimeAgreement} compares two of them.</li>
 * <li>{@link org.crosscheck.normalize.AgeReader} reads a person's age ("36-year-old", "aged 58",
 *     "in his early 30s") into a {@link org.crosscheck.normalize.Quantity} in years.</li>
 * <li>{@link org.crosscheck.normalize.Currencies} converts amounts of money between currencies
 *     at a year's average rate ({@code models/normalize/exchange-rates.txt}) and says whether
 *     two amounts in different currencies can be one figure.</li>
 * <li>{@link org.crosscheck.normalize.Timex} builds the calendar units and their TIMEX3-style
 *     values; {@link org.crosscheck.normalize.Units} names units.</li>
 * </ul>
 * Word lists and rates live in {@code models/normalize/}, read by one reader.
 * Pure Java: no CoreNLP here. CoreNLP's own normalisations (SUTime) are at most a hint.
 */
package org.crosscheck.normalize;
