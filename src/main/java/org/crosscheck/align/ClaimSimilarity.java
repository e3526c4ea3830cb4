package org.crosscheck.align;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.WordNetLexicon;
import org.crosscheck.normalize.Units;

/**
 * How much evidence two claims from different documents give that they state the same thing.
 * Sameness comes from what is measured (the unit's head noun, through WordNet), the event (the
 * predicate, through WordNet), the subject's other words, shared entities, the role in a
 * from/to/by sentence and the sentences' content words. A shared number or a shared name alone is
 * never enough, and values that disagree need more evidence than values that agree: a
 * disagreement between two claims that are not about one thing is the worst error the table can
 * show, so when in doubt the claims stay apart (SINGLE).
 *
 * <p>Rules (a light verb such as "be", "have", "say" names no event: it neither matches nor
 * contradicts another verb):
 * <ul>
 *   <li>never claims about different things: counts in different places ("troops in Iraq" /
 *       "troops in Syria", unless one place is named in the other's sentence), a figure placed in
 *       another year ("71 seats in 2021" against this year's), roles of one sentence (from / to);</li>
 *   <li>counts and quantities whose values agree: the same unit (WordNet synonyms or near
 *       hypernyms) and the same event with some context (a shared entity, subject word or
 *       sentence words); or an unnamed event about the same entity; or a particular thing counted
 *       ("jobs", "barrels", not "people") whatever the verb, with some context or much the same
 *       figure; or much the same figure of a particular or measured thing by the same event; or
 *       much the same sentence, unless it names another event for people;</li>
 *   <li>dates, durations, money, percentages whose values agree: the same event with the same
 *       subject (names in a date's object count as entities, not subject words), or the same
 *       subject with a shared entity or related sentence, or the same figure about the same entity
 *       whatever the verbs (unless opposites) when the subjects do not name different things;</li>
 *   <li>values that disagree need more: the same unit (never "people" for "villagers"), the same
 *       event, rival values close enough to be one dispute ({@link ValueCompatibility#close}), no
 *       subjects that name different things, sentences that do not name only different entities,
 *       and a shared entity, subject or some shared sentence words; or, for dates and figures other
 *       than counts, no event named by either (light verbs), the same subject words and a related
 *       sentence ("Turnout was 82%" / "Turnout reached 73 percent").</li>
 * </ul>
 */
final class ClaimSimilarity {

