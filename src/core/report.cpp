// Names of the report enums as they appear in files, flags and JSON.
#include "core/report.hpp"

namespace truce {

std::string_view to_string(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::day:
      return "day";
    case DatePrecision::approximate:
      return "approximate";
    case DatePrecision::month:
      return "month";
    case DatePrecision::year:
      return "year";
    case DatePrecision::unknown:
      return "unknown";
  }
  return "unknown";
}

std::optional<DatePrecision> parse_date_precision(std::string_view text) {
  for (auto p : {DatePrecision::day, DatePrecision::approximate, DatePrecision::month,
                 DatePrecision::year, DatePrecision::unknown}) {
    if (to_string(p) == text) return p;
  }
  return std::nullopt;
}

std::string_view to_string(SourceFormat format) {
  switch (format) {
    case SourceFormat::text:
      return "text";
    case SourceFormat::html:
      return "html";
    case SourceFormat::rss:
      return "rss";
    case SourceFormat::atom:
      return "atom";
    case SourceFormat::jsonl:
      return "jsonl";
  }
  return "text";
}

std::optional<SourceFormat> parse_source_format(std::string_view text) {
  for (auto f : {SourceFormat::text, SourceFormat::html, SourceFormat::rss, SourceFormat::atom,
                 SourceFormat::jsonl}) {
    if (to_string(f) == text) return f;
  }
  return std::nullopt;
}

}  // namespace truce
