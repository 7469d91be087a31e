// The report's context as the first pass of ranking leaves it (geoparser_parts.hpp): the
// countries of its places, the regions it names, and the places proximity measures against.
#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "geo/distance.hpp"
#include "geo/geoparser_parts.hpp"
#include "geo/name_key.hpp"

namespace truce::geo {

namespace {
std::string region_key(const GazPlace& p, std::string_view name) {
  return fmt::format("{}\t{}", p.country_code(), name);
}
// The first-level region a place lies in (a region is its own), or "" where the index has none.
std::string own_region_key(const GazPlace& p) {
  if (p.feature_code == "ADM1") return region_key(p, p.name);
  return p.admin1.empty() ? std::string() : region_key(p, p.admin1);
}
}  // namespace

Geoparser::Context::Context(const Gazetteer& gaz, std::string_view txt,
                            const std::vector<Span>& all, const std::vector<long>& first)
    : g(gaz), text(txt), spans(all), top(first), name_of(all.size()) {
  for (std::size_t i = 0; i < spans.size(); ++i) {
    name_of[i] = fold_name(text.substr(spans[i].begin, spans[i].end - spans[i].begin));
  }
  // Each (name, place) once: a report that repeats one town a thousand times names one place and
  // costs one distance, not a thousand (issue 11: cost that grew with the square of the input).
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t j = 0; j < spans.size(); ++j) {
    if (top[j] < 0) continue;
    const GazPlace& q = g.place(spans[j].candidates[top[j]].place);
    if (!q.is_country() && !q.is_wide() && seen.insert({name_of[j], std::string(q.id)}).second) {
      context_places.push_back({j, &q});
    }
    chosen_at.emplace(spans[j].begin, j);
    if (!q.is_country() && !q.is_wide()) {
      if (const auto key = own_region_key(q); !key.empty()) {
        in_region[key] += 1;
        in_region_by_name[{name_of[j], key}] += 1;
        in_any_region_by_name[name_of[j]] += 1;
        in_any_region += 1;
      }
    }
    if (q.feature_code == "ADM1") {
      regions[region_key(q, q.name)] += 1;
      region_choices[{name_of[j], region_key(q, q.name)}] += 1;
    }
    const auto cc = q.country_code();
    if (cc == "ZZ") continue;  // a continent or sea says nothing of the document's countries
    count[std::string(cc)] += 1;
    count_by_name[name_of[j]][std::string(cc)] += 1;
    total_by_name[name_of[j]] += 1;
    total += 1;
  }
}

std::pair<double, double> Geoparser::Context::share(std::size_t i, const GazPlace& p) const {
  const auto it = count.find(p.country_code());
  double n = it == count.end() ? 0.0 : it->second;
  double others = total;
  if (p.is_country()) {
    // A country named again and again is what the report is about ("China" ten times beside
    // one "Houston"): only the mention itself is left out.
    if (top[i] >= 0) {
      const auto own = g.place(spans[i].candidates[top[i]].place).country_code();
      if (own != "ZZ") {
        others -= 1;
        if (p.country_code() == own) n -= 1;
      }
    }
  } else {
    // Every mention of the same name is left out: a report that says "London" ten times has
    // not said ten times which London it means.
    const auto total_it = total_by_name.find(name_of[i]);
    if (total_it != total_by_name.end()) others -= total_it->second;
    const auto own = count_by_name.find(name_of[i]);
    if (own != count_by_name.end()) {
      const auto own_it = own->second.find(p.country_code());
      if (own_it != own->second.end()) n -= own_it->second;
    }
  }
  return {others > 0 ? n / others : 0.0, others};
}

double Geoparser::Context::named_region(std::size_t i, const GazPlace& p) const {
  if (p.admin1.empty()) return 0;
  const std::string key = region_key(p, p.admin1);
  const auto r = regions.find(key);
  if (r == regions.end()) return 0;
  // The mentions of span i's own name that chose this region.
  const auto own = region_choices.find({name_of[i], key});
  return r->second - (own == region_choices.end() ? 0.0 : own->second);
}

double Geoparser::Context::region_share(std::size_t i, const GazPlace& p) const {
  const std::string key = own_region_key(p);
  if (key.empty()) return 0;
  const auto r = in_region.find(key);
  if (r == in_region.end()) return 0;
  const auto own = in_region_by_name.find({name_of[i], key});
  const auto own_total = in_any_region_by_name.find(name_of[i]);
  const double n = r->second - (own == in_region_by_name.end() ? 0.0 : own->second);
  const double others =
      in_any_region - (own_total == in_any_region_by_name.end() ? 0.0 : own_total->second);
  return others > 0 ? n / others : 0.0;
}

const GazPlace* Geoparser::Context::qualifier(std::size_t i) const {
  if (text.substr(spans[i].end, 2) != ", ") return nullptr;
  const auto it = chosen_at.find(spans[i].end + 2);
  if (it == chosen_at.end()) return nullptr;
  return &g.place(spans[it->second].candidates[top[it->second]].place);
}

double Geoparser::Context::nearest_km(std::size_t i, const GazPlace& p) const {
  double nearest = 1e9;
  for (const auto& [j, q] : context_places) {
    if (name_of[j] == name_of[i] || q->id == p.id) continue;
    nearest = std::min(nearest, distance_km(p.lat, p.lon, q->lat, q->lon));
  }
  return nearest;
}

}  // namespace truce::geo
