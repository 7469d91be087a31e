// Word-level tokens with byte offsets. Lexicon phrases and report text are tokenised the same
// way, so matching compares folded token keys and never worries about hyphens or diacritics.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace truce::text {

enum class TokenKind { word, number, ordinal, punct };

struct Token {
  std::size_t begin = 0;  // byte offsets into the tokenised text
  std::size_t end = 0;
  TokenKind kind = TokenKind::word;
  std::string key;          // folded comparison key: "cavusoglu", "300", "6th"; punct normalised
  double value = 0;         // numbers and ordinals: the value ("30,000" -> 30000, "6th" -> 6)
  bool joined = false;      // glued to the previous token by a hyphen ("S-300", "six-year-old")
  bool possessive = false;  // followed by 's or ’s, which is dropped ("Azerbaijan’s")

  bool is_word() const { return kind == TokenKind::word; }
  bool is(std::string_view k) const { return key == k; }
  // True when the key is one of `keys`.
  bool is_any(std::initializer_list<std::string_view> keys) const {
    for (const std::string_view k : keys) {
      if (key == k) return true;
    }
    return false;
  }
};

// Returns the tokens of `utf8` in order. Punctuation becomes one-character tokens with a
// normalised key: curly quotes -> '"', dashes -> "-", "…" -> "...". Never fails.
std::vector<Token> tokenize(std::string_view utf8);

// Returns the token keys of a lexicon phrase ("S-300" -> {"s","300"}); punctuation dropped.
std::vector<std::string> phrase_keys(std::string_view phrase);

}  // namespace truce::text
