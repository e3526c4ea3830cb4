package org.crosscheck.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.WordNetLexicon;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Timex;
import org.crosscheck.project.MentionRecord;

/**
 * Reads every claim of an alignment run as a {@link ClaimFrame}, once. The time of a claim's
 * event is what separates a story's events of the same kind (this quake's toll from the toll of
 * the quake of 2003); a sentence that names no time and opens with a pronoun ("It killed 612
 * people") goes on about the event of the sentence before it.
 */
final class ClaimFrames {

    /** An event this long before a report's publication is a background event, not the report's news. */
    static final int PAST_DAYS = 45;
    /** A report's lead: its first sentences, which state the news (the inverted pyramid). */
    static final int LEAD_SENTENCES = 2;
    /** Verbs that name no event of their own. */
    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "get", "make", "say", "tell", "report",
            "add", "show", "put", "give", "include", "stand", "remain", "reach", "come", "go", "take", "leave");
    /** Date words that place nothing ("now", "currently"). */
    private static final Set<String> VAGUE_TIMES = Set.of("now", "currently", "recently", "today's", "then", "once");
    private static final java.util.regex.Pattern SPAN_OR_BASELINE = java.util.regex.Pattern.compile(
            "\\b(?:since|than|compared (?:with|to)|from|as of|until|through)(?: the (?:start|beginning|end) of)? *(?:the |a )?$");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "this", "that", "these", "those", "he", "she");
    /** How far after a date's value the happening it dates may be named ("Thursday's bombing"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "his",
            "her", "our", "last", "latest", "first", "second", "new", "recent", "deadly", "fatal");
    private static final int DATE_EVENT_AFTER = 2;

    private final WordNetLexicon lexicon;
    private final MeasureReader measures;

    ClaimFrames(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
        this.measures = new MeasureReader(lexicon);
    }

    /** One frame per claim, in the claims' order. */
    List<ClaimFrame> read(List<Claim> claims, SentenceMentions mentions, Map<String, LocalDate> published) {
        List<ClaimFrame> frames = new ArrayList<>(claims.size());
        Map<String, Set<String>> leadEvents = new HashMap<>(); // document -> the happenings its lead names
        Map<String, List<Integer>> leadSentences = new HashMap<>(); // document -> its first sentences with claims
        // document#sentence -> the time that sentence is placed at (its own, or inherited), or none
        Map<String, Optional<DateValue>> sentenceTimes = new HashMap<>();
        SpeakerIds speakers = new SpeakerIds(mentions.all());
        PersonAges ages = new PersonAges(claims);
        for (Claim c : claims) {
            SentenceWords words = SentenceWords.of(c);
            List<MentionRecord> inSentence = mentions.in(c);
            Optional<DateValue> sentenceTime = sentenceTimes.computeIfAbsent(c.document() + "#" + c.sentenceIndex(),
                    k -> placeInTime(c, inSentence, words, sentenceTimes));
            DateValue when = when(c, inSentence, sentenceTime);
            boolean past = isPast(when, published.get(c.document()));
            Set<String> events = eventWords(c, words);
            Set<String> happenings = happenings(words, words.words().size());
            if (!happenings.isEmpty()) {
                leadEvents.putIfAbsent(c.document(), happenings);
            }
            Set<String> fromLead = new LinkedHashSet<>();
            if (!past && (happenings.isEmpty() || c.kind() == ClaimKind.DATE && !namesHappening(events))) {
                // a report goes on about the event of its lead: "As many as 80 people were also wounded",
                // "... shook a sparsely populated area on Sunday"
                fromLead.addAll(leadEvents.getOrDefault(c.document(), Set.of()));
                fromLead.removeAll(events);
                events.addAll(fromLead);
            }
            frames.add(new ClaimFrame(c, measures.read(c, words), when, past,
                    ids(inSentence, MentionType.LOCATION, null), people(c, inSentence, ages),
                    events, fromLead, nearHappenings(words), inLead(c, leadSentences),
                    c.kind() == ClaimKind.STATEMENT ? speakers.of(c) : Set.of(), FrameWords.of(c, words)));
        }
        return frames;
    }

    /** Whether the claim's sentence is one of the first {@link #LEAD_SENTENCES} of its document that carry claims. */
    private static boolean inLead(Claim c, Map<String, List<Integer>> leadSentences) {
        List<Integer> lead = leadSentences.computeIfAbsent(c.document(), d -> new ArrayList<>());
        if (!lead.contains(c.sentenceIndex()) && lead.size() < LEAD_SENTENCES) {
            lead.add(c.sentenceIndex());
        }
        return lead.contains(c.sentenceIndex());
    }

    /** Whether a verb names no event of its own ("be", "have", "say"). */
    static boolean isLightVerb(String verb) {
        return LIGHT_VERBS.contains(verb);
    }

    /** A sentence's time: a date it names, or, when it names none and opens with a pronoun, the previous sentence's. */
    private Optional<DateValue> placeInTime(Claim c, List<MentionRecord> inSentence, SentenceWords words,
                                                   Map<String, Optional<DateValue>> sentenceTimes) {
        Optional<DateValue> own = times(inSentence, null, c).stream().findFirst();
        if (own.isPresent() || !startsWithPronoun(words)) {
            return own;
        }
        return sentenceTimes.getOrDefault(c.document() + "#" + (c.sentenceIndex() - 1), Optional.empty());
    }

    /**
     * The time of a claim's event: a date's own value; else the date of its clause ({@link
     * #clauseTime}); else, when its sentence names no date, the time the sentence inherits ("It
     * killed 612 people"). A date in another clause places another event: "the quake left hundreds
     * injured as it rocked a region devastated by the tsunami of 2004" is no figure of 2004.
     */
    private DateValue when(Claim c, List<MentionRecord> inSentence, Optional<DateValue> sentenceTime) {
        if (c.kind() == ClaimKind.DATE && c.value() != null && c.value().date() != null) {
            return c.value().date();
        }
        Optional<DateValue> clause = clauseTime(c, inSentence);
        if (clause.isPresent()) {
            return clause.get();
        }
        return times(inSentence, null, c).isEmpty() ? sentenceTime.orElse(null) : null;
    }

    /**
     * The date nearest the claim's value in its own clause ("killed 612 people in February"), or one
     * that opens the sentence ("In December 2003, the city of Bam was razed by a quake that left
     * 31,000 dead"). A date in another clause ("a region devastated by the tsunami of 2004", "rebels
     * have been fighting since June") places another event.
     */
    private Optional<DateValue> clauseTime(Claim c, List<MentionRecord> inSentence) {
        DateValue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (MentionRecord m : inSentence) {
            DateValue d = time(m, c, c);
            int distance = Math.abs(m.start() - c.start());
            if (d != null && distance < bestDistance && (ClaimClauses.sameClause(c, m) || ClaimClauses.opensSentence(c, m))) {
                best = d;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A boolean over event words: whether they name a happening, not only a verb. */
    private boolean namesHappening(Set<String> events) {
        for (String e : events) {
            if (lexicon.namesHappening(e)) {
                return true;
            }
        }
        return false;
    }

    /** The resolved dates the sentence names (other than {@code except}'s value), in text order. */
    private List<DateValue> times(List<MentionRecord> inSentence, Claim except, Claim in) {
        List<DateValue> times = new ArrayList<>();
        for (MentionRecord m : inSentence) {
            DateValue d = time(m, except, in);
            if (d != null) {
                times.add(d);
            }
        }
        return times;
    }

    private DateValue time(MentionRecord m, Claim except, Claim in) {
        if (m.type() != MentionType.DATE || m.normalized() == null || except != null && overlaps(m, except)
                || VAGUE_TIMES.contains(m.text().toLowerCase(Locale.ROOT)) || spanOrBaseline(m, in)) {
            return null;
        }
        DateValue d = Timex.parse(m.normalized()).orElse(null);
        return d == null || d.isPartial() ? null : d;
    }

    /**
     * A date that opens a span running up to now ("since March", "the lowest since 1998") or names a
     * comparison's baseline ("than last year", "compared with a year earlier") does not place the
     * figure in the past: the figure is today's.
     */
    private static boolean spanOrBaseline(MentionRecord m, Claim in) {
        String sentence = in.sentence();
        int at = m.start() - in.sentenceStart();
        if (sentence == null || at < 0 || at > sentence.length()) {
            return false;
        }
        String before = sentence.substring(Math.max(0, at - 30), at).toLowerCase(Locale.ROOT);
        return SPAN_OR_BASELINE.matcher(before).find() || m.text().toLowerCase(Locale.ROOT).contains("earlier");
    }

    private static boolean overlaps(MentionRecord m, Claim c) {
        return m.start() < c.end() && c.start() < m.end();
    }

    private static boolean isPast(DateValue when, LocalDate published) {
        return when != null && !when.isPartial() && published != null
                && when.last().isBefore(published.minusDays(PAST_DAYS));
    }

    private static boolean startsWithPronoun(SentenceWords words) {
        return !words.words().isEmpty() && PRONOUNS.contains(words.at(0));
    }

    /**
     * The people a claim's sentence is about: those it names (not who is speaking), and those its
     * ages tell ("a 36-year-old climber" is the one person the story names with that age).
     */
    private static Set<String> people(Claim c, List<MentionRecord> inSentence, PersonAges ages) {
        Set<String> people = ids(inSentence, MentionType.PERSON, c.speaker());
        people.addAll(ages.peopleIn(c));
        return people;
    }

    /** The entity ids (or names, when unlinked) of one type of mention, without the speaker's. */
    private static Set<String> ids(List<MentionRecord> inSentence, MentionType type, String speaker) {
        Set<String> ids = new LinkedHashSet<>();
        for (MentionRecord m : inSentence) {
            if (m.type() == type && (speaker == null || !speaker.contains(m.text()))) {
                ids.add(m.entityId() != null ? m.entityId() : m.text().toLowerCase(Locale.ROOT));
            }
        }
        return ids;
    }

    /** The claim's verb and the happenings named in its clause (for a date: next to it). */
    private Set<String> eventWords(Claim c, SentenceWords words) {
        Set<String> events = new LinkedHashSet<>();
        if (c.predicate() != null && !c.predicate().isBlank()) {
            String verb = lexicon.verbLemma(c.predicate().strip().toLowerCase(Locale.ROOT));
            if (!LIGHT_VERBS.contains(verb)) {
                events.add(verb);
            }
        }
        int to = c.kind() == ClaimKind.DATE ? Math.min(words.words().size(), words.valueLast() + 1 + DATE_EVENT_AFTER)
                : words.words().size();
        // a date dates the happening named before it ("an earthquake ... shook the area on Sunday") or
        // right after it ("Thursday's bombing"), not one named later in the sentence ("handed out
        // blankets Monday to survivors of the earthquake")
        events.addAll(happenings(words, to));
        return events;
    }

    /** The happenings named within {@link FrameWords#CONTEXT} words of the value, in its clause. */
    private Set<String> nearHappenings(SentenceWords words) {
        Set<String> near = new LinkedHashSet<>();
        List<String> all = words.words();
        int from = Math.max(0, words.valueFirst() - FrameWords.CONTEXT);
        int to = Math.min(all.size(), words.valueLast() + 1 + FrameWords.CONTEXT);
        for (int i = from; i < to; i++) {
            if ((i < words.valueFirst() || i > words.valueLast()) && isHappening(words, i)) {
                near.add(lexicon.nounLemma(all.get(i)));
            }
        }
        return near;
    }

    /** The happenings the sentence names before word {@code to}, outside the value. */
    private Set<String> happenings(SentenceWords words, int to) {
        Set<String> happenings = new LinkedHashSet<>();
        List<String> all = words.words();
        for (int i = 0; i < to; i++) {
            if ((i < words.valueFirst() || i > words.valueLast()) && isHappening(words, i)) {
                happenings.add(lexicon.nounLemma(all.get(i)));
            }
        }
        return happenings;
    }

    /**
     * Whether the word at {@code i} is a noun naming a happening. A word in -ing is one only after a
     * determiner or a possessive ("the bombing", "Thursday's killing"), not as a verb ("causing damage");
     * a word of a name is none ("U.S. Central Command").
     */
    private boolean isHappening(SentenceWords words, int i) {
        List<String> all = words.words();
        String w = all.get(i);
        if (w.length() <= 3 || !w.chars().allMatch(Character::isLetter) || words.named(i)) {
            return false;
        }
        if (w.endsWith("ing")) {
            String before = i > 0 ? all.get(i - 1) : "";
            if (!DETERMINERS.contains(before) && !before.endsWith("'s")) {
                return false;
            }
        }
        return lexicon.namesHappening(w);
    }
}
