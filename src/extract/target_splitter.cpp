// Splitting incidents by target; see target_splitter.hpp.
#include "extract/target_splitter.hpp"

#include <algorithm>
#include <string>

#include "geo/distance.hpp"

namespace truce::extract {
namespace {

constexpr double kSamePlaceKm = 10;

bool splittable(const Incident& inc) {
  return inc.type == "explosions_remote_violence" || inc.type == "violence_against_civilians";
}

// A town or village: only between such places does distance tell targets apart (a village
// in "Iran" is not another target than Iran).
bool settlement(const PlaceRef& p) { return p.place && p.place->precision == 1; }

bool near(const PlaceRef& a, const PlaceRef& b) {
  if (!a.place || !b.place) return false;
  return geo::distance_km(a.place->lat, a.place->lon, b.place->lat, b.place->lon) <= kSamePlaceKm;
}

bool inside(const Span& s, const Span& outer) {
  return s.begin >= outer.begin && s.end <= outer.end;
}

// True when only coordinating words lie between two place mentions: "X and Y", "X, Y",
// "X and the town of Y".
bool coordinated(const Document& doc, const Span& a, const Span& b) {
  bool joiner = false;
  // Tokens are in text order: read only those between the two mentions.
  auto from = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), a.end,
                               [](const text::Token& t, std::size_t at) { return t.begin < at; });
  for (auto it = from; it != doc.tokens.end() && it->begin < b.begin; ++it) {
    const auto& t = *it;
    if (t.begin < a.end || t.end > b.begin) continue;
    if (t.key == "and" || t.key == ",") {
      joiner = true;
    } else if (!(t.key == "the" || t.key == "of" || t.key == "also" || t.key == "city" ||
                 t.key == "town" || t.key == "village" || t.key == "district" ||
                 t.key == "region" || t.key == "settlement")) {
      return false;
    }
  }
  return joiner;
}

// The incident's places grouped by target (mentions of one place, or places within a few km).
std::vector<std::vector<PlaceRef>> targets(const std::vector<PlaceRef>& places) {
  std::vector<std::vector<PlaceRef>> groups;
  for (const auto& p : places) {
    bool placed = false;
    for (auto& g : groups) {
      if (near(g.front(), p)) {
        g.push_back(p);
        placed = true;
        break;
      }
    }
    if (!placed) groups.push_back({p});
  }
  return groups;
}

// For each evidence sentence, the indices of the spans that lie inside it, in their order. With
// the sentences in text order and apart (as the extractor makes them) each span is placed by a
// binary search, so a long incident costs its length, not its length squared (issue 11).
std::vector<std::vector<std::size_t>> by_sentence(const std::vector<Span>& evidence,
                                                  const std::vector<Span>& spans) {
  std::vector<std::vector<std::size_t>> out(evidence.size());
  bool ordered = true;
  for (std::size_t e = 0; e < evidence.size(); ++e) {
    ordered = ordered && evidence[e].begin <= evidence[e].end &&
              (e == 0 || evidence[e - 1].end <= evidence[e].begin);
  }
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const Span& s = spans[k];
    if (!ordered) {
      for (std::size_t e = 0; e < evidence.size(); ++e)
        if (inside(s, evidence[e])) out[e].push_back(k);
      continue;
    }
    // The sentences beginning at or before the span; of those, only the last ones can end
    // after it (an empty span on a boundary lies inside both sentences around it).
    const auto after =
        std::upper_bound(evidence.begin(), evidence.end(), s.begin,
                         [](std::size_t at, const Span& ev) { return at < ev.begin; });
    const auto e = static_cast<std::size_t>(after - evidence.begin());
    std::size_t first = e;
    while (first > 0 && evidence[first - 1].end >= s.end) --first;
    for (; first < e; ++first)
      if (inside(s, evidence[first])) out[first].push_back(k);
  }
  return out;
}

// Splits off the later evidence sentences that name only places far from the first one's.
std::vector<Incident> unjoin(const Incident& inc) {
  if (inc.evidence.size() < 2) return {inc};
  std::vector<Span> place_spans;
  for (const auto& p : inc.places) place_spans.push_back(p.span);
  const auto places_in = by_sentence(inc.evidence, place_spans);
  const auto triggers_in = by_sentence(inc.evidence, inc.triggers);
  // What a split-off incident starts from: the incident without its sentences, so that each
  // split does not copy the whole of a long incident.
  Incident shell = inc;
  shell.evidence.clear();
  shell.places.clear();
  shell.triggers.clear();
  std::vector<Incident> out{shell};
  out.reserve(inc.evidence.size());
  Incident& first = out.front();  // stays valid: reserved above
  first.evidence = {inc.evidence.front()};
  for (std::size_t k : places_in[0]) first.places.push_back(inc.places[k]);
  for (std::size_t k : triggers_in[0]) first.triggers.push_back(inc.triggers[k]);
  for (std::size_t e = 1; e < inc.evidence.size(); ++e) {
    const Span& ev = inc.evidence[e];
    std::vector<PlaceRef> own;
    for (std::size_t k : places_in[e]) own.push_back(inc.places[k]);
    bool far = !own.empty() && !first.places.empty();
    // The first sentence's places grow with every sentence kept with it: stop at the first
    // place that is not far.
    for (std::size_t a = 0; far && a < own.size(); ++a) {
      for (std::size_t b = 0; far && b < first.places.size(); ++b) {
        far = settlement(own[a]) && settlement(first.places[b]) && !near(own[a], first.places[b]);
      }
    }
    Incident& into = far ? out.emplace_back(shell) : out.front();
    if (far) {
      into.evidence = {ev};
      into.places = own;
      into.fatalities.reset();
      into.injuries.reset();
      into.provenance["split"] = "sentence names another place";
    } else {
      into.evidence.push_back(ev);
      for (const auto& p : own) into.places.push_back(p);
    }
    for (std::size_t k : triggers_in[e]) into.triggers.push_back(inc.triggers[k]);
  }
  if (out.size() > 1 || inc.places.empty()) return out;
  return {inc};
}

}  // namespace

void split_targets(const Document& doc, std::vector<Incident>& incidents) {
  std::vector<Incident> out;
  for (const auto& whole : incidents) {
    if (!splittable(whole)) {
      out.push_back(whole);
      continue;
    }
    for (auto& inc : unjoin(whole)) {
      // Only places linked from the text (not the document's focus) and in the first sentence.
      std::vector<PlaceRef> first_sentence;
      for (const auto& p : inc.places)
        if (!p.span.empty() && inside(p.span, inc.evidence.front())) first_sentence.push_back(p);
      auto groups = targets(first_sentence);
      bool split = groups.size() > 1;
      for (const auto& p : first_sentence) split = split && settlement(p);
      for (std::size_t g = 1; split && g < groups.size(); ++g)
        split = coordinated(doc, groups[g - 1].back().span, groups[g].front().span);
      if (!split) {
        out.push_back(std::move(inc));
        continue;
      }
      for (std::size_t g = 0; g < groups.size(); ++g) {
        Incident part = inc;
        part.places = groups[g];
        if (g > 0) {
          part.fatalities.reset();
          part.injuries.reset();
        }
        part.provenance["split"] = "coordinated targets";
        out.push_back(std::move(part));
      }
    }
  }
  for (std::size_t i = 0; i < out.size(); ++i) out[i].id = std::to_string(i + 1);
  incidents = std::move(out);
}

}  // namespace truce::extract
