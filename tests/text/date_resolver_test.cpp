// Relative dates against a publication date (2021-03-11 was a Thursday).
#include "text/date_resolver.hpp"

#include <gtest/gtest.h>

namespace truce::text {
namespace {

std::vector<DateMention> dates(const std::string& s, const char* pub = "2021-03-11") {
  static std::vector<Token> tokens;
  tokens = tokenize(s);
  return find_dates(tokens, 0, tokens.size(), ReportDate{pub, DatePrecision::day});
}

TEST(DateResolver, TodayYesterdayLastNight) {
  EXPECT_EQ(dates("Shelling resumed today.")[0].begin.iso(), "2021-03-11");
  EXPECT_EQ(dates("Two villages were hit yesterday.")[0].begin.iso(), "2021-03-10");
  EXPECT_EQ(dates("Clashes broke out last night.")[0].begin.iso(), "2021-03-10");
}

TEST(DateResolver, WeekdayIsTheMostRecentOnOrBeforePublication) {
  EXPECT_EQ(dates("The army said on Monday that")[0].begin.iso(), "2021-03-08");
  EXPECT_EQ(dates("Thursday's strike")[0].begin.iso(), "2021-03-11");
  EXPECT_TRUE(dates("talks next Friday")[0].future);
}

TEST(DateResolver, AWeekdayBeforeADateIsThatDate) {
  for (const char* text : {"signed on Wednesday November 2 in Pretoria",
                           "signed on Wednesday, 2 November, in Pretoria"}) {
    const auto d = dates(text, "2022-11-13");
    ASSERT_EQ(d.size(), 1u) << text;
    EXPECT_EQ(d[0].begin.iso(), "2022-11-02") << text;
  }
  // Apart, each is its own day.
  EXPECT_EQ(dates("signed on Wednesday and in force since November 2", "2022-11-13").size(), 2u);
}

TEST(DateResolver, DayOfMonth) {
  auto d = dates("the truces agreed on the 2nd and 9th of this month");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].begin.iso(), "2021-03-02");
  EXPECT_EQ(d[1].begin.iso(), "2021-03-09");
  // A day after the publication day belongs to the month before.
  EXPECT_EQ(dates("on the 25th, the town fell")[0].begin.iso(), "2021-02-25");
}

TEST(DateResolver, AnOrdinalWordOfAMonthIsADay) {
  auto d = dates("the truce which started in the second of March");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].begin.iso(), "2021-03-02");
  // A month after the publication's is last year's.
  EXPECT_EQ(dates("the talks of the tenth of May")[0].begin.iso(), "2020-05-10");
  // Without "the ... of <month>" the word is a rank, not a day.
  EXPECT_TRUE(dates("a second strike hit the first of the villages").empty());
}

TEST(DateResolver, AMonthWithItsYearOrAfterInIsTheWholeMonth) {
  auto d = dates("The fighting resumed in August 2019 after the mission left.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].begin.iso(), "2019-08-01");
  EXPECT_EQ(d[0].end.iso(), "2019-08-31");
  EXPECT_EQ(d[0].precision, DatePrecision::month);
  // A month after the publication's is last year's; "may" alone is a verb.
  auto since = dates("five car bombs since December");
  ASSERT_EQ(since.size(), 1u);
  EXPECT_EQ(since[0].begin.iso(), "2020-12-01");
  EXPECT_TRUE(dates("Rebels may attack in the spring.").empty());
}

TEST(DateResolver, MidnightIsThePublicationDayApproximately) {
  auto d = dates("the truce that began at midnight");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].begin.iso(), "2021-03-11");
  EXPECT_EQ(d[0].precision, DatePrecision::approximate);
  EXPECT_TRUE(dates("a midnight raid").empty());
}

TEST(DateResolver, RecentDaysIsARange) {
  auto d = dates("In recent days, drones struck the depot.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].precision, DatePrecision::approximate);
  EXPECT_LT(d[0].begin, d[0].end);
  EXPECT_EQ(d[0].end.iso(), "2021-03-11");
}

TEST(DateResolver, MonthNames) {
  EXPECT_EQ(dates("since March 3")[0].begin.iso(), "2021-03-03");
  EXPECT_EQ(dates("on 28 December")[0].begin.iso(), "2020-12-28");
}

// Found by fuzzing (phrases_fuzz): a run of digits after a date was taken as its year and a
// huge ordinal as a day, each overflowing an int (undefined behaviour, nonsense dates).
TEST(DateResolver, DigitsThatCannotBeAYearOrADayAreNotOne) {
  const auto june = dates("EL FASHER, Sudan, June 7 5555555555555555555555 (Example Wire)");
  ASSERT_FALSE(june.empty());
  EXPECT_EQ(june[0].begin.iso(), "2020-06-07");
  const auto days = dates("the truces of the 6th and 99999999999999999999th of this month");
  ASSERT_EQ(days.size(), 1u);
  EXPECT_EQ(days[0].begin.iso(), "2021-03-06");
}

TEST(DateResolver, DaysListedBeforeOneMonthAreEachADate) {
  auto d = dates("the ceasefire agreements of 10, 17 and 25 October", "2020-10-30");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].begin.iso(), "2020-10-10");
  EXPECT_EQ(d[1].begin.iso(), "2020-10-17");
  EXPECT_EQ(d[2].begin.iso(), "2020-10-25");
  // "between 25 and 27 July" is a span, not two dates of their own.
  auto span = dates("heavy fighting between 25 and 27 July", "2024-08-30");
  ASSERT_EQ(span.size(), 1u);
  EXPECT_EQ(span[0].begin.iso(), "2024-07-27");
}

