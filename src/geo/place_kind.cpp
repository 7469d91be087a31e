// Place kinds (place.hpp): their names and the kind of an indexed place by its feature code.
#include <array>
#include <utility>

#include "geo/place.hpp"

namespace truce::geo {
namespace {

constexpr std::array<std::pair<PlaceKind, std::string_view>, 10> kNames{{
    {PlaceKind::town, "town"},
    {PlaceKind::district, "district"},
    {PlaceKind::region, "region"},
    {PlaceKind::country, "country"},
    {PlaceKind::area, "area"},
    {PlaceKind::sector, "sector"},
    {PlaceKind::landmark, "landmark"},
    {PlaceKind::crossing, "crossing"},
    {PlaceKind::base, "base"},
    {PlaceKind::airport, "airport"},
}};

bool any_of(std::string_view code, std::initializer_list<std::string_view> codes) {
  for (std::string_view c : codes) {
    if (code == c) return true;
  }
  return false;
}

}  // namespace

std::string_view to_string(PlaceKind kind) {
  for (const auto& [k, name] : kNames) {
    if (k == kind) return name;
  }
  return "town";
}

std::optional<PlaceKind> parse_place_kind(std::string_view name) {
  for (const auto& [k, n] : kNames) {
    if (n == name) return k;
  }
  return std::nullopt;
}

// GeoNames' codes (www.geonames.org/export/codes.html): AIRP airport, AIRF airfield, AIRH
// heliport, AIRB airbase, MILB military base, INSM military installation, PSTB border post;
// SCTR and LNDM are the per-conflict supplement's own (a front-line sector, a landmark).
PlaceKind kind_of(char feature_class, std::string_view code, std::string_view country) {
  switch (feature_class) {
    case 'P':
      return PlaceKind::town;
    case 'A':
      if (code.starts_with("PCL")) return PlaceKind::country;
      return code == "ADM1" ? PlaceKind::region : PlaceKind::district;
    case 'H':
      return PlaceKind::area;  // oceans, seas, gulfs, lakes
    case 'L':
      if (code == "SCTR") return PlaceKind::sector;
      // Continents and macro-regions belong to no single country (ZZ); territories to one.
      return code == "CONT" || country == "ZZ" ? PlaceKind::area : PlaceKind::region;
    case 'S':
      if (any_of(code, {"AIRP", "AIRF", "AIRH"})) return PlaceKind::airport;
      if (any_of(code, {"AIRB", "MILB", "INSM"})) return PlaceKind::base;
      if (code == "PSTB") return PlaceKind::crossing;
      return PlaceKind::landmark;
    default:
      return PlaceKind::landmark;  // T hills and mountains, R roads, V forests, U undersea
  }
}

bool same_site(PlaceKind a, PlaceKind b) {
  const auto airfield = [](PlaceKind k) { return k == PlaceKind::airport || k == PlaceKind::base; };
  return a == b || (airfield(a) && airfield(b));
}

}  // namespace truce::geo
