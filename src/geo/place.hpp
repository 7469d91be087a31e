// Places and place mentions: what the geocoder returns and what extraction attaches to incidents.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace truce::geo {

// What a place is, as a monitor names it (issue 13, point 4): a town, a district (second-level
// area, county), a region (first-level region, territory), a country, an area wider than a
// country (continent, sea, macro-region), or a site: a front-line sector, a landmark (dam,
// bridge, temple, hill), a border crossing, a military base, an airport.
enum class PlaceKind : std::uint8_t {
  town,
  district,
  region,
  country,
  area,
  sector,
  landmark,
  crossing,
  base,
  airport
};

// "town", "district", ... as the extraction output and data files write it.
std::string_view to_string(PlaceKind kind);
// The kind written `name`, or nullopt for an unknown word.
std::optional<PlaceKind> parse_place_kind(std::string_view name);
// The kind of an indexed place, from its GeoNames feature class and code (the per-conflict
// supplement's SCTR and LNDM included).
PlaceKind kind_of(char feature_class, std::string_view feature_code, std::string_view country);
// True when a place of kind `a` may stand for a site called `b`: the same kind, or an airfield
// either way ("Bagram air base" is OurAirports' Bagram Airfield).
bool same_site(PlaceKind a, PlaceKind b);

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
  // What the place is; for a site the index lacks ("the Kessab sector"), the site's kind while
  // the point is its named town's (precision widened).
  PlaceKind kind = PlaceKind::town;
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
