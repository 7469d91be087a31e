// Incident tolls from casualty claims; see incident_tolls.hpp.
#include "extract/incident_tolls.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "extract/filters.hpp"
#include "extract/incident_extractor.hpp"
#include "extract/incident_sites.hpp"
#include "extract/trigger_index.hpp"

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
std::vector<Incident*> triggered_in(std::vector<Incident>& incidents, const TriggerIndex& triggers,
                                    const Span& sentence, std::size_t at) {
  std::vector<std::pair<std::size_t, Incident*>> found;  // in the incidents' order
  for (const auto& tr : triggers.inside(sentence)) {
    const std::size_t g = tr.span.begin > at ? tr.span.begin - at : at - tr.span.begin;
    Incident* inc = &incidents[tr.incident];
    if (found.empty() || found.back().second != inc) {
      found.emplace_back(g, inc);
    } else {
      found.back().first = std::min(found.back().first, g);
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Incident*> out;
  for (const auto& f : found) out.push_back(f.second);
  return out;
}

// The incidents by where their last evidence sentence begins, kept up to date as sentences
// join an incident's evidence, so that finding those that end before a sentence reads only
// them (issue 11: cost linear in the input).
class LastEvidence {
 public:
  explicit LastEvidence(std::vector<Incident>& incidents) : incidents_(incidents) {
    // Every sentence of the evidence: a sentence that retells the incident later
    // ("the helicopter was downed by mistake") leaves the count after its first telling its own.
    for (std::size_t i = 0; i < incidents.size(); ++i) {
      for (const Span& e : incidents[i].evidence) by_begin_[e.begin].insert(i);
    }
  }
  // The incidents whose evidence holds the sentence before `sentence` (or `sentence` itself),
  // in their order.
  // A sentence between that tells of no incident and gives no day ("The patients were moved to
  // the basement.") is passed over.
  std::vector<Incident*> ending_before(const Document& doc, const TriggerIndex& triggers,
                                       std::size_t sentence) const {
    std::vector<Incident*> out;
    if (sentence == 0) return out;
    std::set<std::size_t> found;
    std::vector<std::size_t> starts{doc.sentence_span(sentence - 1).begin,
                                    doc.sentence_span(sentence).begin};
    const Span between = doc.sentence_span(sentence - 1);
    if (sentence >= 2 && !by_begin_.contains(between.begin) && triggers.inside(between).empty() &&
        doc.sentences[sentence - 1].dates.empty() &&
        doc.sentences[sentence - 2].sentence.paragraph ==
            doc.sentences[sentence].sentence.paragraph)
      starts.push_back(doc.sentence_span(sentence - 2).begin);
    for (const std::size_t at : starts) {
      if (const auto it = by_begin_.find(at); it != by_begin_.end())
        found.insert(it->second.begin(), it->second.end());
    }
    for (const std::size_t i : found) out.push_back(&incidents_[i]);
    return out;
  }
  void add_evidence(Incident& inc, const Span& sentence) {
    const auto i = static_cast<std::size_t>(&inc - incidents_.data());
    inc.evidence.push_back(sentence);
    by_begin_[sentence.begin].insert(i);
  }

 private:
  std::vector<Incident>& incidents_;
  std::map<std::size_t, std::set<std::size_t>> by_begin_;
};

bool same_place(const PlaceRef& a, const PlaceRef& b) {
  return a.place && b.place && a.place->lat == b.place->lat && a.place->lon == b.place->lon;
}

// The report's places by where they begin, so that a sentence reads only its own places.
class PlacesByBegin {
 public:
  explicit PlacesByBegin(const std::vector<PlaceRef>& places) : places_(places) {
    for (std::size_t i = 0; i < places.size(); ++i) order_.push_back(i);
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
      return places[a].span.begin < places[b].span.begin;
    });
  }
  // The place inside `sentence` nearest to byte `at` (the first of the places given, on a tie).
  const PlaceRef* nearest(const Span& sentence, std::size_t at) const {
    auto it =
        std::lower_bound(order_.begin(), order_.end(), sentence.begin,
                         [&](std::size_t i, std::size_t b) { return places_[i].span.begin < b; });
    std::optional<std::pair<std::size_t, std::size_t>> best;  // (gap, index)
    for (; it != order_.end() && places_[*it].span.begin <= sentence.end; ++it) {
      const PlaceRef& p = places_[*it];
      if (!p.place || !inside(p.span, sentence)) continue;
      const std::size_t gap = p.span.begin > at ? p.span.begin - at : at - p.span.begin;
      best = std::min(best.value_or(std::pair{gap, *it}), std::pair{gap, *it});
    }
    return best ? &places_[best->second] : nullptr;
  }

 private:
  const std::vector<PlaceRef>& places_;
  std::vector<std::size_t> order_;
};

