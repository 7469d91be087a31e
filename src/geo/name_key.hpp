// Keys for comparing place names across scripts and transliterations. A name is folded to ASCII
// (text::fold), then reduced to a "fine" key (digraph spellings unified) and a consonant
// "skeleton" in which the letters that translation chains confuse share one class.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace truce::geo {

// Returns `utf8` folded to lower-case ASCII words separated by single spaces: "Nagorno-Karabakh"
// -> "nagorno karabakh", "Xankəndi" -> "xankendi", "Степанакерт" -> "stepanakert". Punctuation
// becomes a word break. Never fails (invalid UTF-8 is replaced).
std::string fold_name(std::string_view utf8);

// Returns the fine key of a folded name: spaces dropped, digraphs unified (dzh/dj/zh -> j,
// kh -> x, gh -> g, sh -> s, ch -> c, ph -> f, w -> v, y -> i, ou -> u) and doubled letters
// collapsed. "tap karaghoyonlu" -> "tapkaragoionlu".
std::string fine_key(std::string_view folded);

// Returns the consonant skeleton of a fine key: vowels dropped (a leading vowel kept as 'a'),
// consonants mapped to classes (k q g c j x h -> k; t d -> t; s z -> s; b p -> b; f v -> f).
// "gabriel" and "jabrail" share "kbrl"; "zenglan" and "zangilan" share "snkln".
std::string skeleton(std::string_view fine);

// Returns the edit distance between two fine keys where swapping vowels, or consonants of one
// skeleton class, costs 0.4, dropping a vowel 0.5 and anything else 1.
double variant_distance(std::string_view a, std::string_view b);

// Returns variant_distance(a, b) when it is at most `bound`, else nothing: it stops as soon as
// a whole row of the table exceeds the bound (a lookup only asks whether a candidate is near).
std::optional<double> variant_distance_within(std::string_view a, std::string_view b, double bound);

// Returns the largest variant_distance accepted for a fuzzy match of a fine key this long.
double fuzzy_bound(std::size_t fine_length);

}  // namespace truce::geo
