// Word scanning for place finding: tokens with their capitalisation and sentence position, and
// the words before a span that make it a place context ("the city of", "near", "in", ...).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace truce::geo {

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool capitalised = false;  // starts with an upper-case letter (or a letter of a caseless script)
  bool sentence_start = false;  // first word of a sentence, line or title
};

// Returns the words of `text`: runs of letters, with inner hyphens and apostrophes kept
// ("Nagorno-Karabakh", "Cote d'Ivoire"). Bytes of multi-byte UTF-8 count as letters.
std::vector<Token> scan_words(std::string_view text);

// Returns true when the words just before byte `begin` make what follows a place: "in", "near",
// "the city of", "the direction of", "the village of", ...
bool place_context_before(std::string_view text, std::size_t begin);
// Returns true when the word at `begin` (after spaces) is a place noun: "region", "district",
// "province", "city", "village", "front", ...
bool place_word_after(std::string_view text, std::size_t end);
// Returns true when the word at `end` is a region word ("Province", "Region", "District", ...);
// `word_end` receives where it ends.
bool region_word_after(std::string_view text, std::size_t end, std::size_t& word_end);
// Returns true when the words just before `begin` are a title that names a person: "President",
// "Minister", "Mr", "correspondent", ...
bool person_title_before(std::string_view text, std::size_t begin);

}  // namespace truce::geo
