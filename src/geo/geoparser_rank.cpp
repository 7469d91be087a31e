// Ranking: twice, first on the name alone (match, importance), then with the document's focus
// countries, named regions and the proximity of its other places; given spans the index cannot
// place fall back to the town next to them or the document's main place.
#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "geo/distance.hpp"
#include "geo/geoparser_parts.hpp"
#include "geo/name_key.hpp"

namespace truce::geo {

using namespace parse;

namespace {
template <typename C>
double best_share(const C& c) {
  return c.share;
}
}  // namespace

std::vector<PlaceMention> Geoparser::rank(std::string_view text, std::vector<Span>& spans,
                                          std::size_t first_reported, std::string_view near) const {
  const Gazetteer& g = *gazetteer_;
  // Pass 1: the name alone.
  std::vector<long> top(spans.size(), -1);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    auto& s = spans[i];
    for (auto& c : s.candidates) {
      const GazPlace& p = g.place(c.place);
      const NameEntry& e = g.name(c.name);
      double m = 3.0;
      if (c.kind == MatchKind::alias) m = 2.6;
      if (c.kind == MatchKind::variant) m = 2.8;
      if (c.kind == MatchKind::fuzzy) m = 2.0 - c.distance;
      if (c.kind == MatchKind::part) m = 2.2;
      // A place's own name over another's alternate: GeoNames gives Bozeman the alternate
      // "Missouri", and a town's alternate should not beat a state's name.
      if (e.flags & kPrimary) m += 0.8;
      if (e.flags & kStripped) m -= s.region_word ? 0.0 : 0.6;
      double b = m + importance(p);
      if (s.region_word && p.feature_class == 'A' && !p.is_country()) b += 1.0;
      c.base = b;
    }
    // A city and the region named after it around it ("Leeds", "Geneva", "Aberdeen"): the name
    // means the city unless a region word follows, and the city is the more precise answer, so
    // the city takes the region's rank and a little more.
    if (!s.region_word) {
      for (const auto& r : s.candidates) {
        const GazPlace& p = g.place(r.place);
        if (p.feature_code != "ADM1") continue;
        for (auto& c : s.candidates) {
          const GazPlace& q = g.place(c.place);
          if (q.feature_class == 'P' && q.country_code() == p.country_code() &&
              distance_km(p.lat, p.lon, q.lat, q.lon) < 50) {
            c.base = std::max(c.base, r.base + 0.1);
          }
        }
      }
    }
    if (!s.candidates.empty()) {
      top[i] =
          std::max_element(s.candidates.begin(), s.candidates.end(),
                           [](const Candidate& a, const Candidate& b) { return a.base < b.base; }) -
          s.candidates.begin();
    }
  }
  // Focus: the share of first-pass places in each country.
  // A mention's own first choice is left out of its focus, or every first choice would confirm
  // itself.
  // Every mention of the same name is left out too: a report that says "London" ten times has
  // not said ten times which London it means.
  std::vector<std::string> name_of(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    name_of[i] = fold_name(text.substr(spans[i].begin, spans[i].end - spans[i].begin));
  }
  // The first-pass choices that proximity measures against, each (name, place) once: a report
  // that repeats one town a thousand times names one place and costs one distance, not a
  // thousand (issue 11: cost that grew with the square of the input).
  std::vector<std::pair<std::size_t, const GazPlace*>> context_places;  // (span of the name, place)
  {
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t j = 0; j < spans.size(); ++j) {
      if (top[j] < 0) continue;
      const GazPlace& q = g.place(spans[j].candidates[top[j]].place);
      if (q.is_country() || q.is_wide()) continue;
      if (seen.insert({name_of[j], std::string(q.id)}).second) context_places.push_back({j, &q});
    }
  }
  std::map<std::string, double, std::less<>> count;
  std::map<std::string, std::map<std::string, double, std::less<>>, std::less<>> count_by_name;
  std::map<std::string, double, std::less<>> total_by_name;
  double total = 0;
  // Named regions: "London" in a text that names Ontario leans to London, Ontario.
  std::map<std::string, double, std::less<>> regions;  // "CC\tregion name" -> mentions
  auto region_key = [](const GazPlace& p, std::string_view name) {
    return fmt::format("{}\t{}", p.country_code(), name);
  };
  {
    for (std::size_t i = 0; i < spans.size(); ++i) {
      if (top[i] < 0) continue;
      const GazPlace& p = g.place(spans[i].candidates[top[i]].place);
      if (p.feature_code == "ADM1") regions[region_key(p, p.name)] += 1;
      const auto cc = p.country_code();
      if (cc == "ZZ") continue;  // a continent or sea says nothing of the document's countries
      count[std::string(cc)] += 1;
      count_by_name[name_of[i]][std::string(cc)] += 1;
      total_by_name[name_of[i]] += 1;
      total += 1;
    }
  }
  // The mentions of span i's own name that chose the region "CC\tname".
  auto own_region_mentions = [&](std::size_t i, const std::string& key) {
    double n = 0;
    for (std::size_t j = 0; j < spans.size(); ++j) {
      if (top[j] < 0 || name_of[j] != name_of[i]) continue;
      const GazPlace& q = g.place(spans[j].candidates[top[j]].place);
      if (q.feature_code == "ADM1" && region_key(q, q.name) == key) n += 1;
    }
    return n;
  };

  // The first choice of the mention right after span i and a comma ("Paris, Texas"), if any.
  auto qualifier = [&](std::size_t i) -> const GazPlace* {
    for (std::size_t j = 0; j < spans.size(); ++j) {
      if (top[j] < 0 || spans[j].begin != spans[i].end + 2) continue;
      if (text.substr(spans[i].end, 2) != ", ") continue;
      return &g.place(spans[j].candidates[top[j]].place);
    }
    return nullptr;
  };

  std::vector<std::optional<PlaceMention>> made(spans.size());
  std::vector<const Candidate*> chosen(spans.size(), nullptr);
  // Scores span i's candidates against the current context (the other mentions' choices).
  auto score_span = [&](std::size_t i) {
    auto& s = spans[i];
    const auto& own_counts = count_by_name[name_of[i]];
    const std::string_view own =
        top[i] >= 0 ? g.place(s.candidates[top[i]].place).country_code() : std::string_view();
    for (auto& c : s.candidates) {
      const GazPlace& p = g.place(c.place);
      const auto it = count.find(p.country_code());
      double n = it == count.end() ? 0.0 : it->second;
      double others = total;
      if (p.is_country()) {
        // A country named again and again is what the report is about ("China" ten times
        // beside one "Houston"): only the mention itself is left out.
        if (top[i] >= 0 && own != "ZZ") {
          others -= 1;
          if (p.country_code() == own) n -= 1;
        }
      } else {
        others -= total_by_name[name_of[i]];
        const auto own_it = own_counts.find(p.country_code());
        if (own_it != own_counts.end()) n -= own_it->second;
      }
      const double sh = others > 0 ? n / others : 0.0;
      c.share = sh;
      // A continent or ocean fits any document: it takes the focus a place of the document's
      // main country would, so a town named after it ("Atlantic", Iowa) needs more than focus.
      double focus = p.is_wide() ? 2.5 : 2.5 * sh;
      if (!p.is_country() && !p.is_wide()) {
        double named_region = 0;
        if (!p.admin1.empty()) {
          const std::string key = region_key(p, p.admin1);
          const auto r = regions.find(key);
          // The mentions' own first choices are no evidence for themselves.
          if (r != regions.end()) named_region = r->second - own_region_mentions(i, key);
        }
        // Weak on its own: every US state has a Washington and a Florida, and naming New York
        // does not make "Florida" the town in New York.
        if (named_region > 0) focus += 0.4;
        // "Paris, Texas", "London, Ont.", "Edmonton, Alberta": the name after the comma decides.
        if (const GazPlace* q = qualifier(i)) {
          const bool same_region = q->feature_code == "ADM1" &&
                                   q->country_code() == p.country_code() && q->name == p.admin1;
          const bool same_country = q->is_country() && q->country_code() == p.country_code();
          if (same_region) focus += 2.0;
          if (same_country) focus += 1.5;
        }
      }
      if (!near.empty() && p.country_code() == near) focus += 3.0;
      double proximity = 0;
      double nearest = 1e9;
      if (!p.is_country() && !p.is_wide()) {
        for (const auto& [j, q] : context_places) {
          if (name_of[j] == name_of[i] || q->id == p.id) continue;
          nearest = std::min(nearest, distance_km(p.lat, p.lon, q->lat, q->lon));
        }
        if (nearest < 250) proximity = 0.8;
      }
      c.score = c.base + focus + proximity;
      // A fuzzy town must also lie near the report's other places: "Makeen" is no Macon.
      // (where it names any other town or region).
      if (c.kind == MatchKind::fuzzy && p.country_code() != near &&
          (sh == 0 || (!p.is_admin() && !p.is_country() && proximity == 0 && nearest < 1e9))) {
        c.score = -1;
      }
      // A name read in a transliteration family's form must lie in one of the report's
      // countries where the report names any: "Foua" in a report on Idlib is no Fuwwah in Egypt.
      if (c.kind == MatchKind::variant && p.country_code() != near && others > 0 && sh == 0) {
        c.score = -1;
      }
      // A town inside an unknown name is a namesake more often than not ("Brands Hatch", "Eva's
      // Village") unless it lies in a main country of the document (kPartShare) and near its
      // other places; a region or country named there ("Colorado State University") needs only
      // to lie in one of its countries.
      if (c.kind == MatchKind::part && !p.is_country() && !p.is_wide() &&
          (sh == 0 || (!p.is_admin() && (proximity == 0 || sh < kPartShare))) &&
          p.country_code() != near) {
        c.score = -1;
      }
      // A given word that English uses otherwise (not_places.txt: "Western", "State", "West")
      // names a place only by that place's own name, in one of the document's countries and,
      // for a town, near its other places: "the West" is no Western Region of Ghana, nor West,
      // Texas.
      if (s.common_word && c.kind != MatchKind::fallback && !p.is_country() && !p.is_wide() &&
          p.country_code() != near &&
          (!(g.name(c.name).flags & kPrimary) || sh < 0.1 || (!p.is_admin() && proximity == 0))) {
        c.score = -1;
      }
      c.why = fmt::format(
          "{} match of \"{}\"; base {:.2f} (importance {:.2f}); focus {:.2f} ({} "
          "has {:.0f}% of the document's places); proximity {:.2f}",
          kind_name(c.kind), g.name(c.name).variant, c.base, importance(p), focus, p.country_code(),
          sh * 100, proximity);
    }
  };
  auto emit = [&](std::size_t i) {
    auto& s = spans[i];
    if (s.focus_only) return;
    PlaceMention m;
    m.begin = s.begin;
    m.end = s.end;
    m.text = std::string(text.substr(s.begin, s.end - s.begin));
    score_span(i);
    std::erase_if(s.candidates, [](const Candidate& c) { return c.score < 0; });
    // The document's main place stands in only where nothing named in the span is left.
    if (std::any_of(s.candidates.begin(), s.candidates.end(),
                    [](const Candidate& c) { return c.kind != MatchKind::fallback; })) {
      std::erase_if(s.candidates, [](const Candidate& c) { return c.kind == MatchKind::fallback; });
    }
    if (!s.candidates.empty()) {
      const auto best = std::max_element(
          s.candidates.begin(), s.candidates.end(), [&](const Candidate& a, const Candidate& b) {
            if (a.score != b.score) return a.score < b.score;
            return g.place(a.place).id > g.place(b.place).id;  // deterministic ties
          });
      const GazPlace& p = g.place(best->place);
      // One capitalised word outside a place context is often just a word ("Best", a name at
      // the start of a sentence): it must be a place that matters or one in the document's
      // countries.
      const bool strong = p.feature_class == 'A' || p.population >= 50000 ||
                          p.id.starts_with("truce:") || best_share(*best) > 0;
      const bool drop = s.weak && !strong && (s.sentence_start || p.population < 5000);
      PlaceMatch pm;
      pm.place = g.to_place(best->place);
      pm.matched_variant = std::string(g.name(best->name).variant);
      pm.score = best->score;
      pm.why = best->why;
      m.rule = fmt::format("gazetteer:{}", kind_name(best->kind));
      if (!drop) m.match = std::move(pm);
      chosen[i] = &*best;
    } else {
      m.rule = "gazetteer:unresolved";
    }
    made[i] = std::move(m);
  };
  for (std::size_t i = first_reported; i < spans.size(); ++i) {
    if (spans[i].fallback) continue;
    // A given span whose every candidate was ruled out (a fuzzy namesake abroad) is a place the
    // index lacks, like one with no candidate at all.
    score_span(i);
    if (!spans[i].candidates.empty() &&
        std::none_of(spans[i].candidates.begin(), spans[i].candidates.end(),
                     [](const Candidate& c) { return c.score >= 0; })) {
      spans[i].candidates.clear();
      spans[i].fallback = true;
      continue;
    }
    emit(i);
  }
  // A given span the index cannot place (nor a place inside its name) takes the document's main
  // place: the town (failing one, the region, then the country) that the other mentions, as
  // resolved, name most often by their own name, the earliest on a tie. In a local report an
  // unknown street, school or hall is most likely in the place the report is about.
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
  for (std::size_t i = first_reported; i < spans.size(); ++i) {
    if (!spans[i].fallback) continue;
    if (const Candidate* near_town = anchor ? nearby_town(i) : nullptr) {
      Candidate c = *near_town;
      c.kind = MatchKind::fallback;
      c.base = 0;
      spans[i].candidates.push_back(c);
    } else if (anchor) {
      Candidate c = *anchor;
      c.kind = MatchKind::fallback;
      c.base = 0;
      spans[i].candidates.push_back(c);
    }
    emit(i);
  }
  std::vector<PlaceMention> out;
  for (auto& m : made) {
    if (m) out.push_back(std::move(*m));
  }
  return out;
}

}  // namespace truce::geo
