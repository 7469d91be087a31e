// Internal to the geocoder (src/geo/geoparser*.cpp): the candidates and spans that detection
// hands to ranking, and the word tests both use. Not part of the geo stage's interface.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
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
  double share = 0;        // of the document's other places in this candidate's country
  double base = 0;         // the first pass's score: the name alone
  double score = 0;        // the final score, with the report's context
  bool ruled_out = false;  // a rule keeps it from being chosen, whatever its score
  Features x{};            // the ranking model's features
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
  // A site word follows the name ("the Kessab sector", site_words.tsv): the site's kind.
  std::optional<PlaceKind> site;
  std::vector<Candidate> candidates;
};

// What the first pass says about a report, against which each candidate is scored in context:
// the countries of its places, the regions it names, the places proximity measures against.
// Each mention's own first choice, and every mention of the same name, is left out of its own
// context, or every first choice would confirm itself.
struct Geoparser::Context {
  Context(const Gazetteer& g, std::string_view text, const std::vector<Span>& spans,
          const std::vector<long>& top);

  // The share of the other mentions' places in p's country, and how many other mentions count.
  std::pair<double, double> share(std::size_t i, const GazPlace& p) const;
  // How many other mentions name p's first-level region.
  double named_region(std::size_t i, const GazPlace& p) const;
  // The share of the other mentions' places (towns, districts, regions) that lie in p's
  // first-level region, mentions of p's own name left out.
  double region_share(std::size_t i, const GazPlace& p) const;
  // The first choice of the mention right after span i and a comma ("Paris, Texas"), if any.
  const GazPlace* qualifier(std::size_t i) const;
  // The distance to the nearest other place of the report (1e9 when there is none).
  double nearest_km(std::size_t i, const GazPlace& p) const;

  const Gazetteer& g;
  std::string_view text;
  const std::vector<Span>& spans;
  const std::vector<long>& top;
  std::vector<std::string> name_of;  // each span's folded name
  // The first-pass choices that proximity measures against, each (name, place) once.
  std::vector<std::pair<std::size_t, const GazPlace*>> context_places;
  std::map<std::string, double, std::less<>> count;  // first choices per country
  std::map<std::string, std::map<std::string, double, std::less<>>, std::less<>> count_by_name;
  std::map<std::string, double, std::less<>> total_by_name;
  double total = 0;
  std::map<std::string, double, std::less<>> regions;  // "CC\tregion name" -> mentions
  // The mentions of each name whose first choice is a region: (name, "CC\tregion name") ->
  // mentions; and the first span beginning at each offset with a first choice. Counted once, not
  // for every mention (issue 11: cost that grew with the square of the input).
  std::map<std::pair<std::string, std::string>, double> region_choices;
  // First choices per first-level region ("CC\tregion name": a town's region, a region itself),
  // and per (name, region), so that a name's own mentions can be left out.
  std::map<std::string, double, std::less<>> in_region;
  std::map<std::pair<std::string, std::string>, double> in_region_by_name;
  std::map<std::string, double, std::less<>> in_any_region_by_name;
  double in_any_region = 0;
  std::map<std::size_t, std::size_t> chosen_at;
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
