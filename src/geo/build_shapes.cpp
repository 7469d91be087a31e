// Countries' Natural Earth 1:50m shapes (npm `world-atlas`) at build time, and the check of
// data/gazetteer/country_points.tsv, whose points were typed by hand: each point must lie inside
// its country's shape or, for an archipelago whose point GeoNames puts in the sea between islands
// (Philippines), near it.
#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "geo/build_place.hpp"
#include "geo/distance.hpp"

namespace truce::geo {
namespace {

using Ring = std::vector<std::pair<double, double>>;  // (lon, lat)

// TopoJSON arcs are delta-encoded, quantised positions; `transform` maps them to degrees.
std::vector<Ring> decode_arcs(const nlohmann::json& topo) {
  const auto& scale = topo["transform"]["scale"];
  const auto& translate = topo["transform"]["translate"];
  std::vector<Ring> arcs;
  for (const auto& arc : topo["arcs"]) {
    Ring r;
    long x = 0, y = 0;
    for (const auto& pos : arc) {
      x += pos[0].get<long>();
      y += pos[1].get<long>();
      r.emplace_back(x * scale[0].get<double>() + translate[0].get<double>(),
                     y * scale[1].get<double>() + translate[1].get<double>());
    }
    arcs.push_back(std::move(r));
  }
  return arcs;
}

// A ring is a list of arc indices; ~i is arc i reversed.
Ring assemble(const nlohmann::json& ring, const std::vector<Ring>& arcs) {
  Ring out;
  for (const auto& a : ring) {
    const long i = a.get<long>();
    Ring part = arcs.at(static_cast<std::size_t>(i >= 0 ? i : ~i));
    if (i < 0) std::reverse(part.begin(), part.end());
    out.insert(out.end(), part.begin(), part.end());
  }
  return out;
}

// Even-odd rule over every ring of a country, so holes (Lesotho in South Africa) count.
bool inside(const std::vector<Ring>& rings, double lon, double lat) {
  bool in = false;
  for (const auto& r : rings) {
    for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
      const auto [xi, yi] = r[i];
      const auto [xj, yj] = r[j];
      if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) in = !in;
    }
  }
  return in;
}

// GeoNames puts some archipelagos' points between their islands; a slip of sign or digit puts
// a point hundreds or thousands of km off.
constexpr double kSeaToleranceKm = 150;

double km_to_shape(const std::vector<Ring>& rings, double lon, double lat) {
  double best = 1e18;
  for (const auto& r : rings) {
    for (const auto& [x, y] : r) best = std::min(best, distance_km(lat, lon, y, x));
  }
  return best;
}

}  // namespace

Result<CountryShapes> CountryShapes::load(const std::filesystem::path& nm,
                                          const std::vector<BuildPlace>& places) {
  const auto path = nm / "world-atlas" / "countries-50m.json";
  auto topo = read_json(path);
  if (!topo) return topo.error();
  std::map<std::string, std::string> cc_of;  // "ne:<ISO numeric>" -> ISO alpha-2
  for (const auto& p : places) {
    if (p.fclass == 'A' && p.fcode.starts_with("PCL") && p.id.starts_with("ne:"))
      cc_of[p.id] = p.cc;
  }
  CountryShapes shapes;
  try {
    const auto arcs = decode_arcs(*topo);
    for (const auto& g : (*topo)["objects"]["countries"]["geometries"]) {
      const std::string id = str(g, "id");
      const auto cc = cc_of.find("ne:" + id);
      if (id.empty() || cc == cc_of.end()) continue;
      auto& rings = shapes.rings_[cc->second];
      const std::string type = str(g, "type");
      if (type == "Polygon") {
        for (const auto& ring : g["arcs"]) rings.push_back(assemble(ring, arcs));
      } else if (type == "MultiPolygon") {
        for (const auto& poly : g["arcs"]) {
          for (const auto& ring : poly) rings.push_back(assemble(ring, arcs));
        }
      }
    }
  } catch (const std::exception& e) {
    return make_error(fmt::format("{}: unexpected TopoJSON: {}", path.string(), e.what()));
  }
  std::erase_if(shapes.rings_, [](const auto& kv) { return kv.second.empty(); });
  return shapes;
}

