// First-level region points from GeoNames' own towns. country-state-city's region centres are up
// to ~250 km from GeoNames' for large provinces (Alberta, Queensland); GeoNames places an ADM1
// near the middle of the region's extent, which the extent of its towns approximates well.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "geo/build_place.hpp"
#include "geo/distance.hpp"

namespace truce::geo {
namespace {

// A group whose towns mostly lie nearest another region's centre is not this region (GB's
// "ENG" would otherwise move one English county to the middle of England).
constexpr double kMinShare = 0.5;
constexpr std::size_t kMinTowns = 5;
// A guard against a group mapped to the wrong region: the new point stays this close to the old.
constexpr double kMaxMoveKm = 600;
// Outlying islands and exclaves would stretch the extent: the outer 1 % on each side is cut.
constexpr double kTrim = 0.0;

double middle_of_extent(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const auto lo = static_cast<std::size_t>(std::floor(kTrim * static_cast<double>(v.size() - 1)));
  const auto hi =
      static_cast<std::size_t>(std::ceil((1 - kTrim) * static_cast<double>(v.size() - 1)));
  return (v[lo] + v[hi]) / 2;
}

}  // namespace

std::size_t place_regions_by_towns(std::vector<BuildPlace>& places,
                                   const std::map<std::string, RegionVote>& groups) {
  std::map<std::string, std::vector<std::pair<double, double>>> towns;  // group -> points
  for (const auto& p : places) {
    if (p.id.starts_with("geonames:") && !p.admin1_code.empty()) {
      towns[p.cc + "." + p.admin1_code].emplace_back(p.lat, p.lon);
    }
  }
  std::map<std::string, int> groups_per_region;  // "CC\tname" -> groups that chose it
  for (const auto& [group, vote] : groups) ++groups_per_region[vote.cc + "\t" + vote.region];
  std::size_t moved = 0;
  for (auto& p : places) {
    if (p.fcode != "ADM1" || !p.id.starts_with("adm1:")) continue;
    if (groups_per_region[p.cc + "\t" + p.name] != 1) continue;
    for (const auto& [group, vote] : groups) {
      if (vote.cc != p.cc || vote.region != p.name || vote.share < kMinShare) continue;
      const auto& pts = towns[group];
      if (pts.size() < kMinTowns) break;
      std::vector<double> lats, lons;
      for (const auto& [lat, lon] : pts) lats.push_back(lat), lons.push_back(lon);
      const auto [lo, hi] = std::minmax_element(lons.begin(), lons.end());
      if (*hi - *lo > 180) break;  // across the antimeridian: the extent says nothing
      const double lat = middle_of_extent(lats);
      const double lon = middle_of_extent(lons);
      if (distance_km(lat, lon, p.lat, p.lon) > kMaxMoveKm) break;
      p.lat = lat;
      p.lon = lon;
      ++moved;
      break;
    }
  }
  return moved;
}

}  // namespace truce::geo
