package org.crosscheck.claims;

import java.util.Optional;
import java.util.regex.Pattern;

import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.Units;

/**
 * Stage: figures the tagger left out of every value mention. Needs the drafts of the tagged values
 * and clock times (a token they cover is not read again). The tagger's part of speech decides
 * whether a figure is tagged: "fell about 200m" is a number, "fell about 60m" a noun the
 * recogniser skips; "2m euros" and "magnitude-5.9" go untagged too. Each such figure is read with
 * the measure word written before it ("magnitude") and the word after it ("euros", "from"), the
 * normaliser telling metres from millions; it becomes a draft when it reads as an amount or a
 * measure. A bare count stays the tagger's call, and a figure in brackets after another is a
 * conversion of it ("10 kilometres (6 miles)"), unless it is an amount.
 */
final class UntaggedFigures implements Stage {

    /** A figure with at most a unit glued after it: "60m", "5.9", "2bn", "46.9c"; not "4x4" or "A320". */
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?[a-z]*");

    private final NumberNormalizer numbers;

    UntaggedFigures(NumberNormalizer numbers) {
        this.numbers = numbers;
    }

    @Override
    public void apply(SentenceState s) {
        SentenceView v = s.view;
        for (int i = s.datelineEnd; i < v.size(); i++) {
            if (s.covered(i) || !v.ner(i).equals("O") || !FIGURE.matcher(v.word(i)).matches()
                    || v.word(i).matches("\\d+(?:st|nd|rd|th)")) {
                continue;
            }
            int begin = measureWordBefore(v, i);
            if (begin >= 0 && s.covered(begin)) {
                continue;
            }
            if (Units.currencyOfWord(v.word(i - 1)).isPresent()) {
                continue; // "Australian dollars 648m": millions of the currency named before, no length
            }
            int from = begin >= 0 ? begin : i;
            Optional<Quantity> withNext = i + 1 < v.size() && isWord(v, i + 1) ? numbers.normalize(v.text(from, i + 2))
                    : Optional.empty();
            // the word after tells "60m from a ridge" (metres) from "2m euros" and "600m people" (millions)
            Optional<Quantity> read = withNext.isPresent() ? withNext : numbers.normalize(v.text(from, i + 1));
            boolean nextIsCurrency = withNext.isPresent() && isCurrency(withNext.get())
                    && Units.currencyOfWord(v.word(i + 1)).isPresent();
            if (read.isEmpty()) {
                continue;
            }
            Quantity q = read.get();
            boolean money = isCurrency(q);
            boolean measure = !money && Units.isMeasure(q.unit()) && !Units.isTime(q.unit());
            boolean conversion = v.word(from - 1).equals("(") || v.word(from - 1).equals("-lrb-");
            if (!money && !measure || conversion && !money) {
                continue;
            }
            int end = nextIsCurrency ? i + 2 : i + 1;
            int hedged = NumberNormalizer.hedgeStart(v.tokens, from);
            Draft d = new Draft(money ? MentionType.MONEY : MentionType.NUMBER, null, hedged, from, end);
            d.measured = measure;
            d.predicate = Predicates.of(s, hedged, end);
            s.drafts.add(d);
            i = end - 1;
        }
    }

    /** The measure word written before a figure ("magnitude 5.9", "magnitude-5.9"), or -1. */
    private static int measureWordBefore(SentenceView v, int i) {
        int k = v.word(i - 1).equals("-") ? i - 2 : i - 1;
        return k >= 0 && Units.measureOfWord(v.word(k)).filter("magnitude"::equals).isPresent() ? k : -1;
    }

    private static boolean isWord(SentenceView v, int i) {
        return Character.isLetter(v.tokens.get(i).word().charAt(0));
    }

    private static boolean isCurrency(Quantity q) {
        return q.unit() != null && Units.currencyOfWord(q.unit()).isPresent();
    }
}
