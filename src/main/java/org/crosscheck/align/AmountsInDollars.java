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
 * the average rate of its report's year, so blocks, measures and magnitudes see one unit. Two
 * amounts written in different currencies are compared with the slack of {@link Currencies#TOLERANCE}
 * (outlets round their conversions, and rates move within a year; {@link #withSlack}); two written
 * in one currency keep their exact comparison ("£1.4bn" / "£1.1bn" disagree). The claims keep
 * their ids and their normalised text as written, so the facts name the claims as written.
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
        return Currencies.convert(q, DOLLARS, year).map(d -> withValue(c, d)).orElse(c);
    }

    /** Whether two amounts were written in different currencies, so one or both went through a rate. */
    static boolean acrossCurrencies(Claim a, Claim b) {
        String x = writtenCurrency(a);
        String y = writtenCurrency(b);
        return x != null && y != null && !x.equals(y);
    }

    /** The amount as an interval widened by the conversion's slack, when it was converted; else as it is. */
    static Quantity withSlack(Claim c) {
        Quantity q = c.value().quantity();
        String written = writtenCurrency(c);
        if (written == null || written.equals(q.unit())) {
            return q;
        }
        double high = Double.isInfinite(q.high()) ? q.high() : q.high() * (1 + Currencies.TOLERANCE);
        return new Quantity(q.stated(), q.low() * (1 - Currencies.TOLERANCE), high, Hedge.ABOUT, q.unit());
    }

    /** The currency an amount was written in (the unit of its normalised text), or null for other claims. */
    private static String writtenCurrency(Claim c) {
        if (c.kind() != ClaimKind.MONEY || c.normalized() == null || c.value() == null
                || c.value().quantity() == null) {
            return null;
        }
        int space = c.normalized().lastIndexOf(' ');
        return space < 0 ? null : c.normalized().substring(space + 1);
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
