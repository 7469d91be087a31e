// Hand-written UTF-8 scanner behind text::tokenize: letters (any script), digits, and the few
// punctuation marks that matter for clause structure.
#include "text/tokenizer.hpp"

#include <cctype>
#include <cstdint>

#include "text/fold.hpp"

namespace truce::text {
namespace {

// Decodes one code point at `i`; returns it and advances `len`. Invalid bytes decode as U+FFFD.
char32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  int n = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 0;
  if (n == 0 || i + n > s.size()) {
    len = 1;
    return 0xFFFD;
  }
  char32_t cp = c & (0x3F >> (n - 1));
  for (int k = 1; k < n; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  // An overlong form ("\xC0\xB5" for '5'), a surrogate or a code point past Unicode is no
  // character: read as one, an overlong digit reached the number parser with no digit in it.
  static constexpr char32_t kLeast[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kLeast[n] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
    len = 1;
    return 0xFFFD;
  }
  len = n;
  return cp;
}

bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC;
}
bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000 ||
         cp == 0xFEFF;
}
bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// The length of a space that groups thousands at s[j] ("1 221", with a plain, no-break or thin
// space): exactly three digits must follow it and then no digit, letter or decimal point; else 0.
std::size_t grouping_space(std::string_view s, std::size_t j) {
  std::size_t len = 0;
  if (s.compare(j, 1, " ") == 0) {
    len = 1;
  } else if (s.compare(j, 2, "\xC2\xA0") == 0) {
    len = 2;
  } else if (s.compare(j, 3, "\xE2\x80\xAF") == 0 || s.compare(j, 3, "\xE2\x80\x89") == 0) {
    len = 3;
  } else {
    return 0;
  }
  std::size_t k = j + len;
  for (std::size_t n = 0; n < 3; ++n, ++k) {
    if (k >= s.size() || s[k] < '0' || s[k] > '9') return 0;
  }
  if (k < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[k]);
    if (std::isalnum(c) || c >= 0x80) return 0;
    if ((c == '.' || c == ',') && k + 1 < s.size() && s[k + 1] >= '0' && s[k + 1] <= '9') return 0;
  }
  return len;
}
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0xC0) return false;  // Latin-1 punctuation and symbols
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, shapes
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp == 0xFFFD) return false;
  return true;
}
bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

std::string punct_key(char32_t cp) {
  switch (cp) {
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
    case '"':
      return "\"";
    case 0x2018:
    case 0x2019:
    case '\'':
      return "'";
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case '-':
      return "-";
    case 0x2026:
      return "...";
    case 0x2022:
      return "*";
    default:
      break;
  }
  if (cp < 0x80) return std::string(1, static_cast<char>(cp));
  return "?";
}

