// Places and place mentions: what the geocoder returns and what extraction attaches to incidents.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace truce::geo {

struct Place {
  std::string id;    // "geonames:587084", "ne:031", "truce:madagiz", ...
  std::string name;  // canonical English name
  double lat = 0;
  double lon = 0;
  std::string country;       // ISO 3166-1 alpha-2, e.g. "AZ"
  std::string admin1;        // first-level region name, where known
  char feature_class = 'P';  // GeoNames feature class: P populated place, A admin area, ...
  std::string feature_code;  // GeoNames feature code: PPLA, ADM1, PCLI, ...
  int precision = 1;  // ACLED geo-precision: 1 town, 2 district/part of region, 3 region/country
  int64_t population = 0;
};

struct PlaceMatch {
  Place place;
  std::string matched_variant;  // the name variant of the place that matched the mention
  double score = 0;             // higher is better; comparable within one mention's candidates
  std::string why;              // one line: how the match and its rank came about
};

struct PlaceMention {
  std::size_t begin = 0;  // byte offsets into the text given to the finder
  std::size_t end = 0;
  std::string text;                 // the mention as written
  std::optional<PlaceMatch> match;  // nullopt: recognised as a place name but not resolved
  std::string rule;  // what found the mention: "gazetteer:exact", "gazetteer:fuzzy", ...
};

// Finds and resolves the place mentions of one document. Implementations use the whole text as
// context (its focus countries, the other places named), so call it once per document.
class PlaceFinder {
 public:
  virtual ~PlaceFinder() = default;
  virtual std::vector<PlaceMention> find(std::string_view text) const = 0;
  // Returns the ranked candidates for a bare name, best first, at most `limit`, with
  // `near_country` (ISO alpha-2, may be empty) as the focus. Finders that cannot rank a bare name
  // return none.
  virtual std::vector<PlaceMatch> candidates(std::string_view /*name*/,
                                             std::string_view /*near_country*/,
                                             std::size_t /*limit*/) const {
    return {};
  }
};

}  // namespace truce::geo
