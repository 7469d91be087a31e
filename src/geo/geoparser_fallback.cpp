// The stand-in for a given span the index cannot place: the town named next to it, or the
// report's main place.
#include <algorithm>
#include <map>
#include <tuple>

#include "geo/distance.hpp"
#include "geo/geoparser_parts.hpp"

namespace truce::geo {

std::vector<const Geoparser::Candidate*> Geoparser::fallbacks(
    const std::vector<Span>& spans, const std::vector<const Candidate*>& chosen,
    std::size_t first_reported, const std::vector<long>& top) const {
  // A given span the index cannot place (nor a place inside its name) takes the document's main
  // place: the town (failing one, the region, then the country) that the other mentions, as
  // resolved, name most often by their own name, the earliest on a tie. In a local report an
  // unknown street, school or hall is most likely in the place the report is about.
  const Gazetteer& g = *gazetteer_;
  const Candidate* anchor = nullptr;
  {
    std::vector<const Candidate*> named;  // the given spans' own places, in text order
    auto collect = [&](const Candidate& c) {
      if (c.kind != MatchKind::exact && c.kind != MatchKind::alias && c.kind != MatchKind::variant)
        return;
      if (!g.place(c.place).is_wide()) named.push_back(&c);
    };
    for (std::size_t i = first_reported; i < spans.size(); ++i) {
      if (chosen[i]) collect(*chosen[i]);
    }
    if (named.empty()) {  // no given span resolved: the detected mentions' first choices
      for (std::size_t j = 0; j < first_reported; ++j) {
        if (top[j] >= 0) collect(spans[j].candidates[top[j]]);
      }
    }
    auto rank_of = [&](const GazPlace& p) {
      return p.is_country() ? 0 : p.feature_code == "ADM1" ? 1 : 2;
    };
    // A town beats a region, a region a country. Among towns, the one with the most named towns
    // within kClusterKm (itself included): a report's main place sits among its other places, and
    // one stray namesake ("Stonewall" in Mississippi for a place in Virginia) has no company.
    // Then the most mentions; then the earliest.
    constexpr double kClusterKm = 100;
    // Each place once, in order of first mention, with how often it is named: a place repeated
    // a thousand times costs one comparison per other place, not a thousand.
    std::vector<std::pair<const Candidate*, int>> distinct;
    {
      std::map<decltype(named.front()->place), std::size_t> at;
      for (const Candidate* c : named) {
        auto [it, fresh] = at.try_emplace(c->place, distinct.size());
        if (fresh) distinct.push_back({c, 0});
        ++distinct[it->second].second;
      }
    }
    int best_rank = -1, best_support = -1, best_n = -1;
    for (const auto& [c, n] : distinct) {
      const GazPlace& p = g.place(c->place);
      const int rank = rank_of(p);
      int support = 0;
      for (const auto& [o, times] : distinct) {
        const GazPlace& q = g.place(o->place);
        if (rank == 2 && rank_of(q) == 2 && distance_km(p.lat, p.lon, q.lat, q.lon) < kClusterKm)
          support += times;
      }
      if (std::tie(rank, support, n) > std::tie(best_rank, best_support, best_n)) {
        anchor = c, best_rank = rank, best_support = support, best_n = n;
      }
    }
  }
  // A landmark is most often in the town named right next to it ("a hospital in Leeds", "Third
  // Street, Dayton"), which in a national story need not be the report's main place: the town
  // (not a region or country) of the given span nearest in the text, within kNearbyBytes, wins
  // over the main place. Measured on both corpora: 200 bytes (about a sentence) is best; wider
  // windows reach into other paragraphs' towns.
  constexpr std::size_t kNearbyBytes = 200;
  // A small town named next to the landmark is trusted only where it fits the report's main
  // place: a street of New Orleans named next to "Bourbon" is not in Bourbon, Missouri.
  auto fits_anchor = [&](const GazPlace& p) {
    if (p.population >= 50000) return true;
    const GazPlace& a = g.place(anchor->place);
    if (a.is_country()) return a.country_code() == p.country_code();
    return distance_km(a.lat, a.lon, p.lat, p.lon) < 300;
  };
  auto nearby_town = [&](std::size_t i) -> const Candidate* {
    const Candidate* best = nullptr;
    std::size_t best_gap = kNearbyBytes + 1;
    for (std::size_t j = first_reported; j < spans.size(); ++j) {
      const Candidate* c = chosen[j];
      if (j == i || !c ||
          (c->kind != MatchKind::exact && c->kind != MatchKind::alias &&
           c->kind != MatchKind::variant)) {
        continue;
      }
      const GazPlace& p = g.place(c->place);
      if (p.is_wide() || p.is_country() || p.feature_code == "ADM1") continue;
      if (!fits_anchor(p)) continue;
      const std::size_t gap = spans[j].begin > spans[i].begin ? spans[j].begin - spans[i].begin
                                                              : spans[i].begin - spans[j].begin;
      if (gap < best_gap) best = c, best_gap = gap;
    }
    return best;
  };
  std::vector<const Candidate*> out(spans.size(), nullptr);
  for (std::size_t i = first_reported; i < spans.size(); ++i) {
    if (!spans[i].fallback || !anchor) continue;
    const Candidate* near_town = nearby_town(i);
    out[i] = near_town ? near_town : anchor;
  }
  return out;
}

}  // namespace truce::geo
