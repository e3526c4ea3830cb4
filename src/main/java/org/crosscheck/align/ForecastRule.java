package org.crosscheck.align;

import org.crosscheck.claims.ClaimKind;

/**
 * A forecast or plan ("is expected to sell 300,000") is no rival of a tally ("sold 250,000"): the
 * two figures can both be right. Agreeing figures may still be one ("will cut to 3,000" / "cut to 3,000").
 */
final class ForecastRule implements PairRule {

    @Override
    public String veto(ClaimFrame a, ClaimFrame b) {
        return a.claim().kind() != ClaimKind.DATE && Forecasts.forecast(a.claim()) != Forecasts.forecast(b.claim())
                && !ValueCompatibility.compatible(a.claim(), b.claim()) ? "a forecast and a tally" : null;
    }
}
