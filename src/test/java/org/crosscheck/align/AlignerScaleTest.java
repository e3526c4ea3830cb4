package org.crosscheck.align;

import org.crosscheck.project.FactStatus;
import org.crosscheck.project.Fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.ClaimBuilder.claim;
import static org.crosscheck.align.ClaimBuilder.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.normalize.Granularity;
import org.crosscheck.project.DocumentInfo;
import org.junit.jupiter.api.Test;

class AlignerScaleTest {

    private static final String[] UNITS = {"troop", "refugee", "house", "village", "vote", "goal", "job", "school",
            "vehicle", "helicopter", "protester", "patient", "student", "worker", "ship", "factory"};
    private static final String[] VERBS = {"deploy", "flee", "destroy", "evacuate", "count", "score", "create", "close",
            "seize", "send", "arrest", "treat", "enrol", "hire", "sink", "build"};

    /** A thousand articles on two hundred stories: claims are compared within their blocks, not with every claim. */
    @Test
    void comparesOnlyClaimsThatShareABlock() {
        List<DocumentInfo> docs = new ArrayList<>();
        List<Claim> claims = corpus(1_000, docs);
        Aligner aligner = new Aligner();
        long allPairs = (long) claims.size() * (claims.size() - 1) / 2;

        long compared = aligner.candidatePairCount(claims);
        List<Fact> facts = aligner.align(claims, docs, Map.of());

        assertThat(compared).isLessThan(allPairs / 20);
        assertThat(facts).hasSize(1_000);
        assertThat(facts).allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.AGREE));
    }

    /** Four times the articles (four times the stories) give at most about four times the pairs to compare. */
    @Test
    void candidatePairsGrowLinearlyWithTheCorpus() {
        Aligner aligner = new Aligner();

        long small = aligner.candidatePairCount(corpus(250, new ArrayList<>()));
        long large = aligner.candidatePairCount(corpus(1_000, new ArrayList<>()));

        assertThat(large).isLessThan(5 * small);
    }

    /** {@code articles} articles, five per story; each states four counts and a date of its story. */
    static List<Claim> corpus(int articles, List<DocumentInfo> docs) {
        List<Claim> claims = new ArrayList<>();
        for (int d = 0; d < articles; d++) {
            int story = d / 5;
            String name = "doc" + d;
            docs.add(doc(name, LocalDate.of(2021, 1, 1).plusDays(story)));
            for (int k = 0; k < 5; k++) {
                int topic = (story * 3 + k) % UNITS.length;
                String place = "place" + story;
                if (k == 4) {
                    claims.add(claim(name, ClaimKind.DATE).predicate(VERBS[topic]).subject(VERBS[topic] + " " + place)
                            .entities("E-" + story).sentence("The " + place + " event of story" + story + " happened on Monday in " + place + ".")
                            .date("Monday", LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 4), Granularity.DAY, "2021-01-04").build());
                } else {
                    int n = 10 + story * 7 + k;
                    claims.add(claim(name, ClaimKind.COUNT).unit(UNITS[topic]).predicate(VERBS[topic])
                            .subject(UNITS[topic] + "s in " + place).entities("E-" + story)
                            .sentence("Officials in " + place + " said " + n + " " + UNITS[topic] + "s were involved.")
                            .exact("" + n, n).build());
                }
            }
        }
        return claims;
    }
}
