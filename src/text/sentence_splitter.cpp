// Rule-based sentence boundaries: a full stop, question or exclamation mark, possibly followed
// by closing quotes or brackets, then white space and something that can open a sentence.
#include "text/sentence_splitter.hpp"

#include <array>
#include <cctype>
#include <string>

namespace truce::text {
namespace {

constexpr std::array<std::string_view, 30> kAbbreviations = {
    "mr",  "mrs", "ms",   "dr",  "gen",  "lt",  "col",  "maj",  "capt", "sgt",
    "st",  "no",  "vs",   "etc", "jan",  "feb", "aug",  "sept", "sep",  "oct",
    "nov", "dec", "prof", "rev", "brig", "adm", "cmdr", "cpl",  "pvt",  "gov"};

bool is_closing(std::string_view s, std::size_t i, std::size_t& len) {
  // ASCII closers, or the UTF-8 right quotes ” ’ » and ).
  const char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') {
    len = 1;
    return true;
  }
  if (s.substr(i, 3) == "\xE2\x80\x9D" || s.substr(i, 3) == "\xE2\x80\x99") {
    len = 3;
    return true;
  }
  if (s.substr(i, 2) == "\xC2\xBB") {
    len = 2;
    return true;
  }
  return false;
}

// The word that ends just before position `dot`, lower-cased.
std::string word_before(std::string_view s, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '.')) --b;
  std::string w(s.substr(b, dot - b));
  for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return w;
}

bool is_abbreviation(std::string_view s, std::size_t dot) {
  const std::string w = word_before(s, dot);
  if (w.empty()) return false;
  if (w.size() == 1) return true;                     // initials: "U.", "J."
  if (w.find('.') != std::string::npos) return true;  // "U.N", "U.S"
  for (auto a : kAbbreviations) {
    if (w == a) return true;
  }
  return false;
}

void trim(std::string_view s, std::size_t& b, std::size_t& e) {
  auto space_at = [&](std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
    return 0;
  };
  while (b < e) {
    const int n = space_at(b);
    if (!n) break;
    b += n;
  }
  while (e > b) {
    const unsigned char c = static_cast<unsigned char>(s[e - 1]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      --e;
    } else if (c == 0xA0 && e >= b + 2 && static_cast<unsigned char>(s[e - 2]) == 0xC2) {
      e -= 2;
    } else {
      break;
    }
  }
}

void add(std::string_view s, std::size_t b, std::size_t e, std::size_t paragraph,
         std::vector<Sentence>& out) {
  trim(s, b, e);
  if (b >= e) return;
  Sentence sent{b, e, paragraph, false, false};
  // Look through closing quotes and brackets for the final mark.
  std::size_t k = e;
  while (k > b) {
    const unsigned char c = static_cast<unsigned char>(s[k - 1]);
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      --k;
    } else if (k >= b + 3 &&
               (s.substr(k - 3, 3) == "\xE2\x80\x9D" || s.substr(k - 3, 3) == "\xE2\x80\x99")) {
      k -= 3;
    } else {
      break;
    }
  }
  if (k > b) {
    const char last = s[k - 1];
    sent.terminal = last == '.' || last == '!' || last == '?';
    sent.question = last == '?';
    // "…" trails off a teaser, it does not close a sentence.
    if (last == '.' && k >= b + 3 && s.substr(k - 3, 3) == "...") sent.terminal = false;
  }
  out.push_back(sent);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view s) {
  std::vector<Sentence> out;
  std::size_t paragraph = 0;
  std::size_t line_begin = 0;
  while (line_begin <= s.size()) {
    std::size_t line_end = s.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = s.size();
    std::size_t start = line_begin;
    bool any = false;
    for (std::size_t i = line_begin; i < line_end; ++i) {
      const char c = s[i];
      if (c != '.' && c != '!' && c != '?') continue;
      if (c == '.' && i + 1 < line_end && s[i + 1] == '.') continue;  // ellipsis
      if (c == '.' && i > line_begin && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
          i + 1 < line_end && std::isdigit(static_cast<unsigned char>(s[i + 1])))
        continue;
      if (c == '.' && is_abbreviation(s, i)) {
        // An abbreviation ends a sentence only when a capitalised word follows a space and
        // the abbreviation is a multi-letter one such as "U.S." at a clause end; keep it simple:
        // initials never split.
        continue;
      }
      std::size_t j = i + 1;
      std::size_t len = 0;
      while (j < line_end && is_closing(s, j, len)) j += len;
      if (j < line_end && s[j] != ' ' && s[j] != '\t') continue;
      std::size_t k = j;
      while (k < line_end && (s[k] == ' ' || s[k] == '\t')) ++k;
      if (k < line_end) {
        const unsigned char n = static_cast<unsigned char>(s[k]);
        const bool opener =
            std::isupper(n) || std::isdigit(n) || n == '"' || n == '\'' || n == '(' || n >= 0x80;
        if (!opener) continue;
      }
      add(s, start, j, paragraph, out);
      any = true;
      start = j;
    }
    const std::size_t before = out.size();
    add(s, start, line_end, paragraph, out);
    if (any || out.size() > before) ++paragraph;
    if (line_end >= s.size()) break;
    line_begin = line_end + 1;
  }
  return out;
}

}  // namespace truce::text