// "struck Stepanakert and Martakert ... A woman was killed in Martakert": of an attack split
// by target, the dead belong to the part whose place the count's sentence names nearest to it.
Incident* by_place(const std::vector<Incident*>& candidates, const PlacesByBegin& places,
                   const Span& sentence, std::size_t at) {
  const PlaceRef* nearest = places.nearest(sentence, at);
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

// "Two projectiles fell in an open area, causing no injuries": a toll of nobody is 0, not
// unknown (cue classes no_casualties and no_deaths in the incident's sentences).
void zero_tolls(const Document& doc, std::vector<Incident>& incidents) {
  for (auto& inc : incidents) {
    for (const Span& e : inc.evidence) {
      const SentenceView& v = doc.sentences[doc.sentence_of(e.begin)];
      const bool nobody = !cues_in(*doc.lex, doc, "no_casualties", v.first, v.last).empty();
      const bool none_died =
          nobody || !cues_in(*doc.lex, doc, "no_deaths", v.first, v.last).empty();
      if (none_died && !inc.fatalities) {
        inc.fatalities = 0;
        inc.provenance["fatalities"] = nobody ? "cues.tsv:no_casualties" : "cues.tsv:no_deaths";
      }
      if (nobody && !inc.injuries) {
        inc.injuries = 0;
        inc.provenance["injuries"] = "cues.tsv:no_casualties";
      }
    }
  }
}

}  // namespace

std::vector<const LossClaim*> fill_tolls(const Document& doc, std::vector<Incident>& incidents,
                                         const std::vector<LossClaim>& claims,
                                         const std::vector<PlaceRef>& places) {
  std::vector<const LossClaim*> unplaced;  // counts no incident takes: perhaps sites of their own
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
    // "Grad rockets fell on the villages. In result 1 person died": the civilians a later
    // sentence counts are the strike's target, not the enemy inferred for it.
    if (c.category == "civilians" && inc.type == "explosions_remote_violence" &&
        (!inc.actor2 || inc.actor2->rule == "opponent" || inc.actor2->rule == "claimant")) {
      inc.actor2 = side_ref("civilians", "civilian-casualties");
      inc.provenance["actor2"] = inc.actor2->rule;
    }
  };
  const TriggerIndex triggers(incidents);
  const PlacesByBegin places_by_begin(places);
  LastEvidence last_evidence(incidents);
  for (const auto& c : claims) {
    if (!casualty_claim(doc, c)) continue;
    const std::size_t si = doc.sentence_of(c.evidence.begin);
    const Span sentence = doc.sentence_span(si);
    std::vector<Incident*> candidates = triggered_in(incidents, triggers, sentence, c.item.begin);
    const bool own_sentence = !candidates.empty();
    if (!own_sentence) {
      if (!doc.sentences[si].dates.empty()) {  // another day: another event
        unplaced.push_back(&c);
        continue;
      }
      candidates = last_evidence.ending_before(doc, triggers, si);
    }
    std::erase_if(candidates,
                  [&](const Incident* inc) { return inc->claimant.side != c.claimant.side; });
    if (candidates.empty()) {
      if (!own_sentence) unplaced.push_back(&c);
      continue;
    }
    Incident* chosen = by_place(candidates, places_by_begin, sentence, c.item.begin);
    if (chosen) move_from_siblings(candidates, *chosen, c);
    // "Israeli strikes hit two villages. Five people were killed in Haris": a count at a town
    // none of the incidents just told is at is a site of its own (incident_sites).
    if (!chosen && !own_sentence) {
      if (const PlaceRef* site = located_at(doc, places, sentence, c.item.begin);
          site && !at_any(candidates, *site)) {
        unplaced.push_back(&c);
        continue;
      }
    }
    if (!chosen) chosen = own_sentence ? candidates.front() : candidates.back();
    fill(*chosen, c, own_sentence ? "sentence-claims" : "next-sentence-claims");
    if (!own_sentence && chosen->evidence.back().begin != sentence.begin)
      last_evidence.add_evidence(*chosen, sentence);
  }
  zero_tolls(doc, incidents);
  return unplaced;
}

}  // namespace truce::extract
