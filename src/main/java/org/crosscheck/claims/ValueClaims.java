package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.crosscheck.load.Article;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.normalize.AgeReader;
import org.crosscheck.normalize.DateContext;
import org.crosscheck.normalize.DateNormalizer;
import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Granularity;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.Tense;
import org.crosscheck.normalize.TenseDetector;
import org.crosscheck.normalize.TimeOfDay;
import org.crosscheck.normalize.TimeOfDayNormalizer;
import org.crosscheck.normalize.Units;

/**
 * Stage: one claim per draft. Needs the finished drafts (unit, subject, predicate, role) and the
 * speakers ({@link Speakers}). Provides the value claims in text order: the normalisers read each
 * value (the one source of truth for numbers and dates), which gives its kind; noise is dropped
 * ({@link NumberNoise}); a measure or a date without a subject gets one from its clause
 * ({@link NounPhrases}). Each full date becomes the document's anchor for the relative dates after it.
 */
final class ValueClaims implements Stage {

    /** A figure ending in a glued "m" ("1.5m", "600m"): metres or millions, as the word after it says. */
    private static final java.util.regex.Pattern GLUED_M = java.util.regex.Pattern.compile("\\dm$");
    /** Words that make the period after them a rate's: "one quake every day", "20 flights a week". */
    private static final Set<String> PERIOD_WORDS = Set.of("every", "each", "per", "a", "an");

    private final NumberNormalizer numbers;
    private final DateNormalizer dates;
    private final TimeOfDayNormalizer times = new TimeOfDayNormalizer();
    private final AgeReader ages = new AgeReader();

    ValueClaims(NumberNormalizer numbers, DateNormalizer dates) {
        this.numbers = numbers;
        this.dates = dates;
    }

    /** What a draft reads as: its kind, normalised value, unit and subject. */
    private record Reading(ClaimKind kind, ClaimValue value, String normalized, String unit, String subject) {
    }

    @Override
    public void apply(SentenceState s) {
        for (Draft d : s.drafts) {
            Claim c = toClaim(s, d, Speakers.forValue(s, d));
            if (c != null) {
                s.claims.add(c);
                s.claimed.add(d);
            }
        }
    }

    private Claim toClaim(SentenceState s, Draft d, String speaker) {
        SentenceView v = s.view;
        String valueText = v.text(d.begin, d.end);
        Reading r = d.kind == ClaimKind.TIME ? readTime(s, d, valueText)
                : d.kind == ClaimKind.AGE ? readAge(d, valueText)
                : d.type == MentionType.DATE ? readDate(s, d) : readFigure(s, d, valueText);
        if (r == null) {
            return null;
        }
        Article article = s.article;
        int start = article.offsets().toOriginal(v.startOf(d.begin));
        int end = article.offsets().toOriginalEnd(v.endOf(d.end - 1));
        Sentence sentence = v.sentence;
        return new Claim(article.name() + "#" + start + "-" + end, article.name(), sentence.index(), sentence.text(),
                article.offsets().toOriginal(sentence.start()), article.offsets().toOriginalEnd(sentence.end()), start, end,
                r.kind(), r.subject(), d.predicate, valueText, r.value(), r.normalized(), r.unit(), speaker,
                entityIds(s, d), d.role);
    }

    /** The sentence's entities; the person an age is of comes first. */
    private static List<String> entityIds(SentenceState s, Draft d) {
        if (d.entityId == null) {
            return s.entityIds;
        }
        List<String> ids = new ArrayList<>(List.of(d.entityId));
        s.entityIds.stream().filter(id -> !id.equals(d.entityId)).forEach(ids::add);
        return ids;
    }

    /** A time of day, as the time normaliser reads it; its event as a date's. */
    private Reading readTime(SentenceState s, Draft d, String valueText) {
        Optional<TimeOfDay> time = times.normalize(valueText);
        return time.map(t -> new Reading(ClaimKind.TIME, ClaimValue.of(t), t.normalized(), null, event(s, d)))
                .orElse(null);
    }

