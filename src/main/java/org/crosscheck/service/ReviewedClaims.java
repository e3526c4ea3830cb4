package org.crosscheck.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.normalize.AgeReader;
import org.crosscheck.normalize.DateContext;
import org.crosscheck.normalize.DateNormalizer;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Tense;
import org.crosscheck.normalize.TimeOfDayNormalizer;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;

/**
 * The claims as the comparison should see them after review: rejected claims leave the
 * comparison, edited claims carry the researcher's value, read by the same normalisers as
 * extracted values.
 */
final class ReviewedClaims {
    private static final NumberNormalizer NUMBERS = new NumberNormalizer();
    private static final DateNormalizer DATES = new DateNormalizer();
    private static final TimeOfDayNormalizer TIMES = new TimeOfDayNormalizer();
    private static final AgeReader AGES = new AgeReader();
    private ReviewedClaims() {
    }

    static List<Claim> effective(List<Claim> claims, Map<String, ReviewDecision> reviews, List<DocumentInfo> docs) {
        Map<String, DocumentInfo> byName = new HashMap<>();
        docs.forEach(d -> byName.put(d.name(), d));
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            ReviewDecision d = reviews.get(c.id());
            if (d == null || d.state() == ReviewState.AUTO || d.state() == ReviewState.ACCEPTED) {
                out.add(c);
            } else if (d.state() == ReviewState.EDITED && d.editedValue() != null) {
                out.add(withValue(c, d.editedValue(), byName.get(c.document())));
            }
        }
        return out;
    }

    /** The researcher's regroupings: claim id to {@code claim:<id>} or {@code new:<uuid>}. */
    static Map<String, String> overrides(Map<String, ReviewDecision> reviews) {
        Map<String, String> out = new HashMap<>();
        reviews.forEach((id, d) -> {
            if (d.factOverride() != null) {
                out.put(id, d.factOverride());
            }
        });
        return out;
    }

    private static Claim withValue(Claim c, String text, DocumentInfo doc) {
        ClaimValue value = parse(c.kind(), text, doc).orElse(ClaimValue.statement(text));
        String normalized = value.quantity() != null ? value.quantity().normalized()
                : value.date() != null ? value.date().normalized()
                : value.time() != null ? value.time().normalized() : text;
        return new Claim(c.id(), c.document(), c.sentenceIndex(), c.sentence(), c.sentenceStart(), c.sentenceEnd(),
                c.start(), c.end(), c.kind(), c.subject(), c.predicate(), text, value, normalized, c.unit(), c.speaker(),
                c.entityIds(), c.role());
    }

    private static Optional<ClaimValue> parse(ClaimKind kind, String text, DocumentInfo doc) {
        return switch (kind) {
            case DATE -> DATES.normalize(text, DateContext.of(doc == null ? null : doc.published(), Tense.UNKNOWN))
                    .map(ClaimValue::of);
            case STATEMENT -> Optional.of(ClaimValue.statement(text));
            case TIME -> TIMES.normalize(text).map(ClaimValue::of);
            case AGE -> AGES.read(text).map(ClaimValue::of);
            default -> NUMBERS.normalize(text).map(ClaimValue::of);
        };
    }
}
