// Token-pattern scanner for date expressions; civil-date arithmetic after H. Hinnant.
#include "text/date_resolver.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace truce::text {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// Days of the month written as ordinal words ("the second of April"), up to the tenth: later
// days are written in figures in reports.
constexpr std::array<std::string_view, 10> kOrdinalWords = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};

int ordinal_word(std::string_view key) {
  for (std::size_t i = 0; i < kOrdinalWords.size(); ++i) {
    if (kOrdinalWords[i] == key) return static_cast<int>(i) + 1;
  }
  return 0;
}

// How many words after a clock time its day may follow ("at 4:00 am (0200 GMT) on November 27").
constexpr std::size_t kClockDayReach = 8;

// The end of a clock time at token `i` ("09:00", "noon"), or `i` when there is none.
std::size_t clock_time_end(const std::vector<Token>& t, std::size_t i, std::size_t to) {
  if (t[i].key == "noon") return i + 1;
  const auto two_digits = [](const std::string& s) {
    return !s.empty() && s.size() <= 2 && std::all_of(s.begin(), s.end(), ::isdigit);
  };
  if (i + 2 < to && two_digits(t[i].key) && t[i + 1].key == ":" && t[i + 2].key.size() == 2 &&
      two_digits(t[i + 2].key))
    return i + 3;
  return i;
}

int weekday_index(std::string_view key) {
  for (std::size_t i = 0; i < kWeekdays.size(); ++i) {
    if (kWeekdays[i] == key) return static_cast<int>(i);
  }
  return -1;
}

int month_index(std::string_view key) {
  if (const int m = month_number(key)) return m;
  if (key == "jan") return 1;
  if (key == "feb") return 2;
  if (key == "mar") return 3;
  if (key == "apr") return 4;
  if (key == "jun") return 6;
  if (key == "jul") return 7;
  if (key == "sept" || key == "sep") return 9;
  if (key == "oct") return 10;
  if (key == "nov") return 11;
  if (key == "dec") return 12;
  if (key == "aug") return 8;
  return 0;
}

// True when a day goes with the clock time at tokens [at, end): a date just before it ("on 26
// October at 08:00", already read) or one of its words after it ("at 4:00 am (0200 GMT) on
// November 27", "at noon on Saturday").
bool day_near_clock(const std::vector<Token>& t, const std::vector<DateMention>& read,
                    std::size_t at, std::size_t end, std::size_t to) {
  if (!read.empty() && read.back().last + 1 >= at && read.back().last <= at) return true;
  for (std::size_t k = end; k < to && k < end + kClockDayReach; ++k) {
    if (t[k].is_any({"on", "of", "yesterday", "last", "tonight", "today"}) ||
        weekday_index(t[k].key) >= 0 || month_index(t[k].key) > 0)
      return true;
    if (t[k].kind == TokenKind::punct && !t[k].is_any({"(", ")"})) return false;
  }
  return false;
}

// "May" before a day is the month only after a preposition that takes a date ("on May 8",
// "from May 8 to May 10"); elsewhere "may 8" could be the verb before a number.
bool may_is_month(const std::vector<Token>& t, std::size_t from, std::size_t i) {
  return i > from && t[i - 1].is_any({"on", "from", "to", "until", "till", "since", "by", "of",
                                      "between", "before", "after"});
}

// A day number right after a month name, or after its abbreviation and a full stop ("Oct. 10").
bool day_follows(const std::vector<Token>& t, std::size_t i, std::size_t to) {
  std::size_t d = i + 1;
  if (d < to && t[d].key == "." && t[i].key.size() <= 4) ++d;
  if (t[i].key.size() <= 4 && d == i + 1 && t[i].key.size() < 3) return false;
  return d < to && t[d].kind == TokenKind::number && t[d].value >= 1 && t[d].value <= 31;
}

// A year written after a date ("October 15, 2020"): four digits at most, so that a run of
// digits is no year (and never overflows an int).
bool is_year(const Token& t) {
  return t.kind == TokenKind::number && t.value > 1900 && t.value < 10000;
}

// The token of the last day of "8-9 June" (hyphen glued, or an en dash between) when token `i`
// opens one, else 0.
// True when token `k` (before `to`) is a number that can be a day of a month.
bool is_day_number(const std::vector<Token>& t, std::size_t k, std::size_t to) {
  return k < to && t[k].kind == TokenKind::number && t[k].value >= 1 && t[k].value <= 31;
}

