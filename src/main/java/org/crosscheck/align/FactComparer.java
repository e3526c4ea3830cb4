package org.crosscheck.align;

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
import org.crosscheck.project.DocumentInfo;

/**
 * Judges one group of claims: SINGLE when one document states it, AGREE when every pair of values
 * is compatible, DISAGREE otherwise, with the kind of disagreement. Also counts the independent
 * sources (a copy and its original are one source) and writes the fact's id and label.
 *
 * <p>Disagreement kinds, first match wins:
 * <ul>
 *   <li>POLARITY: the claims' predicates are WordNet antonyms ("stay" / "leave");</li>
 *   <li>WORDING: the same direct quote with different words;</li>
 *   <li>ATTRIBUTION: the same statement credited to different speakers;</li>
 *   <li>UPDATE: a figure that changed between reports: every conflicting pair comes from two
 *       independent documents published at least a day apart (a copy that changes its original's
 *       figure is not an update but a VALUE disagreement);</li>
 *   <li>DATE for dates; COUNT for counts of the sources themselves ("according to two
 *       officials" / "an official said"); VALUE for other figures.</li>
 * </ul>
 */
public final class FactComparer {

    private final WordNetLexicon lexicon;

    public FactComparer() {
        this(WordNetLexicon.shared());
    }

    public FactComparer(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The fact for a group of claims; {@code documents} by name gives dates and copies. */
    public Fact toFact(List<Claim> group, Map<String, DocumentInfo> documents) {
        List<String> ids = group.stream().map(Claim::id).sorted().toList();
        Set<String> docs = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Claim c : group) {
            docs.add(c.document());
            sources.add(root(c.document(), documents));
        }
        FactStatus status;
        Disagreement kind;
        if (docs.size() <= 1) {
            status = FactStatus.SINGLE;
            kind = Disagreement.NONE;
        } else {
            kind = disagreement(group, documents);
            status = kind == Disagreement.NONE ? FactStatus.AGREE : FactStatus.DISAGREE;
        }
        return new Fact(factId(ids), group.get(0).kind(), FactLabels.label(group), ids, status, kind, sources.size());
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

    private Disagreement disagreement(List<Claim> group, Map<String, DocumentInfo> documents) {
        ClaimKind kind = group.get(0).kind();
        if (opposite(group)) {
            return Disagreement.POLARITY;
        }
        if (kind == ClaimKind.STATEMENT) {
            if (differentSpeakers(group)) {
                return Disagreement.ATTRIBUTION;
            }
            return differentQuoteWording(group) ? Disagreement.WORDING : Disagreement.NONE;
        }
        List<Claim[]> conflicts = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Claim a = group.get(i);
                Claim b = group.get(j);
                if (!a.document().equals(b.document()) && !ValueCompatibility.compatible(a, b)
                        && !sameWordsInACopy(a, b, documents)) {
                    conflicts.add(new Claim[] {a, b});
                }
            }
        }
        if (conflicts.isEmpty()) {
            return Disagreement.NONE;
        }
        if (conflicts.stream().allMatch(pair -> isUpdate(pair[0], pair[1], documents))) {
            return Disagreement.UPDATE;
        }
        if (kind == ClaimKind.DATE) {
            return Disagreement.DATE;
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
     * A copy that repeats its original's date phrase word for word ("last week") states the same
     * date: the copy was written when the original was, so resolving the phrase against the copy's
     * later publication date would invent a disagreement.
     */
    private static boolean sameWordsInACopy(Claim a, Claim b, Map<String, DocumentInfo> documents) {
        return a.kind() == ClaimKind.DATE && root(a.document(), documents).equals(root(b.document(), documents))
                && a.valueText() != null && a.valueText().equalsIgnoreCase(b.valueText());
    }

    /** Two reports published at least a day apart by independent sources: the later one may carry a newer figure. */
    private static boolean isUpdate(Claim a, Claim b, Map<String, DocumentInfo> documents) {
        if (a.kind() == ClaimKind.DATE) {
            return false;
        }
        if (root(a.document(), documents).equals(root(b.document(), documents))) {
            return false;
        }
        LocalDate da = published(a.document(), documents);
        LocalDate db = published(b.document(), documents);
        return da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) >= 1;
    }

    private static boolean differentQuoteWording(List<Claim> group) {
        String first = null;
        for (Claim c : group) {
            if (!isQuote(c)) {
                continue;
            }
            String words = String.join(" ", ContentWords.sequence(ClaimSimilarity.statementText(c)));
            if (first == null) {
                first = words;
            } else if (!first.equals(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(Claim c) {
        String t = c.valueText() == null ? "" : c.valueText().strip();
        return !t.isEmpty() && "\"“‘'«".indexOf(t.charAt(0)) >= 0;
    }

    private static boolean differentSpeakers(List<Claim> group) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                if (!sameSpeaker(group.get(i).speaker(), group.get(j).speaker())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A count of the sources themselves: "according to two officials" counts who is speaking. */
    private static boolean countsSources(Claim c) {
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
        for (String w : nameWords(b)) {
            if (na.contains(w)) {
                return true;
            }
        }
        return false;
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

    /** A speaker written with a capitalised word after its first ("Ema Suryani", "the UN"), not "the doctor". */
    private static boolean isName(String speaker) {
        String[] words = speaker.strip().split("\\s+");
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
