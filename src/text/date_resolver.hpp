// Relative and partial dates resolved against a report's publication date: "today",
// "yesterday", "last night", weekday names, "on the 6th", "the 10th and 17th of this month",
// "October 15", "in recent days" (a range).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.hpp"
#include "text/tokenizer.hpp"

namespace truce::text {

// A proleptic Gregorian calendar day.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;

  // Days since 1970-01-01.
  long days() const;
  static CivilDate from_days(long days);
  CivilDate plus(long n) const { return from_days(days() + n); }
  int weekday() const;  // 0 = Monday ... 6 = Sunday
  std::string iso() const;
  auto operator<=>(const CivilDate&) const = default;
};

// The number of a month's English name as folded ("january" is 1); 0 for any other word.
int month_number(std::string_view key);

// Returns the date of "YYYY-MM-DD" (or the first of the month for "YYYY-MM"); nullopt otherwise.
std::optional<CivilDate> parse_iso_date(std::string_view iso);

struct DateMention {
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  CivilDate begin;  // a single day has begin == end
  CivilDate end;
  DatePrecision precision = DatePrecision::day;
  std::string rule;     // "yesterday", "weekday", "day-of-month", "recent-days", ...
  bool future = false;  // "next Friday", "tomorrow": not when anything happened
};

// Returns every date expression in tokens [from, to), resolved against `published`; empty when
// the publication date is unknown. A day of the month after the publication day is taken from
// the previous month; a weekday is the most recent such day on or before publication.
std::vector<DateMention> find_dates(const std::vector<Token>& tokens, std::size_t from,
                                    std::size_t to, const ReportDate& published);

}  // namespace truce::text
