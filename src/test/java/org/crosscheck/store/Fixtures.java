package org.crosscheck.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.load.Article;
import org.crosscheck.load.OffsetMap;
import org.crosscheck.load.Passage;
import org.crosscheck.load.PassageKind;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Granularity;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.TimeOfDay;
import org.crosscheck.project.MentionRecord;

/** Small, realistic project contents built from the records themselves. */
final class Fixtures {
    static final String TEXT = "BAGHDAD (AP) - The U.S. will cut troops in Iraq from more than 5,000 to about 3,000,"
            + " Gen. Frank McKenzie said on Wednesday.";

    private Fixtures() {
    }

    static Article article(String name) {
        int end = TEXT.length();
        return new Article(name, TEXT, TEXT, OffsetMap.identity(), "hash-of-" + name, "Troops to leave Iraq",
                "AP", LocalDate.of(2020, 9, 9), PublishedFrom.MANIFEST,
                List.of(new Passage(0, 13, PassageKind.META), new Passage(14, end, PassageKind.BODY)));
    }

    /** An HTML-like article whose analysis text maps to different original offsets. */
    static Article htmlArticle(String name) {
        String original = "<p>" + TEXT + "</p>";
        int[] table = new int[TEXT.length()];
        for (int i = 0; i < table.length; i++) {
            table[i] = i + 3;
        }
        return new Article(name, original, TEXT, OffsetMap.of(table, original.length()), "hash-of-" + name,
                null, null, null, PublishedFrom.NONE, List.of(new Passage(0, TEXT.length(), PassageKind.BODY)));
    }

    static AnnotatedDocument nlp(String name) {
        int troops = TEXT.indexOf("troops");
        int gen = TEXT.indexOf("Frank");
        List<Token> tokens = List.of(
                new Token(0, troops, troops + 6, "troops", "troop", "NNS", "O"),
                new Token(1, gen, gen + 5, "Frank", "Frank", "NNP", "PERSON"),
                new Token(2, gen + 6, gen + 14, "McKenzie", "McKenzie", "NNP", "PERSON"));
        List<Mention> mentions = List.of(
                new Mention(gen, gen + 14, "Frank McKenzie", MentionType.PERSON, null, 1, 3, "E1"),
                new Mention(TEXT.indexOf("Wednesday"), TEXT.indexOf("Wednesday") + 9, "Wednesday",
                        MentionType.DATE, "2020-09-09", 0, 0, null));
        return new AnnotatedDocument(name, List.of(new Sentence(0, 16, TEXT.length(), TEXT.substring(16), tokens,
                mentions)));
    }

    static Entity entity() {
        return new Entity("E1", "Frank McKenzie", MentionType.PERSON,
                List.of("Gen. Frank McKenzie", "Kenneth \"Frank\" McKenzie", "McKenzie"));
    }

    static MentionRecord mention(String document) {
        return new MentionRecord(document, 100, 114, "Frank McKenzie", MentionType.PERSON, null, "E1",
                "Frank McKenzie");
    }

    static Claim countClaim(String id, String document) {
        return claim(id, document, ClaimKind.COUNT, "more than 5,000",
                ClaimValue.of(new Quantity(5000, 5000, Double.POSITIVE_INFINITY, Hedge.MORE_THAN, "troop")),
                "(5000, +inf) troop", "from");
    }

    static Claim dateClaim(String id, String document) {
        return claim(id, document, ClaimKind.DATE, "Wednesday",
                ClaimValue.of(new DateValue(LocalDate.of(2020, 9, 9), LocalDate.of(2020, 9, 9), Granularity.DAY,
                        "2020-09-09")), "2020-09-09", "");
    }

    static Claim partialDateClaim(String id, String document) {
        return claim(id, document, ClaimKind.DATE, "in September",
                ClaimValue.of(new DateValue(null, null, Granularity.MONTH, "XXXX-09")), "XXXX-09", "");
    }

    static Claim timeClaim(String id, String document) {
        TimeOfDay gmt = new TimeOfDay(10 * 60 + 23, Hedge.EXACT, TimeOfDay.Zone.UNIVERSAL, "GMT", null);
        return claim(id, document, ClaimKind.TIME, "1353 (1023 GMT)",
                ClaimValue.of(new TimeOfDay(13 * 60 + 53, Hedge.EXACT, TimeOfDay.Zone.LOCAL, "LOCAL TIME", gmt)),
                "13:53 LOCAL TIME", "");
    }

    static Claim ageClaim(String id, String document) {
        return claim(id, document, ClaimKind.AGE, "in his early 30s",
                ClaimValue.of(new Quantity(30, 30, 33, Hedge.RANGE, "year")), "30-33 year", "");
    }

    static Claim statementClaim(String id, String document) {
        return claim(id, document, ClaimKind.STATEMENT, "will cut troops",
                ClaimValue.statement("the U.S. will cut troops in Iraq"), "the U.S. will cut troops in Iraq", "");
    }

    static Claim claim(String id, String document, ClaimKind kind, String valueText, ClaimValue value,
                       String normalized, String role) {
        return new Claim(id, document, 0, TEXT.substring(16), 16, TEXT.length(), 60, 75, kind, "U.S. troops in Iraq",
                "cut", valueText, value, normalized, "troop", "Frank McKenzie", List.of("E1", "E2"), role);
    }

    static Fact fact(String id, List<String> claimIds, FactStatus status, Disagreement disagreement) {
        return new Fact(id, ClaimKind.COUNT, "U.S. troops in Iraq", claimIds, status, disagreement, 2);
    }

    static List<MentionRecord> mentions(String document, int count) {
        List<MentionRecord> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(new MentionRecord(document, i * 10, i * 10 + 5, "m" + i,
                    i % 2 == 0 ? MentionType.PERSON : MentionType.NUMBER, i % 2 == 0 ? null : String.valueOf(i),
                    i % 2 == 0 ? "E" + (i % 50) : null, i % 2 == 0 ? "Entity " + (i % 50) : null));
        }
        return result;
    }
}
