// See implied_attacker.hpp.
#include "extract/implied_attacker.hpp"

#include <algorithm>
#include <set>

#include "extract/incident_extractor.hpp"

namespace truce::extract {
namespace {

std::set<std::string> countries_of(const Lexicons& lex, const std::vector<std::string>& camp) {
  std::set<std::string> out;
  for (const auto& s : camp) {
    const auto it = lex.sides.find(s);
    if (it != lex.sides.end() && !it->second.country.empty()) out.insert(it->second.country);
  }
  return out;
}

// The most named party of the camp that fights the camp holding `country` in the report's
// conflicts; empty when no conflict of the report has exactly one camp there.
std::string attacker_of(const Document& doc, const Lexicons& lex, const std::string& country) {
  for (const ConflictEntry* c : doc.context.conflicts) {
    const auto a = countries_of(lex, c->camp_a);
    const auto b = countries_of(lex, c->camp_b);
    if (a.empty() || b.empty() || a.count(country) == b.count(country)) continue;
    const auto& holders = a.count(country) ? c->camp_a : c->camp_b;
    const auto enemies = doc.context.enemies(lex, holders.front());
    if (!enemies.empty()) return enemies.front();
  }
  return {};
}

// "a military jet bombed the market": the one party of the report's conflicts that flies combat
// aircraft (data/conflicts.tsv, column aircraft); "a drone strike hit the camp": the one that
// flies armed drones (column drones). Empty when the sentence names neither, or several parties
// fly them.
std::string air_power(const Document& doc, const Lexicons& lex, const Incident& inc) {
  if (inc.triggers.empty()) return {};
  const std::size_t si = doc.sentence_of(inc.triggers.front().begin);
  if (si == doc.sentences.size()) return {};
  const SentenceView& v = doc.sentences[si];
  const bool aircraft = !cues_in(lex, doc, "aircraft", v.first, v.last).empty();
  if (!aircraft && cues_in(lex, doc, "drone", v.first, v.last).empty()) return {};
  for (const ConflictEntry* c : doc.context.conflicts) {
    const auto& fliers = aircraft ? c->aircraft : c->drones;
    if (fliers.size() == 1) return fliers.front();
    if (!fliers.empty()) return {};
  }
  return {};
}

// Of the camp that fights `attacker`, the one party whose country is `country`; empty when no
// party or several hold it.
std::string holder_among_enemies(const Document& doc, const Lexicons& lex,
                                 const std::string& attacker, const std::string& country) {
  std::string found;
  for (const ConflictEntry* c : doc.context.conflicts) {
    for (const auto& party : c->enemies_of(attacker)) {
      const auto it = lex.sides.find(party);
      if (it == lex.sides.end() || it->second.country != country) continue;
      if (!found.empty() && found != party) return {};
      found = party;
    }
  }
  return found;
}

// How far after a town's name a noun of area may make it a district ("the X and Y areas").
constexpr std::size_t kAreaNounReach = 7;

// "fired rockets at Stepanakert", "shelled the centre of Kherson": a town is what the attack's
// trigger hit when only weapons and words of the cue class town_object stand between them.
bool town_is_object(const Document& doc, const Lexicons& lex, const Incident& inc) {
  if (inc.places.empty() || !inc.places.front().place || inc.triggers.empty()) return false;
  const PlaceRef& place = inc.places.front();
  if (place.place->kind != geo::PlaceKind::town || place.rule.find("fallback") != std::string::npos)
    return false;
  const std::size_t si = doc.sentence_of(place.span.begin);
  if (si == doc.sentences.size()) return false;
  const SentenceView& v = doc.sentences[si];
  const std::size_t at = doc.token_of(place.span.begin);
  // "shelled the Jabrayil and Fuzuli areas": districts of a front, not a town's streets.
  // A list of names may stand between ("the Tartar, Aghdam and Aghjabadi districts").
  for (std::size_t k = at + 1; k < v.last && k < at + kAreaNounReach; ++k) {
    if (doc.tokens[k].key == "," && k + 1 < v.last && doc.capitalised(k + 1)) continue;
    if (doc.tokens[k].kind == text::TokenKind::punct) break;
    if (doc.tokens[k].is_any({"area", "areas", "district", "districts", "region", "regions",
                              "direction", "directions", "sector", "front", "axis"}))
      return false;
  }
  for (const Span& trigger : inc.triggers) {
    if (doc.sentence_of(trigger.begin) != si || trigger.end > place.span.begin) continue;
    std::size_t k = doc.token_of(trigger.begin);
    while (k < at && doc.tokens[k].end <= trigger.end) ++k;
    while (k < at) {
      if (auto w = lex.cue("weapon").match_at(doc.tokens, k, at)) {
        k = w->last;
      } else if (word_of(lex, doc, "town_object", k)) {
        ++k;
      } else {
        break;
      }
    }
    if (k == at) return true;
  }
  return false;
}

// The side that held the incident's first place on its day by data/held_areas.tsv, when that
// side is a party to the report's conflicts; empty otherwise.
std::string held_by(const Document& doc, const Lexicons& lex, const Incident& inc) {
  const geo::Place& p = *inc.places.front().place;
  const std::string date =
      inc.date.iso.size() == 10 ? inc.date.iso : doc.report->published.iso.substr(0, 10);
  const std::string side = lex.holder_of(p.id, p.admin1, p.country, date);
  return !side.empty() && belligerent(doc, side) ? side : std::string();
}

}  // namespace

void infer_targets(const Document& doc, const Lexicons& lex, std::vector<Incident>& incidents) {
  for (auto& inc : incidents) {
    if (!inc.actor1 || !inc.actor2 || inc.actor2->rule != "opponent") continue;
    if (inc.type == "explosions_remote_violence" && town_is_object(doc, lex, inc)) {
      inc.actor2 = side_ref("civilians", "town-object");
      inc.provenance["actor2"] = "town-object";
      continue;
    }
    if (inc.places.empty() || !inc.places.front().place ||
        inc.places.front().rule.find("fallback") != std::string::npos)
      continue;
    std::string side = held_by(doc, lex, inc);
    const auto& enemies = doc.context.enemies(lex, inc.actor1->side);
    if (side.empty() || std::find(enemies.begin(), enemies.end(), side) == enemies.end())
      side = holder_among_enemies(doc, lex, inc.actor1->side, inc.places.front().place->country);
    if (side.empty() || side == inc.actor2->side) continue;
    // Gaza is Palestine's, but Hamas governs it: the party named stands.
    if (lex.sides.at(side).civil_authority == inc.actor2->side) continue;
    inc.actor2 = side_ref(side, "struck-country-target");
    inc.provenance["actor2"] = "struck-country-target";
  }
}

void infer_attackers(const Document& doc, const Lexicons& lex, std::vector<Incident>& incidents) {
  for (auto& inc : incidents) {
    if (inc.actor1) continue;
    if (inc.type != "explosions_remote_violence" && inc.type != "violence_against_civilians")
      continue;
    // A mine has no firer to infer: who laid it, and when, the place does not tell.
    if (inc.sub_event == "Remote explosive/landmine/IED") continue;
    std::string side, rule = "struck-country";
    // A fallback place stands in for a name the gazetteer lacks: no evidence of where it hit.
    const bool placed = !inc.places.empty() && inc.places.front().place &&
                        inc.places.front().rule.find("fallback") == std::string::npos;
    // "Shusha was shelled" while the Karabakh authorities held it: their enemy shelled it.
    if (const std::string holder = placed ? held_by(doc, lex, inc) : std::string();
        !holder.empty()) {
      side = opponent_of(doc, holder);
      rule = "held-place";
    } else if (placed) {
      side = attacker_of(doc, lex, inc.places.front().place->country);
    }
    if (side.empty()) {
      side = air_power(doc, lex, inc);
      rule = "air-power";
    }
    if (side.empty()) continue;
    if (inc.actor2 && lex.counts_as(inc.actor2->side) == lex.counts_as(side)) continue;
    inc.actor1 = side_ref(side, rule);
    inc.provenance["actor1"] = rule;
  }
}

}  // namespace truce::extract
