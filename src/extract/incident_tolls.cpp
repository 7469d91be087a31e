// Incident tolls from casualty claims; see incident_tolls.hpp.
#include "extract/incident_tolls.hpp"

#include <algorithm>
#include <cctype>
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

// A town or district the count's clause names right after a locative word ("five people were
// killed in Haris"), or nullptr: only such a place can be an attack's other site.
const PlaceRef* located_at(const Document& doc, const std::vector<PlaceRef>& places,
                           const Span& sentence, std::size_t at) {
  const std::string_view body = doc.report->body;
  const PlaceRef* nearest = nullptr;
  for (const auto& p : places) {
    // A name the index lacks, placed at a town near it in the text, is no site of its own.
    const bool guessed = p.rule.ends_with(":fallback") || p.rule.ends_with(":part");
    if (!p.place || guessed || p.place->precision > 2 || !inside(p.span, sentence) ||
        p.span.begin < at)
      continue;
    std::size_t w = p.span.begin;
    while (w > sentence.begin && body[w - 1] == ' ') --w;
    std::size_t s = w;
    while (s > sentence.begin && std::isalpha(static_cast<unsigned char>(body[s - 1]))) --s;
    const std::string_view word = body.substr(s, w - s);
    if (word != "in" && word != "at" && word != "near") continue;
    if (!nearest || p.span.begin < nearest->span.begin) nearest = &p;
  }
  return nearest;
}

// The incident of `side` told last in the few sentences before sentence `si`, or nullptr.
constexpr std::size_t kSiteLookback = 3;
Incident* told_shortly_before(const Document& doc, std::vector<Incident>& incidents, std::size_t si,
                              const std::string& side) {
  Incident* last = nullptr;
  std::size_t last_begin = 0;
  const std::size_t from = si > kSiteLookback ? si - kSiteLookback : 0;
  const Span self = doc.sentence_span(si);
  for (auto& inc : incidents) {
    if (inc.evidence.empty() || inc.claimant.side != side) continue;
    const std::size_t begin = inc.evidence.back().begin;
    if (begin >= self.begin || begin < doc.sentence_span(from).begin) continue;
    if (!last || begin > last_begin) {
      last = &inc;
      last_begin = begin;
    }
  }
  return last;
}

// "Israeli strikes hit two villages, killing 11. Five people were killed in Haris": a count in
// a sentence of no incident, at a place none of the incidents just told is at, is that attack's
// toll at another site: an incident of its own, like the last one told but for place and toll.
Incident* at_another_site(const Document& doc, std::vector<Incident>& incidents,
                          const std::vector<Incident*>& candidates,
                          const std::vector<PlaceRef>& places, const Span& sentence,
                          const LossClaim& c) {
  const PlaceRef* site = located_at(doc, places, sentence, c.item.begin);
  if (!site) return nullptr;
  for (const Incident* inc : candidates)
    for (const auto& p : inc->places)
      if (same_place(p, *site)) return nullptr;
  Incident copy = *candidates.back();
  copy.places = {*site};
  copy.places.front().rule = "casualty-site";
  copy.fatalities.reset();
  copy.injuries.reset();
  copy.evidence = {sentence};
  copy.triggers = {c.item};
  copy.provenance["type"] = "casualty-at-another-site";
  copy.provenance["place"] = "casualty-site";
  copy.id = std::to_string(incidents.size() + 1);
  incidents.push_back(std::move(copy));
  return &incidents.back();
}

// The longest span of days a count of one incident may cover ("in the past 24 hours", "over
// the weekend").
constexpr int kOneIncidentDays = 3;

