// A report as truce stores it: where it came from, its metadata, the raw bytes as read and the
// cleaned article text. Every extracted span is an offset into `body`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace truce {

// How exactly a date is known. "approximate" is a day that may be off by a few days (an
// aggregator's re-publication date, say); "unknown" means no date at all.
enum class DatePrecision { day, approximate, month, year, unknown };

std::string_view to_string(DatePrecision precision);
// Parses "day", "approximate", "month", "year" or "unknown"; nullopt for anything else.
std::optional<DatePrecision> parse_date_precision(std::string_view text);

struct ReportDate {
  std::string iso;  // "YYYY-MM-DD" (or "YYYY-MM", "YYYY"); empty when unknown
  DatePrecision precision = DatePrecision::unknown;

  bool known() const { return !iso.empty() && precision != DatePrecision::unknown; }
};

enum class SourceFormat { text, html, rss, atom, jsonl };

std::string_view to_string(SourceFormat format);
std::optional<SourceFormat> parse_source_format(std::string_view text);

struct Report {
  std::string origin;  // file path; "path:LINE" for JSON Lines; "path#N" for feed items; "-" stdin
  SourceFormat format = SourceFormat::text;
  std::string raw;  // the bytes as read, before decoding and cleaning (provenance)
  std::string title;
  std::string url;
  std::string author;
  std::string source;  // outlet or agency, e.g. "Al Jazeera"
  std::string lang;
  ReportDate published;
  std::string published_from;  // where the date came from: "meta.jsonl", "--published", ...
  ReportDate page_date;        // a date printed in the page furniture: kept, never trusted more
  std::string body;            // cleaned UTF-8 article text
  std::vector<std::string> warnings;  // e.g. "decoded as Latin-1"
};

}  // namespace truce
