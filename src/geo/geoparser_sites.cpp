// Sites named by a place name and a site word (site_words.tsv): "the Kessab sector", "the Rafah
// crossing", "the Tishreen dam", "Bagram air base". The index's own site of that name and kind
// where it has one; else the named town, never a namesake far from the report's places, with
// its precision widened and the site's kind.
#include <fmt/core.h>

#include <algorithm>

#include "geo/geoparser_parts.hpp"

namespace truce::geo {

using namespace parse;

namespace {
PlaceKind kind_of(const GazPlace& p) {
  return geo::kind_of(p.feature_class, p.feature_code, p.country_code());
}
}  // namespace

// The index's sites of the site's kind named by the name and a site phrase: as written ("Kavumu
// airport") or in another phrase of that kind ("Goma" + "international airport").
std::vector<Geoparser::Candidate> Geoparser::lookup_site(std::string_view text, const Span& span,
                                                         const SiteMatch& site) const {
  const std::string name(text.substr(span.begin, span.end - span.begin));
  std::vector<Candidate> out;
  std::vector<std::string_view> phrases{site.phrase};
  for (auto p : site_words_.phrases_for(site.kind)) {
    if (p != site.phrase) phrases.push_back(p);
  }
  for (auto phrase : phrases) {
    const std::string whole = name + " " + std::string(phrase);
    Span s;
    s.end = whole.size();
    for (auto& c : lookup(whole, s, false)) {
      if (c.kind == MatchKind::fuzzy || !same_site(kind_of(gazetteer_->place(c.place)), site.kind))
        continue;
      if (std::none_of(out.begin(), out.end(),
                       [&](const Candidate& o) { return o.place == c.place; }))
        out.push_back(std::move(c));
    }
  }
  return out;
}

// A place standing for a site it is not ("Kessab" for "the Kessab sector") must be the town,
// district or region the site is named after: never a country, a wider area or another kind of
// site, never a town inside a longer name, and, where the report names other places, one in
// their countries and near them (a village "Tishreen" elsewhere is no "Tishreen dam").
bool Geoparser::site_astray(const Span& s, const Candidate& c, double others,
                            double nearest) const {
  if (!s.site) return false;
  const GazPlace& p = gazetteer_->place(c.place);
  if (same_site(kind_of(p), *s.site)) return false;
  if (p.is_country() || p.is_wide() || p.feature_class == 'S') return true;
  if (c.kind == MatchKind::part) return true;
  constexpr double kNearKm = 250;
  return others > 0 && (c.share == 0 || (!p.is_admin() && nearest >= kNearKm && nearest < 1e9));
}

// The chosen candidate as a match; for a site the index lacks, its named town with the site's
// kind and a precision of at least 2 (the site lies somewhere around the town's point).
PlaceMatch Geoparser::match_of(const Span& s, const Candidate& c) const {
  PlaceMatch pm;
  pm.place = gazetteer_->to_place(c.place);
  pm.matched_variant = std::string(gazetteer_->name(c.name).variant);
  pm.score = c.score;
  pm.why = why_of(c);
  if (!s.site) return pm;
  if (!same_site(pm.place.kind, *s.site)) {
    pm.place.precision = std::max(pm.place.precision, 2);
    pm.why += fmt::format("; a {} named after {}: its point, precision widened to {}",
                          to_string(*s.site), pm.place.name, pm.place.precision);
  }
  pm.place.kind = *s.site;  // an airfield the report calls an air base is a base
  return pm;
}

}  // namespace truce::geo
