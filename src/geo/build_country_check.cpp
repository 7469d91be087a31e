// A build-time check of data/gazetteer/country_points.tsv, whose points were typed by hand: each
// point must lie inside its country's Natural Earth 1:50m shape (npm `world-atlas`) or, for an
// archipelago whose point GeoNames puts in the sea between islands (Philippines), near it.
#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
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

Result<std::vector<std::string>> countries_off_their_shape(const std::filesystem::path& nm,
                                                           const std::vector<BuildPlace>& places,
                                                           const std::set<std::string>& which) {
  auto topo = read_json(nm / "world-atlas" / "countries-50m.json");
  if (!topo) return topo.error();
  std::map<std::string, std::vector<Ring>> shapes;  // "ne:<ISO numeric>" -> rings
  try {
    const auto arcs = decode_arcs(*topo);
    for (const auto& g : (*topo)["objects"]["countries"]["geometries"]) {
      const std::string id = str(g, "id");
      if (id.empty()) continue;
      auto& rings = shapes["ne:" + id];
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
    return make_error(fmt::format("{}: unexpected TopoJSON: {}",
                                  (nm / "world-atlas" / "countries-50m.json").string(), e.what()));
  }
  std::vector<std::string> off;
  for (const auto& p : places) {
    if (p.fclass != 'A' || !p.fcode.starts_with("PCL") || !which.contains(p.cc)) continue;
    const auto it = shapes.find(p.id);
    if (it == shapes.end() || it->second.empty()) continue;  // no shape at 1:50m
    if (!inside(it->second, p.lon, p.lat) &&
        km_to_shape(it->second, p.lon, p.lat) > kSeaToleranceKm) {
      off.push_back(fmt::format("{} {} ({}, {})", p.cc, p.name, p.lat, p.lon));
    }
  }
  return off;
}

}  // namespace truce::geo