std::string key_of(std::string_view word) {
  bool ascii = true;
  for (char ch : word) {
    if (static_cast<unsigned char>(ch) >= 0x80 || ch == '\'') {
      ascii = false;
      break;
    }
  }
  if (!ascii) return fold(word);
  std::string k(word);
  for (char& ch : k) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return k;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  bool pending_join = false;  // a hyphen glued the previous token to the next one
  while (i < s.size()) {
    std::size_t len = 0;
    const char32_t cp = decode(s, i, len);
    if (is_space(cp)) {
      pending_join = false;
      i += len;
      continue;
    }
    if (is_digit(cp)) {
      std::size_t j = i;
      std::string digits;
      bool has_point = false;
      std::size_t group = 0;  // digits since the last separator
      while (j < s.size()) {
        const char ch = s[j];
        if (ch >= '0' && ch <= '9') {
          digits.push_back(ch);
          ++group;
          ++j;
        } else if (const std::size_t gap = grouping_space(s, j);
                   gap && !has_point && (group == 3 || group == digits.size()) && group <= 3) {
          j += gap;  // "1 221": a space groups thousands in translated text
          group = 0;
        } else if ((ch == ',' || ch == '.') && j + 1 < s.size() && s[j + 1] >= '0' &&
                   s[j + 1] <= '9' && !digits.empty()) {
          // "30,000" groups thousands; "3.5" is a decimal point only before 1-2 digits at end.
          std::size_t k = j + 1;
          while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
          if (ch == ',' && k - (j + 1) == 3) {
            j = j + 1;
            group = 0;
          } else if (ch == '.' && !has_point && k - (j + 1) != 3) {
            has_point = true;
            digits.push_back('.');
            ++j;
          } else if (ch == '.' && k - (j + 1) == 3) {
            j = j + 1;  // "30.000" European grouping
            group = 0;
          } else {
            break;
          }
        } else {
          break;
        }
      }
      Token t;
      t.begin = i;
      t.joined = pending_join;
      t.value = std::stod(digits);
      // A suffix of letters: ordinals ("6th"), decades ("1990s"), names ("2S1").
      std::size_t k = j;
      while (k < s.size()) {
        std::size_t l = 0;
        const char32_t c2 = decode(s, k, l);
        if (!is_letter(c2) && !is_digit(c2)) break;
        k += l;
      }
      const std::string suffix = key_of(s.substr(j, k - j));
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        t.kind = TokenKind::ordinal;
      } else if (!suffix.empty()) {
        t.kind = TokenKind::word;
      } else {
        t.kind = TokenKind::number;
      }
      t.end = k;
      t.key = t.kind == TokenKind::number ? digits : key_of(s.substr(i, k - i));
      if (t.kind == TokenKind::number) {
        // keep the key free of grouping commas so "30,000" and "30000" meet
        t.key.clear();
        for (char ch : digits) t.key.push_back(ch);
      }
      out.push_back(std::move(t));
      pending_join = false;
      i = k;
      continue;
    }
    if (is_letter(cp)) {
      std::size_t j = i;
      while (j < s.size()) {
        std::size_t l = 0;
        const char32_t c2 = decode(s, j, l);
        if (is_letter(c2) || is_digit(c2)) {
          j += l;
          continue;
        }
        if (is_apostrophe(c2) && j + l < s.size()) {
          std::size_t l2 = 0;
          const char32_t c3 = decode(s, j + l, l2);
          if (!is_letter(c3)) break;
          // "’s" closing a word is a possessive: flag it, do not keep it in the word.
          if ((c3 == 's' || c3 == 'S')) {
            std::size_t after = j + l + l2;
            std::size_t l3 = 0;
            const bool ends = after >= s.size() || !is_letter(decode(s, after, l3));
            if (ends) break;
          }
          j += l;
          continue;
        }
        break;
      }
      // "U.S.", "U.N.", "a.m.": an initialism is one word with its points, so that a lexicon's
      // "U.S. forces" meets the text's.
      std::string initialism;
      if (j == i + 1 && j + 2 < s.size() && s[j] == '.' && is_ascii_letter(s[j + 1]) &&
          s[j + 2] == '.') {
        initialism.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[i]))));
        while (j + 2 < s.size() && s[j] == '.' && is_ascii_letter(s[j + 1]) && s[j + 2] == '.') {
          initialism.push_back('.');
          initialism.push_back(
              static_cast<char>(std::tolower(static_cast<unsigned char>(s[j + 1]))));
          j += 2;
        }
        initialism.push_back('.');
        ++j;  // the closing point
      }
      Token t;
      t.begin = i;
      t.end = j;
      t.kind = TokenKind::word;
      t.key = initialism.empty() ? key_of(s.substr(i, j - i)) : initialism;
      t.joined = pending_join;
      pending_join = false;
      // possessive suffix
      if (j < s.size()) {
        std::size_t l = 0;
        const char32_t c2 = decode(s, j, l);
        if (is_apostrophe(c2) && j + l < s.size() && (s[j + l] == 's' || s[j + l] == 'S')) {
          t.possessive = true;
          j += l + 1;
        } else if (is_apostrophe(c2) && (t.key.size() > 1 && t.key.back() == 's')) {
          // "forces’ positions": plural possessive
          std::size_t l2 = 0;
          const bool next_space = j + l >= s.size() || is_space(decode(s, j + l, l2));
          if (next_space) {
            t.possessive = true;
            j += l;
          }
        }
      }
      out.push_back(std::move(t));
      i = j;
      continue;
    }
    if (is_hyphen(cp) && !out.empty() && i > 0 && i + len < s.size()) {
      // A hyphen between two word characters glues them; otherwise it is a dash.
      std::size_t l0 = 0;
      const char32_t next = decode(s, i + len, l0);
      const bool prev_word = out.back().end == i;
      if (prev_word && (is_letter(next) || is_digit(next))) {
        pending_join = true;
        i += len;
        continue;
      }
    }
    Token t;
    t.begin = i;
    t.end = i + len;
    t.kind = TokenKind::punct;
    t.key = punct_key(cp);
    if (cp == '.' && i + 2 < s.size() && s[i + 1] == '.' && s[i + 2] == '.') {
      t.end = i + 3;
      t.key = "...";
    }
    const std::size_t next_i = t.end;
    out.push_back(std::move(t));
    pending_join = false;
    i = next_i;
  }
  return out;
}

std::vector<std::string> phrase_keys(std::string_view phrase) {
  std::vector<std::string> keys;
  for (auto& t : tokenize(phrase)) {
    if (t.kind != TokenKind::punct) keys.push_back(t.key);
  }
  return keys;
}

}  // namespace truce::text
