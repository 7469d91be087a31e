// Longest-match look-up of multi-word lexicon phrases in a token sequence. Phrases and text are
// tokenised alike (text::tokenize), so "S-300" matches "S 300" and "Çavuşoğlu" matches
// "Cavusoglu"; a final "s"/"es" is tolerated so one entry covers singular and plural.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/tokenizer.hpp"

namespace truce::extract {

struct PhraseMatch {
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  int id = -1;  // the id given to add()
};

class PhraseMatcher {
 public:
  // Adds a phrase (already split into keys); returns false when it has no keys.
  bool add(std::vector<std::string> keys, int id);

  // Returns the longest phrase starting at token `i` and ending at or before `to`.
  std::optional<PhraseMatch> match_at(const std::vector<text::Token>& tokens, std::size_t i,
                                      std::size_t to) const;

  // Returns non-overlapping matches in [from, to), scanning left to right, longest first.
  std::vector<PhraseMatch> find_all(const std::vector<text::Token>& tokens, std::size_t from,
                                    std::size_t to) const;

  // The ids of every phrase that `m` matches exactly, in id order: a phrase listed by several
  // entries ("killed" as a battle or as violence against civilians) belongs to each.
  std::vector<int> ids_of(const std::vector<text::Token>& tokens, const PhraseMatch& m) const;

  bool empty() const { return phrases_.empty(); }

 private:
  struct Phrase {
    std::vector<std::string> keys;
    int id;
  };
  // Calls `visit` with every phrase that matches at token `i` within `to`.
  template <typename Visit>
  void each_at(const std::vector<text::Token>& t, std::size_t i, std::size_t to,
               Visit&& visit) const;
  // True when some phrase's first key begins with `first` and is `length` bytes long: most
  // tokens begin no phrase, and this answers for them without hashing the key.
  bool may_begin(char first, std::size_t length) const;
  // Looks a first key up without building a string for it.
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view k) const { return std::hash<std::string_view>{}(k); }
  };
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>, KeyHash, std::equal_to<>> by_first_;
  std::array<std::uint64_t, 256> first_lengths_{};  // bit min(length, 63) per first byte
};

// True when token key `key` is `word` or a plural of it.
bool key_matches(const std::string& key, const std::string& word);

}  // namespace truce::extract