    /** A person's age in years; its subject is the person, found by {@link Ages}. */
    private Reading readAge(Draft d, String valueText) {
        Optional<Quantity> age = ages.read(valueText);
        return age.map(q -> new Reading(ClaimKind.AGE, ClaimValue.of(q), q.normalized(), AgeReader.YEAR, d.subject))
                .orElse(null);
    }

    private Reading readDate(SentenceState s, Draft d) {
        SentenceView v = s.view;
        Tense tense = s.headline ? headlineTense(v, d.valueBegin) : TenseDetector.tenseOf(v.tokens, d.valueBegin, d.end);
        Optional<DateValue> date = dates.normalize(d.mention.text(), new DateContext(s.article.published(),
                tense, s.document.anchor, d.mention.coreNlpNormalized()));
        if (date.isEmpty() || s.headline && date.get().granularity() == Granularity.SEASON && d.end - d.valueBegin == 1) {
            return null; // a headline capitalises its words: "Climber Dies in Fall" names no season
        }
        if (!date.get().isPartial()) {
            s.document.anchor = date.get();
        }
        return new Reading(ClaimKind.DATE, ClaimValue.of(date.get()), date.get().normalized(), null, event(s, d));
    }

    /**
     * A headline's tense: "to" and a verb tell what will happen ("PM to visit China on Friday"),
     * the present what happened ("Quake hits Iran on Sunday").
     */
    private static Tense headlineTense(SentenceView v, int dateBegin) {
        for (int k = 0; k + 1 < dateBegin; k++) {
            if (v.pos(k).equals("TO") && v.pos(k + 1).equals("VB")) {
                return Tense.FUTURE;
            }
        }
        Tense tense = TenseDetector.tenseOf(v.tokens, dateBegin, dateBegin + 1);
        return tense == Tense.PRESENT || tense == Tense.UNKNOWN ? Tense.PAST : tense;
    }

    private Reading readFigure(SentenceState s, Draft d, String valueText) {
        Optional<Quantity> read = quantity(s, d, valueText);
        if (read.isEmpty()) {
            return null;
        }
        Quantity q = read.get();
        String unit = d.unit;
        ClaimKind kind = kindOf(d, q);
        if (kind == ClaimKind.QUANTITY && unit == null && q.unit() != null && !q.unit().isBlank()
                && !Units.isMeasure(q.unit())) {
            kind = ClaimKind.COUNT; // "several members": the normaliser read the counted noun
            unit = q.unit();
        }
        if (NumberNoise.countsNothing(s, d, kind, q, unit)) {
            return null;
        }
        if (kind == ClaimKind.COUNT && unit != null) {
            unit = perPeriod(s.view, d, unit); // "one quake every day" is a rate, not the count of one event
        }
        if (kind == ClaimKind.QUANTITY) {
            String measure = q.unit();
            unit = measure == null || measure.isBlank() ? unit : measure;
            if (unit == null) {
                return null; // a bare number says nothing checkable
            }
        } else if (kind != ClaimKind.COUNT) {
            unit = q.unit() == null || q.unit().isBlank() ? null : q.unit();
        }
        String subject = d.subject != null ? d.subject : subjectOfFigure(s, d, kind);
        return new Reading(kind, ClaimValue.of(q), q.normalized(), unit, subject);
    }

