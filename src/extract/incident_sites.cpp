// Incidents that casualty counts tell at sites of their own; see incident_sites.hpp.
#include "extract/incident_sites.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <optional>

namespace truce::extract {
namespace {

bool inside(const Span& inner, const Span& outer) {
  return inner.begin >= outer.begin && inner.end <= outer.end;
}

bool same_place(const PlaceRef& a, const PlaceRef& b) {
  return a.place && b.place && a.place->lat == b.place->lat && a.place->lon == b.place->lon;
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
Incident* at_another_site(const Document& doc, std::deque<Incident>& sites,
                          const std::vector<Incident*>& candidates,
                          const std::vector<PlaceRef>& places, const Span& sentence,
                          const LossClaim& c) {
  const PlaceRef* site = located_at(doc, places, sentence, c.item.begin);
  if (!site || at_any(candidates, *site)) return nullptr;
  Incident copy = *candidates.back();
  copy.places = {*site};
  copy.places.front().rule = "casualty-site";
  copy.fatalities.reset();
  copy.injuries.reset();
  copy.evidence = {sentence};
  copy.triggers = {c.item};
  copy.provenance["type"] = "casualty-at-another-site";
  copy.provenance["place"] = "casualty-site";
  sites.push_back(std::move(copy));
  return &sites.back();
}

// The longest span of days a count of one incident may cover ("in the past 24 hours", "over
// the weekend").
constexpr int kOneIncidentDays = 3;

// "Two civilians were wounded in Vardenis", "an Israeli soldier was killed in Rafah": a count
// at a town of its own, in a sentence that tells no incident and continues none, is an incident
// of its own: its victims and toll from the count, its kind from the incident told last before
// it (nullptr when the report told none).
Incident* casualty_of_its_own(const Document& doc, const std::vector<Incident>& incidents,
                              std::deque<Incident>& sites, const std::vector<PlaceRef>& places,
                              const Span& sentence, const LossClaim& c) {
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
  sites.push_back(std::move(own));
  return &sites.back();
}

// Keeps the larger count, as the incident extractor does.
void take(Incident& inc, const LossClaim& c, const std::string& rule) {
  const bool killed = c.measure == "killed";
  std::optional<long>& field = killed ? inc.fatalities : inc.injuries;
  field = std::max(field.value_or(0), static_cast<long>(c.value));
  inc.provenance[killed ? "fatalities" : "injuries"] = rule;
}

}  // namespace

// How many words before "in" a hospital or a verb of evacuation may stand ("taken to the
// general hospital in Bule").
constexpr std::size_t kTreatmentReach = 5;

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
    // "taken to the general hospital in Bule": where the wounded were treated, not where
    // they were hit (cue class treatment_place).
    const std::size_t ti = doc.token_of(s);
    if (ti < doc.tokens.size() && !cues_in(*doc.lex, doc, "treatment_place",
                                           ti > kTreatmentReach ? ti - kTreatmentReach : 0, ti)
                                       .empty())
      continue;
    if (!nearest || p.span.begin < nearest->span.begin) nearest = &p;
  }
  return nearest;
}

bool at_any(const std::vector<Incident*>& incidents, const PlaceRef& place) {
  return std::any_of(incidents.begin(), incidents.end(), [&](const Incident* inc) {
    return std::any_of(inc->places.begin(), inc->places.end(),
                       [&](const PlaceRef& p) { return same_place(p, place); });
  });
}

void add_sites(const Document& doc, std::vector<Incident>& incidents,
               const std::vector<const LossClaim*>& unplaced, const std::vector<PlaceRef>& places) {
  std::deque<Incident> sites;  // appended to the incidents at the end: their places stay put
  for (const LossClaim* c : unplaced) {
    const std::size_t si = doc.sentence_of(c->evidence.begin);
    const Span sentence = doc.sentence_span(si);
    // "... five were killed in Haris and four more in Tallousa": sites this sentence made.
    std::vector<Incident*> here;
    for (auto& s : sites)
      if (s.evidence.front().begin == sentence.begin && s.claimant.side == c->claimant.side)
        here.push_back(&s);
    if (!here.empty()) {
      const PlaceRef* site = located_at(doc, places, sentence, c->item.begin);
      if (!site) continue;
      Incident* same = nullptr;
      for (Incident* s : here)
        if (at_any({s}, *site)) same = s;
      if (same) {
        take(*same, *c, same->provenance.at("type"));
      } else if (Incident* s = at_another_site(doc, sites, here, places, sentence, *c)) {
        take(*s, *c, "casualty-at-another-site");
      }
      continue;
    }
    const bool dated = !doc.sentences[si].dates.empty();
    Incident* site = nullptr;
    if (Incident* last =
            dated ? nullptr : told_shortly_before(doc, incidents, si, c->claimant.side))
      site = at_another_site(doc, sites, {last}, places, sentence, *c);
    if (!site) site = casualty_of_its_own(doc, incidents, sites, places, sentence, *c);
    if (site) take(*site, *c, site->provenance.at("type"));
  }
  for (auto& s : sites) {
    s.id = std::to_string(incidents.size() + 1);
    incidents.push_back(std::move(s));
  }
}

}  // namespace truce::extract
