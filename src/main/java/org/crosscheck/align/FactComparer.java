package org.crosscheck.align;

import org.crosscheck.project.Disagreement;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.WordNetLexicon;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.project.DocumentInfo;

/**
 * Judges one group of claims: SINGLE when one document states it, AGREE when every pair of values
 * is compatible or the only difference is a quote's wording, DISAGREE otherwise, with the kind of
 * difference. Also counts the independent
 * sources ({@link IndependentSources}: a copy and its original, or a sentence reprinted word for word, are one) and writes the fact's id and label.
 *
 * <p>Disagreement kinds, first match wins:
 * <ul>
 *   <li>POLARITY: the claims' predicates are WordNet antonyms ("stay" / "leave");</li>
 *   <li>WORDING: the same direct quote with different words (the fact AGREEs: one remark, reworded);</li>
 *   <li>ATTRIBUTION: the same statement credited to different speakers;</li>
 *   <li>DATE or VALUE: the same statement reported with other figures (days, years: DATE);</li>
 *   <li>UPDATE: a figure that changed between reports: every conflicting pair comes from two
 *       independent documents published at least a day apart, one of which presents its figure as
 *       changed, revised or provisional ("rose to", "revised", "preliminary"; see
 *       {@code models/align/update_cues.txt}) or, for a count of people something has happened to,
 *       the later is higher (tolls grow); a copy that changes its original's figure is not an
 *       update but a VALUE disagreement; a toll ({@code models/align/toll_verbs.txt}) that a later
 *       independent report puts above an earlier "at least" is an UPDATE too, though both can be true;</li>
 *   <li>DATE for dates; COUNT for counts of the sources themselves ("according to two
 *       officials" / "an official said"); VALUE for other figures.</li>
 * </ul>
 */
public final class FactComparer {

    /** Words that present a figure as changed, revised or provisional ("rose to", "revised", "preliminary"). */
    private static final Set<String> UPDATE_CUES = ContentWords.loadList("/models/align/update_cues.txt");
    /** Words by which a whole report presents its figures as revisions ("revising up its earlier estimate"). */
    private static final Set<String> REVISION_CUES = ContentWords.loadList("/models/align/revision_cues.txt");

    /** Marks that open a direct quote. */
    private static final String QUOTE_OPENERS = "\"“‘'«„";

    /** Verbs of a toll ("kill", "die", "injure"): counts of people that grow as later reports come in. */
    private static final Set<String> TOLL_VERBS = ContentWords.loadList("/models/align/toll_verbs.txt");

    private final WordNetLexicon lexicon;

    public FactComparer() {
        this(WordNetLexicon.shared());
    }

