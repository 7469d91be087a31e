// Region and country points inside their own shapes. country-state-city puts some first-level
// regions inside another country (Pakistan's Punjab in India, Bangladesh's Gopalganj 370 km into
// India, Kuwait's Capital governorate at Manama): such a point moves to one derived from the
// region's own GeoNames towns, inside the country's Natural Earth shape; then every region and
// country point is checked, and the build fails on any still outside.
#include <fmt/core.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "geo/build_place.hpp"
#include "geo/distance.hpp"

namespace truce::geo {
namespace {

// A coast drawn coarsely at 1:50m: a point in the sea this close to its own country fits; a
// point inside another country never does.
constexpr double kCoastKm = 50;
// Small islands have no shape at 1:50m (the Isles of Scilly, Lakshadweep, the Bahamas' cays): a
// region point in the sea this close to its country is kept where none of its towns is inside.
constexpr double kIslandKm = 400;

bool is_region(const BuildPlace& p) { return p.fcode == "ADM1"; }
bool is_country(const BuildPlace& p) { return p.fclass == 'A' && p.fcode.starts_with("PCL"); }

// The middle of the extent of the towns that lie in the country's shape if that fits too, else
// the town nearest to it; nullopt when no town is inside.
std::optional<std::pair<double, double>> point_from_towns(
    const CountryShapes& shapes, const std::vector<std::pair<double, double>>& towns,
    std::string_view cc) {
  std::vector<std::pair<double, double>> in;
  double lat_lo = 91, lat_hi = -91, lon_lo = 181, lon_hi = -181;
  for (const auto& [lat, lon] : towns) {
    if (!shapes.inside(cc, lat, lon)) continue;
    in.emplace_back(lat, lon);
    lat_lo = std::min(lat_lo, lat), lat_hi = std::max(lat_hi, lat);
    lon_lo = std::min(lon_lo, lon), lon_hi = std::max(lon_hi, lon);
  }
  if (in.empty()) return std::nullopt;
  const double lat = (lat_lo + lat_hi) / 2, lon = (lon_lo + lon_hi) / 2;
  if (lon_hi - lon_lo < 180 && shapes.inside(cc, lat, lon)) return std::pair{lat, lon};
  return *std::min_element(in.begin(), in.end(), [&](const auto& a, const auto& b) {
    return distance_km(a.first, a.second, lat, lon) < distance_km(b.first, b.second, lat, lon);
  });
}

std::string describe(const BuildPlace& p) {
  return fmt::format("{} {} {} ({:.4f}, {:.4f})", p.cc, p.id, p.name, p.lat, p.lon);
}

}  // namespace

std::vector<std::string> fit_points_to_shapes(const CountryShapes& shapes,
                                              const RegionCities& region_cities,
                                              std::vector<BuildPlace>& places,
                                              const std::set<std::string>& checked) {
  // Towns by "CC" and by "CC\tregion name".
  std::unordered_map<std::string, std::vector<std::pair<double, double>>> towns;
  for (const BuildPlace& p : places) {
    if (!p.id.starts_with("geonames:") || p.fclass != 'P') continue;
    towns[p.cc].emplace_back(p.lat, p.lon);
    if (!p.admin1.empty()) towns[p.cc + "\t" + p.admin1].emplace_back(p.lat, p.lon);
  }
  std::unordered_map<std::string, std::string> country_names;  // "TW" -> "Taiwan"
  for (const BuildPlace& p : places) {
    if (is_country(p) && p.id.starts_with("ne:")) country_names.emplace(p.cc, p.name);
  }
  std::vector<std::string> notes;
  std::vector<bool> drop(places.size(), false);
  for (std::size_t i = 0; i < places.size(); ++i) {
    BuildPlace& p = places[i];
    const bool region = is_region(p) && p.id.starts_with("adm1:");
    const bool country = is_country(p) && p.id.starts_with("ne:") && !checked.contains(p.cc);
    if (!(region || country) || shapes.fits(p.cc, p.lat, p.lon, kCoastKm)) continue;
    // A region named after the country whose shape holds it is a claim, not a division of its
    // own country (country-state-city's "Taiwan" of China): the country is the place meant, and
    // the claimant's towns that a name heuristic gave it would put it somewhere else entirely.
    if (const auto host = country_names.find(shapes.country_at(p.lat, p.lon));
        region && host != country_names.end() && host->second == p.name) {
      notes.push_back("dropped " + describe(p) + ": named after the country whose shape holds it");
      drop[i] = true;
      continue;
    }
    std::vector<std::pair<double, double>> own = towns[region ? p.cc + "\t" + p.name : p.cc];
    if (const auto c = region_cities.find(p.id); region && c != region_cities.end()) {
      own.insert(own.end(), c->second.begin(), c->second.end());
    }
    auto point = point_from_towns(shapes, own, p.cc);
    // A country none of whose towns lies in its shape (Western Sahara, whose Natural Earth shape
    // is the strip east of the berm) takes a point of the shape itself.
    if (!point && country) point = shapes.point_inside(p.cc);
    if (point) {
      notes.push_back("moved " + describe(p) +
                      fmt::format(" to ({:.4f}, {:.4f})", point->first, point->second));
      p.lat = point->first, p.lon = point->second;
    } else if (region && shapes.fits(p.cc, p.lat, p.lon, kIslandKm)) {
      notes.push_back("kept at sea " + describe(p) + ": no town of it inside the country");
    } else if (region) {
      notes.push_back("dropped " + describe(p) + ": no town of it inside the country");
      drop[i] = true;
    }
  }
  std::size_t i = 0;
  std::erase_if(places, [&](const BuildPlace&) { return drop[i++]; });
  return notes;
}

std::vector<std::string> points_off_their_shape(const CountryShapes& shapes,
                                                const std::vector<BuildPlace>& places,
                                                const std::set<std::string>& checked) {
  std::vector<std::string> off;
  for (const auto& p : places) {
    if (!is_region(p) && !(is_country(p) && !checked.contains(p.cc))) continue;
    if (!shapes.fits(p.cc, p.lat, p.lon, kIslandKm)) off.push_back(describe(p));
  }
  return off;
}

}  // namespace truce::geo