std::size_t day_range_end(const std::vector<Token>& t, std::size_t i, std::size_t to) {
  auto day = [&](std::size_t k) { return is_day_number(t, k, to); };
  if (!day(i)) return 0;
  std::size_t k = i + 1;
  if (k < to && t[k].key == "-")
    ++k;
  else if (!(day(k) && t[k].joined))
    return 0;
  if (!day(k) || t[k].value <= t[i].value || k + 1 >= to) return 0;
  const std::string& month = t[k + 1].key;
  return month_index(month) && month.size() >= 3 ? k : 0;
}

// "10, 17 and 25 October": days listed before one month, each a date of its own. Returns the
// index of the last day, or 0 when tokens from `i` are no such list.
std::size_t day_list_end(const std::vector<Token>& t, std::size_t i, std::size_t to) {
  auto day = [&](std::size_t k) { return is_day_number(t, k, to); };
  // "between 25 and 27 July" is a span of days, not a list.
  if (!day(i) || (i > 0 && t[i - 1].is_any({"between", "from"}))) return 0;
  std::size_t k = i;
  while (true) {
    std::size_t next = k + 1;
    if (next < to && t[next].key == ",") ++next;
    if (next < to && t[next].key == "and") ++next;
    if (next == k + 1 || !day(next)) break;
    k = next;
  }
  if (k == i || k + 1 >= to) return 0;
  const std::string& month = t[k + 1].key;
  return month_index(month) && month.size() >= 3 ? k : 0;
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

bool key_at(const std::vector<Token>& t, std::size_t i, std::size_t to, std::string_view k) {
  return i < to && t[i].key == k;
}

// How many words before a weekday the "will" of its clause may stand ("will take effect at
// midnight on Monday").
constexpr std::size_t kWillReach = 7;

// True when "will" stands in the weekday at `i`'s clause, within kWillReach words before it.
bool will_before(const std::vector<Token>& t, std::size_t from, std::size_t i) {
  for (std::size_t k = i; k > from && k + kWillReach > i; --k) {
    if (t[k - 1].kind == TokenKind::punct) return false;
    if (t[k - 1].key == "will") return true;
  }
  return false;
}

// How many tokens at `j` say "of last year" or "last year" after a day and month (0 if none).
std::size_t last_year_words(const std::vector<Token>& t, std::size_t j, std::size_t to) {
  const std::size_t at = key_at(t, j, to, "of") ? j + 1 : j;
  if (key_at(t, at, to, "last") && key_at(t, at + 1, to, "year")) return at + 2 - j;
  return 0;
}

// "the 6th", "6th", "the 10th and 17th": day of the publication month, or of the month before
// when the day has not come yet.
CivilDate day_of_month(int day, const CivilDate& pub, int month_shift) {
  int y = pub.year;
  int m = pub.month + month_shift;
  if (month_shift == 0 && day > pub.day) --m;
  if (m < 1) {
    m += 12;
    --y;
  }
  if (day > days_in_month(y, m)) day = days_in_month(y, m);
  return CivilDate{y, m, day};
}

}  // namespace

int month_number(std::string_view key) {
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == key) return static_cast<int>(i) + 1;
  }
  return 0;
}

