// The ranking model's features of each candidate (rank_model.hpp), the scores the model gives
// them, and the rules that keep a candidate from being chosen whatever its score.
#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "geo/distance.hpp"
#include "geo/geoparser_parts.hpp"

namespace truce::geo {

using namespace parse;

namespace {

using F = Feature;

void set_match(Features& x, bool region_word, MatchKind kind, double distance, std::uint8_t flags) {
  at(x, F::kind_alias) = kind == MatchKind::alias;
  at(x, F::kind_variant) = kind == MatchKind::variant;
  at(x, F::kind_fuzzy) = kind == MatchKind::fuzzy;
  at(x, F::fuzzy_distance) = kind == MatchKind::fuzzy ? distance : 0.0;
  at(x, F::kind_part) = kind == MatchKind::part;
  at(x, F::kind_demonym) = kind == MatchKind::demonym;
  // GeoNames gives Bozeman the alternate "Missouri": a place's own name over another's alternate.
  at(x, F::primary_name) = (flags & kPrimary) != 0;
  at(x, F::stripped_name) = (flags & kStripped) && !region_word;
}

void set_place(Features& x, bool region_word, const GazPlace& p) {
  const bool country = p.is_country();
  at(x, F::region_word_admin) = region_word && p.feature_class == 'A' && !country;
  at(x, F::log_population) = country ? 0.0 : std::log10(static_cast<double>(p.population) + 10.0);
  at(x, F::capital) = p.feature_code == "PPLC";
  at(x, F::admin_seat) = p.feature_code == "PPLA";
  // The seat of a county or district is the place its name usually means beside villages named
  // after it (Louisville, Kentucky; Cambridge, England; Portland, Oregon).
  at(x, F::county_seat) = p.feature_code == "PPLA2";
  at(x, F::country) = p.feature_code == "PCLI";
  at(x, F::dependency) = country && p.feature_code != "PCLI";
  at(x, F::admin1) = p.feature_code == "ADM1";
  at(x, F::admin_other) = p.is_admin() && p.feature_code != "ADM1";
  at(x, F::continent) = p.feature_code == "CONT";
  at(x, F::water) = p.feature_class == 'H';
  at(x, F::area) = p.feature_class == 'L';
  at(x, F::curated) = p.id.starts_with("truce:");
  at(x, F::site) = p.feature_class == 'S';
}

}  // namespace

// Precedence the 161 km measure cannot teach the model, applied over its scores (`score` is
// Candidate::base or Candidate::score): a city over the first-level region named after it around
// it, unless a region word follows ("Leeds", "Geneva": both lie within 161 km of the key's point,
// and the city is the more precise answer); a continent, ocean or sea over a town named after it
// (the corpora's points for them are GeoNames', ours hand-placed middles, so the measure counts
// them wrong); a curated landmark by its own name over a place that has that name only as an
// alternate (GeoNames gives Casablanca the alternate "White House"); among fuzzy candidates, the
// nearest spelling (the corpora's key spans seldom need a fuzzy match, so the model has not
// learned what the spelling distance is worth: "Rajouri" is Rajaori, not Lahore's "Rahoru").
void Geoparser::apply_precedence(Span& s, double Candidate::*score) const {
  const Gazetteer& g = *gazetteer_;
  constexpr double kMargin = 0.01;
  auto raise_over = [&](Candidate& winner, const Candidate& loser) {
    winner.*score = std::max(winner.*score, loser.*score + kMargin);
  };
  double closest = 1e9;
  for (const auto& c : s.candidates) {
    if (c.kind == MatchKind::fuzzy) closest = std::min(closest, c.distance);
  }
  for (auto& w : s.candidates) {
    if (w.kind != MatchKind::fuzzy || w.distance != closest) continue;
    for (const auto& c : s.candidates) {
      if (c.kind == MatchKind::fuzzy && c.distance > closest) raise_over(w, c);
    }
  }
  for (const auto& r : s.candidates) {
    const GazPlace& p = g.place(r.place);
    if (s.region_word || p.feature_code != "ADM1") continue;
    for (auto& c : s.candidates) {
      const GazPlace& q = g.place(c.place);
      // Around it: within 50 km, or a region seat within 200 km ("Isfahan", "Kidal": a large
      // region's point lies far from its seat). A seat merely named in its region (Quebec City)
      // is left to the model's town_in_region features: "Quebec" is as often the province.
      const double km = distance_km(p.lat, p.lon, q.lat, q.lon);
      const bool seat = q.feature_code == "PPLA" && km < 200;
      if (q.feature_class == 'P' && q.country_code() == p.country_code() && (seat || km < 50)) {
        raise_over(c, r);
      }
    }
  }
  for (auto& w : s.candidates) {
    const GazPlace& p = g.place(w.place);
    const bool own_name = g.name(w.name).flags & kPrimary;
    const bool wide = p.is_wide() && own_name;
    const bool landmark = p.feature_class == 'S' && p.id.starts_with("truce:") && own_name;
    if (!wide && !landmark) continue;
    for (const auto& c : s.candidates) {
      const GazPlace& q = g.place(c.place);
      if (wide && q.feature_class == 'P') raise_over(w, c);
      if (landmark && !(g.name(c.name).flags & kPrimary)) raise_over(w, c);
    }
  }
}

void Geoparser::score_names(Span& s) const {
  const Gazetteer& g = *gazetteer_;
  for (auto& c : s.candidates) {
    c.x = Features{};
    set_match(c.x, s.region_word, c.kind, c.distance, g.name(c.name).flags);
    set_place(c.x, s.region_word, g.place(c.place));
  }
  // A city and the region named after it around it ("Leeds", "Geneva", "Aberdeen"): the name
  // means the city unless a region word follows, and the city is the more precise answer.
  if (!s.region_word) {
    for (const auto& r : s.candidates) {
      const GazPlace& p = g.place(r.place);
      if (p.feature_code != "ADM1") continue;
      for (auto& c : s.candidates) {
        const GazPlace& q = g.place(c.place);
        if (q.feature_class != 'P' || q.country_code() != p.country_code()) continue;
        if (distance_km(p.lat, p.lon, q.lat, q.lon) < 50) at(c.x, F::town_of_region) = 1;
        // A town inside the region named like it: the model weighs its size against the region
        // ("New York" is the city more often than the state).
        if (q.admin1 == p.name) {
          at(c.x, F::town_in_region) = 1;
          at(c.x, F::town_in_region_population) = at(c.x, F::log_population);
        }
      }
    }
  }
  for (auto& c : s.candidates) c.base = model_.name_score(c.x);
  apply_precedence(s, &Candidate::base);
}

void Geoparser::score_in_context(const Context& ctx, std::size_t i, Span& s,
                                 std::string_view near) const {
  const Gazetteer& g = *gazetteer_;
  for (auto& c : s.candidates) {
    const GazPlace& p = g.place(c.place);
    auto [sh, others] = ctx.share(i, p);
    // `truce geocode NAME --near CC`: the given country is the report's whole focus.
    if (!near.empty() && p.country_code() == near) sh = 1.0;
    c.share = sh;
    const bool town_or_region = !p.is_country() && !p.is_wide();
    at(c.x, F::country_share) = p.is_country() ? sh : 0.0;
    at(c.x, F::admin_share) = p.is_admin() ? sh : 0.0;
    at(c.x, F::share) = town_or_region && !p.is_admin() ? sh : 0.0;
    // With --near the given country is the whole focus, so a town elsewhere is in none of the
    // report's countries, as it would be in a report naming only places there.
    at(c.x, F::no_share) = town_or_region && (others > 0 || !near.empty()) && sh == 0;
    double nearest = 1e9;
    if (town_or_region) {
      at(c.x, F::named_region) = ctx.named_region(i, p) > 0;
      at(c.x, F::region_share) = ctx.region_share(i, p);
      // "Paris, Texas", "London, Ont.", "Edmonton, Alberta": the name after the comma decides.
      if (const GazPlace* q = ctx.qualifier(i)) {
        at(c.x, F::qualifier_region) = q->feature_code == "ADM1" &&
                                       q->country_code() == p.country_code() && q->name == p.admin1;
        at(c.x, F::qualifier_country) = q->is_country() && q->country_code() == p.country_code();
      }
      nearest = ctx.nearest_km(i, p);
      at(c.x, F::within_50km) = nearest < 50;
      at(c.x, F::within_250km) = nearest < 250;
      at(c.x, F::within_1000km) = nearest < 1000;
    }
    c.score = model_.score(c.x);
    const bool abroad = p.country_code() != near;
    const bool proximity = nearest < 250;
    // A fuzzy town must also lie near the report's other places: "Makeen" is no Macon (where it
    // names any other town or region).
    const bool fuzzy_astray =
        c.kind == MatchKind::fuzzy &&
        (sh == 0 || (!p.is_admin() && !p.is_country() && !proximity && nearest < 1e9));
    // A name read in a transliteration family's form must lie in one of the report's countries
    // where the report names any: "Foua" in a report on Idlib is no Fuwwah in Egypt.
    const bool variant_astray = c.kind == MatchKind::variant && others > 0 && sh == 0;
    // A town inside an unknown name is a namesake more often than not ("Brands Hatch", "Eva's
    // Village") unless it lies in a main country of the document (kPartShare) and near its
    // other places; a region or country named there ("Colorado State University") needs only
    // to lie in one of its countries.
    const bool part_astray = c.kind == MatchKind::part && town_or_region &&
                             (sh == 0 || (!p.is_admin() && (!proximity || sh < kPartShare)));
    // A given word that English uses otherwise (not_places.txt: "Western", "State", "West")
    // names a place only by that place's own name, in one of the document's countries and, for
    // a town, near its other places: "the West" is no Western Region of Ghana, nor West, Texas.
    const bool common_astray =
        s.common_word && c.kind != MatchKind::fallback && town_or_region &&
        (!(g.name(c.name).flags & kPrimary) || sh < 0.1 || (!p.is_admin() && !proximity));
    c.ruled_out = abroad && (fuzzy_astray || variant_astray || part_astray || common_astray ||
                             site_astray(s, c, others, nearest));
  }
  apply_precedence(s, &Candidate::score);
}

// Written only for a candidate that is shown or chosen: formatting it for every candidate of
// every mention cost about a tenth of the ingest.
std::string Geoparser::why_of(const Candidate& c) const {
  const GazPlace& p = gazetteer_->place(c.place);
  const bool raised = c.score != model_.score(c.x);
  return fmt::format("{} match of \"{}\"; score {:.2f}{} (name alone {:.2f}): {}{}",
                     kind_name(c.kind), gazetteer_->name(c.name).variant, c.score,
                     raised ? " (raised by precedence)" : "", c.base, model_.explain(c.x, 4),
                     c.ruled_out ? fmt::format("; ruled out ({} has {:.0f}% of the report's "
                                               "places)",
                                               p.country_code(), c.share * 100)
                                 : "");
}

}  // namespace truce::geo
