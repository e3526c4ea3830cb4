package org.crosscheck.claims;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.DateContext;
import org.crosscheck.normalize.DateNormalizer;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.Tense;
import org.crosscheck.normalize.Units;

/**
 * Stage: values the tagger leaves untagged or mistags. Needs the drafts found so far. Provides
 * drafts for ordinal positions ("in the 88th minute", replacing a false calendar date), periods
 * named by their months ("the April-June period"), fractions of a unit ("half a percentage
 * point") and days the tagger took for times ("yesterday afternoon"), each kept only when the
 * normalisers read it.
 */
final class UntaggedValues implements Stage {

    private final NumberNormalizer numbers;
    private final DateNormalizer dates;

    UntaggedValues(NumberNormalizer numbers, DateNormalizer dates) {
        this.numbers = numbers;
        this.dates = dates;
    }

    @Override
    public void apply(SentenceState s) {
        ordinalPositions(s);
        monthRangePeriods(s);
        fractionsOfAUnit(s);
        daysNamedWithAPartOfTheDay(s);
    }

    /**
     * "The quake struck yesterday afternoon", "fell this morning", "last night": the tagger calls a
     * relative day with a part of the day a time; it names a day, a date when the date normaliser
     * reads it ("afternoon" alone names none). Clock times are {@link TimesOfDay}'s.
     */
    private void daysNamedWithAPartOfTheDay(SentenceState s) {
        SentenceView v = s.view;
        for (Mention m : v.sentence.mentions()) {
            if (m.type() != MentionType.TIME || m.tokenBegin() < s.datelineEnd || m.tokenEnd() > v.size()) {
                continue;
            }
            // "at 6pm last night": the clock time is a time of day, the rest may name the day
            int b = m.tokenBegin();
            while (b < m.tokenEnd() && s.covered(b)) {
                b++;
            }
            int e = b;
            while (e < m.tokenEnd() && !s.covered(e)) {
                e++;
            }
            String text = v.text(b, e);
            DateContext probe = new DateContext(s.article.published(), Tense.UNKNOWN, null, null);
            if (b >= e || dates.normalize(text, probe).isEmpty()) {
                continue;
            }
            Mention day = new Mention(v.startOf(b), v.endOf(e - 1), text, MentionType.DATE, null, b, e, null);
            Draft d = new Draft(MentionType.DATE, day, b, b, e);
            d.predicate = Predicates.of(s, b, e);
            s.drafts.add(d);
        }
    }

    /**
     * "in the 88th minute", "an 89th-minute winner", "on the 12th lap": an ordinal position
     * in a sequence is a checkable value. The tagger leaves it untagged or calls it a date
     * (which would put a false calendar date on it), so it is found here and replaces that.
     */
    private void ordinalPositions(SentenceState s) {
        SentenceView v = s.view;
        for (int i = 0; i < v.size(); i++) {
            int noun = v.word(i + 1).equals("-") ? i + 2 : i + 1;
            String sequence = v.word(noun).toLowerCase(Locale.ROOT);
            if (!Units.isSequenceNoun(sequence)) {
                continue;
            }
            // "the 88th minute", "the first arrondissement": an ordinal the normaliser reads as a position
            Optional<Quantity> position = numbers.normalize(v.text(i, noun + 1));
            if (position.isEmpty() || !Units.positionUnit(sequence).equals(position.get().unit())) {
                continue;
            }
            int at = i;
            s.drafts.removeIf(d -> d.begin <= at && at < d.end);
            Draft d = new Draft(MentionType.NUMBER, null, i, i, noun + 1);
            d.measured = true;
            d.predicate = Predicates.of(s, i, noun + 1);
            s.drafts.add(d);
        }
    }

    /**
     * "in the April-June period": a period named by its months, which the tagger leaves
     * untagged; kept when the date normaliser reads it (a calendar quarter).
     */
    private void monthRangePeriods(SentenceState s) {
        SentenceView v = s.view;
        for (int i = 0; i + 3 < v.size(); i++) {
            if (s.covered(i) || !v.pos(i).equals("NNP") || !v.pos(i + 2).equals("NNP")
                    || !(v.word(i + 1).equals("-") || v.word(i + 1).equals("to") || v.word(i + 1).equals("through"))
                    || !(v.word(i + 3).equals("period") || v.word(i + 3).equals("quarter"))) {
                continue;
            }
            int begin = v.word(i - 1).equalsIgnoreCase("the") ? i - 1 : i;
            String text = v.text(begin, i + 4);
            DateContext probe = new DateContext(s.article.published(), Tense.UNKNOWN, null, null);
            if (dates.normalize(text, probe).isEmpty()) {
                continue;
            }
            Mention m = new Mention(v.startOf(begin), v.endOf(i + 3), text, MentionType.DATE, null, begin, i + 4, null);
            Draft d = new Draft(MentionType.DATE, m, begin, begin, i + 4);
            d.predicate = Predicates.of(s, begin, i + 4);
            s.drafts.add(d);
        }
    }

    /**
     * "half a percentage point", "a quarter of an hour": a fraction of one unit, which
     * the tagger does not mark as a number. Kept only when it measures something.
     */
    private void fractionsOfAUnit(SentenceState s) {
        SentenceView v = s.view;
        for (int i = 0; i < v.size(); i++) {
            String w = v.word(i).toLowerCase(Locale.ROOT);
            if (s.covered(i) || !(w.equals("half") || w.equals("quarter") || w.equals("third") || w.equals("quarters"))) {
                continue;
            }
            int begin = i > 0 && Set.of("a", "one", "three", "two").contains(v.word(i - 1).toLowerCase(Locale.ROOT))
                    && !w.equals("half") ? i - 1 : i;
            for (int end = i + 2; end <= Math.min(v.size(), i + 5); end++) {
                Optional<Quantity> q = numbers.normalize(v.text(begin, end));
                if (q.isPresent() && Units.isMeasure(q.get().unit())
                        && !q.get().unit().equals(Units.PERCENT) && !s.covered(end - 1)) {
                    int from = NumberNormalizer.hedgeStart(v.tokens, begin);
                    Draft d = new Draft(MentionType.NUMBER, null, from, begin, end);
                    d.measured = true;
                    d.predicate = Predicates.of(s, from, end);
                    s.drafts.add(d);
                    i = end - 1;
                    break;
                }
            }
        }
    }
}