long CivilDate::days() const {
  const int y = year - (month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate CivilDate::from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int CivilDate::weekday() const {
  // 1970-01-01 was a Thursday (index 3).
  const long d = days();
  return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

std::string CivilDate::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

namespace {

// What sscanf's "%<width>d" reads from `s` at `pos` (white space skipped, then a sign and digits,
// `width` characters at most, the end of `s` or a NUL ending it), advancing `pos`; nullopt where
// sscanf would fail. Dates are parsed for every fact: sscanf on a string copy cost 1 % of an
// ingest.
std::optional<int> scan_int(std::string_view s, std::size_t& pos, std::size_t width) {
  auto at = [&](std::size_t i) { return i < s.size() ? s[i] : '\0'; };
  while (std::isspace(static_cast<unsigned char>(at(pos))) != 0) ++pos;
  std::size_t i = pos;
  const std::size_t end = pos + width;
  int sign = 1;
  if (at(i) == '+' || at(i) == '-') sign = at(i++) == '-' ? -1 : 1;
  int value = 0;
  const std::size_t digits_from = i;
  while (i < end && at(i) >= '0' && at(i) <= '9') value = value * 10 + (at(i++) - '0');
  if (i == digits_from) return std::nullopt;
  pos = i;
  return sign * value;
}

}  // namespace

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() < 7) return std::nullopt;
  std::size_t pos = 0;  // "%4d-%2d", then "%2d" on the characters at 8 and 9
  const auto y = scan_int(s, pos, 4);
  if (!y || pos >= s.size() || s[pos] != '-') return std::nullopt;
  ++pos;
  const auto m = scan_int(s, pos, 2);
  if (!m) return std::nullopt;
  int d = 1;
  if (s.size() >= 10) {
    std::size_t day_pos = 0;
    if (const auto day = scan_int(s.substr(8, 2), day_pos, 2)) d = *day;
  }
  if (*m >= 1 && *m <= 12 && d >= 1 && d <= 31) return CivilDate{*y, *m, d};
  return std::nullopt;
}

namespace {

// "on Wednesday November 2", "on Wednesday, 2 November": the weekday names the day the date
// gives; it is one mention, the date's, not a second day (the last Wednesday).
void drop_weekdays_before_dates(const std::vector<Token>& t, std::vector<DateMention>& out) {
  std::vector<bool> drop(out.size(), false);
  for (std::size_t w = 0; w < out.size(); ++w) {
    if (out[w].rule != "weekday") continue;
    for (auto& d : out) {
      if (d.rule != "day-month" && d.rule != "month-day") continue;
      const bool next =
          d.first == out[w].last || (d.first == out[w].last + 1 && t[out[w].last].key == ",");
      if (!next) continue;
      d.first = out[w].first;
      drop[w] = true;
    }
  }
  std::vector<DateMention> kept;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(out[i]));
  out = std::move(kept);
}

// "the neighborhood of 7 July", "26 September Street": a day that names a place is no date.
void drop_place_names(const std::vector<Token>& t, std::size_t from, std::size_t to,
                      std::vector<DateMention>& out) {
  std::erase_if(out, [&](const DateMention& d) {
    if (d.rule != "day-month" && d.rule != "month-day") return false;
    const bool after_place = d.first >= from + 2 && t[d.first - 1].key == "of" &&
                             t[d.first - 2].is_any({"neighborhood", "neighbourhood", "quarter",
                                                    "district", "street", "square", "camp"});
    const bool before_place =
        d.last < to && t[d.last].is_any({"street", "square", "avenue", "road", "neighborhood",
                                         "neighbourhood", "quarter", "bridge", "stadium"});
    return after_place || before_place;
  });
}

}  // namespace

