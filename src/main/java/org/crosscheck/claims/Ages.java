package org.crosscheck.claims;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.AgeReader;

/**
 * Stage: people's ages, which {@link NonValues} keeps from being read as durations or counts.
 * Needs the drafts found so far (a figure read as part of an age is dropped). Provides one draft
 * of kind {@link ClaimKind#AGE} per age a sentence gives a person: "36-year-old Duncan Rait", "a
 * 36-year-old Australian climber", "The 36-year-old, who ...", "Robert Buckley, 32, died", "a man
 * aged 58", "a woman in her 50s". Its subject is the person: the name when the age stands in
 * apposition with one, else the noun for people it qualifies ("climber", "man"), else "person"
 * for an age used as a noun. An age of a thing ("a 40-year-old law", "the 25-year-old stadium")
 * is no claim.
 */
final class Ages implements Stage {

    /** "36-year-old", "22 year-old", "58 years old", "six-year-old": a figure, "year(s)", "old". */
    private static final Pattern COMPOUND = Pattern.compile("(?i)[\\w.,]+\\s?-?\\s?(?:years?|yrs?)\\s?-?\\s?old");
    /** The determiners of "in his early 30s", "in their fifties". */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
    /** Tokens that may close an age in apposition: "Robert Buckley, 32, died", "(32)". */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ";", ")", "-rrb-", ":");
    private static final String PERSON = "person";

    private final WordNetLexicon lexicon;
    private final AgeReader reader = new AgeReader();

    Ages(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void apply(SentenceState s) {
        SentenceView v = s.view;
        for (int i = s.datelineEnd; i < v.size(); i++) {
            int end = compoundEnd(v, i);
            if (end > i) {
                i = compound(s, i, end) - 1;
                continue;
            }
            if (v.word(i).equals("aged") && i + 1 < v.size()) {
                i = aged(s, i) - 1;
                continue;
            }
            end = decadeEnd(v, i);
            Owner owner = end > i ? ownerBefore(s, i) : null;
            if (owner != null) {
                add(s, i, end, owner); // "a woman in her 50s"
                i = end - 1;
            }
        }
        numbersInApposition(s);
    }

    /** One past the tokens of "36-year-old" from {@code i}, or -1. */
    private static int compoundEnd(SentenceView v, int i) {
        if (!v.pos(i).equals("CD") && !v.word(i).matches("\\d+-years?-old")) {
            return -1;
        }
        for (int k = i + 1; k <= Math.min(v.size(), i + 5); k++) {
            if (COMPOUND.matcher(v.text(i, k)).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** "a 36-year-old Australian climber", "36-year-old Duncan Rait", "The 36-year-old, who": the age of a person. */
    private int compound(SentenceState s, int begin, int end) {
        SentenceView v = s.view;
        Owner apposed = apposedName(s, begin);
        int k = end;
        int head = -1;
        while (k < v.size() && k - end < 4 && !v.ner(k).equals("PERSON")
                && (v.pos(k).startsWith("JJ") || v.isNoun(k) || v.pos(k).equals("HYPH"))) {
            if (v.isNoun(k) || v.ner(k).equals("MISC")) {
                head = k;
            }
            k++;
        }
        Owner owner;
        if (v.ner(k).equals("PERSON") && k - end < 4) {
            owner = named(s, k); // "36-year-old Duncan Rait", "32-year-old Englishman Robert Buckley"
        } else if (head >= 0 && !namesPeople(v, head)) {
            return end; // "a 40-year-old law", "the 25-year-old stadium": the age of a thing
        } else if (head >= 0 && v.word(head + 1).equals(",") && v.ner(head + 2).equals("PERSON")) {
            owner = named(s, head + 2); // "a 36-year-old father of two, John Smith,"
        } else {
            owner = head >= 0 ? new Owner(v.lemma(head).toLowerCase(Locale.ROOT), null) : new Owner(PERSON, null);
        }
        add(s, begin, end, apposed != null ? apposed : owner);
        return end;
    }

    /** "a man aged 58", "Robert Buckley, aged 32,", "aged between 20 and 30", "aged in his early 30s". */
    private int aged(SentenceState s, int aged) {
        SentenceView v = s.view;
        int end = decadeEnd(v, aged + 1);
        if (end < 0) {
            end = aged + 1;
            for (int k = aged + 1; k < v.size() && k <= aged + 5; k++) {
                if (v.pos(k).equals("CD")) {
                    end = k + 1;
                } else if (!(v.pos(k).equals("IN") || v.pos(k).equals("CC") || v.pos(k).equals("RB")
                        || v.pos(k).equals("TO") || v.word(k).equals("-"))) {
                    break;
                }
            }
        }
        if (end == aged + 1) {
            return end;
        }
        Owner owner = ownerBefore(s, aged);
        if (owner != null) {
            add(s, aged + 1, end, owner); // the age without "aged": "58", "in his early 30s"
        }
        return end;
    }

    /** One past "in his early 30s", "in her fifties" from {@code i} ("in"), or -1. */
    private int decadeEnd(SentenceView v, int i) {
        if (!v.word(i).equals("in") || !POSSESSIVES.contains(v.word(i + 1))) {
            return -1;
        }
        for (int k = i + 3; k <= Math.min(v.size(), i + 6); k++) {
            String last = v.word(k - 1);
            if ((last.matches("(?:mid-)?\\d0'?s") || last.endsWith("ies") || last.equals("teens"))
                    && reader.read(v.text(i + 2, k)).isPresent()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whose age stands after a noun phrase: the name or the noun for people just before token
     * {@code i} ("a man aged 58", "Robert Buckley, aged 32", "The victim was aged 58"), else "person";
     * null when the noun names a thing.
     */
    private Owner ownerBefore(SentenceState s, int i) {
        SentenceView v = s.view;
        int k = i - 1;
        if (v.word(k).equals(",")) {
            k--;
        }
        while (k >= 0 && (v.lemma(k).equals("be") || v.pos(k).startsWith("RB"))) {
            k--; // "The victim was aged 58"
        }
        if (v.ner(k).equals("PERSON")) {
            return named(s, k);
        }
        if (v.isNoun(k)) {
            return namesPeople(v, k) ? new Owner(v.lemma(k).toLowerCase(Locale.ROOT), null) : null;
        }
        return new Owner(PERSON, null);
    }

    /** "Bensu Elianita, a 22-year-old resident": the name an age's noun phrase stands in apposition with, or null. */
    private static Owner apposedName(SentenceState s, int begin) {
        SentenceView v = s.view;
        int k = begin - 1;
        if (v.pos(k).equals("DT")) {
            k--;
        }
        return v.word(k).equals(",") && v.ner(k - 1).equals("PERSON") ? named(s, k - 1) : null;
    }

    /** "Robert Buckley, 32, died", "Robert Buckley (32)": a bare figure between commas after a name. */
    private void numbersInApposition(SentenceState s) {
        SentenceView v = s.view;
        for (Mention m : v.sentence.mentions()) {
            int e = m.tokenEnd();
            boolean opens = v.word(e).equals(",") || v.word(e).equals("(") || v.word(e).equals("-lrb-");
            if (m.type() != MentionType.PERSON || !opens || !v.word(e + 1).matches("\\d{1,3}")
                    || !APPOSITION_ENDS.contains(v.word(e + 2)) || e + 1 < s.datelineEnd) {
                continue;
            }
            int age = Integer.parseInt(v.word(e + 1));
            if (age > 0 && age < 120) {
                add(s, e + 1, e + 2, new Owner(s.document.nameOf(m), entityId(m)));
            }
        }
    }

    /** The person whose name covers token {@code i}. */
    private static Owner named(SentenceState s, int i) {
        for (Mention m : s.view.sentence.mentions()) {
            if (m.type() == MentionType.PERSON && m.tokenBegin() <= i && i < m.tokenEnd()) {
                return new Owner(s.document.nameOf(m), entityId(m));
            }
        }
        return new Owner(s.view.word(i), null);
    }

    /** As {@link SentenceState#entityIds} names a mention. */
    private static String entityId(Mention m) {
        return m.entityId() != null ? m.entityId() : "name:" + m.text().toLowerCase(Locale.ROOT);
    }

    /**
     * A noun for people ("climber", "man", "Briton"), a demonym the tagger took for an adjective
     * included; any frequent sense will do, since an age says the noun is likely someone.
     */
    private boolean namesPeople(SentenceView v, int i) {
        String lemma = v.lemma(i).toLowerCase(Locale.ROOT);
        return lexicon.mayNamePeople(lemma) || lexicon.genericPeople(lemma) || lexicon.demonym(v.word(i));
    }

    private static void add(SentenceState s, int begin, int end, Owner owner) {
        s.drafts.removeIf(d -> d.begin < end && begin < d.end); // "32" read as a bare number, "36-year-old" as a duration
        Draft d = new Draft(MentionType.NUMBER, null, begin, begin, end);
        d.kind = ClaimKind.AGE;
        d.predicate = "be"; // an age says what someone is, whatever the sentence reports they did
        d.subject = owner.name();
        d.entityId = owner.entityId();
        s.drafts.add(d);
    }

    /** Whose age it is: a name (with its entity id) or a noun for people. */
    private record Owner(String name, String entityId) {
    }
}
