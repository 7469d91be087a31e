// Folding text to a comparison key: any script to Latin, then to lower-case ASCII. Lexicon and
// gazetteer look-ups compare folded keys, so "Çavuşoğlu", "Cavusoglu" and "Чавушоглу" meet.
#pragma once

#include <string>
#include <string_view>

namespace truce::text {

// Returns `utf8` transliterated to Latin, stripped of diacritics and apostrophes, lower-cased.
// Azerbaijani schwa becomes "e" ("Xankəndi" -> "xankendi"). Invalid UTF-8 is replaced, never
// thrown on. Thread-safe.
std::string fold(std::string_view utf8);

}  // namespace truce::text
