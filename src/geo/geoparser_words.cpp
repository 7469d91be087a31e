// Word tests and place importance shared by detection and ranking (geoparser_parts.hpp).
#include <algorithm>
#include <cmath>
#include <set>

#include "geo/geoparser_parts.hpp"

namespace truce::geo::parse {

bool is_function_word(std::string_view folded) {
  static const std::set<std::string, std::less<>> kWords{
      "a",         "an",      "the",    "in",    "on",      "at",        "for",   "but",
      "and",       "or",      "if",     "as",    "by",      "from",      "to",    "with",
      "after",     "before",  "during", "while", "since",   "meanwhile", "of",    "this",
      "that",      "these",   "those",  "his",   "her",     "its",       "their", "our",
      "we",        "he",      "she",    "it",    "they",    "i",         "you",   "there",
      "when",      "where",   "what",   "who",   "why",     "how",       "all",   "some",
      "according", "despite", "under",  "over",  "between", "near",      "about", "into"};
  return kWords.contains(folded);
}

// Words that make the name before them part of an organisation's name ("the Minsk Group").
bool is_organisation_word(std::string_view folded) {
  static const std::set<std::string, std::less<>> kWords{
      "group",     "agency",     "ministry", "council",  "committee",   "university", "times",
      "post",      "news",       "party",    "company",  "corporation", "bank",       "club",
      "institute", "foundation", "network",  "airlines", "television",  "tv",         "radio",
      "herald",    "tribune",    "journal",  "gazette",  "press",       "fc",         "united"};
  return kWords.contains(folded);
}

bool is_connector(std::string_view word) {
  return word == "of" || word == "and" || word == "de" || word == "del" || word == "la" ||
         word == "al" || word == "el" || word == "on" || word == "upon" || word == "du" ||
         word == "da" || word == "des";
}

// Only spaces (or a hyphen) between two words keep them in one name.
bool joined(std::string_view text, std::size_t a_end, std::size_t b_begin) {
  for (std::size_t i = a_end; i < b_begin; ++i) {
    const char c = text[i];
    if (c != ' ' && c != '-' && c != '.') return false;
  }
  return b_begin - a_end <= 2;
}

double importance(const GazPlace& p) {
  if (p.is_country()) return p.feature_code == "PCLI" ? 4.2 : 2.6;
  // Continents, oceans and seas outrank the towns named after them ("Asia", PH; "Atlantic", US).
  if (p.feature_code == "CONT") return 4.0;
  if (p.feature_class == 'H') return 3.0;
  // A curated landmark ("White House") is in the supplement because news names it on its own:
  // it ranks like a region, above a city that merely has its name as an alternate (Casablanca).
  if (p.feature_class == 'S' && p.id.starts_with("truce:")) return 2.5;
  const double pop = 0.4 * std::log10(static_cast<double>(p.population) + 10.0);
  if (p.feature_class == 'L') return std::max(pop, 2.5);
  if (p.feature_code == "ADM1") return 2.5;
  if (p.feature_class == 'A') return std::max(pop, 1.8);
  double bonus = 0;
  if (p.feature_code == "PPLC")
    bonus = 0.9;
  else if (p.feature_code == "PPLA")
    bonus = 0.3;
  return pop + bonus;
}

// True when `s` has a letter of a script that writes no short vowels (Hebrew, Arabic, Syriac,
// Thaana: U+0590-U+08FF and the Arabic presentation forms). Folded to Latin such a name loses
// its vowels, so it meets unrelated Latin words ("נסאו", Nassau, folds to "NSW").
bool has_abjad_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = b;
    std::size_t len = 1;
    if (b >= 0xF0 && i + 3 < s.size()) {
      cp = ((b & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
           (s[i + 3] & 0x3Fu);
      len = 4;
    } else if (b >= 0xE0 && i + 2 < s.size()) {
      cp = ((b & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      len = 3;
    } else if (b >= 0xC0 && i + 1 < s.size()) {
      cp = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      len = 2;
    }
    if ((cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
        (cp >= 0xFE70 && cp <= 0xFEFF)) {
      return true;
    }
    i += len;
  }
  return false;
}

std::string_view kind_name(MatchKind k) {
  switch (k) {
    case MatchKind::exact:
      return "exact";
    case MatchKind::alias:
      return "alias";
    case MatchKind::fuzzy:
      return "fuzzy";
    case MatchKind::demonym:
      return "demonym";
    case MatchKind::part:
      return "part";
    case MatchKind::fallback:
      return "fallback";
    case MatchKind::variant:
      return "variant";
  }
  return "?";
}

bool used_in_lower_case(std::string_view text, std::string_view word) {
  if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) return false;
  std::string lower(word);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  auto is_letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  for (std::size_t at = text.find(lower); at != std::string_view::npos;
       at = text.find(lower, at + 1)) {
    const bool starts = at == 0 || !is_letter(text[at - 1]);
    const std::size_t end = at + lower.size();
    if (starts && (end == text.size() || !is_letter(text[end]))) return true;
  }
  return false;
}

bool starts_with_article(std::string_view word) {
  static constexpr std::string_view kArticles[] = {"al", "el", "ad",  "ed",  "an",  "en", "ar",
                                                   "er", "as", "es",  "ash", "esh", "at", "et",
                                                   "az", "ez", "adh", "ath", "dh"};
  if (word == "al" || word == "el") return true;  // "Deir al Balah"
  for (std::string_view a : kArticles) {
    if ((word.starts_with(a) && word.size() > a.size() + 1 &&
         (word[a.size()] == '-' || word[a.size()] == '\''))) {
      return true;
    }
  }
  return false;
}

}  // namespace truce::geo::parse
