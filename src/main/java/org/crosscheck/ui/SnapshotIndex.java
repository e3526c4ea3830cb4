package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.MentionRecord;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;

/** Look-ups over one snapshot (claim by id, fact of a claim, claims of a document), built once per refresh. */
public final class SnapshotIndex {
    static final ProjectSnapshot EMPTY =
            new ProjectSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

    private final ProjectSnapshot snapshot;
    private final Map<String, Claim> claims = new HashMap<>();
    private final Map<String, Fact> facts = new HashMap<>();
    private final Map<String, Fact> factOfClaim = new HashMap<>();
    private final Map<String, DocumentInfo> documents = new HashMap<>();
    private final Map<String, Integer> documentOrder = new HashMap<>();
    private final Map<String, List<Claim>> claimsByDocument = new HashMap<>();
    private final Map<String, List<MentionRecord>> mentionsByDocument = new HashMap<>();
    private final Map<String, Integer> mentionCounts = new HashMap<>();

    public SnapshotIndex(ProjectSnapshot snapshot) {
        this.snapshot = snapshot;
        for (DocumentInfo d : snapshot.documents()) {
            documentOrder.put(d.name(), documentOrder.size());
            documents.put(d.name(), d);
        }
        for (Claim c : snapshot.claims()) {
            claims.put(c.id(), c);
            claimsByDocument.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c);
        }
        for (Fact f : snapshot.facts()) {
            facts.put(f.id(), f);
            f.claimIds().forEach(id -> factOfClaim.put(id, f));
        }
        for (MentionRecord m : snapshot.mentions()) {
            mentionsByDocument.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m);
            if (m.entityId() != null && !m.entityId().isEmpty()) {
                mentionCounts.merge(m.entityId(), 1, Integer::sum);
            }
        }
    }

    public ProjectSnapshot snapshot() {
        return snapshot;
    }

    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(id).map(claims::get);
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(id).map(facts::get);
    }

    public Optional<Fact> factOfClaim(String claimId) {
        return Optional.ofNullable(claimId).map(factOfClaim::get);
    }

    public Optional<DocumentInfo> document(String name) {
        return Optional.ofNullable(name).map(documents::get);
    }

    /** The fact's claims in source order (the order of the documents), then text order. */
    public List<Claim> claimsOf(Fact fact) {
        List<Claim> result = new ArrayList<>();
        for (String id : fact.claimIds()) {
            Claim c = claims.get(id);
            if (c != null) {
                result.add(c);
            }
        }
        result.sort(Comparator.<Claim>comparingInt(c -> documentOrder.getOrDefault(c.document(), Integer.MAX_VALUE))
                .thenComparingInt(Claim::start));
        return result;
    }

    public List<Claim> claimsIn(String document) {
        return claimsByDocument.getOrDefault(document, List.of());
    }

    public List<MentionRecord> mentionsIn(String document) {
        return mentionsByDocument.getOrDefault(document, List.of());
    }

    public int mentionCount(String entityId) {
        return mentionCounts.getOrDefault(entityId, 0);
    }

    public ReviewDecision review(String claimId) {
        return snapshot.reviewOf(claimId);
    }
}
