// A small SVG map for the HTML situation report: Natural Earth country shapes (world-atlas
// TopoJSON) around the day's incident points, equirectangular, with no external resources.
#pragma once

#include <string>
#include <vector>

namespace truce::report {

struct MapPoint {
  double lat = 0;
  double lon = 0;
  std::string label;  // the incident id
  std::string grade;
};

// Returns an <svg> element showing `points` over the country shapes of `topojson` within a few
// degrees around them; "" when there is no point or the TopoJSON cannot be read.
std::string svg_map(const std::string& topojson, const std::vector<MapPoint>& points);

// Escapes text for HTML and SVG.
std::string html_escape(const std::string& text);

}  // namespace truce::report
