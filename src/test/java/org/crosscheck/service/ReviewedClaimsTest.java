package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.TimeOfDay;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.Test;

/** A researcher's edited value is read by the normaliser of the claim's kind. */
class ReviewedClaimsTest {

    private static Claim claim(ClaimKind kind, String valueText, ClaimValue value) {
        return new Claim("c1", "a.txt", 0, "s", 0, 1, 0, 1, kind, "", "", valueText, value, "", null, "", List.of(), null);
    }

    private static Claim edited(Claim c, String text) {
        return ReviewedClaims.effective(List.of(c), Map.of("c1", new ReviewDecision("c1", ReviewState.EDITED, text, null,
                null, Instant.now())), List.of()).get(0);
    }

    @Test
    void readsAnEditedTimeOfDayAsAClock() {
        Claim time = claim(ClaimKind.TIME, "4.30am", ClaimValue.of(TimeOfDay.of(4, 30, Hedge.EXACT)));

        Claim c = edited(time, "about 5.15am");

        assertThat(c.value().time().minutes()).isEqualTo(5 * 60 + 15);
        assertThat(c.normalized()).isEqualTo("~05:15");
    }

    @Test
    void readsAnEditedAgeInYears() {
        Claim age = claim(ClaimKind.AGE, "32", ClaimValue.of(Quantity.exact(32, "year")));

        Claim c = edited(age, "in his early 30s");

        assertThat(c.value().quantity().low()).isEqualTo(30);
        assertThat(c.value().quantity().high()).isEqualTo(33);
    }
}
