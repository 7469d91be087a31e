// Word scanning and the small vocabularies of place and person contexts.
#include "geo/scan.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace truce::geo {
namespace {

bool is_letter(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

// Returns the length of the non-letter UTF-8 character at text[i] (no-break space, « », the
// General Punctuation block: curly quotes, dashes, ellipsis), or 0 when it is none of those.
std::size_t unicode_punctuation(std::string_view text, std::size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b == 0xC2 && i + 1 < text.size()) {
    const auto c = static_cast<unsigned char>(text[i + 1]);
    if (c >= 0xA0 && c <= 0xBF) return 2;
  }
  if (b == 0xE2 && i + 2 < text.size()) {
    const auto c = static_cast<unsigned char>(text[i + 1]);
    if (c == 0x80 || c == 0x81) return 3;
  }
  if (b == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    return 3;  // CJK punctuation
  }
  return 0;
}

// Lower-cased ASCII copy of up to `n` bytes before `begin`, spaces folded.
std::string window_before(std::string_view text, std::size_t begin, std::size_t n) {
  const std::size_t from = begin > n ? begin - n : 0;
  std::string out;
  for (std::size_t i = from; i < begin; ++i) {
    char c = text[i];
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return " " + out;
}

std::string word_after(std::string_view text, std::size_t end, std::size_t& word_end) {
  std::size_t i = end;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::string w;
  while (i < text.size() && is_letter(static_cast<unsigned char>(text[i]))) {
    char c = text[i++];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    w += c;
  }
  word_end = i;
  return w;
}

bool ends_with_any(const std::string& s, std::initializer_list<std::string_view> tails) {
  return std::any_of(tails.begin(), tails.end(),
                     [&](std::string_view t) { return s.ends_with(t); });
}

}  // namespace

namespace {

// "al-Balah", "el-Arish", "ash-Shati", "ad-Dawayima": an Arabic article glued by a hyphen or an
// apostrophe to a capitalised name is the name's first word, written in lower case.
bool article_before_capital(std::string_view word) {
  static constexpr std::string_view kArticles[] = {"al",  "el", "ad", "ed",  "an",  "ar", "as",
                                                   "ash", "at", "az", "adh", "ath", "ul"};
  for (std::string_view a : kArticles) {
    if (word.size() > a.size() + 1 && word.starts_with(a) &&
        (word[a.size()] == '-' || word[a.size()] == '\'') && word[a.size() + 1] >= 'A' &&
        word[a.size() + 1] <= 'Z')
      return true;
  }
  return false;
}

}  // namespace

std::vector<Token> scan_words(std::string_view text) {
  std::vector<Token> out;
  bool sentence_start = true;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (const std::size_t skip = unicode_punctuation(text, i)) {
      // Opening quotes and dashes start a new sentence-like unit only for quotes.
      if (text.compare(i, 3, "\u201c") == 0) sentence_start = true;
      i += skip;
      continue;
    }
    if (!is_letter(c)) {
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '(') {
        // "U.S." keeps its sentence going: a full stop right after a capital is an initial.
        const bool initial = c == '.' && !out.empty() && out.back().end == i &&
                             out.back().end - out.back().begin == 1;
        if (!initial) sentence_start = true;
      }
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    while (i < text.size()) {
      const auto d = static_cast<unsigned char>(text[i]);
      if (is_letter(d) && !(d == 0xE2 && text.compare(i, 3, "\u2019") == 0) &&
          unicode_punctuation(text, i) == 0) {
        ++i;
        continue;
      }
      // Inner hyphen or apostrophe (ASCII or U+2019) followed by a letter stays in the word.
      if ((d == '-' || d == '\'') && i + 1 < text.size() &&
          is_letter(static_cast<unsigned char>(text[i + 1]))) {
        i += 1;
        continue;
      }
      if (d == 0xE2 && i + 3 < text.size() && text.compare(i, 3, "\u2019") == 0 &&
          is_letter(static_cast<unsigned char>(text[i + 3]))) {
        i += 3;
        continue;
      }
      break;
    }
    // Trailing possessive: "Stepanakert’s" -> "Stepanakert".
    std::string_view word = text.substr(t.begin, i - t.begin);
    std::size_t end = i;
    if (word.ends_with("'s"))
      end -= 2;
    else if (word.ends_with("\u2019s"))
      end -= 4;
    t.end = end;
    t.capitalised = (c >= 'A' && c <= 'Z') || c >= 0x80 || article_before_capital(word);
    t.sentence_start = sentence_start;
    sentence_start = false;
    out.push_back(t);
  }
  return out;
}

bool place_context_before(std::string_view text, std::size_t begin) {
  const std::string w = window_before(text, begin, 48);
  return ends_with_any(
      w, {" in ",          " near ",      " at ",         " from ",           " to ",
          " into ",        " towards ",   " toward ",     " around ",         " outside ",
          " across ",      " via ",       " on ",         " of the city of ", "city of ",
          "cities of ",    "town of ",    "towns of ",    "village of ",      "villages of ",
          "region of ",    "regions of ", "province of ", "district of ",     "direction of ",
          "outskirts of ", "capital of ", "area of ",     "settlement of ",   "vicinity of ",
          " in the ",      " near the "});
}

bool place_word_after(std::string_view text, std::size_t end) {
  std::size_t word_end = 0;
  const std::string w = word_after(text, end, word_end);
  static constexpr std::array<std::string_view, 14> kWords{
      "region", "district",  "province", "city",   "village", "villages",    "town",
      "front",  "direction", "area",     "oblast", "rayon",   "governorate", "county"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool region_word_after(std::string_view text, std::size_t end, std::size_t& word_end) {
  const std::string w = word_after(text, end, word_end);
  static constexpr std::array<std::string_view, 8> kWords{
      "province", "region", "district", "governorate", "oblast", "county", "rayon", "state"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool person_title_before(std::string_view text, std::size_t begin) {
  const std::string w = window_before(text, begin, 40);
  return ends_with_any(
      w, {" president ",  " minister ",    " mr ",          " mrs ",           " ms ",
          " dr ",         " mr. ",         " mrs. ",        " ms. ",           " dr. ",
          " secretary ",  " spokesman ",   " spokeswoman ", " correspondent ", " general ",
          " chancellor ", " counterpart ", " leader ",      " adviser ",       " advisor ",
          " king ",       " queen ",       " prince ",      " sheikh ",        " pope ",
          " senator ",    " governor ",    " mayor ",       " judge ",         " coach ",
          " actor ",      " singer ",      " envoy ",       " ambassador "});
}

}  // namespace truce::geo
