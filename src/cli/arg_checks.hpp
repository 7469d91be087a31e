// Checks of command-line values that CLI11 cannot make on its own: dates that are real days,
// names from a closed list, report ids. Each failure is one line naming the option, the value
// and what is allowed, with exit code 2 (a usage error), before anything is opened or written.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/report.hpp"
#include "core/result.hpp"

namespace truce::cli {

// "YYYY-MM-DD", "YYYY-MM" or "YYYY" naming a real day, month or year; empty is accepted (the
// option was not given).
Status check_date_option(std::string_view option, const std::string& value);

// The same, as a report date with its precision (day, month or year).
Result<ReportDate> parse_date_option(std::string_view option, const std::string& value);

// `value` is empty or one of `allowed` (the message lists them all).
Status check_one_of(std::string_view option, const std::string& value,
                    const std::set<std::string>& allowed);

// A report id: decimal digits only (no sign, no "0x"), from 1 to the largest id SQLite holds.
Result<int64_t> parse_report_id(std::string_view what, const std::string& text);

}  // namespace truce::cli
