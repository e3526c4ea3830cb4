package org.crosscheck.align;

import org.crosscheck.project.Disagreement;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.Fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.ClaimBuilder.claim;
import static org.crosscheck.align.ClaimBuilder.copy;
import static org.crosscheck.align.ClaimBuilder.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.normalize.Granularity;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.project.DocumentInfo;
import org.junit.jupiter.api.Test;

class AlignerTest {

    private static final LocalDate SEP_27 = LocalDate.of(2020, 9, 27);
    private static final List<DocumentInfo> DOCS = List.of(doc("a", SEP_27), doc("b", SEP_27), doc("c", SEP_27));
    private final Aligner aligner = new Aligner();

    private static Claim troops(String doc, String unit, String text, double stated, double low, double high, Hedge hedge) {
        return claim(doc, ClaimKind.COUNT).unit(unit).predicate("reduce").subject("U.S. " + unit + " in Iraq")
                .entities("E-us", "E-iraq").role("from")
                .sentence("The United States will reduce its " + unit + " in Iraq from " + text + ".")
                .quantity(text, stated, low, high, hedge).build();
    }

    private static Fact factOf(List<Fact> facts, Claim claim) {
        return facts.stream().filter(f -> f.claimIds().contains(claim.id())).findFirst().orElseThrow();
    }

