// See svg_map.hpp. TopoJSON: quantized, delta-encoded arcs shared between countries; a negative
// index ~i is arc i reversed.
#include "report/svg_map.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace truce::report {
namespace {

using Ring = std::vector<std::pair<double, double>>;  // (lon, lat)

std::vector<Ring> decode_arcs(const nlohmann::json& topo) {
  const auto& t = topo.at("transform");
  const double sx = t.at("scale")[0], sy = t.at("scale")[1];
  const double tx = t.at("translate")[0], ty = t.at("translate")[1];
  std::vector<Ring> arcs;
  for (const auto& arc : topo.at("arcs")) {
    Ring ring;
    long x = 0, y = 0;
    for (const auto& p : arc) {
      x += p[0].get<long>();
      y += p[1].get<long>();
      ring.emplace_back(x * sx + tx, y * sy + ty);
    }
    arcs.push_back(std::move(ring));
  }
  return arcs;
}

Ring ring_of(const nlohmann::json& indexes, const std::vector<Ring>& arcs) {
  Ring ring;
  for (const auto& index : indexes) {
    const long i = index.get<long>();
    const bool reversed = i < 0;
    const std::size_t arc = static_cast<std::size_t>(reversed ? ~i : i);
    if (arc >= arcs.size()) continue;
    Ring part = arcs[arc];
    if (reversed) std::reverse(part.begin(), part.end());
    ring.insert(ring.end(), part.begin() + (ring.empty() ? 0 : 1), part.end());
  }
  return ring;
}

}  // namespace

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string svg_map(const std::string& topojson, const std::vector<MapPoint>& points) {
  if (points.empty() || topojson.empty()) return {};
  double west = 180, east = -180, south = 90, north = -90;
  for (const auto& p : points) {
    west = std::min(west, p.lon);
    east = std::max(east, p.lon);
    south = std::min(south, p.lat);
    north = std::max(north, p.lat);
  }
  const double pad = 2.5;
  west -= pad, east += pad, south -= pad, north += pad;
  const double k = std::cos((south + north) / 2 * 3.14159265358979 / 180);
  const double width = 480;
  const double scale = width / ((east - west) * k);
  const double height = (north - south) * scale;
  const auto x = [&](double lon) { return (lon - west) * k * scale; };
  const auto y = [&](double lat) { return (north - lat) * scale; };

  std::string shapes;
  try {
    const auto topo = nlohmann::json::parse(topojson);
    const auto arcs = decode_arcs(topo);
    for (const auto& g : topo.at("objects").at("countries").at("geometries")) {
      const std::string type = g.value("type", "");
      std::vector<nlohmann::json> polygons;
      if (type == "Polygon") polygons.push_back(g.at("arcs"));
      if (type == "MultiPolygon") {
        for (const auto& p : g.at("arcs")) polygons.push_back(p);
      }
      std::string d;
      for (const auto& polygon : polygons) {
        for (const auto& indexes : polygon) {
          const Ring ring = ring_of(indexes, arcs);
          const bool near = std::any_of(ring.begin(), ring.end(), [&](const auto& p) {
            return p.first > west - 10 && p.first < east + 10 && p.second > south - 10 &&
                   p.second < north + 10;
          });
          if (!near || ring.empty()) continue;
          for (std::size_t i = 0; i < ring.size(); ++i) {
            d += fmt::format("{}{:.1f},{:.1f}", i == 0 ? "M" : "L", x(ring[i].first),
                             y(ring[i].second));
          }
          d += "Z";
        }
      }
      if (d.empty()) continue;
      const std::string name =
          g.contains("properties") ? g["properties"].value("name", "") : std::string();
      shapes += fmt::format("<path d=\"{}\"><title>{}</title></path>", d, html_escape(name));
    }
  } catch (const std::exception&) {
    return {};
  }
  std::string marks;
  for (const auto& p : points) {
    marks += fmt::format(
        "<circle class=\"g-{}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\"><title>{}</title></circle>",
        html_escape(p.grade), x(p.lon), y(p.lat), html_escape(p.label));
  }
  return fmt::format(
      "<svg class=\"map\" viewBox=\"0 0 {:.0f} {:.0f}\" width=\"{:.0f}\" height=\"{:.0f}\" "
      "role=\"img\" aria-label=\"map of the day's incidents\"><rect width=\"100%\" "
      "height=\"100%\" class=\"sea\"/><g class=\"land\">{}</g><g class=\"points\">{}</g></svg>",
      width, height, width, height, shapes, marks);
}

}  // namespace truce::report