    /** The value read with its counted noun ("5,000 troops"), else alone; the word before may make it a floor. */
    private Optional<Quantity> quantity(SentenceState s, Draft d, String valueText) {
        if (d.value != null) {
            return Optional.of(d.value);
        }
        SentenceView v = s.view;
        String phrase = valueText + (d.headWord != null && d.type == MentionType.NUMBER ? " " + d.headWord : "");
        if (d.headWord == null && GLUED_M.matcher(valueText).find() && Character.isLetter(v.text(d.end, d.end + 1)
                .codePoints().findFirst().orElse(' '))) {
            phrase = valueText + " " + v.word(d.end); // "1.5m high", "2m euros": the word after says metres or millions
        }
        if (d.indefiniteHead >= 0) {
            phrase = v.word(d.begin) + " " + v.word(d.indefiniteHead);
        }
        Token before = d.begin > 0 ? v.tokens.get(d.begin - 1) : null; // "have passed 1,200": a floor
        Optional<Quantity> q = numbers.normalizeAfter(before, phrase);
        if (q.isEmpty()) {
            q = numbers.normalizeAfter(before, valueText);
        }
        return q;
    }

    private static ClaimKind kindOf(Draft d, Quantity q) {
        String unit = d.unit;
        return d.measured ? (Units.PERCENT.equals(q.unit()) ? ClaimKind.PERCENT : ClaimKind.QUANTITY)
                : switch (d.type) {
            case MONEY -> ClaimKind.MONEY;
            case PERCENT -> ClaimKind.PERCENT;
            case DURATION -> ClaimKind.DURATION;
            default -> unit != null && !Units.isMeasure(q.unit())
                    && !Units.isMeasure(unit) // "a magnitude of 5.9" measures
                    ? ClaimKind.COUNT : ClaimKind.QUANTITY;
        };
    }

    /** What a figure without a subject of its own measures: the noun it qualifies, its object or its clause's subject. */
    private static String subjectOfFigure(SentenceState s, Draft d, ClaimKind kind) {
        String subject = null;
        if (kind == ClaimKind.MONEY || kind == ClaimKind.PERCENT) {
            // "trim the mission's $1.1 billion annual budget", "a 0.3% rise": the noun the figure
            // qualifies is what it measures
            int qualified = NounPhrases.qualifiedNoun(s, d);
            subject = qualified < 0 ? null : s.view.lemma(qualified);
        }
        if (subject == null && kind != ClaimKind.COUNT) {
            // "The drug reduced the risk by 26%": an object before the figure is what it measures;
            // "Turnout was 38.4 percent": else the clause's subject is
            int object = NounPhrases.objectHead(s, d);
            subject = object >= 0 && object < d.begin ? s.view.lemma(object) : NounPhrases.clauseSubject(s, d);
        }
        if (subject == null) {
            subject = NounPhrases.objectOfPredicate(s, d);
        }
        return subject;
    }

    /** A date's event: its predicate and the head of the noun phrase that follows it ("close embassy"). */
    private static String event(SentenceState s, Draft d) {
        if (d.eventSubject != null) {
            return d.eventSubject;
        }
        if (d.predicate == null || Lexicons.AUXILIARIES.contains(d.predicate)) {
            String subject = NounPhrases.clauseSubject(s, d);
            if (subject != null) {
                return subject; // "The bank's next policy meeting is on July 30": the meeting
            }
        }
        String object = NounPhrases.namedObjectOfPredicate(s, d);
        if (d.predicate == null) {
            return object;
        }
        return object == null ? d.predicate : d.predicate + " " + object;
    }

    /**
     * The unit as a rate ("quake per day") when the counted noun is followed by "every day", "a
     * week", "per year" and the like, else the unit: a rate counts again every period, and must
     * not meet a count of one event.
     */
    private static String perPeriod(SentenceView v, Draft d, String unit) {
        for (int k = d.end; k < v.size() && k <= d.end + 4; k++) {
            if (v.isNoun(k) && v.lemma(k).equals(unit.toLowerCase(Locale.ROOT))) {
                boolean perPeriod = PERIOD_WORDS.contains(v.word(k + 1)) && Units.isTime(v.lemma(k + 2));
                return perPeriod ? Units.rate(unit, v.lemma(k + 2)) : unit;
            }
        }
        return unit;
    }
}
