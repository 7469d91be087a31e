// The order of extraction: prepare, attribute, incidents, claims, ceasefires, places, one
// incident per target, the tolls incidents take from claims, the sites counts tell of their
// own, denials linked to what they deny.
#include "extract/extractor.hpp"

#include <algorithm>

#include "extract/attribution.hpp"
#include "extract/ceasefire_finder.hpp"
#include "extract/claim_parser.hpp"
#include "extract/denial_linker.hpp"
#include "extract/document.hpp"
#include "extract/implied_attacker.hpp"
#include "extract/incident_extractor.hpp"
#include "extract/incident_sites.hpp"
#include "extract/incident_tolls.hpp"
#include "extract/place_fit.hpp"
#include "extract/place_linker.hpp"
#include "extract/tally_reader.hpp"
#include "extract/target_splitter.hpp"

namespace truce::extract {

Result<Extractor> Extractor::load(const std::filesystem::path& data_dir) {
  auto lex = load_lexicons(data_dir);
  if (!lex) return lex.error();
  return Extractor(std::make_shared<const Lexicons>(std::move(*lex)));
}

Extraction Extractor::extract(const Report& report, const geo::PlaceFinder* places) const {
  const Lexicons& lex = *lexicons_;
  Extraction out;
  out.origin = report.origin;
  std::vector<geo::PlaceMention> mentions;
  std::vector<PlaceCountry> place_countries;
  if (places) {
    mentions = places->find(report.body);
    for (const auto& m : mentions) {
      if (!m.match) continue;
      const geo::PlaceKind kind = m.match->place.kind;
      // A front-line site (a border temple, a sector) is where a war is fought, not whose
      // people the report is about: it does not choose the report's home.
      if (kind == geo::PlaceKind::landmark || kind == geo::PlaceKind::sector) continue;
      const bool local = kind != geo::PlaceKind::country && kind != geo::PlaceKind::region &&
                         kind != geo::PlaceKind::area;
      const geo::Place& p = m.match->place;
      place_countries.push_back(
          PlaceCountry{m.begin, p.country, local,
                       lex.holder_of(p.id, p.admin1, p.country, report.published.iso.substr(0, 10)),
                       m.rule.find("fallback") != std::string::npos,
                       kind == geo::PlaceKind::country ? std::string() : p.admin1});
    }
  }
  const Document doc = prepare(report, lex, place_countries);
  const auto attribution = attribute(doc, lex);
  auto incidents = extract_incidents(doc, lex, attribution);
  out.incidents = std::move(incidents.incidents);
  out.denials = std::move(incidents.denials);
  for (std::size_t i = 0; i < out.denials.size(); ++i) out.denials[i].id = std::to_string(i + 1);
  out.claims = parse_claims(doc, lex, attribution, out.incidents);
  // A tally's item is read once: "(plus 590 liquidated during the day)" is the tally's
  // increment, not a prose claim of its own.
  auto tallies = read_tallies(doc, lex, attribution);
  std::erase_if(out.claims, [&](const LossClaim& prose) {
    return std::any_of(tallies.begin(), tallies.end(), [&](const LossClaim& tally) {
      return prose.item.begin < tally.item.end && tally.item.begin < prose.item.end;
    });
  });
  for (auto& c : tallies) out.claims.push_back(std::move(c));
  for (std::size_t i = 0; i < out.claims.size(); ++i) out.claims[i].id = std::to_string(i + 1);
  out.ceasefires = find_ceasefires(doc, lex, attribution);
  if (places) {
    for (const auto& m : mentions) {
      PlaceRef ref;
      ref.span = {m.begin, m.end};
      ref.mention = m.text;
      if (m.match) ref.place = m.match->place;
      ref.rule = m.rule;
      out.places.push_back(ref);
    }
    std::vector<Span> denied;
    for (const auto& d : out.denials) denied.push_back(d.denied);
    link_places(doc, lex, mentions, out.incidents, denied);
    fit_places(doc, lex, *places, out.incidents);
    fit_report_places(doc, lex, *places, out.places);
    infer_attackers(doc, lex, out.incidents);
    infer_targets(doc, lex, out.incidents);
    split_targets(doc, out.incidents);
  }
  add_sites(doc, out.incidents, fill_tolls(doc, out.incidents, out.claims, out.places), out.places);
  link_denials(doc, lex, out.incidents, out.denials);
  return out;
}

}  // namespace truce::extract