    public FactComparer(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The documents that present their figures as revisions of earlier ones: a sentence of one of
     * their claims says so ("revising up its earlier estimate").
     */
    public static Set<String> revisingDocuments(List<Claim> claims) {
        Set<String> revising = new java.util.HashSet<>();
        for (Claim c : claims) {
            if (!revising.contains(c.document()) && hasCue(c.sentence(), REVISION_CUES)) {
                revising.add(c.document());
            }
        }
        return revising;
    }

    /**
     * The fact for a group of claims; {@code documents} by name gives dates and copies, and
     * {@code revising} the documents that present their figures as revisions ({@link #revisingDocuments}).
     */
    public Fact toFact(List<Claim> group, Map<String, DocumentInfo> documents, Set<String> revising) {
        return toFact(group, documents, revising, (a, b) -> sameSpeaker(a.speaker(), b.speaker()));
    }

    /** Whether two statements are credited to one speaker (by their entities, where the alignment knows them). */
    @FunctionalInterface
    interface Speakers {
        boolean one(Claim a, Claim b);
    }

    /** As {@link #toFact(List, Map, Set)}, telling one speaker from another by {@code oneSpeaker}. */
    Fact toFact(List<Claim> group, Map<String, DocumentInfo> documents, Set<String> revising, Speakers oneSpeaker) {
        List<String> ids = group.stream().map(Claim::id).sorted().toList();
        Set<String> docs = new LinkedHashSet<>();
        for (Claim c : group) {
            docs.add(c.document());
        }
        FactStatus status;
        Disagreement kind;
        if (docs.size() <= 1) {
            status = FactStatus.SINGLE;
            kind = Disagreement.NONE;
        } else {
            kind = disagreement(group, documents, revising, oneSpeaker);
            // one remark reworded, trimmed or translated by two outlets is no dispute: the reports agree,
            // and the kind says their wording differs
            status = kind == Disagreement.NONE || kind == Disagreement.WORDING ? FactStatus.AGREE : FactStatus.DISAGREE;
        }
        return new Fact(factId(ids), group.get(0).kind(), FactLabels.label(group), ids, status, kind,
                IndependentSources.count(group, documents));
    }

    /** {@code F-} and a short hash of the sorted claim ids: stable across runs for the same group. */
    public static String factId(List<String> sortedClaimIds) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(String.join("\n", sortedClaimIds).getBytes(StandardCharsets.UTF_8));
            return "F-" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private Disagreement disagreement(List<Claim> group, Map<String, DocumentInfo> documents, Set<String> revising,
                                      Speakers oneSpeaker) {
        ClaimKind kind = group.get(0).kind();
        if (opposite(group)) {
            return Disagreement.POLARITY;
        }
        if (kind == ClaimKind.STATEMENT) {
            if (differentNegation(group)) {
                return Disagreement.POLARITY;
            }
            if (differentSpeakers(group, oneSpeaker)) {
                return Disagreement.ATTRIBUTION;
            }
            Disagreement figures = differentFigures(group);
            if (figures != Disagreement.NONE) {
                return figures;
            }
            return differentQuoteWording(group) ? Disagreement.WORDING : Disagreement.NONE;
        }
        List<Claim> judged = withoutFaithfulCopies(group, documents);
        List<Claim[]> conflicts = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            for (int j = i + 1; j < judged.size(); j++) {
                Claim a = judged.get(i);
                Claim b = judged.get(j);
                if (!a.document().equals(b.document()) && !ValueCompatibility.compatible(a, b)) {
                    conflicts.add(new Claim[] {a, b});
                }
            }
        }
        if (conflicts.isEmpty()) {
            return risingToll(judged, documents) ? Disagreement.UPDATE : Disagreement.NONE;
        }
        if (conflicts.stream().allMatch(pair -> isUpdate(pair[0], pair[1], documents, revising))) {
            return Disagreement.UPDATE;
        }
        if (kind == ClaimKind.DATE || kind == ClaimKind.TIME) {
            return Disagreement.DATE; // "at 2:53 p.m." / "at 3:20 p.m.": when it happened
        }
        if (kind == ClaimKind.COUNT && group.stream().anyMatch(FactComparer::countsSources)) {
            return Disagreement.COUNT;
        }
        return Disagreement.VALUE;
    }

