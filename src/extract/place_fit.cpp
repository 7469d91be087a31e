// Refitting incident places to the report's geography; see place_fit.hpp.
#include "extract/place_fit.hpp"

#include <algorithm>
#include <set>

namespace truce::extract {
namespace {

// Candidates of a name looked at when its first choice lies outside the report's countries.
constexpr std::size_t kCandidates = 8;

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

}  // namespace

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
      std::optional<geo::Place> refit;
      for (const auto& cc : countries) {
        for (const auto& m : finder.candidates(ref.mention, cc, kCandidates)) {
          if (countries.count(m.place.country)) {
            refit = m.place;
            break;
          }
        }
        if (refit) break;
      }
      if (refit) {
        ref.rule += "; refit: " + before + " lies outside the report's countries, took " +
                    refit->name + " (" + refit->country + ")";
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
