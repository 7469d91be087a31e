// Date parsing for ingest: small hand-written scanners, so every accepted form is listed here and
// nothing depends on the process locale.
#include "ingest/date_parser.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

namespace truce::ingest {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool valid_day(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const int last = kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
  return day <= last;
}

ReportDate make_day(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return ReportDate{buf, DatePrecision::day};
}

// Reads exactly `n` digits at `pos`; advances `pos` on success.
std::optional<int> digits(std::string_view s, std::size_t& pos, std::size_t n) {
  if (pos + n > s.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = s[pos + i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  pos += n;
  return value;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits on white space and commas; a trailing '.' of a word ("Nov.") is dropped.
std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  for (auto& w : out) {
    if (w.size() > 1 && w.back() == '.') w.pop_back();
  }
  return out;
}

std::optional<int> small_number(const std::string& w) {
  if (w.empty() || w.size() > 4) return std::nullopt;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// "28th" -> 28
std::optional<int> day_number(std::string w) {
  for (const char* suffix : {"st", "nd", "rd", "th"}) {
    if (w.size() > 2 && w.ends_with(suffix)) {
      w.resize(w.size() - 2);
      break;
    }
  }
  auto v = small_number(w);
  if (!v || *v < 1 || *v > 31 || w.size() > 2) return std::nullopt;
  return v;
}

bool is_weekday(const std::string& w) {
  static constexpr std::array<std::string_view, 7> kDays = {"mon", "tue", "wed", "thu",
                                                            "fri", "sat", "sun"};
  if (w.size() < 3) return false;
  std::string lower;
  for (char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto d : kDays) {
    if (lower.starts_with(d)) return true;
  }
  return false;
}

}  // namespace

std::optional<int> month_from_name(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "sept") lower = "sep";
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (lower == kMonths[i] || (lower.size() == 3 && kMonths[i].starts_with(lower))) {
      return static_cast<int>(i) + 1;
    }
  }
  return std::nullopt;
}

std::optional<ReportDate> parse_iso_date(std::string_view text) {
  const std::string_view s = trim(text);
  std::size_t pos = 0;
  auto year = digits(s, pos, 4);
  if (!year || *year < 1000) return std::nullopt;
  if (pos == s.size()) return ReportDate{std::string(s.substr(0, 4)), DatePrecision::year};
  if (s[pos] != '-') return std::nullopt;
  ++pos;
  auto month = digits(s, pos, 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  if (pos == s.size()) return ReportDate{std::string(s.substr(0, 7)), DatePrecision::month};
  if (s[pos] != '-') return std::nullopt;
  ++pos;
  auto day = digits(s, pos, 2);
  if (!day || !valid_day(*year, *month, *day)) return std::nullopt;
  if (pos != s.size() && s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return std::nullopt;
  return make_day(*year, *month, *day);
}

std::optional<ReportDate> parse_rfc822_date(std::string_view text) {
  auto w = words(trim(text));
  std::size_t i = 0;
  if (i < w.size() && is_weekday(w[i])) ++i;
  if (w.size() < i + 3) return std::nullopt;
  auto day = day_number(w[i]);
  auto month = month_from_name(w[i + 1]);
  auto year = small_number(w[i + 2]);
  if (!day || !month || !year) return std::nullopt;
  int y = *year;
  if (w[i + 2].size() == 2) y += y < 70 ? 2000 : 1900;  // RFC 822 two-digit years
  if (!valid_day(y, *month, *day)) return std::nullopt;
  return make_day(y, *month, *day);
}

std::optional<ReportDate> parse_loose_date(std::string_view text) {
  if (auto iso = parse_iso_date(text)) return iso;
  auto w = words(trim(text));
  std::size_t i = 0;
  if (i < w.size() && is_weekday(w[i])) ++i;
  if (w.size() < i + 3) return std::nullopt;
  std::optional<int> day;
  std::optional<int> month;
  if ((month = month_from_name(w[i]))) {
    day = day_number(w[i + 1]);  // "November 28 2020"
  } else if ((day = day_number(w[i]))) {
    month = month_from_name(w[i + 1]);  // "28 November 2020"
  }
  auto year = small_number(w[i + 2]);
  if (!day || !month || !year || w[i + 2].size() != 4) return std::nullopt;
  if (!valid_day(*year, *month, *day)) return std::nullopt;
  return make_day(*year, *month, *day);
}

}  // namespace truce::ingest
