// Publication dates as pages, feeds and metadata files write them, turned into a ReportDate
// ("YYYY-MM-DD" with a precision). Only the calendar date as written is kept: a time zone never
// moves the day, because the local date is the one the report's "today" refers to.
#pragma once

#include <optional>
#include <string_view>

#include "core/report.hpp"

namespace truce::ingest {

// Returns the date of "YYYY-MM-DD" (optionally followed by "T..." or " ..." time), "YYYY-MM" or
// "YYYY" with day, month or year precision; nullopt when it is not such a date or not a real one.
std::optional<ReportDate> parse_iso_date(std::string_view text);

// Returns the day of an RFC 822 date as RSS writes it ("Sat, 17 Oct 2020 18:00:00 +0000"); the
// weekday is optional and not checked. nullopt when it does not parse.
std::optional<ReportDate> parse_rfc822_date(std::string_view text);

// Returns the day of a date written out in English: "November 28 2020", "Saturday , November 28
// 2020", "28 November 2020", "Nov. 28, 2020"; or any of the forms above. nullopt otherwise.
std::optional<ReportDate> parse_loose_date(std::string_view text);

// Returns 1..12 for an English month name or its three-letter abbreviation (any case).
std::optional<int> month_from_name(std::string_view name);

}  // namespace truce::ingest
