package org.crosscheck.claims;

import java.util.Optional;
import java.util.Set;

import org.crosscheck.claims.Attributions.Attribution;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.Units;

/**
 * Stage: the values CoreNLP tagged. Needs the sentence's value mentions and attributions.
 * Provides one draft per number, amount, percentage, date or duration mention that is a
 * checkable value ({@link NonValues} says which are not), its span trimmed to the value with its
 * quantifier and hedge, and its predicate: the event verb, the event a possessive date or a
 * duration names ("Monday's dam collapse", "a two-year ban"), or the speech verb a date dates.
 */
final class ValueMentions implements Stage {

    private final NumberNormalizer numbers;
    private final WordNetLexicon lexicon;
    private final Quantifiers quantifiers;

    ValueMentions(NumberNormalizer numbers, WordNetLexicon lexicon) {
        this.numbers = numbers;
        this.lexicon = lexicon;
        this.quantifiers = new Quantifiers(numbers);
    }

    @Override
    public void apply(SentenceState s) {
        for (Mention m : s.view.sentence.mentions()) {
            valueDraft(s, m).ifPresent(s.drafts::add);
        }
    }

    private Optional<Draft> valueDraft(SentenceState s, Mention m) {
        SentenceView v = s.view;
        MentionType type = m.type();
        if (type == MentionType.TIME) {
            return raceTimeDraft(s, m);
        }
        if (type != MentionType.NUMBER && type != MentionType.MONEY && type != MentionType.PERCENT
                && type != MentionType.DATE && type != MentionType.DURATION) {
            return Optional.empty();
        }
        int b = m.tokenBegin();
        int e = m.tokenEnd();
        if (b < 0 || e > v.size() || b >= e || NonValues.isNotAValue(v, m, b, e) || NonValues.inACondition(v, b)
                || s.headline && NonValues.isAWireLabel(v, b)) {
            return Optional.empty();
        }
        while (e - 1 > b && (v.pos(e - 1).equals("IN") || v.pos(e - 1).equals("DT")
                || Set.of(",", "in", "of", "on", "at", "a", "the").contains(v.word(e - 1)))) {
            e--; // "dozens in a", "thousands more in": the tagger's span runs past the value
        }
        if (type == MentionType.NUMBER) {
            b = withQuantifier(v, b, e);
        }
        int hedgeBegin = type == MentionType.DATE ? b : NumberNormalizer.hedgeStart(v.tokens, b);
        Draft d = new Draft(type, m, hedgeBegin, b, e);
        d.predicate = Predicates.of(s, hedgeBegin, e);
        if (type == MentionType.DATE && v.pos(e).equals("POS") && datesTheNounAfter(v, d, e)) {
            return Optional.of(d);
        }
        if (type == MentionType.DURATION) {
            lastsTheNounAfter(v, d, e);
        }
        if (type == MentionType.DATE) {
            Attribution said = s.attributions.dated(b);
            if (said != null) {
                d.predicate = said.verb().equals("according to") ? "say" : said.verb(); // "said on Wednesday": when it was said
            }
        }
        return Optional.of(d);
    }

    /** "several hundred", "a few thousand": the quantifier before a number is part of the value. */
    private int withQuantifier(SentenceView v, int b, int e) {
        for (int ext = 2; ext >= 1; ext--) {
            if (b - ext >= 0 && Quantifiers.VAGUE_STARTS.contains(v.word(b - ext)) && quantifiers.isVagueQuantity(v, b - ext, e)) {
                return b - ext;
            }
        }
        return b;
    }

    /** "Monday's dam collapse", "Sunday's election": the date of the event the noun names. */
    private boolean datesTheNounAfter(SentenceView v, Draft d, int e) {
        int k = e + 1;
        while (v.pos(k).startsWith("JJ") || v.isCommonNoun(k) && v.isCommonNoun(k + 1)) {
            k++;
        }
        if (!v.isCommonNoun(k)) {
            return false;
        }
        String eventVerb = lexicon.eventVerb(v.lemma(k));
        d.predicate = eventVerb != null ? eventVerb : v.lemma(k);
        d.eventSubject = v.text(e + 1, k + 1);
        return true;
    }

    /** "a two-year ban", "a 72-hour walkout": the duration of the event the noun names. */
    private void lastsTheNounAfter(SentenceView v, Draft d, int e) {
        int k = e;
        while (v.pos(k).startsWith("JJ")) {
            k++;
        }
        String eventVerb = v.isCommonNoun(k) && !v.word(k + 1).equals("of") ? lexicon.eventVerb(v.lemma(k)) : null;
        if (eventVerb != null) {
            d.predicate = eventVerb;
        }
    }

    /**
     * "won in 2:02:17": the tagger reads a race time as a clock time; it is how long
     * something took, a duration (the normaliser tells the two apart).
     */
    private Optional<Draft> raceTimeDraft(SentenceState s, Mention m) {
        SentenceView v = s.view;
        for (int i = Math.max(0, m.tokenBegin()); i < Math.min(m.tokenEnd(), v.size()); i++) {
            Optional<Quantity> q = numbers.normalize(v.word(i));
            if (q.isPresent() && Units.isTime(q.get().unit())) {
                Draft d = new Draft(MentionType.DURATION, m, i, i, i + 1);
                d.predicate = Predicates.of(s, i, i + 1);
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
