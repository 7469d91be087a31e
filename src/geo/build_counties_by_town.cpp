// Second-level divisions that no source package names (English, Welsh, Scottish and Northern
// Irish counties): data/gazetteer/counties.tsv names each by towns inside it, and the build finds
// those towns in GeoNames cities500, takes their (admin1, admin2) code groups, and places the
// county at the middle of the extent of every town of those groups, as it does for regions
// (build_region_points.cpp). The point is derived from GeoNames' towns, not GeoNames' own.
#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "geo/build_place.hpp"
#include "geo/gazetteer.hpp"

namespace truce::geo {
namespace {

// The town of that name in the country that GeoNames counts most people in (there are two
// Newports in Wales), or nullptr.
const BuildPlace* find_town(const std::vector<BuildPlace>& places, std::string_view cc,
                            std::string_view name) {
  const BuildPlace* best = nullptr;
  for (const auto& p : places) {
    if (!p.id.starts_with("geonames:") || p.cc != cc || p.name != name || p.admin2_code.empty())
      continue;
    if (!best || p.population > best->population) best = &p;
  }
  return best;
}

}  // namespace

Status add_counties_by_town(const std::filesystem::path& table, std::vector<BuildPlace>& places) {
  std::ifstream in(table);
  if (!in) return make_error(table.string() + ": cannot read");
  std::string line;
  std::size_t line_no = 0;
  std::vector<BuildPlace> counties;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto fail = [&](const std::string& why) {
      return make_error(fmt::format("{}:{}: {}", table.string(), line_no, why));
    };
    // Columns: id, country, name, variants (|), towns inside it (|), note.
    const auto f = split(line, '\t');
    if (f.size() != 6) return fail(fmt::format("expected 6 columns, found {}", f.size()));
    if (f[1].size() != 2) return fail("country must be an ISO 3166-1 alpha-2 code");
    std::set<std::string> groups;  // "admin1.admin2" codes of the named towns
    std::string admin1;
    for (const auto& town : split(f[4], '|')) {
      const BuildPlace* t = find_town(places, f[1], town);
      if (!t) return fail(fmt::format("no town \"{}\" in {} in cities500", town, f[1]));
      groups.insert(t->admin1_code + "." + t->admin2_code);
      if (admin1.empty()) admin1 = t->admin1;
    }
    if (groups.empty()) return fail("no towns listed");
    double lat_min = 90, lat_max = -90, lon_min = 180, lon_max = -180;
    std::int64_t population = 0;
    for (const auto& p : places) {
      if (!p.id.starts_with("geonames:") || p.cc != f[1]) continue;
      if (!groups.contains(p.admin1_code + "." + p.admin2_code)) continue;
      lat_min = std::min(lat_min, p.lat), lat_max = std::max(lat_max, p.lat);
      lon_min = std::min(lon_min, p.lon), lon_max = std::max(lon_max, p.lon);
      population += p.population;
    }
    BuildPlace c;
    c.id = f[0];
    c.cc = f[1];
    c.name = f[2];
    c.admin1 = admin1;
    c.lat = (lat_min + lat_max) / 2;
    c.lon = (lon_min + lon_max) / 2;
    c.fclass = 'A';
    c.fcode = "ADM2";
    c.precision = 2;
    c.population = population;  // of its towns in cities500: an undercount, for ranking only
    add_variant(c, c.name, kPrimary);
    for (const auto& v : split(f[3], '|')) add_variant(c, v, kPrimary);
    counties.push_back(std::move(c));
  }
  for (auto& c : counties) places.push_back(std::move(c));
  return {};
}

}  // namespace truce::geo