    private boolean opposite(List<Claim> group) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                String p = group.get(i).predicate();
                String q = group.get(j).predicate();
                if (p != null && q != null && !p.equals(q) && lexicon.antonymVerbs(p, q)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The group without the claims of copies that repeat their original's date phrase word for
     * word ("last week"): the copy was written when the original was, so its phrase means the
     * original's date, whatever the copy's later publication date makes of it. A copy that changes
     * the phrase or the figure stays in and can disagree.
     */
    private static List<Claim> withoutFaithfulCopies(List<Claim> group, Map<String, DocumentInfo> documents) {
        List<Claim> judged = new ArrayList<>();
        for (Claim c : group) {
            String root = root(c.document(), documents);
            boolean faithfulCopy = c.kind() == ClaimKind.DATE && !root.equals(c.document()) && group.stream()
                    .anyMatch(o -> o.document().equals(root) && o.valueText() != null && o.valueText().equalsIgnoreCase(c.valueText()));
            if (!faithfulCopy) {
                judged.add(c);
            }
        }
        return judged;
    }

    /** Two reports published at least a day apart by independent sources: the later one may carry a newer figure. */
    private boolean isUpdate(Claim a, Claim b, Map<String, DocumentInfo> documents, Set<String> revising) {
        if (a.kind() == ClaimKind.DATE || a.kind() == ClaimKind.TIME || a.kind() == ClaimKind.AGE) {
            return false; // when something happened and how old someone is do not change between reports
        }
        if (root(a.document(), documents).equals(root(b.document(), documents))) {
            return false;
        }
        LocalDate da = published(a.document(), documents);
        LocalDate db = published(b.document(), documents);
        if (da == null || db == null || Math.abs(ChronoUnit.DAYS.between(da, db)) < 1) {
            return false;
        }
        // a rival figure a day later is a dispute unless a report presents it as a change or a revision,
        // or it is a higher count of people something has happened to (tolls grow as reports come in)
        Claim later = da.isAfter(db) ? a : b;
        Claim earlier = later == a ? b : a;
        if (hasCue(a.sentence(), UPDATE_CUES) || hasCue(b.sentence(), UPDATE_CUES) || revising.contains(later.document())) {
            return true;
        }
        return later.kind() == ClaimKind.COUNT && later.unit() != null && lexicon.namesPeople(later.unit())
                && later.value() != null && earlier.value() != null
                && later.value().quantity() != null && earlier.value().quantity() != null
                && later.value().quantity().stated() > earlier.value().quantity().stated()
                && !Forecasts.forecast(later);
    }

    /**
     * Whether a later independent report gives a higher definite toll than an earlier one's open
     * lower bound ("at least 42 killed", two days later "52 killed"): both can be true, but the toll
     * rose between the reports, which is what a reader of the two needs to know.
     */
    private boolean risingToll(List<Claim> group, Map<String, DocumentInfo> documents) {
        for (Claim earlier : group) {
            for (Claim later : group) {
                // a later floor over an earlier floor ("more than 100" / "at least 110") is no news of a rise
                if (isToll(earlier) && isToll(later) && openLowerBound(earlier) && !openLowerBound(later)
                        && sameCountedPeople(earlier, later) && laterIndependent(earlier, later, documents)
                        && later.value().quantity().stated() > earlier.value().quantity().stated()
                        && !Forecasts.forecast(later)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two tolls count the same people ("people" / "persons", "miners" / "miners"), not
     * people in general against some of them ("at least three people" / "six children"): such a
     * loose match may gather agreeing figures but is no evidence that a toll rose.
     */
    private boolean sameCountedPeople(Claim a, Claim b) {
        return a.unit().equalsIgnoreCase(b.unit()) || lexicon.sameNoun(a.unit(), b.unit())
                || lexicon.genericPeople(a.unit()) && lexicon.genericPeople(b.unit());
    }

    private boolean isToll(Claim c) {
        return c.kind() == ClaimKind.COUNT && c.unit() != null && lexicon.namesPeople(c.unit()) && c.predicate() != null
                && TOLL_VERBS.contains(c.predicate().strip().toLowerCase(Locale.ROOT))
                && c.value() != null && c.value().quantity() != null;
    }

    private static boolean openLowerBound(Claim c) {
        Hedge h = c.value().quantity().hedge();
        return h == Hedge.AT_LEAST || h == Hedge.MORE_THAN;
    }

    /** {@code later} comes from another source, published at least a day after {@code earlier}. */
    private static boolean laterIndependent(Claim earlier, Claim later, Map<String, DocumentInfo> documents) {
        LocalDate de = published(earlier.document(), documents);
        LocalDate dl = published(later.document(), documents);
        return de != null && dl != null && ChronoUnit.DAYS.between(de, dl) >= 1
                && !root(earlier.document(), documents).equals(root(later.document(), documents));
    }

    private static boolean hasCue(String sentence, Set<String> cues) {
        if (sentence == null) {
            return false;
        }
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (cues.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The same quote in other words; a quote trimmed to a part of another is the same wording. */
    private static boolean differentQuoteWording(List<Claim> group) {
        List<List<String>> quotes = new ArrayList<>();
        for (Claim c : group) {
            if (isQuote(c)) {
                quotes.add(QuoteWords.of(QuoteWords.quoted(c.valueText())));
            }
        }
        for (int i = 0; i < quotes.size(); i++) {
            for (int j = i + 1; j < quotes.size(); j++) {
                if (!QuoteWords.sameWording(quotes.get(i), quotes.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One statement reported with other figures: DATE when only days of a month or years differ
     * ("by Dec. 3" / "by Dec. 10", "since 1998" / "since 2002"), VALUE otherwise ("seven people
     * have died" / "nine people have died"); a figure rounded to fewer digits is the same figure.
     */
    private static Disagreement differentFigures(List<Claim> group) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                if (ValueCompatibility.differentFigures(group.get(i), group.get(j))) {
                    Set<String> fa = QuoteWords.figures(StatementWords.text(group.get(i)));
                    Set<String> fb = QuoteWords.figures(StatementWords.text(group.get(j)));
                    Set<String> differing = new java.util.HashSet<>(QuoteWords.unmatched(fa, fb));
                    differing.addAll(QuoteWords.unmatched(fb, fa));
                    return differing.stream().allMatch(f -> f.startsWith("date:")) ? Disagreement.DATE : Disagreement.VALUE;
                }
            }
        }
        return Disagreement.NONE;
    }

    /**
     * One statement negates what another affirms ("will not form a coalition" / "would consider a
     * coalition"): the negated clause shares content with a statement that is not negated. A
     * negation in another clause ("..., but the bomb did not explode") says nothing about the rest.
     */
    private static boolean differentNegation(List<Claim> group) {
        for (Claim n : group) {
            Set<String> negatedWords = ContentWords.of(QuoteWords.negatedClause(StatementWords.text(n)));
            if (negatedWords.isEmpty()) {
                continue;
            }
            for (Claim o : group) {
                String other = StatementWords.text(o);
                if (o != n && !QuoteWords.negated(other)) {
                    Set<String> shared = new java.util.HashSet<>(negatedWords);
                    shared.retainAll(ContentWords.of(other));
                    if (shared.size() >= 2) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A direct quote: the value is written with its quote marks, or the sentence opens a quote mark
     * right before it (the extractor may keep the quoted words without their marks).
     */
    static boolean isQuote(Claim c) {
        String t = c.valueText() == null ? "" : c.valueText().strip();
        if (t.isEmpty()) {
            return false;
        }
        if (QUOTE_OPENERS.indexOf(t.charAt(0)) >= 0) {
            return true;
        }
        String sentence = c.sentence() == null ? "" : c.sentence();
        int at = sentence.indexOf(t);
        return at > 0 && QUOTE_OPENERS.indexOf(sentence.charAt(at - 1)) >= 0;
    }

    private static boolean differentSpeakers(List<Claim> group, Speakers oneSpeaker) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                if (!oneSpeaker.one(group.get(i), group.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A count of the sources themselves: "according to two officials" counts who is speaking. */
    static boolean countsSources(Claim c) {
        return c.speaker() != null && c.valueText() != null && !c.valueText().isBlank()
                && c.speaker().toLowerCase(Locale.ROOT).contains(c.valueText().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether two speakers can be the same source: one is unknown or not a name ("the doctor",
     * "officials" may be anyone named elsewhere), or one name holds the other's last word.
     */
    static boolean sameSpeaker(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank() || !isName(a) || !isName(b)) {
            return true;
        }
        Set<String> na = nameWords(a);
        Set<String> nb = nameWords(b);
        for (String w : nb) {
            if (na.contains(w)) {
                return true;
            }
        }
        // one party under two one-word names ("the Conservatives" / "Tories"); longer names are
        // compared word for word ("State Department" is not "Foreign Ministry", though both are ministries)
        return na.size() == 1 && nb.size() == 1
                && WordNetLexicon.shared().sameNoun(na.iterator().next(), nb.iterator().next());
    }

    // Compiled once: speakers are compared for every pair of statement claims in a block.
    private static final java.util.regex.Pattern SPEAKER_WORD_BREAK = java.util.regex.Pattern.compile("[\\s\"“”]+");
    private static final java.util.regex.Pattern NOT_NAME_CHARACTER = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}.-]");
    private static final java.util.regex.Pattern TRAILING_DOT = java.util.regex.Pattern.compile("\\.$");

    /** The capitalised words of a speaker, without a leading article: "the State Department spokeswoman" -> State, Department. */
    private static Set<String> nameWords(String speaker) {
        Set<String> words = new LinkedHashSet<>();
        String[] parts = SPEAKER_WORD_BREAK.split(speaker.strip());
        for (int i = 0; i < parts.length; i++) {
            String w = NOT_NAME_CHARACTER.matcher(parts[i]).replaceAll("");
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !(i == 0 && w.length() <= 3 && !w.equals(w.toUpperCase(Locale.ROOT)))) {
                words.add(TRAILING_DOT.matcher(w).replaceAll("").toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * A speaker written with a capitalised word after its first ("Ema Suryani", "the UN"), not "the
     * doctor"; one word only when it is no common noun for people capitalised to open a sentence
     * ("Lawyers said", "Analysts say"), though the people of a place are named ("Iraqis").
     */
    private static boolean isName(String speaker) {
        String[] words = speaker.strip().split("\\s+");
        if (words.length == 1) {
            WordNetLexicon lexicon = WordNetLexicon.shared();
            String word = words[0].toLowerCase(Locale.ROOT);
            if (lexicon.namesPeople(word) && !lexicon.demonym(word) && !lexicon.nounLemma(word).equals(word)) {
                return false;
            }
        }
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && (i > 0 || words.length == 1)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate published(String document, Map<String, DocumentInfo> documents) {
        DocumentInfo d = documents.get(document);
        return d == null ? null : d.published();
    }

    /** The original a document copies (following chains of copies), or the document itself. */
    static String root(String document, Map<String, DocumentInfo> documents) {
        String current = document;
        Set<String> seen = new LinkedHashSet<>();
        while (seen.add(current)) {
            DocumentInfo d = documents.get(current);
            if (d == null || d.copyOf() == null || d.copyOf().isBlank()) {
                return current;
            }
            current = d.copyOf();
        }
        return current;
    }
}
