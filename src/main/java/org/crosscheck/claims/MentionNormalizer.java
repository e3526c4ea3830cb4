package org.crosscheck.claims;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.normalize.DateContext;
import org.crosscheck.normalize.DateNormalizer;
import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.TenseDetector;
import org.crosscheck.normalize.TimeOfDay;
import org.crosscheck.normalize.TimeOfDayNormalizer;

/**
 * The {@code normalized} column of mentions.csv for value mentions, from the same normalisers
 * the claims use: dates as TIMEX3-style values resolved against the publication date, the
 * clause's tense and the date anchored just before; numbers, money, percentages and durations
 * with their bounds (">5000", "~3000", "24-99", "90 day"); times of day as clocks ("~04:30").
 * Mentions the normalisers cannot read keep CoreNLP's value, so the column is never emptier than
 * CoreNLP's.
 */
public final class MentionNormalizer {

    private final NumberNormalizer numbers;
    private final DateNormalizer dates;
    private final TimeOfDayNormalizer times = new TimeOfDayNormalizer();

    public MentionNormalizer() {
        this(new NumberNormalizer(), new DateNormalizer());
    }

    public MentionNormalizer(NumberNormalizer numbers, DateNormalizer dates) {
        this.numbers = numbers;
        this.dates = dates;
    }

    /**
     * The normalised form of every value mention of {@code doc}, keyed by the mention (entity
     * mentions are left out), in text order.
     */
    public Map<Mention, String> normalize(AnnotatedDocument doc, LocalDate published) {
        Map<Mention, String> result = new LinkedHashMap<>();
        DateValue anchor = null;
        for (Sentence sentence : doc.sentences()) {
            for (Mention m : sentence.mentions()) {
                if (!m.type().isValue()) {
                    continue;
                }
                Optional<String> normalized;
                if (m.type() == MentionType.DATE) {
                    Optional<DateValue> date = dates.normalize(m.text(), new DateContext(published,
                            TenseDetector.tenseOf(sentence.tokens(), m.tokenBegin(), m.tokenEnd()), anchor,
                            m.coreNlpNormalized()));
                    if (date.isPresent() && !date.get().isPartial()) {
                        anchor = date.get();
                    }
                    normalized = date.map(DateValue::normalized);
                } else if (m.type() == MentionType.NUMBER || m.type() == MentionType.MONEY
                        || m.type() == MentionType.PERCENT || m.type() == MentionType.DURATION) {
                    int start = NumberNormalizer.hedgeStart(sentence.tokens(), m.tokenBegin());
                    Token before = start > 0 ? sentence.tokens().get(start - 1) : null;
                    normalized = numbers.normalizeAfter(before, withHedge(sentence, m)).map(q -> q.normalized());
                } else if (m.type() == MentionType.TIME) {
                    // "4:30 a.m." as a clock ("04:30"); "yesterday afternoon" as the day it names
                    normalized = times.normalize(withHedge(sentence, m)).map(TimeOfDay::normalized)
                            .or(() -> dates.normalize(m.text(), DateContext.of(published, TenseDetector.tenseOf(
                                    sentence.tokens(), m.tokenBegin(), m.tokenEnd()))).map(DateValue::normalized));
                } else {
                    normalized = Optional.empty();
                }
                result.put(m, normalized.orElse(m.coreNlpNormalized() == null ? "" : m.coreNlpNormalized()));
            }
        }
        return result;
    }

    /** The mention with the hedge words written just before it ("more than 5,000"). */
    private static String withHedge(Sentence sentence, Mention m) {
        int start = NumberNormalizer.hedgeStart(sentence.tokens(), m.tokenBegin());
        StringBuilder text = new StringBuilder();
        for (int i = start; i < m.tokenBegin(); i++) {
            text.append(sentence.tokens().get(i).word()).append(' ');
        }
        return text.append(m.text()).toString();
    }
}
