package org.crosscheck.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Granularity;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.MentionRecord;
import org.crosscheck.project.ProjectSnapshot;

/**
 * TEST FIXTURE: three short reports of one story, built by hand, with offsets computed from the
 * texts. Fact "withdrawal-date" is the disagreement (end of September against end of October).
 */
final class SampleProject {
    static final String REUTERS = "reuters.txt";
    static final String AP = "ap.txt";
    static final String ALJAZEERA = "aljazeera.txt";

    static final String REUTERS_TEXT = "U.S. to cut troops in Iraq\r\n"
            + "BAGHDAD (Reuters) - The United States will reduce its troops in Iraq from more than 5,000 to 3,000 "
            + "by the end of September, Gen. Frank McKenzie said on Wednesday.\r\n"
            + "The drawdown was agreed with Prime Minister Mustafa al-Kadhimi.\r\n";
    static final String AP_TEXT = "US troop drawdown in Iraq\n"
            + "WASHINGTON (AP) - The U.S. will cut its forces in Iraq to about 3,000 by the end of October, "
            + "McKenzie said.\n"
            + "Around 5,200 troops are in Iraq now, officials said.\n";
    static final String ALJAZEERA_TEXT = "Kadhimi welcomes US drawdown\n"
            + "Iraq's Prime Minister Kadhimi said 3,000 US troops would remain by the end of September.\n";

    private final List<Claim> claims = new ArrayList<>();
    private final List<MentionRecord> mentions = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    static InMemoryWorkbench workbench() {
        return workbench(Path.of("sample.db"));
    }

    static InMemoryWorkbench workbench(Path projectFile) {
        return new SampleProject().build(projectFile);
    }

    /**
     * The same story with Al Jazeera listed first and its date claim in a fact of its own, so
     * the first fact of the table has no claim in the first article.
     */
    static InMemoryWorkbench workbenchWithFirstFactOutsideTheFirstArticle() {
        ProjectSnapshot s = workbench().snapshot();
        List<DocumentInfo> docs = List.of(s.documents().get(2), s.documents().get(0), s.documents().get(1));
        List<Fact> facts = new ArrayList<>();
        for (Fact f : s.facts()) {
            facts.add(f.id().equals("f-date")
                    ? new Fact(f.id(), f.kind(), f.label(), List.of("r-date", "a-date"), f.status(), f.disagreement(), 2)
                    : f);
        }
        facts.add(new Fact("f-j", ClaimKind.DATE, "troops remain until", List.of("j-date"), FactStatus.SINGLE,
                Disagreement.NONE, 1));
        return new InMemoryWorkbench(Path.of("sample.db"),
                new ProjectSnapshot(docs, s.mentions(), s.entities(), s.claims(), facts, Map.of()),
                Map.of(REUTERS, REUTERS_TEXT, AP, AP_TEXT, ALJAZEERA, ALJAZEERA_TEXT));
    }