TEST(DateResolver, MayWithAYearIsTheMonth) {
  auto d = dates("the ceasefire agreement of May 1994", "2020-10-11");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].begin.iso(), "1994-05-01");
  EXPECT_EQ(d[0].precision, DatePrecision::month);
  EXPECT_TRUE(dates("Talks may resume soon.").empty());
}

TEST(DateResolver, MayBeforeADayIsTheMonthAfterAPreposition) {
  auto d = dates("a truce to run from 00:00 on May 8 to midnight on May 10", "2025-05-12");
  ASSERT_GE(d.size(), 2u);
  EXPECT_EQ(d[0].begin.iso(), "2025-05-08");
  // Elsewhere "may" before a number is the verb.
  EXPECT_TRUE(dates("the toll may 8 times exceed the count", "2025-05-12").empty());
}

TEST(DateResolver, LastMonthIsTheCalendarMonthBefore) {
  auto d = dates("brokered a pause last month", "2025-04-13");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].begin.iso(), "2025-03-01");
  EXPECT_EQ(d[0].end.iso(), "2025-03-31");
  EXPECT_EQ(dates("a truce agreed last month", "2025-01-10")[0].begin.iso(), "2024-12-01");
}

// "the 31st Military Zone", "the 24th Infantry Division": a rank, not a day (session 22).
TEST(DateResolver, AnOrdinalBeforeAUnitIsARank) {
  const auto d = dates(
      "attacked the facilities of the 31st Military Zone in Rancho Nuevo on "
      "Sunday 2 January",
      "1994-01-04");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].begin.iso(), "1994-01-02");
  EXPECT_TRUE(dates("troops of the 24th Infantry Division advanced", "1991-03-02").empty());
  EXPECT_EQ(dates("fighting continued on the 21st in the south", "2020-10-22").size(), 1u);
}

TEST(DateResolver, ARangeOfDaysAfterTheMonth) {
  auto d = dates("with effect from midnight of Feb. 24-25", "2021-03-11");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].begin.iso(), "2021-02-24");
  EXPECT_EQ(d[0].end.iso(), "2021-02-25");
  // "November 12 and 13, 1989": two days joined by "and", the year after both (session 22).
  auto e = dates("On November 12 and 13, 1989, helicopters fired rockets", "1992-11-16");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].begin.iso(), "1989-11-12");
  EXPECT_EQ(e[0].end.iso(), "1989-11-13");
}

}  // namespace
// "of last year" after a day and month is the year before the report's, even where the month
// has come already this year (session 15).
TEST(DateResolver, ADayOfLastYear) {
  for (const char* text : {"the statement signed on 9 November of last year",
                           "the statement signed on November 9 last year"}) {
    const auto d = dates(text, "2021-11-16");
    ASSERT_EQ(d.size(), 1u) << text;
    EXPECT_EQ(d[0].begin.iso(), "2020-11-09") << text;
  }
}

// A day that names a place ("the neighborhood of 7 July", "26 September Street") is no date
// (session 15).
TEST(DateResolver, ADayThatNamesAPlaceIsNoDate) {
  EXPECT_TRUE(dates("shells hit the neighborhood of 7 July east of the city").empty());
  EXPECT_TRUE(dates("a crowd gathered on 26 September Street").empty());
  EXPECT_EQ(dates("shells hit the neighborhood on 7 July").size(), 1u);
}

// "will take effect at midnight on Monday": the Monday to come (session 15).
TEST(DateResolver, AWeekdayAfterWillIsToCome) {
  const auto d = dates("The truce will take effect at midnight on Monday", "2025-07-20");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].begin.iso(), "2025-07-21");
  EXPECT_TRUE(d[0].future);
  EXPECT_EQ(dates("The truce took effect at midnight on Monday", "2025-07-20")[0].begin.iso(),
            "2025-07-14");
}

// "the 22nd of its kind": a rank, not a day (session 15).
TEST(DateResolver, AnOrdinalOfItsKindIsNoDay) {
  EXPECT_TRUE(dates("shot down a drone, the 22nd of its kind since the start").empty());
  EXPECT_EQ(dates("the 22nd of this month").size(), 1u);
}

}  // namespace truce::text
