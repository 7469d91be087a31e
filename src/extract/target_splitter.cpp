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

// Splits off the later evidence sentences that name only places far from the first one's.
std::vector<Incident> unjoin(const Incident& inc) {
  if (inc.evidence.size() < 2) return {inc};
  std::vector<Incident> out{inc};
  out.reserve(inc.evidence.size());
  Incident& first = out.front();  // stays valid: reserved above
  first.evidence = {inc.evidence.front()};
  first.places.clear();
  first.triggers.clear();
  for (const auto& p : inc.places)
    if (inside(p.span, inc.evidence.front())) first.places.push_back(p);
  for (const auto& t : inc.triggers)
    if (inside(t, inc.evidence.front())) first.triggers.push_back(t);
  for (std::size_t e = 1; e < inc.evidence.size(); ++e) {
    const Span& ev = inc.evidence[e];
    std::vector<PlaceRef> own;
    for (const auto& p : inc.places)
      if (inside(p.span, ev)) own.push_back(p);
    bool far = !own.empty() && !first.places.empty();
    for (const auto& p : own)
      for (const auto& q : first.places) far = far && settlement(p) && settlement(q) && !near(p, q);
    Incident& into = far ? out.emplace_back(inc) : out.front();
    if (far) {
      into.evidence = {ev};
      into.places = own;
      into.triggers.clear();
      into.fatalities.reset();
      into.injuries.reset();
      into.provenance["split"] = "sentence names another place";
    } else {
      into.evidence.push_back(ev);
      for (const auto& p : own) into.places.push_back(p);
    }
    for (const auto& t : inc.triggers)
      if (inside(t, ev)) into.triggers.push_back(t);
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
