// First-level regions from GeoNames' own towns: each town's region name (its admin1 code group's
// region), and region points. country-state-city's region centres are up to ~250 km from
// GeoNames' for large provinces (Alberta, Queensland); GeoNames places an ADM1 near the middle
// of the region's extent, which the extent of its towns approximates well.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/build_place.hpp"
#include "geo/distance.hpp"

namespace truce::geo {
namespace {

// A group most of whose towns voted for another region is not this region (GB's "ENG" would
// otherwise move one English county to the middle of England).
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

// country-state-city's cities by a grid of 0.1 degrees, each with its region: the region a
// town lies in where csc lists a city at (within kSameCityKm of) its point.
class CityRegions {
 public:
  CityRegions(const RegionCities& cities,
              const std::unordered_map<std::string, const BuildPlace*>& regions) {
    for (const auto& [id, points] : cities) {
      const auto r = regions.find(id);
      if (r == regions.end()) continue;  // a region dropped as misplaced
      for (const auto& [lat, lon] : points) grid_[cell(lat, lon)].push_back({lat, lon, r->second});
    }
  }
  const BuildPlace* region_at(const std::string& cc, double lat, double lon) const {
    const BuildPlace* best = nullptr;
    double best_km = kSameCityKm;
    const auto [y, x] = cell(lat, lon);
    for (long dy = -1; dy <= 1; ++dy) {
      for (long dx = -1; dx <= 1; ++dx) {
        const auto it = grid_.find({y + dy, x + dx});
        if (it == grid_.end()) continue;
        for (const auto& c : it->second) {
          if (c.region->cc != cc) continue;
          const double km = distance_km(lat, lon, c.lat, c.lon);
          if (km < best_km || (km == best_km && best && c.region->id < best->id)) {
            best_km = km, best = c.region;
          }
        }
      }
    }
    return best;
  }

 private:
  static constexpr double kSameCityKm = 2;
  struct City {
    double lat, lon;
    const BuildPlace* region;
  };
  static std::pair<long, long> cell(double lat, double lon) {
    return {std::lround(std::floor(lat * 10)), std::lround(std::floor(lon * 10))};
  }
  std::map<std::pair<long, long>, std::vector<City>> grid_;
};

const BuildPlace* nearest_region(
    const std::unordered_map<std::string, std::vector<const BuildPlace*>>& regions_by_cc,
    const BuildPlace& p) {
  const auto it = regions_by_cc.find(p.cc);
  if (it == regions_by_cc.end()) return nullptr;
  const BuildPlace* best = nullptr;
  double best_km = 1e18;
  for (const auto* r : it->second) {
    const double km = distance_km(p.lat, p.lon, r->lat, r->lon);
    if (km < best_km) best_km = km, best = r;
  }
  return best;
}

}  // namespace

// cities500 carries GeoNames admin1 codes, not names. Each town votes for the region that
// country-state-city lists a city at its point in (csc's cities are GeoNames' points), else for
// the region whose centre it lies nearest to; each (country, code) group of towns takes the
// region most of its towns voted for. Returns each group's choice and its share of the votes.
// Membership before nearness: Queensland's centre lies so far inland that most of its towns lie
// nearer New South Wales' centre, and they had all been named New South Wales.
std::map<std::string, RegionVote> name_admin1(std::vector<BuildPlace>& places,
                                              const RegionCities& region_cities) {
  std::unordered_map<std::string, std::vector<const BuildPlace*>> regions_by_cc;
  std::unordered_map<std::string, const BuildPlace*> region_by_id;
  for (const auto& p : places) {
    if (p.fcode == "ADM1") regions_by_cc[p.cc].push_back(&p), region_by_id[p.id] = &p;
  }
  const CityRegions city_regions(region_cities, region_by_id);
  std::map<std::string, std::map<std::string, int>> votes, nearest;
  for (const auto& p : places) {
    if (p.admin1_code.empty()) continue;
    const BuildPlace* near = nearest_region(regions_by_cc, p);
    const BuildPlace* best = city_regions.region_at(p.cc, p.lat, p.lon);
    if (!best) best = near;
    if (best) ++votes[p.cc + "." + p.admin1_code][best->name];
    if (near) ++nearest[p.cc + "." + p.admin1_code][near->name];
  }
  // Where GeoNames' admin1 code is the ISO 3166-2 code country-state-city uses ("ENG" for
  // England, "CA" for California), it names the region outright; numeric codes differ in meaning
  // between the two (FIPS against ISO) and are left to the vote.
  std::map<std::string, std::string> by_code;  // "CC.code" -> region name
  for (const auto& p : places) {
    if (p.fcode == "ADM1") by_code[p.cc + "." + p.id.substr(p.id.find('-') + 1)] = p.name;
  }
  std::map<std::string, RegionVote> chosen;
  for (const auto& [group, tally] : votes) {
    const std::string code = group.substr(3);
    const bool alphabetic = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c));
    });
    int total = 0;
    for (const auto& [name, n] : tally) total += n;
    if (const auto named = by_code.find(group); alphabetic && named != by_code.end()) {
      // Whether the region moves to its towns' extent is still decided by the share of its towns
      // nearest its centre, as before membership voted: by membership nearly every such region
      // would move (every US state, England, Scotland), which lost more toponyms of both corpora
      // than it won (New York City, Virginia, England's fallbacks).
      const auto votes_for = nearest[group].find(named->second);
      const int n = votes_for == nearest[group].end() ? 0 : votes_for->second;
      chosen[group] = {group.substr(0, 2), named->second, static_cast<double>(n) / total};
      continue;
    }
    const auto top = std::max_element(tally.begin(), tally.end(), [](const auto& a, const auto& b) {
      return a.second < b.second;
    });
    chosen[group] = {group.substr(0, 2), top->first, static_cast<double>(top->second) / total};
  }
  for (auto& p : places) {
    if (p.admin1_code.empty()) continue;
    const auto it = chosen.find(p.cc + "." + p.admin1_code);
    if (it != chosen.end()) p.admin1 = it->second.region;
  }
  return chosen;
}

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
