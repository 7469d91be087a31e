// Dates as pages, feeds and meta.jsonl write them.
#include "ingest/date_parser.hpp"

#include <gtest/gtest.h>

namespace truce::ingest {
namespace {

TEST(DateParser, IsoDatesKeepTheirPrecisionAndTheLocalDay) {
  EXPECT_EQ(parse_iso_date("2020-10-16")->iso, "2020-10-16");
  EXPECT_EQ(parse_iso_date("2020-10-16")->precision, DatePrecision::day);
  // The local calendar day counts, not UTC: 00:30 at +04:00 is still the 16th.
  EXPECT_EQ(parse_iso_date("2020-10-16T00:30:00+04:00")->iso, "2020-10-16");
  EXPECT_EQ(parse_iso_date("2020-10")->precision, DatePrecision::month);
  EXPECT_EQ(parse_iso_date("2020")->precision, DatePrecision::year);
  EXPECT_FALSE(parse_iso_date("2020-02-30"));
  EXPECT_FALSE(parse_iso_date("2020-13-01"));
  EXPECT_FALSE(parse_iso_date("16/10/2020"));
  EXPECT_FALSE(parse_iso_date("2020-10-16x"));
  EXPECT_TRUE(parse_iso_date("2020-02-29"));
  EXPECT_FALSE(parse_iso_date("2019-02-29"));
}

TEST(DateParser, Rfc822AsRssWritesIt) {
  EXPECT_EQ(parse_rfc822_date("Sat, 17 Oct 2020 18:00:00 +0000")->iso, "2020-10-17");
  EXPECT_EQ(parse_rfc822_date("17 Oct 2020 18:00 GMT")->iso, "2020-10-17");
  EXPECT_EQ(parse_rfc822_date("Sat, 17 Oct 20 18:00:00 +0000")->iso, "2020-10-17");
  EXPECT_FALSE(parse_rfc822_date("Sat, 32 Oct 2020"));
  EXPECT_FALSE(parse_rfc822_date("yesterday"));
}

TEST(DateParser, LooseEnglishDatesOfPageHeaders) {
  EXPECT_EQ(parse_loose_date("Saturday , November 28 2020")->iso, "2020-11-28");
  EXPECT_EQ(parse_loose_date("Monday, 19 October 2020")->iso, "2020-10-19");
  EXPECT_EQ(parse_loose_date("Nov. 28, 2020")->iso, "2020-11-28");
  EXPECT_EQ(parse_loose_date("2020-11-28")->iso, "2020-11-28");
  EXPECT_FALSE(parse_loose_date("November 2020"));
  EXPECT_FALSE(parse_loose_date("the tenth day of fighting"));
}

TEST(DateParser, MonthNames) {
  EXPECT_EQ(month_from_name("October"), 10);
  EXPECT_EQ(month_from_name("oct"), 10);
  EXPECT_EQ(month_from_name("Sept"), 9);
  EXPECT_FALSE(month_from_name("Octo"));
}

}  // namespace
}  // namespace truce::ingest