bool CountryShapes::has(std::string_view cc) const { return rings_.contains(std::string(cc)); }

bool CountryShapes::inside(std::string_view cc, double lat, double lon) const {
  const auto it = rings_.find(std::string(cc));
  return it != rings_.end() && geo::inside(it->second, lon, lat);
}

double CountryShapes::km_to(std::string_view cc, double lat, double lon) const {
  const auto it = rings_.find(std::string(cc));
  return it == rings_.end() ? 1e18 : km_to_shape(it->second, lon, lat);
}

std::string CountryShapes::country_at(double lat, double lon) const {
  for (const auto& [cc, rings] : rings_) {
    if (geo::inside(rings, lon, lat)) return cc;
  }
  return {};
}

std::optional<std::pair<double, double>> CountryShapes::point_inside(std::string_view cc) const {
  const auto it = rings_.find(std::string(cc));
  if (it == rings_.end()) return std::nullopt;
  // The middle latitude of the largest ring's extent, and there the middle of the widest stretch
  // of the shape along that parallel (even-odd crossings of every ring).
  const Ring* largest = nullptr;
  double largest_area = -1, lat_lo = 0, lat_hi = 0;
  for (const auto& r : it->second) {
    double lo_x = 1e9, hi_x = -1e9, lo_y = 1e9, hi_y = -1e9;
    for (const auto& [x, y] : r) {
      lo_x = std::min(lo_x, x), hi_x = std::max(hi_x, x);
      lo_y = std::min(lo_y, y), hi_y = std::max(hi_y, y);
    }
    if ((hi_x - lo_x) * (hi_y - lo_y) > largest_area) {
      largest = &r, largest_area = (hi_x - lo_x) * (hi_y - lo_y), lat_lo = lo_y, lat_hi = hi_y;
    }
  }
  if (!largest) return std::nullopt;
  const double lat = (lat_lo + lat_hi) / 2;
  std::vector<double> xs;
  for (const auto& r : it->second) {
    for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
      const auto [xi, yi] = r[i];
      const auto [xj, yj] = r[j];
      if ((yi > lat) != (yj > lat)) xs.push_back((xj - xi) * (lat - yi) / (yj - yi) + xi);
    }
  }
  std::sort(xs.begin(), xs.end());
  double best = -1, lon = 0;
  for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
    if (xs[i + 1] - xs[i] > best) best = xs[i + 1] - xs[i], lon = (xs[i] + xs[i + 1]) / 2;
  }
  if (best < 0) return std::nullopt;
  return std::pair{lat, lon};
}

bool CountryShapes::fits(std::string_view cc, double lat, double lon, double sea_km) const {
  if (!has(cc) || inside(cc, lat, lon)) return true;
  return country_at(lat, lon).empty() && km_to(cc, lat, lon) <= sea_km;
}

std::vector<std::string> countries_off_their_shape(const CountryShapes& shapes,
                                                   const std::vector<BuildPlace>& places,
                                                   const std::set<std::string>& which) {
  std::vector<std::string> off;
  for (const auto& p : places) {
    if (p.fclass != 'A' || !p.fcode.starts_with("PCL") || !which.contains(p.cc)) continue;
    if (!shapes.has(p.cc)) continue;  // no shape at 1:50m
    if (!shapes.inside(p.cc, p.lat, p.lon) && shapes.km_to(p.cc, p.lat, p.lon) > kSeaToleranceKm) {
      off.push_back(fmt::format("{} {} ({}, {})", p.cc, p.name, p.lat, p.lon));
    }
  }
  return off;
}

}  // namespace truce::geo
