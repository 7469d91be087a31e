// See area.hpp. Point-in-polygon by ray casting on longitude/latitude, enough for the areas of a
// ceasefire (a front line, a region) that do not cross the antimeridian.
#include "monitor/area.hpp"

#include <fmt/core.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

namespace truce::monitor {
namespace {

bool in_ring(const std::vector<std::pair<double, double>>& ring, double lon, double lat) {
  bool inside = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const auto [xi, yi] = ring[i];
    const auto [xj, yj] = ring[j];
    if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

}  // namespace

Result<Area> Area::parse(const std::string& text) {
  Area area;
  area.text_ = text;
  if (text.empty()) return area;
  if (text.front() != '{') {
    std::string code;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == ',') {
        if (code.size() != 2 || !std::isupper(static_cast<unsigned char>(code[0])) ||
            !std::isupper(static_cast<unsigned char>(code[1]))) {
          return make_error(
              fmt::format("area '{}': '{}' is not a two-letter ISO country code (or give GeoJSON)",
                          text, code));
        }
        area.countries_.push_back(code);
        code.clear();
      } else if (text[i] != ' ') {
        code += text[i];
      }
    }
    return area;
  }
  try {
    const auto json = nlohmann::json::parse(text);
    std::vector<nlohmann::json> geometries;
    const auto collect = [&](const nlohmann::json& g, auto& self) -> void {
      const std::string type = g.at("type").get<std::string>();
      if (type == "FeatureCollection") {
        for (const auto& f : g.at("features")) self(f, self);
      } else if (type == "Feature") {
        self(g.at("geometry"), self);
      } else if (type == "Polygon" || type == "MultiPolygon") {
        geometries.push_back(g);
      } else {
        throw std::runtime_error(fmt::format("geometry type {} is not an area", type));
      }
    };
    collect(json, collect);
    const auto ring = [](const nlohmann::json& r) {
      Ring out;
      for (const auto& p : r) out.emplace_back(p.at(0).get<double>(), p.at(1).get<double>());
      if (out.size() < 4) throw std::runtime_error("a ring needs at least 4 positions");
      return out;
    };
    const auto polygon = [&](const nlohmann::json& rings) {
      Polygon p;
      for (std::size_t i = 0; i < rings.size(); ++i) {
        (i == 0 ? p.outer : p.holes.emplace_back()) = ring(rings[i]);
      }
      return p;
    };
    for (const auto& g : geometries) {
      if (g.at("type") == "Polygon") {
        area.polygons_.push_back(polygon(g.at("coordinates")));
      } else {
        for (const auto& rings : g.at("coordinates")) area.polygons_.push_back(polygon(rings));
      }
    }
    if (area.polygons_.empty()) throw std::runtime_error("no polygon");
  } catch (const std::exception& e) {
    return make_error(fmt::format("area: not a usable GeoJSON area: {}", e.what()));
  }
  return area;
}

bool Area::contains(const std::optional<geo::Place>& place) const {
  if (everywhere()) return true;
  if (!place) return false;
  for (const auto& c : countries_) {
    if (c == place->country) return true;
  }
  for (const auto& p : polygons_) {
    if (!in_ring(p.outer, place->lon, place->lat)) continue;
    bool in_hole = false;
    for (const auto& h : p.holes) in_hole = in_hole || in_ring(h, place->lon, place->lat);
    if (!in_hole) return true;
  }
  return false;
}

std::string Area::describe() const {
  if (everywhere()) return "everywhere";
  if (!countries_.empty()) return fmt::format("{}", fmt::join(countries_, ", "));
  return fmt::format("GeoJSON: {} polygon(s)", polygons_.size());
}

}  // namespace truce::monitor
