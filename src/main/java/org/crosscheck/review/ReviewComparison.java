package org.crosscheck.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;

/**
 * This project's review set against another researcher's review of the same articles, claim by
 * claim. Only articles both hold with the same content are compared (a claim id names a span of
 * one text); what could not be compared is listed in {@link #problems()}.
 */
public final class ReviewComparison {

    /**
     * One claim as each side left it; {@code factId} is its fact here, and a status is null on the side
     * where the claim is in no fact (rejected claims are left out of the facts).
     */
    public record ClaimPair(Claim claim, String factId, FactStatus myStatus, ReviewDecision mine,
                            FactStatus theirStatus, ReviewDecision theirs) {

        /** Same state and, for an edit, the same value; notes and times do not count. */
        public boolean sameDecision() {
            return mine.state() == theirs.state()
                    && (mine.state() != ReviewState.EDITED || Objects.equals(mine.editedValue(), theirs.editedValue()));
        }

        public boolean sameStatus() {
            return myStatus == theirStatus;
        }

        public boolean decidedByEither() {
            return mine.state() != ReviewState.AUTO || theirs.state() != ReviewState.AUTO;
        }

        public boolean differs() {
            return !sameDecision() || !sameStatus() || !Objects.equals(mine.factOverride(), theirs.factOverride());
        }
    }

    private final Path file;
    private final List<ClaimPair> pairs;
    private final List<String> problems;

    private ReviewComparison(Path file, List<ClaimPair> pairs, List<String> problems) {
        this.file = file;
        this.pairs = List.copyOf(pairs);
        this.problems = List.copyOf(problems);
    }

    /**
     * @throws ReviewFileException when the file reviews none of this project's articles
     */
    public static ReviewComparison of(ProjectSnapshot mine, List<ReviewRecord> theirs, Path file) {
        Map<String, String> myHashes = ReviewFile.hashes(mine.documents());
        Map<String, String> theirHashes = new LinkedHashMap<>();
        theirs.forEach(r -> theirHashes.putIfAbsent(r.document(), r.documentHash()));
        List<String> problems = new ArrayList<>();
        Set<String> shared = new LinkedHashSet<>();
        theirHashes.forEach((doc, hash) -> {
            if (!myHashes.containsKey(doc)) {
                problems.add(doc + " is not in this project; its claims were not compared");
            } else if (!Objects.equals(myHashes.get(doc), hash)) {
                problems.add(doc + " differs from this project's copy of it; its claims were not compared");
            } else {
                shared.add(doc);
            }
        });
        if (shared.isEmpty()) {
            throw new ReviewFileException(file + " is the review of other articles: none of its "
                    + theirHashes.size() + " articles is in this project with the same text.");
        }
        Map<String, Claim> claims = new HashMap<>();
        mine.claims().forEach(c -> claims.put(c.id(), c));
        Map<String, Fact> factOf = new HashMap<>();
        mine.facts().forEach(f -> f.claimIds().forEach(id -> factOf.put(id, f)));
        List<ClaimPair> pairs = new ArrayList<>();
        int notHere = 0;
        for (ReviewRecord r : theirs) {
            if (!shared.contains(r.document())) {
                continue;
            }
            Claim claim = claims.get(r.claimId());
            if (claim == null) {
                notHere++;
                continue;
            }
            // A rejected claim is in no fact: its status is none (null) on that side.
            Fact fact = factOf.get(r.claimId());
            pairs.add(new ClaimPair(claim, fact == null ? null : fact.id(), fact == null ? null : fact.status(),
                    mine.reviewOf(claim.id()), r.factStatus(), r.decision()));
        }
        if (notHere > 0) {
            problems.add(notHere + " claims of the review are not among this project's claims (was it made with"
                    + " another version of Crosscheck?); they were not compared");
        }
        return new ReviewComparison(file, pairs, problems);
    }

    public Path file() {
        return file;
    }

    /** Every compared claim. */
    public List<ClaimPair> pairs() {
        return pairs;
    }

    /** What could not be compared, in plain words. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The compared claims where the two reviews differ, grouped by this project's fact (a claim in no
     * fact here stands alone, under "claim:" and its id), in claim order.
     */
    public Map<String, List<ClaimPair>> differingByFact() {
        Map<String, List<ClaimPair>> result = new LinkedHashMap<>();
        Set<String> differing = new LinkedHashSet<>();
        pairs.stream().filter(ClaimPair::differs).forEach(p -> differing.add(group(p)));
        pairs.stream().filter(p -> differing.contains(group(p)))
                .forEach(p -> result.computeIfAbsent(group(p), k -> new ArrayList<>()).add(p));
        return result;
    }

    private static String group(ClaimPair p) {
        return p.factId() != null ? p.factId() : "claim:" + p.claim().id();
    }

    public Agreement agreement() {
        List<CohenKappa.Pair<FactStatus>> statuses = pairs.stream()
                .map(p -> new CohenKappa.Pair<>(p.myStatus(), p.theirStatus())).toList();
        List<ClaimPair> decided = pairs.stream().filter(ClaimPair::decidedByEither).toList();
        List<CohenKappa.Pair<String>> decisions = decided.stream()
                .map(p -> new CohenKappa.Pair<>(category(p.mine()), category(p.theirs()))).toList();
        int identical = (int) decided.stream().filter(ClaimPair::sameDecision).count();
        return new Agreement(pairs.size(), CohenKappa.of(statuses), decided.size(), CohenKappa.of(decisions), identical);
    }

    /** A decision's category for kappa: its state (whether two edits typed the same value is the identical share's business). */
    private static String category(ReviewDecision d) {
        return d.state().name();
    }
}
