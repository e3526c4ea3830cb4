package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.normalize.Currencies;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.project.DocumentInfo;

/**
 * Amounts of money are compared in US dollars: one report's "€2 million" is another's "£1.7m"
 * and a third's "$2.6m". Before alignment each amount in another currency is read as dollars at
 * the average rate of its report's year, as an interval widened by {@link Currencies#TOLERANCE}
 * (outlets round their conversions, and rates move within a year), so converted figures agree
 * with what they were converted from and still disagree with a different figure. The claims keep
 * their ids, so the facts name the claims as written.
 */
final class AmountsInDollars {

    static final String DOLLARS = "USD";

    private AmountsInDollars() {
    }

    static List<Claim> convert(List<Claim> claims, Map<String, DocumentInfo> documents) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(convert(c, year(documents.get(c.document()))));
        }
        return out;
    }

    private static Claim convert(Claim c, int year) {
        Quantity q = c.kind() == ClaimKind.MONEY && c.value() != null ? c.value().quantity() : null;
        if (q == null || q.unit() == null || q.unit().equals(DOLLARS) || !Currencies.isCurrency(q.unit())) {
            return c;
        }
        return Currencies.convert(q, DOLLARS, year).map(d -> withValue(c, new Quantity(d.stated(),
                d.low() * (1 - Currencies.TOLERANCE), widenedHigh(d), Hedge.ABOUT, DOLLARS))).orElse(c);
    }

    private static double widenedHigh(Quantity d) {
        return Double.isInfinite(d.high()) ? d.high() : d.high() * (1 + Currencies.TOLERANCE);
    }

    /** The year whose rates apply: the report's; without a date, the latest rates. */
    private static int year(DocumentInfo d) {
        return d == null || d.published() == null ? Integer.MAX_VALUE : d.published().getYear();
    }

    private static Claim withValue(Claim c, Quantity q) {
        return new Claim(c.id(), c.document(), c.sentenceIndex(), c.sentence(), c.sentenceStart(), c.sentenceEnd(),
                c.start(), c.end(), c.kind(), c.subject(), c.predicate(), c.valueText(), ClaimValue.of(q),
                c.normalized(), DOLLARS, c.speaker(), c.entityIds(), c.role());
    }
}
