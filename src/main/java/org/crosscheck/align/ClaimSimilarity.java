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
 * What two claims' own words say against their being one thing, read once per pair for
 * {@link ClaimConflictRule}: other roles of one change ("from" / "to", an added count), places named
 * in their subjects ("troops in Iraq" / "troops in Syria"), other years or months a figure is of
 * ("71 seats in 2021"), other units ("people" / "villagers" loosely alike), subjects that name
 * different things ("six A321 aircraft" / "ten A320 aircraft"), and whether both count the sources
 * of one report ("two officials said"). It also gives the plain overlap of the sentences and whether
 * they share an entity.
 */
final class ClaimSimilarity {

    /** Sentence overlap below which two disagreeing values are not taken to be about one thing. */
    static final double RELATED_SENTENCE = 0.2;
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
        Set<String> wordsA = cached(sentenceWords, a, ClaimSimilarity::sentenceWords);
        Set<String> wordsB = cached(sentenceWords, b, ClaimSimilarity::sentenceWords);
        double sentence = ContentWords.jaccard(wordsA, wordsB);
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
        return new Evidence(sameUnit(a, b), looseUnit(a, b), subject, subjectConflict, placeConflict, placesDiffer,
                periodConflict, shareEntity(a, b), roleConflict, sentence, sourcesOfOneReport(a, b, sentence));
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

    /**
     * What {@link #compare} read; {@link #NONE} for claims of other kinds or values of other kinds.
     *
     * @param unit            the same unit, or units one may be the other's ("people" / "villagers")
     * @param looseUnit       units only loosely alike ("people" / "villagers")
     * @param subject         subjects of the same thing
     * @param subjectConflict subjects that name different things
     * @param placeConflict   places in the subjects that differ and that neither sentence names
     * @param placesDiffer    places in the subjects that differ
     * @param periodConflict  figures of other years or months
     * @param sharedEntity    the sentences name an entity in common
     * @param roleConflict    other roles of one change ("from" / "to"), or an added count against a total
     * @param sentence        the overlap of the sentences' content words
     * @param sourcesOfOneReport both count the sources of sentences that report one thing
     */
    record Evidence(boolean unit, boolean looseUnit, boolean subject, boolean subjectConflict, boolean placeConflict,
                    boolean placesDiffer, boolean periodConflict, boolean sharedEntity, boolean roleConflict,
                    double sentence, boolean sourcesOfOneReport) {
        static final Evidence NONE = new Evidence(false, false, false, false, false, false, false, false, true, 0, false);
    }
}