// "Two civilians were wounded in Vardenis", "an Israeli soldier was killed in Rafah": a count
// at a town of its own, in a sentence that tells no incident and continues none, is an incident
// of its own: its victims and toll from the count, its kind from the incident told last before
// it (nullptr when the report told none).
Incident* casualty_of_its_own(const Document& doc, std::vector<Incident>& incidents,
                              const std::vector<PlaceRef>& places, const Span& sentence,
                              const LossClaim& c) {
  const PlaceRef* site = located_at(doc, places, sentence, c.item.begin);
  if (!site) return nullptr;
  // Counts over a span of days ("between 7 October 2023 and 19 January 2025") are a running
  // total, not one incident.
  const auto& dates = doc.sentences[doc.sentence_of(sentence.begin)].dates;
  if (!dates.empty()) {
    long first = dates.front().begin.days(), last = dates.front().end.days();
    for (const auto& d : dates) {
      first = std::min(first, d.begin.days());
      last = std::max(last, d.end.days());
    }
    if (last - first > kOneIncidentDays) return nullptr;
  }
  // Its kind is that of an incident told at the same place (by another source), else of the
  // one told last.
  const Incident* model = nullptr;
  bool model_here = false;
  for (const auto& inc : incidents) {
    if (inc.evidence.empty() || inc.evidence.front().begin >= sentence.begin) continue;
    const bool here = std::any_of(inc.places.begin(), inc.places.end(),
                                  [&](const PlaceRef& p) { return same_place(p, *site); });
    if (!model || (here && !model_here) ||
        (here == model_here && inc.evidence.front().begin > model->evidence.front().begin)) {
      model = &inc;
      model_here = here;
    }
  }
  if (!model) return nullptr;
  Incident own;
  own.type = model->type;
  own.sub_event = model->sub_event;
  own.plover = model->plover;
  ActorRef victims;
  victims.name = std::string(doc.report->body.substr(c.item.begin, c.item.end - c.item.begin));
  victims.side = c.category == "civilians" ? "civilians" : c.about;
  victims.kind = c.category;
  victims.span = c.item;
  victims.rule = "casualty-victims";
  own.actor2 = victims;
  own.places = {*site};
  own.places.front().rule = "casualty-site";
  own.date = c.as_of;
  own.claimant = c.claimant;
  own.evidence = {sentence};
  own.triggers = {c.item};
  own.confidence = 0.5;
  own.provenance["type"] = "casualty-of-its-own";
  own.provenance["place"] = "casualty-site";
  own.provenance["actor2"] = "casualty-victims";
  own.id = std::to_string(incidents.size() + 1);
  incidents.push_back(std::move(own));
  return &incidents.back();
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
    // A count on another day than the incidents before tells another event.
    const bool dated = !doc.sentences[si].dates.empty();
    if (!own_sentence && !dated) candidates = ending_before(doc, incidents, si);
    std::erase_if(candidates,
                  [&](const Incident* inc) { return inc->claimant.side != c.claimant.side; });
    if (candidates.empty() && !own_sentence) {
      // No incident just before: the count may still be another site of one told a little
      // earlier in the report, or, at a town of its own, an incident of its own.
      Incident* site = nullptr;
      Incident* last = dated ? nullptr : told_shortly_before(doc, incidents, si, c.claimant.side);
      if (last) site = at_another_site(doc, incidents, {last}, places, sentence, c);
      if (!site) site = casualty_of_its_own(doc, incidents, places, sentence, c);
      if (site) {
        had.emplace_back(false, false);
        fill(*site, c, site->provenance.at("type"));
      }
      continue;
    }
    if (candidates.empty()) continue;
    Incident* chosen = by_place(candidates, places, sentence, c.item.begin);
    if (chosen) move_from_siblings(candidates, *chosen, c);
    // "... five were killed in Haris and four more in Tallousa": a sentence whose only incident
    // is another site of an earlier attack may name a further site.
    const bool only_sites =
        std::all_of(candidates.begin(), candidates.end(), [](const Incident* i) {
          const auto it = i->provenance.find("type");
          return it != i->provenance.end() && it->second == "casualty-at-another-site";
        });
    if (!chosen && (!own_sentence || only_sites)) {
      if (Incident* site = at_another_site(doc, incidents, candidates, places, sentence, c)) {
        had.emplace_back(false, false);
        fill(*site, c, "casualty-at-another-site");
        continue;
      }
    }
    if (!chosen) chosen = own_sentence ? candidates.front() : candidates.back();
    fill(*chosen, c, own_sentence ? "sentence-claims" : "next-sentence-claims");
    if (!own_sentence && chosen->evidence.back().begin != sentence.begin)
      chosen->evidence.push_back(sentence);
  }
}

}  // namespace truce::extract
