// See arg_checks.hpp.
#include "cli/arg_checks.hpp"

#include <fmt/format.h>

#include <charconv>

#include "ingest/date_parser.hpp"

namespace truce::cli {

Result<ReportDate> parse_date_option(std::string_view option, const std::string& value) {
  auto date = ingest::parse_iso_date(value);
  // parse_iso_date accepts a time after the day; an option is a date and nothing else.
  if (!date || date->iso != value) {
    return make_error(
        fmt::format("{}: '{}' is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY)", option, value), 2);
  }
  return *date;
}

Status check_date_option(std::string_view option, const std::string& value) {
  if (value.empty()) return {};
  auto date = parse_date_option(option, value);
  if (!date) return date.error();
  return {};
}

Status check_one_of(std::string_view option, const std::string& value,
                    const std::set<std::string>& allowed) {
  if (value.empty() || allowed.contains(value)) return {};
  return make_error(
      fmt::format("{}: '{}' is not one of {}", option, value, fmt::join(allowed, ", ")), 2);
}

Result<int64_t> parse_report_id(std::string_view what, const std::string& text) {
  int64_t id = 0;
  const char* end = text.data() + text.size();
  const bool digits_only =
      !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
  const auto [ptr, ec] = std::from_chars(text.data(), end, id);
  if (!digits_only || ec != std::errc() || ptr != end || id < 1) {
    return make_error(fmt::format("{}: '{}' is not a report id; use a whole number from 1 to {}",
                                  what, text, INT64_MAX),
                      2);
  }
  return id;
}

}  // namespace truce::cli
