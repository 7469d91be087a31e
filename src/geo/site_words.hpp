// Words that name a site after a place name (data/gazetteer/site_words.tsv): "the Kessab
// sector", "the Rafah crossing", "the Tishreen dam", "Bagram air base", "the Preah Vihear
// temple". Detection reads them after a name; the site is the index's own place of that name and
// kind where it has one, else the named town with its precision widened (docs/geocoding.md).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "geo/place.hpp"

namespace truce::geo {

struct SiteWord {
  std::string phrase;  // lower case, single spaces: "air base"
  PlaceKind kind = PlaceKind::landmark;
};

struct SiteMatch {
  PlaceKind kind = PlaceKind::landmark;
  std::size_t end = 0;      // where the phrase ends in the text
  std::string_view phrase;  // as listed
  bool plural = false;      // written with an "s": "the Poonch and Rajouri sectors"
};

class SiteWords {
 public:
  // Reads the list; a bad line is an Error "file:line: problem".
  static Result<SiteWords> load(const std::filesystem::path& path);
  // For tests: the words given.
  explicit SiteWords(std::vector<SiteWord> words = {});

  // The longest listed phrase right after byte `end` of `text` (one space, then its words in any
  // case, ending at a non-letter; or with an "s": a plural), or nullopt.
  std::optional<SiteMatch> after(std::string_view text, std::size_t end) const;
  // The phrases whose sites may stand for a site of `kind` (same_site): the forms the index's
  // own name of such a site may take ("Goma" + "international airport").
  std::vector<std::string_view> phrases_for(PlaceKind kind) const;

 private:
  std::vector<SiteWord> words_;  // longest phrase first
};

// Returns data_dir()/gazetteer/site_words.tsv.
std::filesystem::path default_site_words_path();

}  // namespace truce::geo
