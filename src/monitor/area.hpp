// Where a ceasefire holds: everywhere, a list of countries, or GeoJSON polygons. Incidents are
// placed in or out of it by their place.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "geo/place.hpp"

namespace truce::monitor {

class Area {
 public:
  // "" is everywhere; "AZ,AM" ISO country codes; text starting with '{' a GeoJSON Polygon,
  // MultiPolygon, Feature or FeatureCollection of them. Fails naming the problem.
  static Result<Area> parse(const std::string& text);

  bool everywhere() const { return countries_.empty() && polygons_.empty(); }
  // True when the place lies in the area; an unknown place lies only in "everywhere".
  bool contains(const std::optional<geo::Place>& place) const;
  // "everywhere", "AZ, AM", "GeoJSON: 2 polygon(s)".
  std::string describe() const;
  const std::string& text() const { return text_; }

 private:
  using Ring = std::vector<std::pair<double, double>>;  // (lon, lat)
  struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
  };
  std::string text_;
  std::vector<std::string> countries_;
  std::vector<Polygon> polygons_;
};

}  // namespace truce::monitor