    private InMemoryWorkbench build(Path projectFile) {
        texts.put(REUTERS, REUTERS_TEXT);
        texts.put(AP, AP_TEXT);
        texts.put(ALJAZEERA, ALJAZEERA_TEXT);
        List<DocumentInfo> documents = List.of(
                new DocumentInfo(REUTERS, "U.S. to cut troops in Iraq", "Reuters", LocalDate.of(2020, 9, 9),
                        PublishedFrom.MANIFEST, "", 40, "h1"),
                new DocumentInfo(AP, "US troop drawdown in Iraq", "AP", LocalDate.of(2020, 9, 9),
                        PublishedFrom.MANIFEST, "", 35, "h2"),
                new DocumentInfo(ALJAZEERA, "Kadhimi welcomes US drawdown", "Al Jazeera", LocalDate.of(2020, 9, 10),
                        PublishedFrom.TEXT, REUTERS, 20, "h3"));

        String r1 = "The United States will reduce";
        String a1 = "WASHINGTON (AP)";
        String j1 = "Iraq's Prime Minister";
        claim("r-date", REUTERS, r1, "by the end of September", ClaimKind.DATE, date("2020-09"), "Frank McKenzie");
        claim("a-date", AP, a1, "by the end of October", ClaimKind.DATE, date("2020-10"), "McKenzie");
        claim("j-date", ALJAZEERA, j1, "by the end of September", ClaimKind.DATE, date("2020-09"), "Kadhimi");
        claim("r-after", REUTERS, r1, "3,000", ClaimKind.COUNT, count(3000, Hedge.EXACT), "Frank McKenzie");
        claim("a-after", AP, a1, "about 3,000", ClaimKind.COUNT, count(3000, Hedge.ABOUT), "McKenzie");
        claim("j-after", ALJAZEERA, j1, "3,000", ClaimKind.COUNT, count(3000, Hedge.EXACT), "Kadhimi");
        claim("r-before", REUTERS, r1, "more than 5,000", ClaimKind.COUNT, count(5000, Hedge.MORE_THAN), "Frank McKenzie");
        claim("a-before", AP, "Around 5,200", "Around 5,200", ClaimKind.COUNT, count(5200, Hedge.ABOUT), "officials");
        claim("r-said", REUTERS, r1, "on Wednesday", ClaimKind.DATE, date("2020-09-09"), "Frank McKenzie");

        mention(REUTERS, "Frank McKenzie", MentionType.PERSON, "e-mckenzie", "Frank McKenzie");
        mention(REUTERS, "Mustafa al-Kadhimi", MentionType.PERSON, "e-kadhimi", "Mustafa al-Kadhimi");
        mention(REUTERS, "Reuters", MentionType.ORGANIZATION, "e-reuters", "Reuters");
        mention(REUTERS, "BAGHDAD", MentionType.LOCATION, "e-baghdad", "Baghdad");
        mention(REUTERS, "5,000", MentionType.NUMBER, "", "");
        mention(REUTERS, "on Wednesday", MentionType.DATE, "", "");
        mention(AP, "McKenzie", MentionType.PERSON, "e-mckenzie", "Frank McKenzie");
        mention(AP, "Iraq", MentionType.LOCATION, "e-iraq", "Iraq");
        mention(AP, "by the end of October", MentionType.DATE, "", "");
        mention(ALJAZEERA, "Kadhimi", MentionType.PERSON, "e-kadhimi", "Mustafa al-Kadhimi");
        List<Entity> entities = List.of(
                new Entity("e-mckenzie", "Frank McKenzie", MentionType.PERSON, List.of("Gen. Frank McKenzie", "McKenzie")),
                new Entity("e-kadhimi", "Mustafa al-Kadhimi", MentionType.PERSON, List.of("Kadhimi", "al-Kadhimi")),
                new Entity("e-reuters", "Reuters", MentionType.ORGANIZATION, List.of("Reuters")),
                new Entity("e-baghdad", "Baghdad", MentionType.LOCATION, List.of("BAGHDAD")),
                new Entity("e-iraq", "Iraq", MentionType.LOCATION, List.of("Iraq")));

        List<Fact> facts = List.of(
                new Fact("f-after", ClaimKind.COUNT, "U.S. troops remaining in Iraq", List.of("r-after", "a-after", "j-after"),
                        FactStatus.AGREE, Disagreement.NONE, 2),
                new Fact("f-said", ClaimKind.DATE, "when McKenzie spoke", List.of("r-said"),
                        FactStatus.SINGLE, Disagreement.NONE, 1),
                new Fact("f-date", ClaimKind.DATE, "troops reduced by", List.of("r-date", "a-date", "j-date"),
                        FactStatus.DISAGREE, Disagreement.DATE, 2),
                new Fact("f-before", ClaimKind.COUNT, "U.S. troops in Iraq now", List.of("r-before", "a-before"),
                        FactStatus.AGREE, Disagreement.NONE, 2));
        ProjectSnapshot snapshot = new ProjectSnapshot(documents, mentions, entities, claims, facts, Map.of());
        return new InMemoryWorkbench(projectFile, snapshot, texts);
    }

    private void claim(String id, String doc, String sentenceAnchor, String value, ClaimKind kind,
                       ClaimValue normalised, String speaker) {
        String text = texts.get(doc);
        int sentenceStart = text.indexOf(sentenceAnchor);
        int sentenceEnd = text.indexOf('\n', sentenceStart);
        if (text.charAt(sentenceEnd - 1) == '\r') {
            sentenceEnd--;
        }
        int start = text.indexOf(value, sentenceStart);
        if (sentenceStart < 0 || start < 0) {
            throw new IllegalStateException("fixture text lacks " + value);
        }
        String normalizedText = normalised.date() != null ? normalised.date().timex()
                : (normalised.quantity().hedge() + " " + (long) normalised.quantity().stated());
        claims.add(new Claim(id, doc, 1, text.substring(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd,
                start, start + value.length(), kind, "U.S. troops in Iraq", "reduce", value, normalised,
                normalizedText, kind == ClaimKind.COUNT ? "troop" : "", speaker, List.of("e-iraq"), ""));
    }

    private void mention(String doc, String surface, MentionType type, String entityId, String entityName) {
        String text = texts.get(doc);
        int start = text.indexOf(surface, text.indexOf('\n'));
        mentions.add(new MentionRecord(doc, start, start + surface.length(), surface, type, "", entityId, entityName));
    }

    private static ClaimValue date(String timex) {
        LocalDate first = timex.length() == 7 ? LocalDate.parse(timex + "-01") : LocalDate.parse(timex);
        LocalDate last = timex.length() == 7 ? first.plusMonths(1).minusDays(1) : first;
        return ClaimValue.of(new DateValue(first, last, timex.length() == 7 ? Granularity.MONTH : Granularity.DAY, timex));
    }

    private static ClaimValue count(double n, Hedge hedge) {
        double low = hedge == Hedge.MORE_THAN ? n : hedge == Hedge.ABOUT ? n * 0.9 : n;
        double high = hedge == Hedge.MORE_THAN ? Double.POSITIVE_INFINITY : hedge == Hedge.ABOUT ? n * 1.1 : n;
        return ClaimValue.of(new Quantity(n, low, high, hedge, "troop"));
    }
}