    /** Sentence overlap that on its own says two claims come from one reported sentence. */
    static final double SAME_SENTENCE = 0.35;
    /** Sentence overlap below which two disagreeing values are not taken to be about one thing. */
    static final double RELATED_SENTENCE = 0.2;
    /** Sentence overlap that, with the same event and unit, says compatible figures are one report. */
    static final double SOME_SENTENCE = 0.1;
    /** Verbs that name no event of their own ("is", "has", "said"): they neither match nor contradict. */
    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "get", "make", "say", "tell", "report",
            "add", "show", "put", "give", "include", "stand", "remain", "reach", "come", "go");
    private static final Pattern YEAR_IN =
            Pattern.compile("\\b(?:in|during)\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final String MONTH_NAMES = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining("|"));
    /** A month a figure belongs to: "in December", "for March", "December's figure". */
    private static final Pattern MONTH_OF = Pattern.compile("(?:\\b(?:in|during|for|over)\\s+|\\b(?=(?:"
            + MONTH_NAMES + ")['\u2019]s\\b))(" + MONTH_NAMES + ")\\b");
    /** Days and months are written capitalised but name no place. */
    private static final Set<String> CALENDAR_NAMES = Stream.concat(
            Arrays.stream(Month.values()).map(Enum::name), Arrays.stream(DayOfWeek.values()).map(Enum::name))
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final Pattern MONTH = Pattern.compile("\\b(" + MONTH_NAMES + ")\\b");
    private static final Pattern PLACE_TAIL = Pattern.compile("\\b(?:in|at|near)\\s+(.+)$");
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** A name written as a code of capitals and digits: "A321", "7E7", "G20", "F-16", "MH17". */
    private static final Pattern CODE = Pattern.compile("\\b(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\\d)[A-Z0-9]+(?:-[A-Z0-9]+)*\\b");

    private final WordNetLexicon lexicon;
    /** Word sets per claim, computed once per alignment run (claims are compared many times). */
    private final Map<Claim, Set<String>> sentenceWords = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Claim, Set<String>> subjectWords = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Claim, Set<String>> places = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Claim, Set<String>> codes = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Claim, Boolean> forecasts = Collections.synchronizedMap(new IdentityHashMap<>());

    /** Publication year by document name: a year that is its article's own is that article's present. */
    private final Map<String, Integer> publicationYears;

    ClaimSimilarity(WordNetLexicon lexicon) {
        this(lexicon, Map.of());
    }

    ClaimSimilarity(WordNetLexicon lexicon, Map<String, Integer> publicationYears) {
        this.lexicon = lexicon;
        this.publicationYears = publicationYears;
    }

    /** The evidence that {@code a} and {@code b} state the same thing. */
    Evidence compare(Claim a, Claim b) {
        if (a.kind() != b.kind() || !ValueCompatibility.comparable(a, b)) {
            return Evidence.NONE;
        }
        // an addition ("another two killed") is never the total another report gives
        boolean roleConflict = a.role() != null && b.role() != null && !a.role().equals(b.role())
                || Claim.ADDED.equals(a.role()) != Claim.ADDED.equals(b.role());
        boolean sameRole = a.role() != null && a.role().equals(b.role());
        Set<String> wordsA = cached(sentenceWords, a, ClaimSimilarity::sentenceWords);
        Set<String> wordsB = cached(sentenceWords, b, ClaimSimilarity::sentenceWords);
        double sentence = ContentWords.jaccard(wordsA, wordsB);
        boolean sharedEntity = shareEntity(a, b);
        boolean unit = sameUnit(a, b);
        // a light verb ("make", "have") names no event: it matches nothing, not even through WordNet
        boolean predicate = present(a.predicate()) && present(b.predicate()) && !lightVerb(a.predicate())
                && !lightVerb(b.predicate()) && lexicon.sameVerb(a.predicate(), b.predicate());
        boolean antonyms = !predicate && present(a.predicate()) && present(b.predicate())
                && lexicon.antonymVerbs(a.predicate(), b.predicate());
        boolean eventUnknown = !predicate && (lightVerb(a.predicate()) || lightVerb(b.predicate()));
        // "a 6.1-magnitude quake" / "a 6.1-magnitude earthquake": the thing a measure is of is the subject
        // "six Airbus A321 aircraft" / "10 A320 aircraft": models, flights, groups named by codes are other things
        boolean otherCodes = otherCodes(cached(codes, a, c -> codes(c.subject())), cached(codes, b, c -> codes(c.subject())));
        boolean subject = !otherCodes && (sameSubject(a, b) || sameMeasuredThing(a, b));
        Set<String> sa = cached(subjectWords, a, ClaimSimilarity::subjectWords);
        Set<String> sb = cached(subjectWords, b, ClaimSimilarity::subjectWords);
        // subjects name different things only when neither's words occur anywhere in the other's sentence
        boolean subjectConflict = otherCodes || !subject && !sa.isEmpty() && !sb.isEmpty()
                && ContentWords.containment(sa, wordsB) == 0 && ContentWords.containment(sb, wordsA) == 0;
        Set<String> pa = cached(places, a, ClaimSimilarity::place);
        Set<String> pb = cached(places, b, ClaimSimilarity::place);
        boolean placesDiffer = !pa.isEmpty() && !pb.isEmpty() && ContentWords.jaccard(pa, pb) == 0;
        boolean placeConflict = placesDiffer && !wordsB.containsAll(pa) && !wordsA.containsAll(pb);
        boolean periodConflict = a.kind() != ClaimKind.DATE && (yearConflict(a, b) || monthConflict(a, b));
        // "is expected to sell at least 300,000 copies" / "sold 800,000 copies": a forecast is no rival of a tally
        boolean forecastAndTally = a.kind() != ClaimKind.DATE
                && cached(forecasts, a, Forecasts::forecast) != cached(forecasts, b, Forecasts::forecast);
        double score = 0.3 * (unit ? 1 : 0) + 0.25 * (predicate ? 1 : 0) + 0.2 * (subject ? 1 : 0)
                + 0.1 * (sharedEntity ? 1 : 0) + 0.15 * Math.min(1, sentence * 2) + (sameRole ? 0.1 : 0);
        boolean noSubjects = sa.isEmpty() && sb.isEmpty();
        boolean entityConflict = !sharedEntity && !a.entityIds().isEmpty() && !b.entityIds().isEmpty();
        boolean specificUnit = unit && a.kind() == ClaimKind.COUNT && !looseUnit(a, b)
                && !anyPeople(a.unit()) && !anyPeople(b.unit());
        // "Turnout was 82%" / "Turnout reached 73 percent": no event named, the measure named alike
        boolean sameMeasure = a.kind() != ClaimKind.COUNT && a.kind() != ClaimKind.QUANTITY
                && lightVerb(a.predicate()) && lightVerb(b.predicate()) && !sa.isEmpty() && sa.equals(sb);
        return new Evidence(a.kind(), Math.min(1, score), unit, looseUnit(a, b), specificUnit, predicate, antonyms,
                eventUnknown, subject, noSubjects, subjectConflict, placeConflict, placesDiffer, periodConflict, sharedEntity,
                entityConflict, sameRole, roleConflict, sentence, sameMeasure, sourcesOfOneReport(a, b, sentence),
                subject && !sameSubjectWords(sa, sb) && namePeople(sa) && namePeople(sb), forecastAndTally);
    }

    /**
     * Whether both claims count the sources of their sentence ("two diplomats familiar with the plan
     * said", "a railway official said") and the sentences report the same thing: they say much the
     * same, or they share a figure other than these counts ("... to 8,500 troops").
     */
    private static boolean sourcesOfOneReport(Claim a, Claim b, double sentence) {
        if (!FactComparer.countsSources(a) || !FactComparer.countsSources(b)) {
            return false;
        }
        if (sentence >= RELATED_SENTENCE) {
            return true;
        }
        Set<String> figures = figures(a);
        figures.retainAll(figures(b));
        return !figures.isEmpty();
    }

    /** The numbers written in digits in a claim's sentence, other than its own value and years. */
    private static Set<String> figures(Claim c) {
        Set<String> figures = new HashSet<>();
        Matcher m = FIGURE.matcher(c.sentence() == null ? "" : c.sentence());
        while (m.find()) {
            String figure = m.group().replace(",", "");
            if (!YEAR.matcher(figure).matches()) {
                figures.add(figure);
            }
        }
        if (c.valueText() != null) {
            Matcher own = FIGURE.matcher(c.valueText());
            while (own.find()) {
                figures.remove(own.group().replace(",", ""));
            }
        }
        return figures;
    }

    /**
     * A claim's word set from a per-run cache; pairs are compared on every core, so the set is
     * computed outside the map's lock (two threads may both compute it: the same set, no harm).
     */
    private static <T> T cached(Map<Claim, T> cache, Claim c, java.util.function.Function<Claim, T> words) {
        T known = cache.get(c);
        if (known == null) {
            known = words.apply(c);
            cache.put(c, known);
        }
        return known;
    }

    /**
     * Whether the evidence is enough to put the claims in one fact (see the class comment).
     *
     * @param valuesAgree whether the values are compatible and of one magnitude
     * @param closeValues whether the values are close enough to be rival figures for one thing
     *                    (see {@link ValueCompatibility#close}); only asked of values that disagree
     */
    static boolean canGroup(Evidence e, boolean valuesAgree, boolean closeValues) {
        return canGroup(e, valuesAgree, closeValues, false);
    }

    /**
     * As {@link #canGroup(Evidence, boolean, boolean)}, knowing whether the two figures are much the
     * same number ({@link ValueCompatibility#sameFigure}): the same figure of the same particular
     * thing in one story is one fact even when the sentences say little else in common.
     */
    static boolean canGroup(Evidence e, boolean valuesAgree, boolean closeValues, boolean sameFigure) {
        if (e == Evidence.NONE || e.roleConflict() || !e.unit()) {
            return false;
        }
        boolean counted = e.kind() == ClaimKind.COUNT || e.kind() == ClaimKind.QUANTITY;
        if (e.placeConflict() || e.periodConflict() || !counted && e.subjectConflict()) {
            return false;
        }
        boolean context = e.sharedEntity() || e.subject() || e.sentence() >= RELATED_SENTENCE;
        if (valuesAgree) {
            if (e.looseUnit()) {
                return e.predicate() && (e.sharedEntity() || e.sentence() >= RELATED_SENTENCE);
            }
            // much the same sentence, unless it names another event for a thing only the event tells
            // apart ("the blast killed 14 people" / "the blast injured 14 people")
            boolean otherEvent = !e.predicate() && !e.eventUnknown() && !e.specificUnit();
            if (e.sentence() >= SAME_SENTENCE && !otherEvent) {
                return true;
            }
            if (counted) {
                // the same thing counted by the same event, or by an unnamed event about the same entity;
                // a particular thing ("jobs", "hectares", not "people") names the count on its own
                boolean subjectsFit = !e.subjectConflict() || e.sentence() >= RELATED_SENTENCE;
                // sentences that name only other entities need more than a little shared wording
                boolean related = context && !(e.entityConflict() && !e.subject() && e.sentence() < RELATED_SENTENCE)
                        || !e.entityConflict() && (e.sentence() >= SOME_SENTENCE || e.specificUnit());
                boolean sameFigureOfAThing = sameFigure && e.specificUnit() && !e.antonyms() && !e.entityConflict()
                        && !e.subjectConflict();
                // much the same figure of a measured or particular thing by the same event ("burned more than
                // 10,000 hectares" / "scorched some 10,500 hectares"), whatever other names the sentences hold;
                // not people in general, whom the same event befalls in many places of one story
                boolean sameFigureOfOneEvent = sameFigure && e.predicate() && !e.subjectConflict()
                        && (e.specificUnit() || e.kind() == ClaimKind.QUANTITY);
                // much the same measured figure ("up to 195 km/h" / "120 mph") of the same thing, about a shared
                // entity or in somewhat alike sentences: a physical measure says what it measures, whatever the verbs
                boolean sameMeasuredFigure = sameFigure && e.kind() == ClaimKind.QUANTITY && !e.antonyms()
                        && !e.subjectConflict() && !e.entityConflict()
                        && (e.sharedEntity() || e.subject() || e.sentence() >= SOME_SENTENCE);
                return sameFigureOfAThing || sameFigureOfOneEvent || sameMeasuredFigure
                        || e.predicate() && related
                        || (e.eventUnknown() || e.specificUnit() && !e.antonyms())
                        && (e.sharedEntity() || e.subject() || e.sentence() >= SOME_SENTENCE) && subjectsFit;
            }
            // dates and other values: the same event, or the same object with the same entity or sentence,
            // or the same figure about the same entity by an unnamed event ("Hardy took 44.9%" / "Hardy had 45%")
            // whatever the verbs ("Andrade won 44.2%" / "Andrade took 44%"), unless they are opposites
            boolean sameFigureOfAnEntity = sameFigure && !e.antonyms() && e.sharedEntity() && !e.subjectConflict();
            // how long the event lasts, told in other units by related sentences ("a 72-hour walkout" /
            // "the three-day strike"): the verb names what lasts
            boolean lengthOfOneEvent = e.kind() == ClaimKind.DURATION && e.predicate() && e.noSubjects()
                    && e.sentence() >= SOME_SENTENCE;
            return sameFigureOfAnEntity || lengthOfOneEvent
                    || e.predicate() && (e.subject() || e.sharedEntity() && e.sentence() >= SOME_SENTENCE
                            || e.noSubjects() && e.sentence() >= RELATED_SENTENCE)
                    || e.subject() && (e.sharedEntity() || e.sentence() >= RELATED_SENTENCE);
        }
        // the sources of one report, counted differently ("two diplomats" / "a diplomat"): saying is the event
        if (counted && e.sourcesOfOneReport() && closeValues && e.subject() && !e.entityConflict()) {
            return true;
        }
        // rival values: the same measure of the same event about the same thing, never a loose match;
        // sentences naming only other entities are likely about other subjects ("A won 45,000 votes",
        // "10 killed in Central Aceh" / "five died in Aceh")
        if (!counted && e.sameMeasure() && closeValues && !e.entityConflict()) {
            return e.sentence() >= RELATED_SENTENCE;
        }
        // rival values of events in two places ("released on 11 November in the UK" / "released in the US
        // on 9 November") are two events, even when one sentence names the other's place too
        if (e.looseUnit() || !e.predicate() || !closeValues || e.subjectConflict() || e.entityConflict() || e.placesDiffer()
                || e.forecastAndTally()) {
            return false;
        }
        if (counted) {
            return e.sharedEntity() || e.subject()
                    || e.sentence() >= (e.specificUnit() ? SOME_SENTENCE : RELATED_SENTENCE);
        }
        // people called by related role nouns ("met U.S. representatives" / "met Iraq's ambassador")
        // may be one person in agreeing reports, but are too loose a match to set reports against each other
        boolean sameObject = e.subject() && (!e.peopleParaphrased() || e.sentence() >= RELATED_SENTENCE);
        return sameObject && (e.sharedEntity() || e.sentence() >= RELATED_SENTENCE)
                || e.noSubjects() && e.sentence() >= RELATED_SENTENCE;
    }

    /** Whether claims with antonym predicates ("stay" / "leave") are one fact stated with opposite polarity. */
    static boolean canGroupOpposite(Evidence e) {
        return e.antonyms() && e.unit() && !e.roleConflict() && e.subject() && e.sharedEntity()
                && e.sentence() >= SAME_SENTENCE;
    }

    /**
     * A claim's sentence words, without its speaker's words and without numbers: two sentences
     * quoting one agency spokesman with different figures are not alike for that.
     */
    private static Set<String> sentenceWords(Claim c) {
        Set<String> words = new HashSet<>(ContentWords.of(c.sentence()));
        words.removeAll(ContentWords.of(c.speaker()));
        words.removeIf(w -> !w.isEmpty() && Character.isDigit(w.charAt(0)));
        return words;
    }

    private boolean sameUnit(Claim a, Claim b) {
        String ua = blankToNull(a.unit());
        String ub = blankToNull(b.unit());
        if (!Units.period(ua).equals(Units.period(ub))) {
            return false; // "one quake every day" is not "three aftershocks"
        }
        return switch (a.kind()) {
            case COUNT -> ua != null && ub != null && !peopleOfOtherPlaces(ua, ub) && (ua.equalsIgnoreCase(ub) || lexicon.sameNoun(ua, ub)
                    || lexicon.genericPeople(ua) && lexicon.genericPeople(ub) || looseUnit(a, b));
            case QUANTITY -> ua != null && ub != null && (ua.equalsIgnoreCase(ub) || lexicon.sameNoun(ua, ub)
                    || Units.convertible(ua, ub)); // "195 km/h" / "120 mph"
            case MONEY -> ua == null || ub == null || ua.equalsIgnoreCase(ub);
            default -> true;
        };
    }

    /**
     * "people" against "villagers": people in general may be the particular people, with more
     * evidence; so may the people of a place ("Congolese" against "refugees"), but not the people
     * of another place ("Congolese" against "Rwandans").
     */
    private boolean looseUnit(Claim a, Claim b) {
        String ua = blankToNull(a.unit());
        String ub = blankToNull(b.unit());
        if (a.kind() != ClaimKind.COUNT || ua == null || ub == null || ua.equalsIgnoreCase(ub) || lexicon.sameNoun(ua, ub)
                || lexicon.genericPeople(ua) && lexicon.genericPeople(ub) || lexicon.demonym(ua) && lexicon.demonym(ub)) {
            return false;
        }
        return anyPeople(ua) && lexicon.namesPeople(ub) || anyPeople(ub) && lexicon.namesPeople(ua);
    }

    /** "Congolese" and "Rwandans": WordNet makes both Africans, but they are the people of two places. */
    private boolean peopleOfOtherPlaces(String ua, String ub) {
        return lexicon.demonym(ua) && lexicon.demonym(ub) && !lexicon.nounLemma(ua).equals(lexicon.nounLemma(ub));
    }

    /** People in general, or the people of a place: neither says which particular people they are. */
    private boolean anyPeople(String unit) {
        return lexicon.genericPeople(unit) || lexicon.demonym(unit);
    }

    /**
     * Subjects match on their words other than the unit and the predicate (which are compared on
     * their own): "U.S. troops in Iraq" and "American soldiers in Iraq" share "Iraq"; for dates
     * "close embassy" and "shut embassy" share "embassy".
     */
    private boolean sameSubject(Claim a, Claim b) {
        Set<String> sa = cached(subjectWords, a, ClaimSimilarity::subjectWords);
        Set<String> sb = cached(subjectWords, b, ClaimSimilarity::subjectWords);
        if (sa.isEmpty() || sb.isEmpty()) {
            return false;
        }
        if (sameSubjectWords(sa, sb)) {
            return true;
        }
        // one-word subjects that are paraphrases: "reduce force" / "reduce troop"
        if (sa.size() == 1 && sb.size() == 1) {
            String x = sa.iterator().next();
            String y = sb.iterator().next();
            return x.length() > 3 && y.length() > 3 && x.chars().allMatch(Character::isLetter)
                    && y.chars().allMatch(Character::isLetter) && lexicon.sameNoun(x, y);
        }
        return false;
    }

    /** Whether both subjects name things by codes ("A321", "7E7", "G20", "F-16") and by no code alike. */
    private static boolean otherCodes(Set<String> ca, Set<String> cb) {
        return !ca.isEmpty() && !cb.isEmpty() && Collections.disjoint(ca, cb);
    }

    private static Set<String> codes(String subject) {
        Set<String> codes = new HashSet<>();
        if (subject != null) {
            Matcher m = CODE.matcher(subject);
            while (m.find()) {
                codes.add(m.group().replace("-", ""));
            }
        }
        return codes;
    }

    /**
     * Whether two quantities measure one kind of thing named by their head nouns ("6.1-magnitude
     * quake" / "earthquake"); a head that is the measure itself ("10 kilometres") names no thing.
     */
    private boolean sameMeasuredThing(Claim a, Claim b) {
        if (a.kind() != ClaimKind.QUANTITY) {
            return false;
        }
        String x = head(a.subject());
        String y = head(b.subject());
        return measuredThing(x, a.unit()) && measuredThing(y, b.unit()) && (x.equalsIgnoreCase(y) || lexicon.sameNoun(x, y));
    }

    /** A head noun that names a thing, not the measure ("points" of "percentage point", "kilometres"). */
    private boolean measuredThing(String head, String unit) {
        if (head.length() <= 3 || !head.chars().allMatch(Character::isLetter) || Units.measureOfWord(head).isPresent()) {
            return false;
        }
        String lemma = lexicon.nounLemma(head);
        return unit == null || Arrays.stream(unit.split("\\s+")).map(lexicon::nounLemma).noneMatch(lemma::equalsIgnoreCase);
    }

    /** Whether every subject word names a person or people ("ambassador", "representatives"). */
    private boolean namePeople(Set<String> words) {
        return !words.isEmpty() && words.stream().allMatch(lexicon::namesPeople);
    }

    /** Subjects that share their words, not just a WordNet relation. */
    private static boolean sameSubjectWords(Set<String> sa, Set<String> sb) {
        return ContentWords.jaccard(sa, sb) >= 0.34 || ContentWords.containment(sa, sb) >= 0.6;
    }

    private static Set<String> subjectWords(Claim c) {
        Set<String> words = new HashSet<>(ContentWords.of(c.subject()));
        words.removeAll(ContentWords.of(c.unit()));
        words.removeAll(ContentWords.of(c.predicate()));
        if (c.kind() == ClaimKind.COUNT || c.kind() == ClaimKind.QUANTITY) {
            words.removeAll(ContentWords.of(head(c.subject()))); // the counted noun, compared as the unit
        } else {
            // an event's object named by a proper name ("attack Sudan") is compared as an entity: a
            // country's name says little about which of the events in it a date belongs to
            words.removeAll(names(c.sentence()));
        }
        return words;
    }

    /** The words a sentence only writes capitalised after its first word: names, not content. */
    private static Set<String> names(String sentence) {
        Set<String> capitalised = new HashSet<>();
        Set<String> lower = new HashSet<>();
        if (sentence == null) {
            return capitalised;
        }
        String[] tokens = sentence.split("[^\\p{L}\\p{N}'’.-]+");
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty()) {
                continue;
            }
            Set<String> stems = ContentWords.of(t);
            (Character.isUpperCase(t.charAt(0)) ? capitalised : lower).addAll(stems);
        }
        capitalised.removeAll(lower);
        return capitalised;
    }

    /**
     * The place or particular thing a subject names: the words after "in", "at" or "near" ("troops
     * in Iraq" -> iraq); for a dated event also the names of its object ("break Blue Nile state"
     * -> blue, nile), which tell one event from the same kind of event elsewhere.
     */
    private static Set<String> place(Claim c) {
        String subject = c.subject();
        if (subject == null) {
            return Set.of();
        }
        Matcher m = PLACE_TAIL.matcher(subject);
        Set<String> place = new HashSet<>(m.find() ? ContentWords.of(m.group(1)) : Set.of());
        if (c.kind() == ClaimKind.DATE) {
            String[] words = subject.split("\\s+");
            for (int i = 1; i < words.length; i++) {
                if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && !CALENDAR_NAMES.contains(
                        words[i].toLowerCase(Locale.ROOT))) {
                    place.addAll(ContentWords.of(words[i]));
                }
            }
        }
        return place;
    }

    /** The head word of a subject: its last word before any prepositional tail ("troops" in "U.S. troops in Iraq"). */
    private static String head(String subject) {
        if (subject == null || subject.isBlank()) {
            return "";
        }
        String np = subject.split("\\s+(in|of|at|on|for|from|to|by|with|near)\\s+")[0].strip();
        int space = np.lastIndexOf(' ');
        return space < 0 ? np : np.substring(space + 1);
    }

    private static boolean shareEntity(Claim a, Claim b) {
        if (a.entityIds().isEmpty() || b.entityIds().isEmpty()) {
            return false;
        }
        Set<String> ids = new HashSet<>(a.entityIds());
        for (String id : b.entityIds()) {
            if (ids.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean lightVerb(String verb) {
        return !present(verb) || LIGHT_VERBS.contains(verb.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A figure placed in a past year ("71 seats in 2021") is about that year: it is not the figure
     * of a sentence that names another year, or none (then it is the report's present). A year
     * that is the article's own publication year is its present too.
     */
    private boolean yearConflict(Claim a, Claim b) {
        Set<String> ya = years(a);
        Set<String> yb = years(b);
        if (ya.isEmpty() && yb.isEmpty()) {
            return false;
        }
        for (String y : ya) {
            if (yb.contains(y)) {
                return false;
            }
        }
        // a year both sentences name, however ("began in 2017" / "since 2017"), places both figures alike
        return !(namesAll(b.sentence(), ya) && namesAll(a.sentence(), yb));
    }

    /**
     * Figures of different months ("rose by £1.4bn in March" / "rose by £1.1bn in April"): each
     * sentence puts its figure in a month the other does not name at all.
     */
    private static boolean monthConflict(Claim a, Claim b) {
        Set<String> ma = months(MONTH_OF, a.sentence());
        Set<String> mb = months(MONTH_OF, b.sentence());
        if (ma.isEmpty() || mb.isEmpty()) {
            return false;
        }
        return Collections.disjoint(ma, months(MONTH, b.sentence())) && Collections.disjoint(mb, months(MONTH, a.sentence()));
    }

    private static Set<String> months(Pattern pattern, String sentence) {
        Set<String> months = new HashSet<>();
        Matcher m = pattern.matcher(sentence == null ? "" : sentence);
        while (m.find()) {
            months.add(m.group(1));
        }
        return months;
    }

    private static boolean namesAll(String sentence, Set<String> years) {
        Set<String> named = new HashSet<>();
        Matcher m = YEAR.matcher(sentence == null ? "" : sentence);
        while (m.find()) {
            named.add(m.group());
        }
        return named.containsAll(years);
    }

    private Set<String> years(Claim c) {
        Set<String> years = new HashSet<>();
        if (c.sentence() != null) {
            Integer own = publicationYears.get(c.document());
            Matcher m = YEAR_IN.matcher(c.sentence());
            while (m.find()) {
                if (own == null || Integer.parseInt(m.group(1)) != own) {
                    years.add(m.group(1));
                }
            }
        }
        return years;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The pieces of evidence and their weighted score in [0, 1]. */
    record Evidence(ClaimKind kind, double score, boolean unit, boolean looseUnit, boolean specificUnit,
                    boolean predicate, boolean antonyms, boolean eventUnknown, boolean subject, boolean noSubjects,
                    boolean subjectConflict, boolean placeConflict, boolean placesDiffer, boolean periodConflict,
                    boolean sharedEntity, boolean entityConflict, boolean sameRole, boolean roleConflict, double sentence,
                    boolean sameMeasure, boolean sourcesOfOneReport, boolean peopleParaphrased, boolean forecastAndTally) {
        static final Evidence NONE = new Evidence(null, 0, false, false, false, false, false, false, false, false,
                false, false, false, false, false, false, false, true, 0, false, false, false, false);
    }
}
