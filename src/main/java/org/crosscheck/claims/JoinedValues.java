package org.crosscheck.claims;

import java.util.Optional;
import java.util.Set;

import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.DateContext;
import org.crosscheck.normalize.DateNormalizer;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.Tense;

/**
 * Stage: one value written in parts. Needs all the drafts found. Provides them joined where the
 * tagger split one value: a time in falling units ("two hours, two minutes and 17 seconds") and
 * a span of dates ("between September 18 and September 22"), when the normalisers read the whole.
 */
final class JoinedValues implements Stage {

    private final NumberNormalizer numbers;
    private final DateNormalizer dates;

    JoinedValues(NumberNormalizer numbers, DateNormalizer dates) {
        this.numbers = numbers;
        this.dates = dates;
    }

    @Override
    public void apply(SentenceState s) {
        joinCompoundDurations(s);
        joinDateSpans(s);
    }

    /**
     * "two hours, two minutes and 17 seconds": the tagger gives three durations; the time
     * is one value, the parts joined by commas and "and" in falling units.
     */
    private void joinCompoundDurations(SentenceState s) {
        SentenceView v = s.view;
        s.drafts.sort((a, b) -> Integer.compare(a.begin, b.begin));
        for (int k = 0; k + 1 < s.drafts.size(); k++) {
            Draft first = s.drafts.get(k);
            Draft next = s.drafts.get(k + 1);
            if (first.type != MentionType.DURATION || next.type != MentionType.DURATION || next.begin <= first.end) {
                continue;
            }
            boolean joined = true;
            for (int t = first.end; t < next.begin && joined; t++) {
                joined = v.word(t).equals(",") || v.word(t).equals("and");
            }
            Optional<Quantity> whole = numbers.normalize(v.text(first.begin, next.end));
            Optional<Quantity> part = numbers.normalize(v.text(first.begin, first.end));
            if (!joined || whole.isEmpty() || part.isEmpty() || whole.get().unit().equals(part.get().unit())) {
                continue; // not one value written in parts: "for two days and three nights"
            }
            Draft merged = new Draft(MentionType.DURATION, first.mention, first.begin, first.valueBegin, next.end);
            merged.predicate = first.predicate;
            s.drafts.set(k, merged);
            s.drafts.remove(k + 1);
            k--;
        }
    }

    /**
     * "between September 18 and September 22", "from Monday to Wednesday": the tagger marks
     * each end as a date of its own; the claim is the span.
     */
    private void joinDateSpans(SentenceState s) {
        SentenceView v = s.view;
        s.drafts.sort((a, b) -> Integer.compare(a.begin, b.begin));
        for (int k = 0; k + 1 < s.drafts.size(); k++) {
            Draft first = s.drafts.get(k);
            Draft next = s.drafts.get(k + 1);
            String opener = v.word(first.begin - 1);
            String joiner = v.word(first.end);
            boolean spanWords = opener.equals("between") ? joiner.equals("and")
                    : opener.equals("from") && Set.of("to", "through", "until").contains(joiner);
            if (first.type != MentionType.DATE || next.type != MentionType.DATE || next.begin != first.end + 1
                    || !spanWords) {
                continue;
            }
            String text = v.text(first.valueBegin, next.end);
            DateContext probe = new DateContext(s.article.published(), Tense.UNKNOWN, null, null);
            if (dates.normalize(text, probe).isEmpty()) {
                continue;
            }
            Mention span = new Mention(v.startOf(first.valueBegin), v.endOf(next.end - 1), text, MentionType.DATE,
                    null, first.valueBegin, next.end, null);
            Draft merged = new Draft(MentionType.DATE, span, first.begin - 1, first.valueBegin, next.end);
            merged.predicate = first.predicate;
            s.drafts.set(k, merged);
            s.drafts.remove(k + 1);
        }
    }
}
