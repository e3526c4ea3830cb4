package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Most cases are read in an article published on Sunday 27 September 2020 (ISO week 39). */
class DateNormalizerTest {

    private static final LocalDate SUNDAY_27_SEP_2020 = LocalDate.of(2020, 9, 27);

    private final DateNormalizer normalizer = new DateNormalizer();

    private DateValue read(String phrase, Tense tense) {
        return read(phrase, DateContext.of(SUNDAY_27_SEP_2020, tense));
    }

    private DateValue read(String phrase, DateContext ctx) {
        return normalizer.normalize(phrase, ctx).orElseThrow(() -> new AssertionError("no date in " + phrase));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"on September 20", "Sept. 20, 2020", "20 September", "2020-09-20", "September 20th",
        "the 20th of September", "Sunday, September 20", "Sep 20 2020", "20/09/2020", "on the 20th"})
    void readsDayWrittenInManyWays(String phrase) {
        DateValue v = read(phrase, Tense.PAST);
        assertThat(v.granularity()).isEqualTo(Granularity.DAY);
        assertThat(v.first()).isEqualTo(d("2020-09-20"));
        assertThat(v.last()).isEqualTo(d("2020-09-20"));
        assertThat(v.timex()).isEqualTo("2020-09-20");
    }

    @Test
    void readsASpanBetweenTwoDatesWrittenInFull() {
        DateValue v = read("September 18 and September 22", Tense.PAST);

        assertThat(v.first()).isEqualTo(d("2020-09-18"));
        assertThat(v.last()).isEqualTo(d("2020-09-22"));
        assertThat(v.granularity()).isEqualTo(Granularity.DAY);
    }

    @Test
    void readsASpanOfWeekdays() {
        DateValue v = read("Monday to Wednesday", Tense.PAST);

        assertThat(v.first()).isEqualTo(d("2020-09-21"));
        assertThat(v.last()).isEqualTo(d("2020-09-23"));
    }

    @Test
    void readsNoSpanWhoseEndsAreOutOfOrder() {
        assertThat(normalizer.normalize("September 22 and September 18", DateContext.of(SUNDAY_27_SEP_2020, Tense.PAST)))
                .isEmpty();
    }

    @Test
    void readsDayWithWeekdayNamed() {
        assertThat(read("Monday, September 28", Tense.FUTURE).timex()).isEqualTo("2020-09-28");
    }

    @Test
    void resolvesPastDayWithoutYearToTheOneBeforePublication() {
        assertThat(read("on December 3", Tense.PAST).timex()).isEqualTo("2019-12-03");
    }

    @Test
    void resolvesFutureDayWithoutYearToTheOneAfterPublication() {
        assertThat(read("on March 3", Tense.FUTURE).timex()).isEqualTo("2021-03-03");
    }

    @Test
    void leavesAmbiguousSlashedDayUnread() {
        assertThat(normalizer.normalize("03/04/2020", DateContext.of(SUNDAY_27_SEP_2020, Tense.PAST))).isEmpty();
    }

    @Test
    void resolvesPastWeekdayToTheLatestOnOrBeforePublication() {
        assertThat(read("on Friday", Tense.PAST).timex()).isEqualTo("2020-09-25");
    }

    @Test
    void resolvesPastWeekdayOfThePublicationDayToThatDay() {
        assertThat(read("on Sunday", Tense.PAST).timex()).isEqualTo("2020-09-27");
    }

    @Test
    void resolvesFutureWeekdayToTheNextAfterPublication() {
        assertThat(read("on Friday", Tense.FUTURE).timex()).isEqualTo("2020-10-02");
    }

    @Test
    void resolvesWeekdayOfUnknownTenseToTheNearest() {
        assertThat(read("Friday", Tense.UNKNOWN).timex()).isEqualTo("2020-09-25");
        assertThat(read("Tuesday", Tense.UNKNOWN).timex()).isEqualTo("2020-09-29");
    }

    @ParameterizedTest
    @CsvSource({"Saturday night, 2020-09-26", "early Sunday, 2020-09-27", "Friday morning, 2020-09-25",
        "late on Thursday, 2020-09-24", "in the early hours of Saturday, 2020-09-26"})
    void readsPartOfDayAsThatDay(String phrase, String day) {
        DateValue v = read(phrase, Tense.PAST);
        assertThat(v.granularity()).isEqualTo(Granularity.DAY);
        assertThat(v.timex()).isEqualTo(day);
    }

    @Test
    void readsLastWeekdayAsTheOneBeforePublication() {
        assertThat(read("last Sunday", Tense.PAST).timex()).isEqualTo("2020-09-20");
    }

    @Test
    void readsNextWeekdayAsTheOneAfterPublication() {
        assertThat(read("next Monday", Tense.FUTURE).timex()).isEqualTo("2020-09-28");
    }

    @ParameterizedTest
    @CsvSource({"today, 2020-09-27", "yesterday, 2020-09-26", "tomorrow, 2020-09-28", "last night, 2020-09-26",
        "this morning, 2020-09-27", "yesterday afternoon, 2020-09-26"})
    void resolvesDeicticDaysAgainstPublication(String phrase, String day) {
        assertThat(read(phrase, Tense.UNKNOWN).timex()).isEqualTo(day);
    }

    @Test
    void lastWeekIsPreviousIsoWeek() {
        DateValue v = read("last week", Tense.PAST);
        assertThat(v.granularity()).isEqualTo(Granularity.WEEK);
        assertThat(v.timex()).isEqualTo("2020-W38");
        assertThat(v.first()).isEqualTo(d("2020-09-14"));
        assertThat(v.last()).isEqualTo(d("2020-09-20"));
    }

    @Test
    void lastWeekOverlapsDayInsideIt() {
        assertThat(read("last week", Tense.PAST).overlaps(read("on September 20", Tense.PAST))).isTrue();
        assertThat(read("last week", Tense.PAST).overlaps(read("on September 21", Tense.PAST))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"this week, 2020-W39", "next week, 2020-W40", "last month, 2020-08", "this month, 2020-09",
        "next month, 2020-10", "last year, 2019", "this year, 2020", "next year, 2021"})
    void resolvesRelativeUnitsAgainstPublication(String phrase, String timex) {
        assertThat(read(phrase, Tense.UNKNOWN).timex()).isEqualTo(timex);
    }

    @Test
    void readsEarlierThisMonthAsMonthUpToPublication() {
        DateValue v = read("earlier this month", Tense.PAST);
        assertThat(v.timex()).isEqualTo("2020-09");
        assertThat(v.first()).isEqualTo(d("2020-09-01"));
        assertThat(v.last()).isEqualTo(SUNDAY_27_SEP_2020);
    }

    @Test
    void readsLastWeekendAsSaturdayAndSundayBefore() {
        DateValue v = read("last weekend", Tense.PAST);
        assertThat(v.timex()).isEqualTo("2020-W38-WE");
        assertThat(v.first()).isEqualTo(d("2020-09-19"));
        assertThat(v.last()).isEqualTo(d("2020-09-20"));
    }

    @Test
    void readsThePastYearAsRollingWindow() {
        DateValue v = read("over the past year", Tense.PAST);
        assertThat(v.first()).isEqualTo(d("2019-09-28"));
        assertThat(v.last()).isEqualTo(SUNDAY_27_SEP_2020);
    }

    @Test
    void resolvesPastMonthToSameYearWhenBeforePublicationMonth() {
        assertThat(read("in March", Tense.PAST).timex()).isEqualTo("2020-03");
        assertThat(read("in January", Tense.PAST).timex()).isEqualTo("2020-01");
    }

    @Test
    void resolvesPastMonthToPreviousYear() {
        assertThat(read("in November", Tense.PAST).timex()).isEqualTo("2019-11");
    }

    @Test
    void resolvesFutureMonthToTheNextOne() {
        assertThat(read("in March", Tense.FUTURE).timex()).isEqualTo("2021-03");
        assertThat(read("in November", Tense.FUTURE).timex()).isEqualTo("2020-11");
    }

    @Test
    void resolvesPublicationMonthToItselfInEitherTense() {
        assertThat(read("in September", Tense.PAST).timex()).isEqualTo("2020-09");
        assertThat(read("in September", Tense.FUTURE).timex()).isEqualTo("2020-09");
    }

    @Test
    void resolvesMonthOfUnknownTenseToTheNearest() {
        assertThat(read("in August", Tense.UNKNOWN).timex()).isEqualTo("2020-08");
        assertThat(read("in October", Tense.UNKNOWN).timex()).isEqualTo("2020-10");
    }

    @ParameterizedTest
    @CsvSource({"last March, 2020-03", "last September, 2019-09", "next March, 2021-03", "March last year, 2019-03",
        "March 2018, 2018-03", "September of 2019, 2019-09"})
    void readsMonthWithRelativeOrExplicitYear(String phrase, String timex) {
        DateValue v = read(phrase, Tense.UNKNOWN);
        assertThat(v.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(v.timex()).isEqualTo(timex);
    }

    @Test
    void readsEndOfMonthAsItsLastTenDays() {
        DateValue v = read("by the end of September", Tense.FUTURE);
        assertThat(v.timex()).isEqualTo("2020-09");
        assertThat(v.first()).isEqualTo(d("2020-09-21"));
        assertThat(v.last()).isEqualTo(d("2020-09-30"));
    }

    @Test
    void resolvesEndOfTheMonthAgainstPublicationMonth() {
        DateValue v = read("by the end of the month", Tense.FUTURE);
        assertThat(v.first()).isEqualTo(d("2020-09-21"));
        assertThat(v.last()).isEqualTo(d("2020-09-30"));
    }

    @Test
    void endsOfDifferentMonthsDoNotOverlap() {
        assertThat(read("by the end of September", Tense.FUTURE)
                .overlaps(read("by the end of October", Tense.FUTURE))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"early March 2020, 2020-03-01, 2020-03-11", "mid-March 2020, 2020-03-12, 2020-03-20",
        "late 2019, 2019-09-01, 2019-12-31", "the first half of 2020, 2020-01-01, 2020-07-01"})
    void narrowsToPartOfUnit(String phrase, String first, String last) {
        DateValue v = read(phrase, Tense.PAST);
        assertThat(v.first()).isEqualTo(d(first));
        assertThat(v.last()).isEqualTo(d(last));
    }

    @ParameterizedTest
    @CsvSource({"the third quarter, 2020-Q3", "Q3 2019, 2019-Q3", "the second quarter of 2018, 2018-Q2",
        "third-quarter, 2020-Q3", "last quarter, 2020-Q2"})
    void readsQuarters(String phrase, String timex) {
        DateValue v = read(phrase, Tense.PAST);
        assertThat(v.granularity()).isEqualTo(Granularity.QUARTER);
        assertThat(v.timex()).isEqualTo(timex);
    }

    @Test
    void resolvesPastQuarterAfterPublicationToPreviousYear() {
        assertThat(read("the fourth quarter", Tense.PAST).timex()).isEqualTo("2019-Q4");
    }

    @ParameterizedTest
    @CsvSource({"this summer, 2020-SU", "last autumn, 2019-FA", "last summer, 2020-SU", "in the spring, 2020-SP",
        "next spring, 2021-SP", "this winter, 2020-WI", "summer 2018, 2018-SU", "last winter, 2019-WI"})
    void readsNorthernSeasons(String phrase, String timex) {
        DateValue v = read(phrase, Tense.UNKNOWN);
        assertThat(v.granularity()).isEqualTo(Granularity.SEASON);
        assertThat(v.timex()).isEqualTo(timex);
    }

    @Test
    void runsWinterIntoTheNextYear() {
        DateValue v = read("winter 2019", Tense.PAST);
        assertThat(v.first()).isEqualTo(d("2019-12-01"));
        assertThat(v.last()).isEqualTo(d("2020-02-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"in 2007", "2007", "since 2007", "the year 2007"})
    void readsExplicitYear(String phrase) {
        DateValue v = read(phrase, Tense.PAST);
        assertThat(v.granularity()).isEqualTo(Granularity.YEAR);
        assertThat(v.timex()).isEqualTo("2007");
        assertThat(v.first()).isEqualTo(d("2007-01-01"));
        assertThat(v.last()).isEqualTo(d("2007-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-19", "2016-2019", "between 2016 and 2019", "from 2016 to 2019"})
    void readsYearSpans(String phrase) {
        DateValue v = read(phrase, Tense.PAST);
        assertThat(v.timex()).isEqualTo("2016/2019");
        assertThat(v.first()).isEqualTo(d("2016-01-01"));
        assertThat(v.last()).isEqualTo(d("2019-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the 1990s", "the '90s", "the 90s", "the nineties"})
    void readsDecades(String phrase) {
        DateValue v = read(phrase, Tense.PAST);
        assertThat(v.granularity()).isEqualTo(Granularity.DECADE);
        assertThat(v.timex()).isEqualTo("199X");
        assertThat(v.first()).isEqualTo(d("1990-01-01"));
        assertThat(v.last()).isEqualTo(d("1999-12-31"));
    }

    @Test
    void countsLaterFromAnchor() {
        DateContext ctx = new DateContext(SUNDAY_27_SEP_2020, Tense.PAST, DateValue.day(d("2020-03-02")), null);
        assertThat(read("five days later", ctx).timex()).isEqualTo("2020-03-07");
        assertThat(read("two weeks later", ctx).timex()).isEqualTo("2020-W12");
    }

    @Test
    void countsDecadeLaterFromAnchorYear() {
        DateContext ctx = new DateContext(SUNDAY_27_SEP_2020, Tense.PAST, Timex.year(2003), null);
        DateValue v = read("a decade later", ctx);
        assertThat(v.granularity()).isEqualTo(Granularity.YEAR);
        assertThat(v.timex()).isEqualTo("2013");
    }

    @Test
    void countsLaterFromPublicationWithoutAnchor() {
        assertThat(read("three days later", Tense.PAST).timex()).isEqualTo("2020-09-30");
    }

    @Test
    void countsEarlierBackFromAnchor() {
        DateContext ctx = new DateContext(SUNDAY_27_SEP_2020, Tense.PAST, DateValue.day(d("2020-03-10")), null);
        assertThat(read("three days earlier", ctx).timex()).isEqualTo("2020-03-07");
        assertThat(read("the day before", ctx).timex()).isEqualTo("2020-03-09");
        assertThat(read("the next day", ctx).timex()).isEqualTo("2020-03-11");
    }

    @Test
    void countsAgoFromPublicationNotAnchor() {
        DateContext ctx = new DateContext(SUNDAY_27_SEP_2020, Tense.PAST, DateValue.day(d("2020-03-10")), null);
        assertThat(read("two days ago", ctx).timex()).isEqualTo("2020-09-25");
    }

    @Test
    void widensVagueCountToRange() {
        DateContext ctx = new DateContext(SUNDAY_27_SEP_2020, Tense.PAST, DateValue.day(d("2020-03-01")), null);
        DateValue v = read("several days later", ctx);
        assertThat(v.first()).isEqualTo(d("2020-03-04"));
        assertThat(v.last()).isEqualTo(d("2020-03-10"));
    }

    @Test
    void leavesMonthPartialWithoutPublicationDate() {
        DateValue v = read("in September", DateContext.of(null, Tense.PAST));
        assertThat(v.isPartial()).isTrue();
        assertThat(v.timex()).isEqualTo("XXXX-09");
        assertThat(v.granularity()).isEqualTo(Granularity.MONTH);
    }

    @ParameterizedTest
    @CsvSource({"on September 20, XXXX-09-20", "on Friday, XXXX-WXX-5", "the third quarter, XXXX-Q3",
        "this summer, XXXX-SU"})
    void leavesValuesWithoutYearPartialWithoutPublicationDate(String phrase, String timex) {
        DateValue v = read(phrase, DateContext.of(null, Tense.PAST));
        assertThat(v.isPartial()).isTrue();
        assertThat(v.timex()).isEqualTo(timex);
    }

    @Test
    void resolvesExplicitYearWithoutPublicationDate() {
        assertThat(read("September 20, 2020", DateContext.of(null, Tense.PAST)).isPartial()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "last week", "two days ago"})
    void givesNothingForDeicticWithoutPublicationDate(String phrase) {
        assertThat(normalizer.normalize(phrase, DateContext.of(null, Tense.PAST))).isEmpty();
    }

    @Test
    void partialMonthMatchesADayOfThatMonth() {
        DateContext unknown = DateContext.of(null, Tense.PAST);
        assertThat(read("in September", unknown).overlaps(read("September 20", unknown))).isTrue();
        assertThat(read("in September", unknown).overlaps(read("October 20", unknown))).isFalse();
    }

    @Test
    void usesSuTimeHintOnlyWhenItsYearIsWritten() {
        DateContext hinted = new DateContext(SUNDAY_27_SEP_2020, Tense.PAST, null, "2019-W05");
        assertThat(read("the fifth week of 2019", hinted).timex()).isEqualTo("2019-W05");
        DateContext unwritten = new DateContext(SUNDAY_27_SEP_2020, Tense.PAST, null, "2021-03");
        assertThat(normalizer.normalize("whenever", unwritten)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "the troops", "soon", "recently"})
    void findsNoDateInOtherWords(String phrase) {
        assertThat(normalizer.normalize(phrase, DateContext.of(SUNDAY_27_SEP_2020, Tense.PAST))).isEmpty();
    }

    @Test
    void partialMonthMatchesResolvedWeekInsideThatMonth() {
        DateValue september = read("in September", DateContext.of(null, Tense.PAST));
        assertThat(september.overlaps(read("last week", Tense.PAST))).isTrue();
        assertThat(read("last week", Tense.PAST).overlaps(september)).isTrue();
        assertThat(september.overlaps(read("in March", Tense.PAST))).isFalse();
    }

    @Test
    void partialWeekdayMatchesResolvedDayOnThatWeekday() {
        DateValue friday = read("on Friday", DateContext.of(null, Tense.PAST));
        assertThat(friday.overlaps(read("September 25, 2020", Tense.PAST))).isTrue();
        assertThat(friday.overlaps(read("September 24, 2020", Tense.PAST))).isFalse();
    }

    @Test
    void partialsOfDifferentFormsCannotRefuteEachOther() {
        DateContext unknown = DateContext.of(null, Tense.PAST);
        assertThat(read("on Friday", unknown).overlaps(read("September 20", unknown))).isTrue();
    }

    @Test
    void usesNamedWeekdayToPickTheYear() {
        assertThat(read("Thursday, Oct. 1", Tense.PAST).timex()).isEqualTo("2020-10-01");
    }

    @Test
    void readsThisPastWeekendAsLastWeekend() {
        assertThat(read("this past weekend", Tense.PAST).timex()).isEqualTo("2020-W38-WE");
    }

    @Test
    void readsPastCountedUnitsAsWindowEndingAtPublication() {
        DateValue v = read("in the past two weeks", Tense.PAST);
        assertThat(v.first()).isEqualTo(d("2020-09-13"));
        assertThat(v.last()).isEqualTo(SUNDAY_27_SEP_2020);
    }

    @Test
    void readsThatNightAsTheAnchorDay() {
        DateContext ctx = new DateContext(SUNDAY_27_SEP_2020, Tense.PAST, DateValue.day(d("2020-03-02")), null);
        assertThat(read("that night", ctx).timex()).isEqualTo("2020-03-02");
    }

    @Test
    void narrowsEarlyDecade() {
        DateValue v = read("the early 1990s", Tense.PAST);
        assertThat(v.timex()).isEqualTo("199X");
        assertThat(v.first()).isEqualTo(d("1990-01-01"));
        assertThat(v.last()).isBefore(d("1994-01-01"));
    }

    @Test
    void readsWeekOfMonthAsItsSevenDays() {
        DateValue v = read("the first week of October 2020", Tense.PAST);
        assertThat(v.granularity()).isEqualTo(Granularity.WEEK);
        assertThat(v.first()).isEqualTo(d("2020-10-01"));
        assertThat(v.last()).isEqualTo(d("2020-10-07"));
    }

    @Test
    void readsPossessiveWeekdayAsThatDay() {
        assertThat(read("Saturday's attack", Tense.PAST).timex()).isEqualTo("2020-09-26");
    }

    @Test
    void doesNotTakeClockTimeForYear() {
        assertThat(normalizer.normalize("0440", DateContext.of(SUNDAY_27_SEP_2020, Tense.PAST))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"September 20-21", "20-21 September 2020", "Sept. 20 to 21"})
    void readsDayRanges(String phrase) {
        DateValue v = read(phrase, Tense.PAST);
        assertThat(v.granularity()).isEqualTo(Granularity.DAY);
        assertThat(v.first()).isEqualTo(d("2020-09-20"));
        assertThat(v.last()).isEqualTo(d("2020-09-21"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on September 20 at 10am", "Sept. 20 at 0440 GMT", "September 20, 2020 (local time)"})
    void dropsClockTimeAfterDay(String phrase) {
        assertThat(read(phrase, Tense.PAST).timex()).isEqualTo("2020-09-20");
    }

    @Test
    void comparesDatesByOverlap() {
        assertThat(DateNormalizer.compatible(read("last week", Tense.PAST), read("on Sunday, September 20", Tense.PAST)))
                .isTrue();
        assertThat(DateNormalizer.compatible(read("in March", Tense.PAST), read("in April", Tense.PAST))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"February 30", "2016-15", "2020-13-45", "31 April 2020"})
    void rejectsImpossibleDates(String phrase) {
        assertThat(normalizer.normalize(phrase, DateContext.of(null, Tense.PAST))).isEmpty();
        assertThat(normalizer.normalize(phrase, DateContext.of(SUNDAY_27_SEP_2020, Tense.PAST))).isEmpty();
    }

    @Test
    void usesWeekBasedYearAcrossNewYear() {
        DateValue v = read("last week", DateContext.of(LocalDate.of(2021, 1, 3), Tense.PAST));
        assertThat(v.timex()).isEqualTo("2020-W52");
        assertThat(read("this week", DateContext.of(LocalDate.of(2021, 1, 3), Tense.PAST)).timex()).isEqualTo("2020-W53");
    }

    @Test
    void readsFebruaryTwentyNinthInLeapYearOnly() {
        assertThat(read("February 29", DateContext.of(LocalDate.of(2021, 3, 1), Tense.PAST)).timex())
                .isEqualTo("2020-02-29");
    }

    @Test
    void resolvesDateMentionWithTheTenseOfItsSentence() {
        TaggedSentence past = TaggedSentence.parse("Troops/NNS arrived/VBD in/IN [March/NNP] ./.");
        TaggedSentence future = TaggedSentence.parse("Troops/NNS will/MD leave/VB in/IN [March/NNP] ./.");
        var pastMention = past.mention(org.crosscheck.nlp.MentionType.DATE, "2021-03");
        var futureMention = future.mention(org.crosscheck.nlp.MentionType.DATE, "2021-03");
        assertThat(normalizer.normalize(past.sentence(pastMention), pastMention, SUNDAY_27_SEP_2020, null)
                .map(DateValue::timex)).contains("2020-03");
        assertThat(normalizer.normalize(future.sentence(futureMention), futureMention, SUNDAY_27_SEP_2020, null)
                .map(DateValue::timex)).contains("2021-03");
    }

    @Test
    void readsWeekOfADayAsItsIsoWeek() {
        DateValue v = read("the week of September 16", Tense.PAST);
        assertThat(v.timex()).isEqualTo("2020-W38");
        assertThat(v.first()).isEqualTo(d("2020-09-14"));
    }

    @Test
    void readsEndHyphenMonthAsItsLastDays() {
        DateValue v = read("end-September", Tense.FUTURE);
        assertThat(v.first()).isEqualTo(d("2020-09-21"));
        assertThat(v.last()).isEqualTo(d("2020-09-30"));
    }
    @Test
    void readsQuarterNamedByItsMonths() {
        DateValue months = new DateNormalizer().normalize("the April-June period", DateContext.of(LocalDate.of(2024, 8, 30), Tense.PAST)).orElseThrow();
        DateValue named = new DateNormalizer().normalize("the second quarter", DateContext.of(LocalDate.of(2024, 8, 30), Tense.PAST)).orElseThrow();
        assertThat(months.normalized()).isEqualTo(named.normalized());
    }

    @Test
    void keepsMonthsThatAreNoQuarterUnread() {
        assertThat(new DateNormalizer().normalize("the May-July period", DateContext.of(LocalDate.of(2024, 8, 30), Tense.PAST))
                .filter(d -> d.normalized().contains("Q"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0737 GMT", "1353 (1023 GMT)", "at 09:10 hours (0440 GMT)", "2100 GMT"})
    void readsNoYearInAClockTime(String phrase) {
        assertThat(normalizer.normalize(phrase, DateContext.of(SUNDAY_27_SEP_2020, Tense.PAST))).isEmpty();
    }

    @Test
    void readsTheDayBesideAClockTime() {
        assertThat(read("Sunday at 0737 GMT", Tense.PAST).timex()).isEqualTo("2020-09-27");
        assertThat(read("Saturday 8.40am", Tense.PAST).timex()).isEqualTo("2020-09-26");
    }

    @Test
    void takesNoYearBeforeTheYearOneThousandFromTheHint() {
        DateContext hinted = new DateContext(SUNDAY_27_SEP_2020, Tense.PAST, null, "0737");
        assertThat(normalizer.normalize("0737", hinted)).isEmpty();
    }

    /** Found by NormalizeFuzzTest: "108760271 next month ago" was read as the year -9061343. */
    @Test
    void readsNoDateMillionsOfYearsAway() {
        DateContext context = DateContext.of(SUNDAY_27_SEP_2020, Tense.PAST);
        assertThat(normalizer.normalize("108760271 next month ago", context)).isEmpty();
        assertThat(normalizer.normalize("108760271 months ago", context)).isEmpty();
        assertThat(normalizer.normalize("99999999999999999999 years ago", context)).isEmpty();
        assertThat(normalizer.normalize("the past 99999999999999999999 years", context)).isEmpty();
        assertThat(normalizer.normalize("3 months ago", context)).isPresent();
    }
}