std::vector<DateMention> find_dates(const std::vector<Token>& t, std::size_t from, std::size_t to,
                                    const ReportDate& published) {
  std::vector<DateMention> out;
  if (!published.known()) return out;
  const auto pub_opt = parse_iso_date(published.iso);
  if (!pub_opt) return out;
  const CivilDate pub = *pub_opt;
  const DatePrecision day_precision =
      published.precision == DatePrecision::day ? DatePrecision::day : DatePrecision::approximate;
  to = std::min(to, t.size());
  auto single = [&](std::size_t a, std::size_t b, CivilDate d, std::string rule) {
    out.push_back(DateMention{a, b, d, d, day_precision, std::move(rule), false});
  };
  auto range = [&](std::size_t a, std::size_t b, CivilDate d0, CivilDate d1, std::string rule) {
    out.push_back(DateMention{a, b, d0, d1, DatePrecision::approximate, std::move(rule), false});
  };
  for (std::size_t i = from; i < to; ++i) {
    const std::string& k = t[i].key;
    if (k == "today" || k == "tonight") {
      single(i, i + 1, pub, k);
    } else if (k == "midnight" && i > from && t[i - 1].is_any({"at", "from", "since"}) &&
               !(i + 1 < to && (t[i + 1].is_any({"on", "of", "yesterday", "last", "tonight"}) ||
                                weekday_index(t[i + 1].key) >= 0))) {
      // (unless the day follows: "at midnight on Saturday")
      // "the truce that began at midnight": the night that opened the publication's day, or
      // the one before; a day's precision is more than the words give.
      out.push_back(
          DateMention{i - 1, i + 1, pub, pub, DatePrecision::approximate, "midnight", false});
    } else if (const std::size_t end = clock_time_end(t, i, to);
               end > i && i > from && t[i - 1].is_any({"at", "from", "since"}) &&
               !day_near_clock(t, out, i - 1, end, to)) {
      // "a ceasefire had been agreed from 09:00", "took effect at noon": a clock time with no
      // day is of the publication's day or the night before it, as "at midnight" is.
      out.push_back(
          DateMention{i - 1, end, pub, pub, DatePrecision::approximate, "clock-time", false});
      i = end - 1;
    } else if (k == "this" && i + 1 < to &&
               (t[i + 1].key == "morning" || t[i + 1].key == "evening" ||
                t[i + 1].key == "afternoon")) {
      single(i, i + 2, pub, "this-" + t[i + 1].key);
      ++i;
    } else if (k == "yesterday") {
      single(i, i + 1, pub.plus(-1), "yesterday");
    } else if (k == "tomorrow") {
      out.push_back(
          DateMention{i, i + 1, pub.plus(1), pub.plus(1), day_precision, "tomorrow", true});
    } else if (k == "last" && i + 1 < to && t[i + 1].key == "night") {
      single(i, i + 2, pub.plus(-1), "last-night");
      ++i;
    } else if ((k == "last" || k == "this" || k == "past") && i + 1 < to &&
               t[i + 1].key == "week") {
      if (k == "last") {
        range(i, i + 2, pub.plus(-7), pub.plus(-1), "last-week");
      } else {
        range(i, i + 2, pub.plus(-6), pub, "this-week");
      }
      ++i;
    } else if (k == "last" && i + 1 < to && t[i + 1].key == "month") {
      // "brokered a pause last month": the calendar month before the publication's.
      const int y = pub.month == 1 ? pub.year - 1 : pub.year;
      const int m = pub.month == 1 ? 12 : pub.month - 1;
      out.push_back(DateMention{i, i + 2, CivilDate{y, m, 1}, CivilDate{y, m, days_in_month(y, m)},
                                DatePrecision::month, "last-month", false});
      ++i;
    } else if (k == "recent" && i + 1 < to && t[i + 1].key == "days") {
      range(i, i + 2, pub.plus(-6), pub, "recent-days");
      ++i;
    } else if ((k == "past" || k == "last") && i + 2 < to &&
               (t[i + 1].key == "few" || t[i + 1].key == "several") && t[i + 2].key == "days") {
      range(i, i + 3, pub.plus(-6), pub, "recent-days");
      i += 2;
    } else if ((k == "days" || k == "day") && i + 1 < to && t[i + 1].key == "ago" && i > from &&
               (t[i - 1].kind == TokenKind::number || t[i - 1].key == "two" ||
                t[i - 1].key == "three" || t[i - 1].key == "a")) {
      long n = t[i - 1].kind == TokenKind::number ? static_cast<long>(t[i - 1].value)
               : t[i - 1].key == "two"            ? 2
               : t[i - 1].key == "three"          ? 3
                                                  : 1;
      single(i - 1, i + 2, pub.plus(-n), "days-ago");
      ++i;
    } else if (int wd = weekday_index(k); wd >= 0) {
      // "next Monday"; "will take effect at midnight on Monday": the one to come.
      const bool next = i > from && (t[i - 1].key == "next" || t[i - 1].key == "coming" ||
                                     will_before(t, from, i));
      const bool last = i > from && t[i - 1].key == "last";
      int back = (pub.weekday() - wd + 7) % 7;
      if (last && back == 0) back = 7;
      if (next) {
        int ahead = (wd - pub.weekday() + 7) % 7;
        if (ahead == 0) ahead = 7;
        out.push_back(DateMention{i - 1, i + 1, pub.plus(ahead), pub.plus(ahead), day_precision,
                                  "weekday-next", true});
      } else {
        single(last ? i - 1 : i, i + 1, pub.plus(-back), "weekday");
      }
    } else if (t[i].kind == TokenKind::ordinal && t[i].value >= 1 && t[i].value <= 31) {
      // "the 6th", "the 10th and 17th of this month", "the 2nd of last month"
      std::vector<std::size_t> days{i};
      std::size_t j = i + 1;
      while (j + 1 < to && (t[j].key == "and" || t[j].key == ",") &&
             t[j + 1].kind == TokenKind::ordinal && t[j + 1].value >= 1 && t[j + 1].value <= 31) {
        days.push_back(j + 1);
        j += 2;
      }
      int shift = 0;
      int explicit_month = 0;
      if (key_at(t, j, to, "of") && key_at(t, j + 1, to, "this") && key_at(t, j + 2, to, "month")) {
        j += 3;
      } else if (key_at(t, j, to, "of") && key_at(t, j + 1, to, "last") &&
                 key_at(t, j + 2, to, "month")) {
        shift = -1;
        j += 3;
      } else if (key_at(t, j, to, "of") && j + 1 < to && month_index(t[j + 1].key)) {
        explicit_month = month_index(t[j + 1].key);
        j += 2;
      } else if (j < to && month_index(t[j].key)) {
        explicit_month = month_index(t[j].key);
        j += 1;
      }
      const bool has_the = i > from && t[i - 1].key == "the";
      // "the 22nd of its kind", "the 3rd of the series": a rank, not a day.
      if (explicit_month == 0 && shift == 0 && key_at(t, j, to, "of")) continue;
      // A bare ordinal with no "the" and no month is a rank ("5th brigade"), not a date.
      if (!has_the && explicit_month == 0 && shift == 0) continue;
      // "the seventh day of ..." is written in words and never reaches here; "the 3rd day"
      // is a count of days, not a date.
      if (explicit_month == 0 && j < to && (t[j].key == "day" || t[j].key == "time")) continue;
      // "the 31st Military Zone", "the 24th Infantry Division", "the 30th anniversary": a rank
      // before a unit or an ordinal noun.
      if (explicit_month == 0 && shift == 0 && j < to &&
          t[j].is_any({"military",   "army",        "brigade",   "division",    "battalion",
                       "regiment",   "corps",       "zone",      "infantry",    "mechanized",
                       "mechanised", "motorized",   "motorised", "rifle",       "tank",
                       "armoured",   "armored",     "airborne",  "assault",     "marine",
                       "guards",     "separate",    "special",   "operational", "fleet",
                       "squadron",   "anniversary", "century",   "round",       "session",
                       "congress"}))
        continue;
      for (std::size_t d : days) {
        const int day = static_cast<int>(t[d].value);
        CivilDate date;
        if (explicit_month) {
          int y = pub.year;
          if (explicit_month > pub.month) --y;
          date = CivilDate{y, explicit_month, std::min(day, days_in_month(y, explicit_month))};
        } else {
          date = day_of_month(day, pub, shift);
        }
        single(has_the ? i - 1 : i, j, date, "day-of-month");
      }
      i = j > i ? j - 1 : i;
    } else if (int day = ordinal_word(k); day && i > from && t[i - 1].key == "the" &&
                                          key_at(t, i + 1, to, "of") && i + 2 < to &&
                                          month_index(t[i + 2].key)) {
      // "the second of April": only with "the" and "of <month>" ("a second strike" is no day).
      const int month = month_index(t[i + 2].key);
      const int y = month > pub.month ? pub.year - 1 : pub.year;
      single(i - 1, i + 3, CivilDate{y, month, day}, "day-of-month");
      i += 2;
    } else if (int m = month_index(k);
               m && (k != "may" || may_is_month(t, from, i)) && day_follows(t, i, to)) {
      // "October 15" / "October 15, 2020" / "Oct. 10" / "Nov 28"; "on May 8", not "may 8"
      const std::size_t day_at = t[i + 1].key == "." ? i + 2 : i + 1;
      int y = pub.year;
      std::size_t j = day_at + 1;
      // "June 4-5", "Feb. 24-25", "November 12 and 13, 1989": a range of days after the month.
      std::size_t last_day = day_at;
      if (j + 1 < to && (t[j].key == "-" || t[j].key == "and") && is_day_number(t, j + 1, to) &&
          t[j + 1].value > t[day_at].value) {
        last_day = j + 1;
        j += 2;
      } else if (is_day_number(t, j, to) && t[j].joined && t[j].value > t[day_at].value) {
        last_day = j;
        j += 1;
      }
      if (j + 1 < to && t[j].key == "," && is_year(t[j + 1])) {
        y = static_cast<int>(t[j + 1].value);
        j += 2;
      } else if (j < to && is_year(t[j])) {
        y = static_cast<int>(t[j].value);
        j += 1;
      } else if (const std::size_t n = last_year_words(t, j, to); n) {
        y = pub.year - 1;  // "November 9 of last year"
        j += n;
      } else if (m > pub.month) {
        --y;
      }
      const int day = std::min(static_cast<int>(t[day_at].value), days_in_month(y, m));
      if (last_day == day_at) {
        single(i, j, CivilDate{y, m, day}, "month-day");
      } else {
        const int end = std::min(static_cast<int>(t[last_day].value), days_in_month(y, m));
        out.push_back(DateMention{i, j, CivilDate{y, m, day}, CivilDate{y, m, end}, day_precision,
                                  "month-day-range", false});
      }
      i = j - 1;
    } else if (int m = month_index(k); m && (k.size() > 3 || k == "may") && i + 1 < to &&
                                       t[i + 1].kind == TokenKind::number &&
                                       t[i + 1].value > 1900 && t[i + 1].value < 2100) {
      // "August 2023", "May 1994": the whole month.
      const int y = static_cast<int>(t[i + 1].value);
      out.push_back(DateMention{i, i + 2, CivilDate{y, m, 1}, CivilDate{y, m, days_in_month(y, m)},
                                DatePrecision::month, "month-year", false});
      ++i;
    } else if (int m = month_index(k);
               m && (k.size() > 3 || k == "may") && i > from &&
               t[i - 1].is_any({"in", "since", "until", "early", "late", "mid"})) {
      // ("in May": after these words "may" is never the verb.)
      // "since December", "in early March": the latest such month, up to the publication's.
      const int y = m > pub.month ? pub.year - 1 : pub.year;
      out.push_back(DateMention{i, i + 1, CivilDate{y, m, 1}, CivilDate{y, m, days_in_month(y, m)},
                                DatePrecision::month, "month", false});
    } else if (std::size_t last_day = day_list_end(t, i, to)) {
      // "the agreements of 10, 17 and 25 October": one date per day, the month shared
      const int m = month_index(t[last_day + 1].key);
      std::size_t j = last_day + 2;
      int y = m > pub.month ? pub.year - 1 : pub.year;
      if (j < to && is_year(t[j])) y = static_cast<int>(t[j++].value);
      for (std::size_t d = i; d <= last_day; ++d) {
        if (t[d].kind != TokenKind::number) continue;
        const int day = std::min(static_cast<int>(t[d].value), days_in_month(y, m));
        single(d, d == last_day ? j : d + 1, CivilDate{y, m, day}, "day-list-month");
      }
      i = j - 1;
    } else if (std::size_t last_day = day_range_end(t, i, to)) {
      // "8-9 June", "8–9 June": the days of talks, a range
      const int m = month_index(t[last_day + 1].key);
      int y = pub.year;
      std::size_t j = last_day + 2;
      if (j < to && is_year(t[j])) {
        y = static_cast<int>(t[j].value);
        ++j;
      } else if (m > pub.month) {
        --y;
      }
      const int d0 = std::min(static_cast<int>(t[i].value), days_in_month(y, m));
      const int d1 = std::min(static_cast<int>(t[last_day].value), days_in_month(y, m));
      out.push_back(DateMention{i, j, CivilDate{y, m, d0}, CivilDate{y, m, d1}, day_precision,
                                "day-range-month", false});
      i = j - 1;
    } else if (t[i].kind == TokenKind::number && t[i].value >= 1 && t[i].value <= 31 &&
               i + 1 < to && month_index(t[i + 1].key) &&
               (t[i + 1].key.size() > 3 || t[i + 1].key == "may" ||
                (i + 2 < to && t[i + 2].key == "."))) {
      // "15 October", "3 May" (a day number before it: the month, not the verb), "10 Oct."
      const int m = month_index(t[i + 1].key);
      int y = pub.year;
      std::size_t j = i + 2;
      if (j < to && is_year(t[j])) {
        y = static_cast<int>(t[j].value);
        ++j;
      } else if (const std::size_t n = last_year_words(t, j, to); n) {
        y = pub.year - 1;  // "9 November of last year"
        j += n;
      } else if (m > pub.month) {
        --y;
      }
      const int day = static_cast<int>(t[i].value);
      single(i, j, CivilDate{y, m, std::min(day, days_in_month(y, m))}, "day-month");
      i = j - 1;
    }
  }
  drop_weekdays_before_dates(t, out);
  drop_place_names(t, from, to, out);
  return out;
}

}  // namespace truce::text
