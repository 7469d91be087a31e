// Refitting incident places to the report's geography; see place_fit.hpp.
#include "extract/place_fit.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>

namespace truce::extract {
namespace {

// Candidates of a name looked at when its first choice lies outside the report's countries.
constexpr std::size_t kCandidates = 8;

// A town this populous is named in reports from afar; a smaller one abroad that shares a name
// with a mention is more likely the wrong namesake.
constexpr std::int64_t kLargeTown = 100000;

void add_country_of(const Lexicons& lex, const std::string& side, std::set<std::string>& out) {
  auto it = lex.sides.find(side);
  if (it != lex.sides.end() && !it->second.country.empty()) out.insert(it->second.country);
}

// The countries the report is about: those of its conflicts, of the states that fight in them
// (a Houthi missile on Tel Aviv belongs to the Red Sea conflict though Israel is not where it is
// fought) and of the states it names.
std::set<std::string> report_countries(const Document& doc, const Lexicons& lex) {
  std::set<std::string> out;
  for (const ConflictEntry* c : doc.context.conflicts) {
    out.insert(c->countries.begin(), c->countries.end());
    for (const auto& party : c->camp_a) add_country_of(lex, party, out);
    for (const auto& party : c->camp_b) add_country_of(lex, party, out);
  }
  for (const auto& [side, n] : doc.context.side_mentions) add_country_of(lex, side, out);
  return out;
}

// The in-country candidate of a mention whose first choice lies abroad, if any.
std::optional<geo::Place> refit_of(const geo::PlaceFinder& finder, const std::string& mention,
                                   const std::set<std::string>& countries) {
  for (const auto& cc : countries) {
    for (const auto& m : finder.candidates(mention, cc, kCandidates)) {
      if (countries.count(m.place.country)) return m.place;
    }
  }
  return std::nullopt;
}

// What `--evidence` says of a place moved to its in-country namesake.
std::string refit_note(const std::string& before, const geo::Place& refit) {
  return "; refit: " + before + " lies outside the report's countries, took " + refit.name + " (" +
         refit.country + ")";
}

// True for a resolution that the name alone does not make sure of: a spelling matched loosely,
// an unknown name given the report's main place (the geocoder's fallback), or a small town (no
// capital, no city of kLargeTown people) that shares a name with one.
bool weak_abroad(const PlaceRef& ref) {
  if (ref.rule == "gazetteer:fuzzy" || ref.rule == "gazetteer:fallback") return true;
  if (ref.rule != "gazetteer:exact") return false;
  const geo::Place& p = *ref.place;
  const bool capital = p.feature_code == "PPLC" || p.feature_code == "PPLA";
  return p.kind == geo::PlaceKind::town && !capital && p.population < kLargeTown;
}

}  // namespace

void fit_report_places(const Document& doc, const Lexicons& lex, const geo::PlaceFinder& finder,
                       std::vector<PlaceRef>& places) {
  if (doc.context.conflicts.empty()) return;
  const std::set<std::string> countries = report_countries(doc, lex);
  std::vector<PlaceRef> kept;
  for (auto& ref : places) {
    // A country's name is written as it is: a name that only loosely spells one ("Sarrin" for
    // Syria) is an unknown village.
    if (ref.rule == "gazetteer:fuzzy" && ref.place && ref.place->kind == geo::PlaceKind::country)
      continue;
    if (!ref.place || countries.count(ref.place->country) || !weak_abroad(ref)) {
      kept.push_back(std::move(ref));
      continue;
    }
    const std::string before = ref.place->name + " (" + ref.place->country + ")";
    if (auto refit = refit_of(finder, ref.mention, countries)) {
      ref.rule += refit_note(before, *refit);
      ref.place = std::move(refit);
      kept.push_back(std::move(ref));
    }
  }
  places = std::move(kept);
}

void fit_places(const Document& doc, const Lexicons& lex, const geo::PlaceFinder& finder,
                std::vector<Incident>& incidents) {
  // Without a conflict the report's geography is unknown: every place may fit.
  if (doc.context.conflicts.empty()) return;
  const std::set<std::string> countries = report_countries(doc, lex);
  for (auto& inc : incidents) {
    std::vector<PlaceRef> kept;
    for (auto& ref : inc.places) {
      if (!ref.place || countries.count(ref.place->country)) {
        kept.push_back(std::move(ref));
        continue;
      }
      const std::string before = ref.place->name + " (" + ref.place->country + ")";
      if (auto refit = refit_of(finder, ref.mention, countries)) {
        ref.rule += refit_note(before, *refit);
        ref.place = refit;
        kept.push_back(std::move(ref));
      } else {
        inc.provenance["place-dropped"] =
            ref.mention + ": " + before + " lies outside the report's countries";
      }
    }
    inc.places = std::move(kept);
  }
}

}  // namespace truce::extract