    @Test
    void groupsTroopsAndSoldiersCounts() {
        Claim a = troops("a", "troop", "5,000 troops", 5000, 5000, 5000, Hedge.EXACT);
        Claim b = troops("b", "soldier", "5,000 soldiers", 5000, 5000, 5000, Hedge.EXACT);
        Claim c = troops("c", "serviceman", "5,000 servicemen", 5000, 5000, 5000, Hedge.EXACT);

        List<Fact> facts = aligner.align(List.of(a, b, c), DOCS, Map.of());

        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).status()).isEqualTo(FactStatus.AGREE);
        assertThat(facts.get(0).independentSources()).isEqualTo(3);
    }

    @Test
    void keepsACountAddedToATotalApartFromTheTotal() {
        Claim total = claim("a", ClaimKind.COUNT).unit("person").predicate("kill").subject("people").entities("E-aceh")
                .sentence("The quake killed two people in Aceh, officials said.").exact("two", 2).build();
        Claim added = claim("b", ClaimKind.COUNT).unit("person").predicate("kill").subject("people").entities("E-aceh")
                .role(Claim.ADDED).sentence("Another four people were killed in Aceh, officials said.").exact("four", 4).build();

        List<Fact> facts = aligner.align(List.of(total, added), DOCS, Map.of());

        assertThat(facts).hasSize(2).allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.SINGLE));
    }

    @Test
    void datesOfOneEventInTwoPlacesDoNotDisagree() {
        Claim uk = claim("a", ClaimKind.DATE).predicate("release").subject("release UK").entities("E-halo", "E-uk")
                .sentence("The game Halo 2, released on 11 November in the UK, is tipped to be the best-selling game of the year.")
                .date("11 November", LocalDate.of(2004, 11, 11), LocalDate.of(2004, 11, 11), Granularity.DAY, "2004-11-11").build();
        Claim us = claim("b", ClaimKind.DATE).predicate("release").subject("release US").entities("E-halo", "E-uk", "E-us")
                .sentence("The game Halo 2 was released in the US on 9 November, with a UK release two days later.")
                .date("9 November", LocalDate.of(2004, 11, 9), LocalDate.of(2004, 11, 9), Granularity.DAY, "2004-11-09").build();

        List<Fact> facts = aligner.align(List.of(uk, us), DOCS, Map.of());

        assertThat(facts).noneMatch(f -> f.status() == FactStatus.DISAGREE);
    }

    @Test
    void sourcesOfOneReportCountedDifferentlyDisagreeOnTheCount() {
        Claim a = claim("a", ClaimKind.COUNT).unit("official").predicate("say").subject("officials familiar with the deal")
                .speaker("two officials familiar with the deal").entities("E-acme")
                .sentence("Acme will cut 1,200 jobs at its plant, two officials familiar with the deal said on Monday.")
                .exact("two", 2).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("official").predicate("say").subject("official familiar with the deal")
                .speaker("an official familiar with the deal").entities("E-acme")
                .sentence("About 1,200 workers will lose their posts under the plan, an official familiar with the deal told reporters.")
                .exact("an official", 1).build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FactStatus.DISAGREE);
            assertThat(f.disagreement()).isEqualTo(Disagreement.COUNT);
        });
    }

    @Test
    void sourcesOfDifferentReportsStayApart() {
        Claim a = claim("a", ClaimKind.COUNT).unit("official").predicate("say").subject("officials")
                .speaker("two officials").entities("E-city")
                .sentence("The bridge will reopen to traffic in May, two officials said.")
                .exact("two", 2).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("official").predicate("say").subject("official")
                .speaker("an official").entities("E-city")
                .sentence("Three workers were injured when scaffolding collapsed, an official said.")
                .exact("an official", 1).build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).hasSize(2);
    }

    @Test
    void figuresOfDifferentMonthsStayApart() {
        Claim a = claim("a", ClaimKind.MONEY).unit("GBP").predicate("rise").subject("Consumer credit").role("by")
                .sentence("Consumer credit rose by £1.4bn in March, the central bank said.")
                .quantity("£1.4bn", 1.4e9, 1.4e9, 1.4e9, Hedge.EXACT).build();
        Claim b = claim("b", ClaimKind.MONEY).unit("GBP").predicate("rise").subject("Consumer credit").role("by")
                .sentence("Consumer credit rose by £1.1bn in April, figures showed.")
                .quantity("£1.1bn", 1.1e9, 1.1e9, 1.1e9, Hedge.EXACT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void figuresOfOneMonthDisagree() {
        Claim a = claim("a", ClaimKind.MONEY).unit("GBP").predicate("rise").subject("Consumer credit").role("by")
                .sentence("Consumer credit rose by £1.4bn in March, the central bank said.")
                .quantity("£1.4bn", 1.4e9, 1.4e9, 1.4e9, Hedge.EXACT).build();
        Claim b = claim("b", ClaimKind.MONEY).unit("GBP").predicate("rise").subject("Consumer credit").role("by")
                .sentence("Consumer credit rose by £1.1bn in March, figures showed.")
                .quantity("£1.1bn", 1.1e9, 1.1e9, 1.1e9, Hedge.EXACT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.DISAGREE);
    }

    @Test
    void oneAmountInTwoCurrenciesAgreesWithinTheConversionSlack() {
        Claim a = claim("a", ClaimKind.MONEY).unit("EUR").predicate("steal").subject("jewellery")
                .sentence("The robbers stole jewellery worth €2 million, police said.")
                .quantity("€2 million", 2e6, 2e6, 2e6, Hedge.EXACT).build();
        Claim b = claim("b", ClaimKind.MONEY).unit("USD").predicate("steal").subject("jewellery")
                .sentence("The robbers stole jewellery worth $2.3 million, police said.")
                .quantity("$2.3 million", 2.3e6, 2.3e6, 2.3e6, Hedge.EXACT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void lengthsOfOneEventInOtherUnitsAgree() {
        Claim a = claim("a", ClaimKind.DURATION).unit("hour").predicate("walk out").entities("E-scotland")
                .sentence("About 8,000 rail workers in Scotland will begin a 48-hour walkout on Monday over pay.")
                .quantity("48-hour", 48, 48, 48, Hedge.EXACT).build();
        Claim b = claim("b", ClaimKind.DURATION).unit("day").predicate("strike")
                .sentence("Commuters face disruption during the two-day strike by rail workers.")
                .quantity("two-day", 2, 2, 2, Hedge.EXACT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void moreThanAndAroundAgree() {
        Claim a = troops("a", "troop", "more than 5,000", 5000, 5001, 6000, Hedge.MORE_THAN);
        Claim b = troops("b", "troop", "around 5,200", 5200, 4940, 5460, Hedge.ABOUT);

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FactStatus.AGREE);
            assertThat(f.disagreement()).isEqualTo(Disagreement.NONE);
        });
    }

    @Test
    void groupsKilledAndDiedCounts() {
        Claim a = claim("a", ClaimKind.COUNT).unit("people").predicate("kill").subject("people in Aceh")
                .entities("E-aceh").sentence("The earthquake killed at least 22 people in Aceh.")
                .quantity("at least 22", 22, 22, 33, Hedge.AT_LEAST).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("person").predicate("die").subject("persons")
                .entities("E-aceh").sentence("At least 24 persons died when the quake struck Aceh province.")
                .quantity("at least 24", 24, 24, 36, Hedge.AT_LEAST).build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void endOfSeptemberVsEndOfOctoberDisagree() {
        Claim a = claim("a", ClaimKind.DATE).predicate("reduce").subject("reduce U.S. troops").role("by")
                .entities("E-us", "E-iraq").sentence("U.S. troops will be reduced to 3,000 by the end of September.")
                .date("the end of September", LocalDate.of(2020, 9, 21), LocalDate.of(2020, 9, 30), Granularity.DAY, "2020-09")
                .build();
        Claim b = claim("b", ClaimKind.DATE).predicate("cut").subject("cut U.S. troops").role("by")
                .entities("E-us", "E-iraq").sentence("The U.S. will cut troops in Iraq to 3,000 by the end of October.")
                .date("the end of October", LocalDate.of(2020, 10, 22), LocalDate.of(2020, 10, 31), Granularity.DAY, "2020-10")
                .build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FactStatus.DISAGREE);
            assertThat(f.disagreement()).isEqualTo(Disagreement.DATE);
        });
    }

    @Test
    void keepsApartOneKindOfEventInTwoNamedPlaces() {
        Claim a = claim("a", ClaimKind.DATE).predicate("break").subject("break Green River district")
                .entities("E-country").sentence("Fighting has also broken out in the country's Green River district this year.")
                .date("this year", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), Granularity.YEAR, "2021")
                .build();
        Claim b = claim("b", ClaimKind.DATE).predicate("break").subject("break district of Stone Valley")
                .entities("E-country").sentence("Fighting broke out in the district of Stone Valley on Thursday.")
                .date("Thursday", LocalDate.of(2021, 9, 9), LocalDate.of(2021, 9, 9), Granularity.DAY, "2021-09-09")
                .build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void doesNotSetMeetingsWithPeopleOfRelatedRolesAgainstEachOther() {
        Claim a = claim("a", ClaimKind.DATE).predicate("meet").subject("meet U.S. representative")
                .entities("E-us").sentence("Two European officials said they were due to meet with U.S. representatives Sunday evening.")
                .date("Sunday", LocalDate.of(2020, 9, 27), LocalDate.of(2020, 9, 27), Granularity.DAY, "2020-09-27")
                .build();
        Claim b = claim("b", ClaimKind.DATE).predicate("meet").subject("meet ambassador")
                .entities("E-us", "E-hale").sentence("On Monday, Hale met with the country's ambassador to the US.")
                .date("Monday", LocalDate.of(2020, 9, 28), LocalDate.of(2020, 9, 28), Granularity.DAY, "2020-09-28")
                .build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).extracting(Fact::status)
                .doesNotContain(FactStatus.DISAGREE);
    }

    @Test
    void gathersOneMeasuredFigureToldInOtherUnitsWithOtherVerbs() {
        Claim a = claim("a", ClaimKind.QUANTITY).unit("km/h").predicate("slam").subject("slam km/h")
                .entities("E-cyclone").sentence("Cyclone Tarun slammed into the coast with winds of up to 195 km/h.")
                .quantity("up to 195 km/h", 195, 0, 195, Hedge.AT_MOST).build();
        Claim b = claim("b", ClaimKind.QUANTITY).unit("mph").predicate("pack").subject("pack mph")
                .entities("E-cyclone").sentence("Cyclone Tarun crossed the coast packing winds of 120 mph.")
                .exact("120 mph", 120).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void gathersOneMagnitudeOfAThingNamedBySynonymsWhateverTheVerbs() {
        Claim a = claim("a", ClaimKind.QUANTITY).unit("magnitude").predicate("leave").subject("quake")
                .sentence("The strong 6.1-magnitude quake left hundreds more injured as it rocked a region.")
                .exact("6.1-magnitude", 6.1).build();
        Claim b = claim("b", ClaimKind.QUANTITY).unit("magnitude").predicate("strike").subject("earthquake")
                .entities("E-aceh").sentence("A strong 6.1-magnitude earthquake struck the province of Aceh today.")
                .exact("6.1-magnitude", 6.1).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void doesNotTakeTheMeasureItselfForTheThingMeasured() {
        Claim a = claim("a", ClaimKind.QUANTITY).unit("percentage point").predicate("trim").subject("percentage points")
                .sentence("The company warned that headline earnings growth would be trimmed by about four percentage"
                        + " points because of share options for a staff incentive scheme.")
                .quantity("about four percentage points", 4, 3.6, 4.4, Hedge.ABOUT).build();
        Claim b = claim("b", ClaimKind.QUANTITY).unit("percentage point").predicate("cut")
                .subject("percentage point from Sri Lanka").entities("E-imf", "E-sri-lanka")
                .sentence("The IMF said damage from the tsunami would cut one percentage point from Sri Lanka's growth.")
                .exact("one percentage point", 1).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).noneMatch(f -> f.status() == FactStatus.DISAGREE);
    }

    @Test
    void keepsCountsOfThingsNamedByOtherCodesApart() {
        Claim a = claim("a", ClaimKind.COUNT).unit("aircraft").predicate("take").subject("Airbus A321 aircraft")
                .entities("E-airbus").sentence("We have taken delivery of six Airbus A321 aircraft this year.")
                .exact("six", 6).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("aircraft").predicate("buy").subject("A320 aircraft")
                .entities("E-airbus").sentence("Kingfisher is to buy 10 A320 aircraft from Airbus this year.")
                .exact("10", 10).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void doesNotSetAForecastAgainstATally() {
        Claim forecast = claim("a", ClaimKind.COUNT).unit("copy").predicate("sell").subject("copies").entities("E-band-aid")
                .sentence("The single is expected to sell at least 300,000 copies by Sunday.")
                .quantity("at least 300,000", 300_000, 300_000, Double.POSITIVE_INFINITY, Hedge.AT_LEAST).build();
        Claim tally = claim("b", ClaimKind.COUNT).unit("copy").predicate("sell").subject("copies").entities("E-band-aid")
                .sentence("The single sold 250,000 copies in its first week.").exact("250,000", 250_000).build();

        assertThat(aligner.align(List.of(forecast, tally), DOCS, Map.of())).noneMatch(f -> f.status() == FactStatus.DISAGREE);
    }

    @Test
    void setsTwoForecastsAgainstEachOther() {
        Claim a = claim("a", ClaimKind.COUNT).unit("observer").predicate("monitor").subject("observers").role("by")
                .sentence("The truce will be monitored by 40 observers from the regional bloc.").exact("40", 40).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("observer").predicate("watch").subject("observers")
                .sentence("About 60 observers will watch over the truce, the bloc said.")
                .quantity("About 60", 60, 54, 66, Hedge.ABOUT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.DISAGREE);
    }

    @Test
    void keepsARateApartFromACountOfOneEvent() {
        Claim rate = claim("a", ClaimKind.COUNT).unit("quake per day").predicate("record").subject("quake")
                .entities("E-iran").sentence("Iran records at least one slight quake every day.")
                .quantity("at least one", 1, 1, Double.POSITIVE_INFINITY, Hedge.AT_LEAST).build();
        Claim count = claim("b", ClaimKind.COUNT).unit("quake").predicate("record").subject("quake")
                .entities("E-iran").sentence("Iran recorded three quakes on Monday.").exact("three", 3).build();

        assertThat(aligner.align(List.of(rate, count), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void doesNotMergeDifferentThingsSharingANumber() {
        Claim killed = claim("a", ClaimKind.COUNT).unit("people").predicate("kill").subject("people in Yida")
                .entities("E-yida").sentence("The bombing killed 12 people in Yida camp.").exact("12", 12).build();
        Claim refugees = claim("b", ClaimKind.COUNT).unit("refugee").predicate("arrive").subject("refugees in Yida")
                .entities("E-yida").sentence("Some 12 refugees arrived in Yida every day last week.").exact("12", 12).build();

        List<Fact> facts = aligner.align(List.of(killed, refugees), DOCS, Map.of());

        assertThat(facts).hasSize(2).allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.SINGLE));
    }

    @Test
    void doesNotMergeDifferentFiguresSharingOnlyAName() {
        Claim troopsA = troops("a", "troop", "5,000 troops", 5000, 5000, 5000, Hedge.EXACT);
        Claim diplomats = claim("b", ClaimKind.COUNT).unit("diplomat").predicate("evacuate").subject("diplomats")
                .entities("E-us", "E-iraq").sentence("The U.S. would evacuate 300 diplomats from Iraq.").exact("300", 300).build();

        List<Fact> facts = aligner.align(List.of(troopsA, diplomats), DOCS, Map.of());

        assertThat(facts).hasSize(2).noneMatch(f -> f.status() == FactStatus.DISAGREE);
    }

    @Test
    void doesNotMergeTargetWithCurrentCount() {
        Claim from = troops("a", "troop", "more than 5,000", 5000, 5001, 6000, Hedge.MORE_THAN);
        Claim to = claim("b", ClaimKind.COUNT).unit("troop").predicate("reduce").subject("U.S. troops in Iraq")
                .entities("E-us", "E-iraq").role("to").sentence("The United States will reduce its troops in Iraq to 3,000.")
                .exact("3,000", 3000).build();

        List<Fact> facts = aligner.align(List.of(from, to), DOCS, Map.of());

        assertThat(facts).hasSize(2);
    }

    @Test
    void putsAtMostOneClaimPerDocumentInAFact() {
        Claim a1 = troops("a", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);
        Claim a2 = troops("a", "troop", "more than 4,000", 4000, 4001, 4800, Hedge.MORE_THAN);
        Claim b = troops("b", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);

        List<Fact> facts = aligner.align(List.of(a1, a2, b), DOCS, Map.of());

        assertThat(facts).hasSize(2);
        assertThat(factOf(facts, b).claimIds()).hasSize(2);
    }

    @Test
    void oneReportsFigureToldWithAndWithoutHedgeIsOneClaimOfTheFact() {
        Claim a1 = troops("a", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);
        Claim a2 = troops("a", "troop", "about 5,000", 5000, 4750, 5250, Hedge.ABOUT);
        Claim b = troops("b", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);

        List<Fact> facts = aligner.align(List.of(a1, a2, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::claimIds).asList().hasSize(3);
    }

    @Test
    void copiesCountAsOneIndependentSource() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), copy("b", SEP_27.plusDays(3), "a"), doc("c", SEP_27));
        Claim a = troops("a", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);
        Claim b = troops("b", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);
        Claim c = troops("c", "soldier", "5,000", 5000, 5000, 5000, Hedge.EXACT);

        List<Fact> facts = aligner.align(List.of(a, b, c), docs, Map.of());

        assertThat(facts).singleElement().extracting(Fact::independentSources).isEqualTo(2);
    }

    @Test
    void copyThatChangesItsOriginalsNumberIsAValueDisagreement() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), copy("b", SEP_27.plusDays(20), "a"));
        Claim a = claim("a", ClaimKind.QUANTITY).unit("day").predicate("take").subject("closing the embassy")
                .entities("E-embassy").sentence("Closing the embassy is expected to take 90 days.").exact("90", 90).build();
        Claim b = claim("b", ClaimKind.QUANTITY).unit("day").predicate("take").subject("closing the embassy")
                .entities("E-embassy").sentence("Closing the embassy is expected to take 60 days.").exact("60", 60).build();

        List<Fact> facts = aligner.align(List.of(a, b), docs, Map.of());

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FactStatus.DISAGREE);
            assertThat(f.disagreement()).isEqualTo(Disagreement.VALUE);
            assertThat(f.independentSources()).isEqualTo(1);
        });
    }

    @Test
    void laterIndependentReportWithAnotherFigureIsAnUpdate() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), doc("b", SEP_27.plusDays(2)));
        Claim a = claim("a", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-qeshm")
                .sentence("The earthquake on Qeshm island killed 10 people.").exact("10", 10).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-qeshm")
                .sentence("The earthquake on Qeshm island killed 13 people, officials said.").exact("13", 13).build();

        List<Fact> facts = aligner.align(List.of(a, b), docs, Map.of());

        assertThat(facts).singleElement().extracting(Fact::disagreement).isEqualTo(Disagreement.UPDATE);
    }

    @Test
    void higherTollInALaterReportThanAnEarlierLowerBoundIsAnUpdate() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), doc("b", SEP_27.plusDays(2)));
        Claim a = claim("a", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-qeshm")
                .sentence("The earthquake on Qeshm island killed at least 10 people.")
                .quantity("at least 10", 10, 10, 15, Hedge.AT_LEAST).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-qeshm")
                .sentence("The earthquake on Qeshm island killed 13 people, officials said.").exact("13", 13).build();

        List<Fact> facts = aligner.align(List.of(a, b), docs, Map.of());

        assertThat(facts).singleElement().extracting(Fact::disagreement).isEqualTo(Disagreement.UPDATE);
    }

    @Test
    void laterHigherTollOfSomeOfThePeopleIsNoUpdate() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), doc("b", SEP_27.plusDays(1)));
        Claim a = claim("a", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-aceh")
                .sentence("The earthquake in Aceh killed at least three people and injured dozens.")
                .quantity("at least three", 3, 3, Double.POSITIVE_INFINITY, Hedge.AT_LEAST).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("child").predicate("kill").subject("children").entities("E-aceh")
                .sentence("The earthquake in Aceh killed six children when a mosque collapsed.").exact("six", 6).build();

        List<Fact> facts = aligner.align(List.of(a, b), docs, Map.of());

        assertThat(facts).allSatisfy(f -> assertThat(f.status()).isNotEqualTo(FactStatus.DISAGREE));
    }

    @Test
    void laterHigherLowerBoundOfATollAgreesWithAnEarlierOne() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), doc("b", SEP_27.plusDays(1)));
        Claim a = claim("a", ClaimKind.COUNT).unit("people").predicate("die").subject("people").entities("E-india")
                .sentence("More than 100 people have died of heat across India since March.")
                .quantity("More than 100", 100, 101, 150, Hedge.MORE_THAN).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("people").predicate("die").subject("people").entities("E-india")
                .sentence("The heat has killed at least 110 people in India since March.")
                .quantity("at least 110", 110, 110, 165, Hedge.AT_LEAST).build();

        List<Fact> facts = aligner.align(List.of(a, b), docs, Map.of());

        assertThat(facts).singleElement().extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void sameDayLowerBoundAndHigherTollAgree() {
        Claim a = claim("a", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-qeshm")
                .sentence("The earthquake on Qeshm island killed at least 10 people.")
                .quantity("at least 10", 10, 10, 15, Hedge.AT_LEAST).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-qeshm")
                .sentence("The earthquake on Qeshm island killed 13 people, officials said.").exact("13", 13).build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void laterHigherCountThatIsNoTollAgreesWithAnEarlierLowerBound() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), doc("b", SEP_27.plusDays(2)));
        Claim a = claim("a", ClaimKind.COUNT).unit("refugee").predicate("cross").subject("refugees").entities("E-uganda")
                .sentence("More than 3,000 refugees crossed into Uganda.")
                .quantity("More than 3,000", 3000, 3001, 4500, Hedge.MORE_THAN).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("refugee").predicate("cross").subject("refugees").entities("E-uganda")
                .sentence("Some 3,400 refugees crossed into Uganda.").exact("3,400", 3400).build();

        List<Fact> facts = aligner.align(List.of(a, b), docs, Map.of());

        assertThat(facts).singleElement().extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void quotedWordsKeptWithoutTheirMarksWithOneWordChangedAgreeWithTheirWordingNamed() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Petro Yatsenko")
                .sentence("\"We will bring every one of them home,\" said the spokesman, Petro Yatsenko.")
                .statement("We will bring every one of them home").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Petro Yatsenko")
                .sentence("\"We will bring all of them home,\" spokesman Petro Yatsenko said on Thursday.")
                .statement("We will bring all of them home").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.disagreement()).isEqualTo(Disagreement.WORDING);
            assertThat(f.status()).isEqualTo(FactStatus.AGREE);
        });
    }

    @Test
    void translatedQuoteInOtherWordsAgreesWithItsWordingNamed() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Petro Yatsenko")
                .sentence("Petro Yatsenko said they would bring every one of them home.")
                .statement("they would bring every one of them home").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Petro Yatsenko")
                .sentence("Spokesman Petro Yatsenko said they would bring all of them home.")
                .statement("they would bring all of them home").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void twoOfficialsAgainstAnOfficialIsACountDisagreement() {
        Claim a = claim("a", ClaimKind.COUNT).unit("official").predicate("inform").subject("Western officials in Baghdad")
                .entities("E-baghdad").speaker("Two Western officials in Baghdad").sentence("Two Western officials in Baghdad said they had been informed.")
                .exact("Two", 2).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("official").predicate("inform").subject("Western official in Baghdad")
                .entities("E-baghdad").speaker("A Western official in Baghdad").sentence("A Western official in Baghdad said he had been informed.")
                .exact("A", 1).build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::disagreement).isEqualTo(Disagreement.COUNT);
    }

    @Test
    void sameStatementFromDifferentSpeakersIsAnAttributionDisagreement() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Ahmed Mulla Talal").entities("E-talal")
                .sentence("The embassy closure would send a negative message to outlaw groups, Talal said.")
                .statement("the embassy closure would send a negative message to outlaw groups").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Fuad Hussein")
                .sentence("Closing the embassy would send a negative message to outlaw groups, Hussein said.")
                .statement("closing the embassy would send a negative message to outlaw groups").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::disagreement).isEqualTo(Disagreement.ATTRIBUTION);
    }

    @Test
    void quoteTrimmedToAPartOfItselfAgrees() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("the prime minister")
                .sentence("“Help me to get through the year and I will then stand down,” the prime minister said.")
                .statement("“Help me to get through the year and I will then stand down”").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("the prime minister")
                .sentence("“I know I will have to go before the election, but help me to get through the year and I "
                        + "will then stand down,” the prime minister said.")
                .statement("“I know I will have to go before the election, but help me to get through the year and I "
                        + "will then stand down”").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void twoSpeakersQuotedInOtherWordsMadeTwoStatements() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Glenn Moore")
                .sentence("“First and foremost this is a human tragedy,” said Glenn Moore, an economist.")
                .statement("“First and foremost this is a human tragedy”").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Hanover Re")
                .sentence("Hanover Re, the reinsurer, said: “This is primarily a human tragedy.”")
                .statement("“This is primarily a human tragedy.”").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).hasSize(2).allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.SINGLE));
    }

    @Test
    void quotesThatShareOnlyFunctionWordsAreTwoStatements() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Robert Hale")
                .sentence("Robert Hale said he wanted to “change the face of British politics” as he launched his party.")
                .statement("change the face of British politics").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("The document")
                .sentence("The document reportedly said: “We're looking for the resurrection of the British Empire.”")
                .statement("We're looking for the resurrection of the British Empire").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).hasSize(2);
    }

    @Test
    void onePartyUnderTwoNamesIsOneSpeaker() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("the Conservatives")
                .sentence("They said they would also press the government over whether its objectives could be met.")
                .statement("they would also press the government over whether its objectives could be met").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Tories")
                .sentence("They said they would also press the government over whether its objectives could be met.")
                .statement("they would also press the government over whether its objectives could be met").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void aCommonNounOpeningTheSentenceNamesNoOtherSpeaker() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Nordoil's US lawyers")
                .sentence("Nordoil's US lawyers claim the auction was illegal because the firm had filed for bankruptcy.")
                .statement("the auction was illegal because the firm had filed for bankruptcy").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Lawyers")
                .sentence("Lawyers claimed the auction was illegal because Nordoil had filed for bankruptcy.")
                .statement("the auction was illegal because Nordoil had filed for bankruptcy").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void twoQuotesOfOneSpeakerThatShareAFewWordsAreTwoStatements() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("the 21-year-old")
                .sentence("“I wish I was playing for Real Madrid,” the 21-year-old told a radio station.")
                .statement("“I wish I was playing for Real Madrid”").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("the 21-year-old")
                .sentence("“I won it with Real Madrid in 2000 and I should be playing in it,” the 21-year-old said.")
                .statement("“I won it with Real Madrid in 2000 and I should be playing in it”").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).hasSize(2);
    }

    @Test
    void quoteTranslatedInOtherWordsIsAWordingDisagreement() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Anna Petrova")
                .sentence("“Because the reservoir is not very deep, a flood of the valley is not expected,” Petrova said.")
                .statement("“Because the reservoir is not very deep, a flood of the valley is not expected”").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Anna Petrova")
                .sentence("“The reservoir is not deep enough that we could expect the valley to flood,” Petrova said.")
                .statement("“The reservoir is not deep enough that we could expect the valley to flood”").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.disagreement()).isEqualTo(Disagreement.WORDING);
            assertThat(f.status()).isEqualTo(FactStatus.AGREE);
        });
    }

    @Test
    void sameQuoteInOtherWordsAgreesWithItsWordingNamed() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Ahmed Mulla Talal")
                .sentence("“We hope the American administration will reconsider it,” Talal said.")
                .statement("“We hope the American administration will reconsider it”").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Talal")
                .sentence("“We hope the US administration will reconsider the decision,” Talal said.")
                .statement("“We hope the US administration will reconsider the decision”").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.disagreement()).isEqualTo(Disagreement.WORDING);
            assertThat(f.status()).isEqualTo(FactStatus.AGREE);
        });
    }

    @Test
    void marksAClaimNoOtherDocumentRepeatsAsSingle() {
        Claim a = troops("a", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);

        List<Fact> facts = aligner.align(List.of(a), DOCS, Map.of());

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FactStatus.SINGLE);
            assertThat(f.independentSources()).isEqualTo(1);
        });
    }

    @Test
    void appliesResearcherMerge() {
        Claim killed = claim("a", ClaimKind.COUNT).unit("people").predicate("kill").subject("people")
                .sentence("The bombing killed 12 people.").exact("12", 12).build();
        Claim refugees = claim("b", ClaimKind.COUNT).unit("refugee").predicate("arrive").subject("refugees")
                .sentence("Some 12 refugees arrived every day.").exact("12", 12).build();

        List<Fact> facts = aligner.align(List.of(killed, refugees), DOCS,
                Map.of(refugees.id(), "claim:" + killed.id()));

        assertThat(facts).singleElement().extracting(Fact::claimIds).asList()
                .containsExactlyInAnyOrder(killed.id(), refugees.id());
    }

    @Test
    void appliesResearcherSplit() {
        Claim a = troops("a", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);
        Claim b = troops("b", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of(b.id(), "new:7f1c"));

        assertThat(facts).hasSize(2).allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.SINGLE));
    }

    @Test
    void givesTheSameFactIdToTheSameClaims() {
        Claim a = troops("a", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);
        Claim b = troops("b", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);

        String first = aligner.align(List.of(a, b), DOCS, Map.of()).get(0).id();
        String second = aligner.align(List.of(b, a), DOCS, Map.of()).get(0).id();

        assertThat(first).isEqualTo(second).startsWith("F-");
    }

    @Test
    void labelsAFactWithWhatIsMeasuredAndTheRole() {
        Claim a = troops("a", "troop", "5,000", 5000, 5000, 5000, Hedge.EXACT);

        Fact fact = aligner.align(List.of(a), DOCS, Map.of()).get(0);

        assertThat(fact.label()).isEqualTo("troop count: reduce U.S. troop in Iraq (from)");
    }

    @Test
    void doesNotGroupAnOpenFigureWithOneOrdersOfMagnitudeLarger() {
        Claim war = claim("a", ClaimKind.COUNT).unit("people").predicate("die").subject("people").entities("E-sudan")
                .sentence("Some 2 million people died in the north-south civil war.")
                .quantity("Some 2 million", 2e6, 1.8e6, 2.2e6, Hedge.ABOUT).build();
        Claim strike = claim("b", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-yida")
                .sentence("Local official Miabek Lang said at least 12 people had been killed in the bombing.")
                .quantity("at least 12", 12, 12, Double.POSITIVE_INFINITY, Hedge.AT_LEAST).build();

        assertThat(aligner.align(List.of(war, strike), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void doesNotTakeAWomanForAllThePeopleOfACount() {
        Claim woman = claim("a", ClaimKind.COUNT).unit("woman").predicate("take").subject("woman in Qeshm")
                .sentence("I saw an injured person being taken to a local hospital, one woman in Qeshm told AFP.")
                .exact("one", 1).build();
        Claim people = claim("b", ClaimKind.COUNT).unit("people").predicate("need").subject("people in rural regions")
                .sentence("The governor stated that as many as 2,000 people in rural regions needed accommodation.")
                .quantity("as many as 2,000", 2000, 0, 2000, Hedge.AT_MOST).build();

        assertThat(aligner.align(List.of(woman, people), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void differentDeathTollsOnTheSameDayAreAValueDisagreement() {
        Claim a = claim("a", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-qeshm")
                .sentence("The earthquake on Qeshm island killed 10 people.").exact("10", 10).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-qeshm")
                .sentence("The earthquake on Qeshm island killed 13 people, officials said.").exact("13", 13).build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::disagreement).isEqualTo(Disagreement.VALUE);
    }

    @Test
    void quoteCreditedToANameAndToADescriptionAgrees() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Ema Suryani")
                .sentence("“We have received around 50 people with injuries,” Ema Suryani, a doctor, told AFP.")
                .statement("“We have received around 50 people with injuries”").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("the doctor")
                .sentence("“We have received around 50 people with injuries,” added the doctor.")
                .statement("“We have received around 50 people with injuries”").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void copyRepeatingItsOriginalsDatePhraseAgreesDespiteLaterPublication() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), copy("b", LocalDate.of(2020, 10, 24), "a"));
        Claim a = claim("a", ClaimKind.DATE).predicate("close").subject("close embassy").entities("E-us")
                .sentence("Pompeo warned Iraq last week that the United States would close the embassy.")
                .date("last week", LocalDate.of(2020, 9, 14), LocalDate.of(2020, 9, 20), Granularity.WEEK, "2020-W38").build();
        Claim b = claim("b", ClaimKind.DATE).predicate("close").subject("close embassy").entities("E-us")
                .sentence("Pompeo warned Iraq last week that the United States would close the embassy.")
                .date("last week", LocalDate.of(2020, 10, 12), LocalDate.of(2020, 10, 18), Granularity.WEEK, "2020-W42").build();

        List<Fact> facts = aligner.align(List.of(a, b), docs, Map.of());

        assertThat(facts).singleElement().extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void sameQuoteCreditedToDifferentAgenciesIsAnAttributionDisagreement() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("The State Department spokeswoman")
                .sentence("The State Department spokeswoman said “the presence of lawless, Iran-backed militias” was the problem.")
                .statement("“the presence of lawless, Iran-backed militias”").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("The Foreign Ministry spokeswoman")
                .sentence("The Foreign Ministry spokeswoman said “the presence of lawless Iran-backed militias” was the problem.")
                .statement("“the presence of lawless Iran-backed militias”").build();

        List<Fact> facts = aligner.align(List.of(a, b), DOCS, Map.of());

        assertThat(facts).singleElement().extracting(Fact::disagreement).isEqualTo(Disagreement.ATTRIBUTION);
    }

    @Test
    void republishedCopyDoesNotMakeAnIndependentReportDisagree() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), copy("b", LocalDate.of(2020, 10, 24), "a"), doc("c", SEP_27));
        Claim a = claim("a", ClaimKind.DATE).predicate("reduce").subject("reduce force").role("by").entities("E-us")
                .sentence("The United States would reduce its force level to about 3,000 by the end of the month.")
                .date("the end of the month", LocalDate.of(2020, 9, 21), LocalDate.of(2020, 9, 30), Granularity.DAY, "2020-09").build();
        Claim b = claim("b", ClaimKind.DATE).predicate("reduce").subject("reduce force").role("by").entities("E-us")
                .sentence("The United States would reduce its force level to around 3,000 by the end of the month.")
                .date("the end of the month", LocalDate.of(2020, 10, 22), LocalDate.of(2020, 10, 31), Granularity.DAY, "2020-10").build();
        Claim c = claim("c", ClaimKind.DATE).predicate("reduce").subject("reduce troop").role("by").entities("E-us")
                .sentence("The United States would reduce its troop presence to 3,000 in September.")
                .date("September", LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30), Granularity.MONTH, "2020-09").build();

        List<Fact> facts = aligner.align(List.of(a, b, c), docs, Map.of());

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FactStatus.AGREE);
            assertThat(f.independentSources()).isEqualTo(2);
        });
    }

    @Test
    void figureRoundedToFewerDigitsAgreesWithThePreciseOne() {
        Claim a = claim("a", ClaimKind.PERCENT).unit("percent").predicate("win").subject("vote").entities("E-andrade")
                .sentence("Andrade won 44.2% of the vote in the first round.").exact("44.2%", 44.2).build();
        Claim b = claim("b", ClaimKind.PERCENT).unit("percent").predicate("win").subject("vote").entities("E-andrade")
                .sentence("Andrade won 44% of the vote.").exact("44%", 44).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void halfAUnitApartIsNotRounding() {
        Claim a = claim("a", ClaimKind.QUANTITY).unit("point").predicate("widen").subject("margin").entities("E-poll")
                .sentence("The poll's margin of error widened to 2.5 points.").exact("2.5", 2.5).build();
        Claim b = claim("b", ClaimKind.QUANTITY).unit("point").predicate("widen").subject("margin").entities("E-poll")
                .sentence("The poll's margin of error widened to 3 points.").exact("3", 3).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.DISAGREE);
    }

    @Test
    void particularThingsCountedGroupWhateverTheVerb() {
        Claim a = claim("a", ClaimKind.COUNT).unit("barrel").predicate("leak").subject("barrels of crude oil")
                .sentence("A ruptured pipeline leaked about 3,000 barrels of crude oil into the river.")
                .quantity("about 3,000", 3000, 2700, 3300, Hedge.ABOUT).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("barrel").predicate("spill").subject("barrels of oil")
                .sentence("Around 3,200 barrels of oil spilled from the damaged pipeline.")
                .quantity("Around 3,200", 3200, 2880, 3520, Hedge.ABOUT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void peopleCountedByDifferentEventsStayApart() {
        Claim killed = claim("a", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-town")
                .sentence("The blast killed 14 people in the town.").exact("14", 14).build();
        Claim injured = claim("b", ClaimKind.COUNT).unit("people").predicate("injure").subject("people").entities("E-town")
                .sentence("The blast injured 14 people in the town.").exact("14", 14).build();

        assertThat(aligner.align(List.of(killed, injured), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void rivalTollsInSentencesNamingDifferentPlacesDoNotDisagree() {
        Claim province = claim("a", ClaimKind.COUNT).unit("people").predicate("die").subject("people in Aceh")
                .entities("E-aceh").sentence("Five people died and seven were injured in Aceh in the quake.").exact("Five", 5).build();
        Claim district = claim("b", ClaimKind.COUNT).unit("people").predicate("kill").subject("people in Central Aceh district")
                .entities("E-central-aceh").sentence("In neighbouring Central Aceh district, 10 people were killed, Nugroho said.")
                .exact("10", 10).build();

        assertThat(aligner.align(List.of(province, district), DOCS, Map.of()))
                .noneMatch(f -> f.status() == FactStatus.DISAGREE);
    }

    @Test
    void figureOfAnotherYearStaysApartFromTheCurrentOne() {
        Claim now = claim("a", ClaimKind.COUNT).unit("seat").predicate("win").subject("seats").entities("E-union")
                .sentence("The National Union won 97 seats.").exact("97", 97).build();
        Claim before = claim("b", ClaimKind.COUNT).unit("seat").predicate("win").subject("seats").entities("E-union")
                .sentence("The National Union won 71 seats in 2016.").exact("71", 71).build();

        assertThat(aligner.align(List.of(now, before), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void yearNamedInBothSentencesIsNoConflict() {
        Claim a = claim("a", ClaimKind.COUNT).unit("person").predicate("displace").subject("people")
                .sentence("More than 1 million people have been displaced since the insurgency began in 2017.")
                .quantity("More than 1 million", 1e6, 1e6 + 1, 1.5e6, Hedge.MORE_THAN).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("person").predicate("force").subject("people")
                .sentence("The fighting has forced some 1.3 million people from their homes since 2017.")
                .quantity("some 1.3 million", 1.3e6, 1.2e6, 1.4e6, Hedge.ABOUT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void groupsMuchTheSameAreaBurnedByOneEventInSentencesNamingOtherSources() {
        Claim a = claim("a", ClaimKind.QUANTITY).unit("hectare").predicate("burn").subject("hectares of forest")
                .entities("E-athens").sentence("The fire near Athens has burned more than 10,000 hectares of forest.")
                .quantity("more than 10,000", 10000, 10001, 15000, Hedge.MORE_THAN).build();
        Claim b = claim("b", ClaimKind.QUANTITY).unit("hectare").predicate("scorch").subject("hectares")
                .entities("E-eu").sentence("The blaze has scorched some 10,500 hectares, the EU monitoring service said.")
                .quantity("some 10,500", 10500, 9975, 11025, Hedge.ABOUT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void sameTollInSentencesNamingOtherPlacesStaysApart() {
        Claim a = claim("a", ClaimKind.COUNT).unit("people").predicate("kill").subject("people").entities("E-north")
                .sentence("Floods killed 12 people in the north.").exact("12", 12).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("people").predicate("die").subject("people").entities("E-south")
                .sentence("A landslide in the south left 12 people dead.").exact("12", 12).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void tollsOfOneHappeningNamedBesideAnotherStayOneFact() {
        Claim a = claim("a", ClaimKind.COUNT).unit("person").predicate("die").subject("death toll")
                .sentence("The sixth aftershock shook the island on Monday as the death toll from the earthquake rose to 10.")
                .exact("10", 10).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("person").predicate("kill").subject("people")
                .sentence("The earthquake hit the island, causing major destruction in seven villages and killing 10 people.")
                .exact("10", 10).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void oneClockTimeToTheMinuteInTwoReportsIsOneFactWhateverTheWords() {
        Claim a = claim("a", ClaimKind.TIME).predicate("grab").subject("").entities("E-paris")
                .sentence("A police source said the men drove a large four-by-four car into the store at around 4.30am "
                        + "and grabbed jewellery and watches.")
                .time("around 4.30am", org.crosscheck.normalize.TimeOfDay.of(4, 30, Hedge.ABOUT)).build();
        Claim b = claim("b", ClaimKind.TIME).predicate("ram").subject("thieves").entities("E-paris")
                .sentence("At around 4:30 a.m. local time the thieves rammed an SUV into the front of the shop.")
                .time("around 4:30 a.m. local time", org.crosscheck.normalize.TimeOfDay.of(4, 30, Hedge.ABOUT)).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void aGerundAfterAPrepositionNamesTheHappeningOfItsToll() {
        Claim a = claim("a", ClaimKind.COUNT).unit("person").predicate("kill").subject("people")
                .sentence("He accused the government of bombing the area in recent days, killing at least seven people "
                        + "and potentially moving the insurgencies closer to an international conflict.")
                .quantity("at least seven", 7, 7, 21, Hedge.AT_LEAST).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("person").predicate("kill").subject("people")
                .sentence("The president said Thursday that seven people were killed in those bombings.")
                .exact("seven", 7).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void figureAChangeEndsAtRepeatsTheSameFigureWithoutAChange() {
        Claim a1 = claim("a", ClaimKind.COUNT).unit("person").predicate("die").subject("death toll")
                .sentence("Aftershocks jolt the island, death toll rises to 10").exact("10", 10).build();
        Claim a2 = claim("a", ClaimKind.COUNT).unit("person").predicate("die").subject("death toll").role("to")
                .sentence("Aftershocks shook the island on Monday as the death toll rose to 10.").exact("10", 10).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("person").predicate("kill").subject("people")
                .sentence("The earthquake killed 10 people.").exact("10", 10).build();

        assertThat(aligner.align(List.of(a1, a2, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::claimIds).asList().hasSize(3);
    }

    @Test
    void rivalFiguresOfOneNamedMeasureWithoutAnEventDisagree() {
        Claim a = claim("a", ClaimKind.PERCENT).unit("percent").predicate("be").subject("Turnout")
                .sentence("Turnout was 82%, the electoral council said.").quantity("82%", 82, 82, 82, Hedge.EXACT).build();
        Claim b = claim("b", ClaimKind.PERCENT).unit("percent").predicate("reach").subject("Turnout")
                .sentence("Turnout reached 73 percent, according to the council.")
                .quantity("73 percent", 73, 73, 73, Hedge.EXACT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::disagreement).isEqualTo(Disagreement.VALUE);
    }

    @Test
    void differentMeasuresWithoutAnEventStayApart() {
        Claim a = claim("a", ClaimKind.PERCENT).unit("percent").predicate("be").subject("Turnout")
                .sentence("Turnout was 62%, the electoral council said.").quantity("62%", 62, 62, 62, Hedge.EXACT).build();
        Claim b = claim("b", ClaimKind.PERCENT).unit("percent").predicate("be").subject("share of the vote")
                .sentence("Her share of the vote was 55%, the council said.")
                .quantity("55%", 55, 55, 55, Hedge.EXACT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void deadlinesOfOneEventNamedByParaphrasedVerbsDisagree() {
        Claim a = claim("a", ClaimKind.DATE).predicate("complete").subject("complete").role("by")
                .sentence("Counties must certify their results first, and the recount must be completed by Dec. 3.")
                .date("Dec. 3", LocalDate.of(2025, 12, 3), LocalDate.of(2025, 12, 3), Granularity.DAY, "2025-12-03").build();
        Claim b = claim("b", ClaimKind.DATE).predicate("finish").subject("finish")
                .sentence("State officials said the recount must be finished by Dec. 10.")
                .date("Dec. 10", LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 10), Granularity.DAY, "2025-12-10").build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::disagreement).isEqualTo(Disagreement.DATE);
    }

    @Test
    void monthAgreesWithADayInsideIt() {
        Claim a = claim("a", ClaimKind.DATE).predicate("test").subject("test positive").entities("E-wanjiru")
                .sentence("Wanjiru tested positive for the banned booster in March.")
                .date("in March", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), Granularity.MONTH, "2025-03").build();
        Claim b = claim("b", ClaimKind.DATE).predicate("test").subject("test positive").entities("E-wanjiru")
                .sentence("Wanjiru tested positive for the substance on March 14, the agency said.")
                .date("on March 14", LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14), Granularity.DAY, "2025-03-14").build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void roundedShareOfOnePersonGroupsWhateverTheVerb() {
        Claim a = claim("a", ClaimKind.PERCENT).unit("percent").predicate("win").subject("candidate Lucia Andrade")
                .entities("E-andrade").sentence("Conservative candidate Lucia Andrade won 44.2% of the vote.")
                .quantity("44.2%", 44.2, 44.2, 44.2, Hedge.EXACT).build();
        Claim b = claim("b", ClaimKind.PERCENT).unit("percent").predicate("take").subject("Lucia Andrade")
                .entities("E-andrade").sentence("Lucia Andrade took 44%, ahead of her rival.")
                .quantity("44%", 44, 44, 44, Hedge.EXACT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void sameFigureOfOneEntityForDifferentMeasuresStaysApart() {
        Claim a = claim("a", ClaimKind.PERCENT).unit("percent").predicate("fall").subject("shares")
                .entities("E-northway").sentence("Northway shares fell 5.1% in early trading.")
                .quantity("5.1%", 5.1, 5.1, 5.1, Hedge.EXACT).build();
        Claim b = claim("b", ClaimKind.PERCENT).unit("percent").predicate("rise").subject("profit")
                .entities("E-northway").sentence("Northway said its profit rose 5% in the quarter.")
                .quantity("5%", 5, 5, 5, Hedge.EXACT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void groupsTheCountOfAPlacesPeopleWithParticularPeopleOfOneEvent() {
        Claim a = claim("a", ClaimKind.COUNT).unit("refugee").predicate("flee").subject("refugees into Uganda")
                .entities("E-uganda").sentence("More than 3,000 refugees have fled into Uganda since Monday.")
                .quantity("More than 3,000", 3000, 3001, Double.POSITIVE_INFINITY, Hedge.MORE_THAN).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("Congolese").predicate("flee").subject("Congolese into Uganda")
                .entities("E-uganda").sentence("Around 3,400 Congolese have fled into Uganda, the UN said.")
                .quantity("Around 3,400", 3400, 3230, 3570, Hedge.ABOUT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void keepsCountsOfThePeopleOfTwoPlacesApart() {
        Claim a = claim("a", ClaimKind.COUNT).unit("Congolese").predicate("flee").subject("Congolese into Uganda")
                .entities("E-uganda").sentence("About 300 Congolese have fled into Uganda.")
                .quantity("About 300", 300, 285, 315, Hedge.ABOUT).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("Rwandans").predicate("flee").subject("Rwandans into Uganda")
                .entities("E-uganda").sentence("About 300 Rwandans have fled into Uganda.")
                .quantity("About 300", 300, 285, 315, Hedge.ABOUT).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void countsOfAPlacesPeopleByDifferentEventsStayApart() {
        Claim a = claim("a", ClaimKind.COUNT).unit("Congolese").predicate("flee").subject("Congolese")
                .entities("E-uganda").sentence("Some 300 Congolese have fled into Uganda.").exact("300", 300).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("Congolese").predicate("arrest").subject("Congolese")
                .entities("E-uganda").sentence("Police in Uganda arrested 300 Congolese.").exact("300", 300).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).hasSize(2);
    }

    @Test
    void rivalFiguresFarApartAreNotTakenForADispute() {
        Claim a = claim("a", ClaimKind.COUNT).unit("house").predicate("destroy").subject("houses").entities("E-valley")
                .sentence("The flood destroyed 40 houses in the valley.").exact("40", 40).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("house").predicate("destroy").subject("houses").entities("E-valley")
                .sentence("The flood destroyed 1,500 houses in the valley.").exact("1,500", 1500).build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).noneMatch(f -> f.status() == FactStatus.DISAGREE);
    }

    @Test
    void sameQuoteTypesetWithOtherQuoteMarksAgrees() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Sutopo Purwo Nugroho")
                .sentence("“People panicked and rushed out of their homes,” Nugroho said.")
                .statement("“People panicked and rushed out of their homes”").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Nugroho")
                .sentence("''People panicked and rushed out of their homes,'' said Nugroho.")
                .statement("''People panicked and rushed out of their homes,''").build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::status).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void shortQuoteWithOneWordChangedAgreesWithItsWordingNamed() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("the defence ministry")
                .sentence("“We will bring every one of them home,” the ministry said.")
                .statement("“We will bring every one of them home”").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Petro Yatsenko")
                .sentence("“We will bring all of them home,” Petro Yatsenko said.")
                .statement("“We will bring all of them home”").build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .satisfies(f -> {
            assertThat(f.disagreement()).isEqualTo(Disagreement.WORDING);
            assertThat(f.status()).isEqualTo(FactStatus.AGREE);
        });
    }

    @Test
    void negatedStatementAgainstItsAffirmationIsAPolarityDisagreement() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Karin Holt")
                .sentence("“We will not form a coalition with the nationalists,” Holt said.")
                .statement("“We will not form a coalition with the nationalists”").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Holt")
                .sentence("Holt said she would form a coalition with the nationalists.")
                .statement("she would form a coalition with the nationalists").build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::disagreement).isEqualTo(Disagreement.POLARITY);
    }

    @Test
    void negationInAClauseJoinedByAndOrBecauseIsNoPolarity() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Charles Clarke")
                .sentence("Mr Clarke said intercept evidence is only a small part of the case and could put the lives of sources at risk.")
                .statement("intercept evidence is only a small part of the case and could put the lives of sources at risk").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Charles Clarke")
                .sentence("Mr Clarke said intercept evidence was only a small part of the case and some of it could not be used"
                        + " because it could put the lives of sources at risk.")
                .statement("intercept evidence was only a small part of the case and some of it could not be used because it"
                        + " could put the lives of sources at risk").build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of()))
                .noneMatch(f -> f.disagreement() == Disagreement.POLARITY);
    }

    @Test
    void negationInAnotherClauseIsNoPolarity() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("Ryan Boyette")
                .sentence("One of the bombs landed in a school yard where students were in class, but the bomb did not explode, Boyette said.")
                .statement("One of the bombs landed in a school yard where students were in class, but the bomb did not explode").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Ryan Boyette")
                .sentence("One of the bombs landed inside a school yard where students were in class, according to Ryan Boyette.")
                .statement("One of the bombs landed inside a school yard where students were in class").build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of()))
                .noneMatch(f -> f.disagreement() == Disagreement.POLARITY);
    }

    @Test
    void laterPlannedFigureIsAValueDisagreementNotAnUpdate() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), doc("b", SEP_27.plusDays(1)));
        Claim a = claim("a", ClaimKind.COUNT).unit("observer").predicate("monitor").subject("observers").entities("E-bloc")
                .sentence("The bloc will send 40 observers to monitor the truce.").exact("40", 40).build();
        Claim b = claim("b", ClaimKind.COUNT).unit("observer").predicate("monitor").subject("observers").entities("E-bloc")
                .sentence("About 60 observers from the bloc will monitor the truce.")
                .quantity("About 60", 60, 54, 66, Hedge.ABOUT).build();

        assertThat(aligner.align(List.of(a, b), docs, Map.of())).singleElement()
                .extracting(Fact::disagreement).isEqualTo(Disagreement.VALUE);
    }

    @Test
    void rivalFigureOfALaterReportThatPresentsItselfAsARevisionIsAnUpdate() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), doc("b", SEP_27.plusDays(30)));
        Claim a = claim("a", ClaimKind.PERCENT).unit("percent").predicate("be").subject("output").entities("E-office")
                .sentence("Output was 1.2% higher than in the same quarter last year, the office said.")
                .exact("1.2%", 1.2).build();
        Claim lead = claim("b", ClaimKind.PERCENT).unit("percent").predicate("grow").subject("economy")
                .entities("E-office").sentence("The economy grew 0.3% in the quarter, the office said, revising up its "
                        + "earlier estimate.").exact("0.3%", 0.3).build();
        Claim b = claim("b", ClaimKind.PERCENT).unit("percent").predicate("be").subject("output").entities("E-office")
                .sentence("Compared with a year earlier, output was 1.4% higher, the office said.").exact("1.4%", 1.4).build();

        assertThat(aligner.align(List.of(a, lead, b), docs, Map.of()))
                .filteredOn(f -> f.status() == FactStatus.DISAGREE).singleElement()
                .extracting(Fact::disagreement).isEqualTo(Disagreement.UPDATE);
    }

    @Test
    void rivalFigureOfALaterReportWithoutARevisionCueIsAValueDisagreement() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), doc("b", SEP_27.plusDays(30)));
        Claim a = claim("a", ClaimKind.PERCENT).unit("percent").predicate("be").subject("output").entities("E-office")
                .sentence("Output was 1.2% higher than in the same quarter last year, the office said.")
                .exact("1.2%", 1.2).build();
        Claim b = claim("b", ClaimKind.PERCENT).unit("percent").predicate("be").subject("output").entities("E-office")
                .sentence("Compared with a year earlier, output was 1.4% higher, the office said.").exact("1.4%", 1.4).build();

        assertThat(aligner.align(List.of(a, b), docs, Map.of())).singleElement()
                .extracting(Fact::disagreement).isEqualTo(Disagreement.VALUE);
    }

    @Test
    void revisedFigureInALaterReportIsAnUpdate() {
        List<DocumentInfo> docs = List.of(doc("a", SEP_27), doc("b", SEP_27.plusDays(30)));
        Claim a = claim("a", ClaimKind.PERCENT).unit("percent").predicate("grow").subject("economy").entities("E-office")
                .sentence("The economy grew 0.3% in the second quarter, the statistics office said.").exact("0.3%", 0.3).build();
        Claim b = claim("b", ClaimKind.PERCENT).unit("percent").predicate("grow").subject("economy").entities("E-office")
                .sentence("The statistics office revised second-quarter growth, saying the economy grew 0.2%.")
                .exact("0.2%", 0.2).build();

        assertThat(aligner.align(List.of(a, b), docs, Map.of())).singleElement()
                .extracting(Fact::disagreement).isEqualTo(Disagreement.UPDATE);
    }

    @Test
    void sameStatementWithOtherFiguresIsAValueDisagreement() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("the health ministry")
                .sentence("Seven people have died of the disease, the health ministry said.")
                .statement("Seven people have died of the disease").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("Grace Mwale")
                .sentence("Nine people have died, ministry spokeswoman Grace Mwale said.")
                .statement("Nine people have died").build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::disagreement).isEqualTo(Disagreement.VALUE);
    }

    @Test
    void sameStatementWithOtherYearsIsADateDisagreement() {
        Claim a = claim("a", ClaimKind.STATEMENT).speaker("the city clerk")
                .sentence("Turnout was just 38%, the lowest since 1998, the city clerk said.")
                .statement("Turnout was just 38%, the lowest since 1998").build();
        Claim b = claim("b", ClaimKind.STATEMENT).speaker("the city clerk's office")
                .sentence("Turnout was 38.4 percent, the lowest since 2002, the city clerk's office said.")
                .statement("Turnout was 38.4 percent, the lowest since 2002").build();

        assertThat(aligner.align(List.of(a, b), DOCS, Map.of())).singleElement()
                .extracting(Fact::disagreement).isEqualTo(Disagreement.DATE);
    }
}
