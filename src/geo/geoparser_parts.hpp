// Internal to the geocoder (src/geo/geoparser*.cpp): the candidates and spans that detection
// hands to ranking, and the word tests both use. Not part of the geo stage's interface.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.hpp"
#include "geo/geoparser.hpp"

namespace truce::geo {

// part: a place named inside an unknown longer name ("Colorado" in "Colorado State University");
// fallback: the document's main place for a given span the gazetteer cannot place at all.
// variant: the name in a transliteration family's form (name_variants.tsv), not as the source
// spells it ("Bayt Lahiya" for Beit Lahia).
enum class MatchKind { exact, alias, fuzzy, demonym, part, fallback, variant };

struct Geoparser::Candidate {
  std::uint32_t place = 0;
  std::uint32_t name = 0;
  MatchKind kind = MatchKind::exact;
  double distance = 0;
  double share = 0;  // of the document's other places in this candidate's country
  double base = 0;
  double score = 0;
  std::string why;
};

struct Geoparser::Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool context = false;      // a place context surrounds it
  bool region_word = false;  // followed by "Province", "Region", ...
  bool focus_only = false;   // a demonym: counts for focus, not reported
  bool weak = false;         // one capitalised word outside any place context
  bool common_word = false;  // a given span that is one word of not_places.txt
  bool sentence_start = false;
  bool fallback = false;  // a given span with no candidate: takes the document's main place
  std::vector<Candidate> candidates;
};

namespace parse {

inline constexpr std::size_t kMaxWords = 6;
// A town named inside an unknown longer name must lie in one of the report's main countries: at
// least this share of its other places (measured on both corpora: 0.3 to 0.5 are best, 0.2 less).
inline constexpr double kPartShare = 0.3;

// A town at least this large keeps its name before an unknown capitalised word ("Kharkiv
// Tractor Plant" is in Kharkiv); a smaller one is more often the first word of another name.
inline constexpr std::int64_t kStandaloneTown = 100000;

// True when `word` (as written, capitalised) also occurs in `text` starting with a lower-case
// letter: an ordinary word of the text, not the rest of a name ("Gaza Kills Five").
bool used_in_lower_case(std::string_view text, std::string_view word);
// True when `word` is an Arabic article, alone or joined to the next word by a hyphen: "al",
// "el-Hawa", "ez-Zor", "ash-Shati".
bool starts_with_article(std::string_view word);
// Words that never start a place name ("the", "after", "according").
bool is_function_word(std::string_view folded);
// Words that make the name before them part of an organisation's name ("the Minsk Group").
bool is_organisation_word(std::string_view folded);
// Lower-case words that may sit inside a name ("of", "de", "al").
bool is_connector(std::string_view word);
// Only spaces (or a hyphen) between two words keep them in one name.
bool joined(std::string_view text, std::size_t a_end, std::size_t b_begin);
// How much a place matters on its own name: country, region, population, capital.
double importance(const GazPlace& p);
// True when `s` has a letter of a script that writes no short vowels (Hebrew, Arabic, ...).
bool has_abjad_letter(std::string_view s);
std::string_view kind_name(MatchKind k);

}  // namespace parse
}  // namespace truce::geo
