// Incident tolls from casualty claims; see incident_tolls.hpp.
#include "extract/incident_tolls.hpp"

#include <algorithm>
#include <optional>

#include "extract/filters.hpp"

namespace truce::extract {
namespace {

bool inside(const Span& inner, const Span& outer) {
  return inner.begin >= outer.begin && inner.end <= outer.end;
}

// A count of people killed or wounded that is not a running total, nor a party's count of the
// enemy it killed: "the enemy lost up to 40 servicemen" is a claim for the ledger, not the toll
// of one incident.
bool casualty_claim(const Document& doc, const LossClaim& c) {
  if (belligerent(doc, c.claimant.side) && c.about == opponent_of(doc, c.claimant.side))
    return false;
  return (c.measure == "killed" || c.measure == "wounded") &&
         (c.category == "civilians" || c.category == "personnel") && !c.cumulative;
}

// The incidents with a trigger in `sentence`, nearest to `at` first.
std::vector<Incident*> triggered_in(std::vector<Incident>& incidents, const Span& sentence,
                                    std::size_t at) {
  std::vector<std::pair<std::size_t, Incident*>> found;
  for (auto& inc : incidents) {
    std::optional<std::size_t> gap;
    for (const auto& tr : inc.triggers) {
      if (!inside(tr, sentence)) continue;
      const std::size_t g = tr.begin > at ? tr.begin - at : at - tr.begin;
      gap = std::min(gap.value_or(g), g);
    }
    if (gap) found.emplace_back(*gap, &inc);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Incident*> out;
  for (const auto& f : found) out.push_back(f.second);
  return out;
}

// The incidents whose evidence ends with the sentence before `sentence`.
std::vector<Incident*> ending_before(const Document& doc, std::vector<Incident>& incidents,
                                     std::size_t sentence) {
  std::vector<Incident*> out;
  if (sentence == 0) return out;
  const Span before = doc.sentence_span(sentence - 1);
  const Span self = doc.sentence_span(sentence);
  for (auto& inc : incidents) {
    if (inc.evidence.empty()) continue;
    const std::size_t last = inc.evidence.back().begin;
    if (last == before.begin || last == self.begin) out.push_back(&inc);
  }
  return out;
}

bool same_place(const PlaceRef& a, const PlaceRef& b) {
  return a.place && b.place && a.place->lat == b.place->lat && a.place->lon == b.place->lon;
}

// "struck Stepanakert and Martakert ... A woman was killed in Martakert": of an attack split
// by target, the dead belong to the part whose place the count's sentence names nearest to it.
Incident* by_place(const std::vector<Incident*>& candidates, const std::vector<PlaceRef>& places,
                   const Span& sentence, std::size_t at) {
  const PlaceRef* nearest = nullptr;
  std::size_t best = 0;
  for (const auto& p : places) {
    if (!p.place || !inside(p.span, sentence)) continue;
    const std::size_t gap = p.span.begin > at ? p.span.begin - at : at - p.span.begin;
    if (!nearest || gap < best) {
      nearest = &p;
      best = gap;
    }
  }
  if (!nearest) return nullptr;
  for (Incident* inc : candidates) {
    for (const auto& p : inc->places)
      if (same_place(p, *nearest)) return inc;
  }
  return nullptr;
}

// The parts of an attack split by target all start with the whole sentence's toll on the
// first part; a count that names its part's place moves there.
void move_from_siblings(const std::vector<Incident*>& candidates, Incident& chosen,
                        const LossClaim& c) {
  const bool killed = c.measure == "killed";
  for (Incident* other : candidates) {
    if (other == &chosen || !other->provenance.count("split")) continue;
    std::optional<long>& field = killed ? other->fatalities : other->injuries;
    if (field && *field == static_cast<long>(c.value)) {
      field.reset();
      (killed ? chosen.fatalities : chosen.injuries) = static_cast<long>(c.value);
      chosen.provenance[killed ? "fatalities" : "injuries"] = "split-part-place";
    }
  }
}

// Keeps the larger count, as the incident extractor does: "four people, including two
// children" counts four.
void take(std::optional<long>& field, double value) {
  field = std::max(field.value_or(0), static_cast<long>(value));
}

}  // namespace

void fill_tolls(const Document& doc, std::vector<Incident>& incidents,
                const std::vector<LossClaim>& claims, const std::vector<PlaceRef>& places) {
  // Which fields each incident had before: only those left unset are filled.
  std::vector<std::pair<bool, bool>> had;
  for (const auto& inc : incidents)
    had.emplace_back(inc.fatalities.has_value(), inc.injuries.has_value());
  auto fill = [&](Incident& inc, const LossClaim& c, const std::string& rule) {
    const std::size_t n = static_cast<std::size_t>(&inc - incidents.data());
    const bool killed = c.measure == "killed";
    if (killed ? had[n].first : had[n].second) return;
    take(killed ? inc.fatalities : inc.injuries, c.value);
    inc.provenance[killed ? "fatalities" : "injuries"] = rule;
  };
  for (const auto& c : claims) {
    if (!casualty_claim(doc, c)) continue;
    const std::size_t si = doc.sentence_of(c.evidence.begin);
    const Span sentence = doc.sentence_span(si);
    std::vector<Incident*> candidates = triggered_in(incidents, sentence, c.item.begin);
    const bool own_sentence = !candidates.empty();
    if (!own_sentence) {
      if (!doc.sentences[si].dates.empty()) continue;  // another day: another event
      candidates = ending_before(doc, incidents, si);
    }
    std::erase_if(candidates,
                  [&](const Incident* inc) { return inc->claimant.side != c.claimant.side; });
    if (candidates.empty()) continue;
    Incident* chosen = by_place(candidates, places, sentence, c.item.begin);
    if (chosen) move_from_siblings(candidates, *chosen, c);
    if (!chosen) chosen = own_sentence ? candidates.front() : candidates.back();
    fill(*chosen, c, own_sentence ? "sentence-claims" : "next-sentence-claims");
    if (!own_sentence && chosen->evidence.back().begin != sentence.begin)
      chosen->evidence.push_back(sentence);
  }
}

}  // namespace truce::extract
