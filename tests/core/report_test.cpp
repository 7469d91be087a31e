// The names of report enums are a file and API format: they must round-trip.
#include "core/report.hpp"

#include <gtest/gtest.h>

#include "core/result.hpp"

namespace truce {
namespace {

TEST(ReportEnums, DatePrecisionRoundTrips) {
  for (auto p : {DatePrecision::day, DatePrecision::approximate, DatePrecision::month,
                 DatePrecision::year, DatePrecision::unknown}) {
    EXPECT_EQ(parse_date_precision(to_string(p)), p);
  }
  EXPECT_FALSE(parse_date_precision("exact").has_value());
}

TEST(ReportEnums, SourceFormatRoundTrips) {
  for (auto f : {SourceFormat::text, SourceFormat::html, SourceFormat::rss, SourceFormat::atom,
                 SourceFormat::jsonl}) {
    EXPECT_EQ(parse_source_format(to_string(f)), f);
  }
  EXPECT_FALSE(parse_source_format("pdf").has_value());
}

TEST(ReportDate, KnownNeedsADateAndAPrecision) {
  EXPECT_FALSE(ReportDate{}.known());
  EXPECT_FALSE((ReportDate{"2020-10-03", DatePrecision::unknown}.known()));
  EXPECT_TRUE((ReportDate{"2020-10-03", DatePrecision::approximate}.known()));
}

TEST(Result, CarriesValueOrError) {
  Result<int> good = 3;
  Result<int> bad = make_error("input.txt: empty file", 2);
  ASSERT_TRUE(good);
  EXPECT_EQ(*good, 3);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message, "input.txt: empty file");
  EXPECT_EQ(bad.error().exit_code, 2);
}

}  // namespace
}  // namespace truce
