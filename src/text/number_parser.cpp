// Small hand-written parser over tokens: qualifier, then digits or number words with scales.
#include "text/number_parser.hpp"

#include <array>
#include <string>
#include <utility>

namespace truce::text {
namespace {

struct Word {
  std::string_view key;
  double value;
};

constexpr std::array<Word, 28> kUnits = {{
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
}};

// Vague amounts: the value is the floor the word implies.
constexpr std::array<Word, 8> kVague = {{{"several", 3},
                                         {"dozens", 24},
                                         {"scores", 40},
                                         {"hundreds", 200},
                                         {"thousands", 2000},
                                         {"tens", 20},
                                         {"numerous", 3},
                                         {"multiple", 2}}};

struct QualifierPhrase {
  std::array<std::string_view, 3> words;
  Qualifier qualifier;
};

constexpr std::array<QualifierPhrase, 26> kQualifiers = {{
    {{"at", "least", ""}, Qualifier::at_least},    {{"no", "fewer", "than"}, Qualifier::at_least},
    {{"no", "less", "than"}, Qualifier::at_least}, {{"as", "many", "as"}, Qualifier::at_least},
    {{"more", "than", ""}, Qualifier::more_than},  {{"over", "", ""}, Qualifier::more_than},
    {{"exceeded", "", ""}, Qualifier::more_than},  {{"exceeds", "", ""}, Qualifier::more_than},
    {{"exceeding", "", ""}, Qualifier::more_than}, {{"exceed", "", ""}, Qualifier::more_than},
    {{"upwards", "of", ""}, Qualifier::more_than}, {{"in", "excess", "of"}, Qualifier::more_than},
    {{"about", "", ""}, Qualifier::about},         {{"around", "", ""}, Qualifier::about},
    {{"approximately", "", ""}, Qualifier::about}, {{"roughly", "", ""}, Qualifier::about},
    {{"nearly", "", ""}, Qualifier::about},        {{"almost", "", ""}, Qualifier::about},
    {{"some", "", ""}, Qualifier::about},          {{"estimated", "", ""}, Qualifier::about},
    {{"up", "to", ""}, Qualifier::up_to},          {{"fewer", "than", ""}, Qualifier::up_to},
    {{"less", "than", ""}, Qualifier::up_to},      {{"under", "", ""}, Qualifier::up_to},
    {{"close", "to", ""}, Qualifier::about},       {{"not", "less", "than"}, Qualifier::at_least},
}};

std::optional<double> unit_value(std::string_view key) {
  for (const auto& w : kUnits) {
    if (w.key == key) return w.value;
  }
  return std::nullopt;
}

std::optional<double> scale_value(std::string_view key) {
  if (key == "hundred") return 100;
  if (key == "thousand") return 1000;
  if (key == "million") return 1e6;
  if (key == "dozen") return 12;
  return std::nullopt;
}

// Matches a qualifier phrase starting at i; returns its length in tokens (0: none).
std::size_t qualifier_at(const std::vector<Token>& t, std::size_t i, Qualifier& q) {
  for (const auto& p : kQualifiers) {
    std::size_t n = 0;
    bool ok = true;
    for (auto w : p.words) {
      if (w.empty()) break;
      if (i + n >= t.size() || t[i + n].key != w) {
        ok = false;
        break;
      }
      ++n;
    }
    if (ok && n > 0) {
      q = p.qualifier;
      return n;
    }
  }
  return 0;
}

bool is_age(const std::vector<Token>& t, std::size_t after) {
  // "six-year-old", "a 12-year-old boy", "six years old"
  return after < t.size() && (t[after].key == "year" || t[after].key == "years") &&
         after + 1 < t.size() && t[after + 1].key == "old";
}

}  // namespace

std::string_view to_string(Qualifier q) {
  switch (q) {
    case Qualifier::exact:
      return "exact";
    case Qualifier::about:
      return "about";
    case Qualifier::more_than:
      return "more_than";
    case Qualifier::at_least:
      return "at_least";
    case Qualifier::up_to:
      return "up_to";
  }
  return "exact";
}

Qualifier qualifier_before(const std::vector<Token>& t, std::size_t i, std::size_t& first) {
  first = i;
  for (std::size_t n = 3; n >= 1; --n) {
    if (i < n) continue;
    Qualifier q{};
    if (qualifier_at(t, i - n, q) == n) {
      first = i - n;
      return q;
    }
  }
  return Qualifier::exact;
}

std::optional<Count> parse_count(const std::vector<Token>& t, std::size_t i, CountOptions options) {
  if (i >= t.size()) return std::nullopt;
  Count c;
  c.first = i;
  Qualifier q = Qualifier::exact;
  const std::size_t qn = qualifier_at(t, i, q);
  // "some" and "about" are also ordinary words: only a qualifier when a number follows.
  std::size_t j = i + qn;
  c.number_first = j;
  if (j >= t.size()) return std::nullopt;
  double value = 0;
  bool have = false;
  const Token& first = t[j];
  if (first.kind == TokenKind::number) {
    // A number glued by a hyphen to a word is part of a name ("S-300", "Su-25", "BM-21",
    // "T-72"), not a count of anything.
    if (first.joined && j > 0 && t[j - 1].kind == TokenKind::word && !unit_value(t[j - 1].key))
      return std::nullopt;
    // A four-digit year is not a count ("in 1994"); a year never takes a qualifier here.
    if (first.value >= 1900 && first.value <= 2100 && first.key.size() == 4 && qn == 0) {
      const bool preposition_before = j > 0 && (t[j - 1].key == "in" || t[j - 1].key == "since" ||
                                                t[j - 1].key == "of" || t[j - 1].key == "until");
      if (preposition_before) return std::nullopt;
    }
    value = first.value;
    have = true;
    ++j;
  } else if (auto u = unit_value(first.key)) {
    value = *u;
    have = true;
    ++j;
    // "twenty-five", "twenty five"
    if (value >= 20 && j < t.size()) {
      if (auto u2 = unit_value(t[j].key); u2 && *u2 < 10) {
        value += *u2;
        ++j;
      }
    }
  } else if (first.key == "another" && j + 1 < t.size() &&
             (t[j + 1].kind == TokenKind::number || unit_value(t[j + 1].key))) {
    return std::nullopt;  // "another 17 people": the count is the figure after it
  } else if (first.key == "a" || first.key == "an" || first.key == "another") {
    // "a dozen", "a hundred", "a thousand" are figures whatever the options say.
    if (j + 1 < t.size()) {
      if (auto s = scale_value(t[j + 1].key)) {
        value = *s;
        j += 2;
        have = true;
      }
    }
    if (!have && options.allow_article) {
      // "a number of", "a lot of", "a few" are not one of anything.
      if (j + 1 < t.size() &&
          (t[j + 1].key == "number" || t[j + 1].key == "lot" || t[j + 1].key == "few" ||
           t[j + 1].key == "series" || t[j + 1].key == "total" || t[j + 1].key == "large" ||
           t[j + 1].key == "couple")) {
        return std::nullopt;
      }
      value = 1;
      c.article = true;
      have = true;
      ++j;
    }
  } else if (options.allow_vague) {
    for (const auto& w : kVague) {
      if (w.key == first.key) {
        value = w.value;
        have = true;
        c.vague = true;
        if (q == Qualifier::exact) q = Qualifier::at_least;
        ++j;
        // "tens of thousands", "hundreds of thousands": the vague word counts the scale after.
        if (j + 1 < t.size() && t[j].key == "of" &&
            (first.key == "tens" || first.key == "hundreds" || first.key == "dozens") &&
            t[j + 1].is_any({"thousands", "millions"})) {
          value *= t[j + 1].key == "thousands" ? 1000 : 1e6;
          j += 2;
        }
        break;
      }
    }
  }
  if (!have) return std::nullopt;
  // Scales: "3 thousand", "two hundred and fifty", "1.5 million".
  while (j < t.size() && !c.vague) {
    auto s = scale_value(t[j].key);
    if (!s) break;
    value *= *s;
    ++j;
    if (j + 1 < t.size() && t[j].key == "and") {
      if (auto u = unit_value(t[j + 1].key)) {
        value += *u;
        j += 2;
      }
    } else if (j < t.size() && t[j].kind == TokenKind::word) {
      if (auto u = unit_value(t[j].key); u && *s >= 100) {
        value += *u;
        ++j;
      }
    }
  }
  if (is_age(t, j)) return std::nullopt;
  c.value = value;
  c.qualifier = q;
  c.last = j;
  return c;
}

}  // namespace truce::text
