// Incident extraction: triggers of event patterns, filtered and typed, grouped by type and
// attribution segment, with roles (incident_roles.cpp), a date and the sentence's toll; a
// missing side of a battle is the other side's opponent.
#include "extract/incident_extractor.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "extract/ceasefire_finder.hpp"
#include "extract/filters.hpp"
#include "extract/incident_joins.hpp"
#include "extract/incident_roles.hpp"
#include "extract/sentence_casualties.hpp"
#include "extract/trigger_requirements.hpp"
#include "text/number_parser.hpp"

namespace truce::extract {
namespace {

// TRUCE_TRACE_FILTERS=1 prints to stderr why each dropped sentence or trigger is not an
// incident: for an analyst extending the lexicons ("why is this sentence not an incident?").
bool trace_filters() {
  static const bool on = [] {
    const char* v = std::getenv("TRUCE_TRACE_FILTERS");
    return v != nullptr && *v != '\0' && *v != '0';
  }();
  return on;
}

// How far after "repelled" the attack it repelled may stand ("repelled a large-scale Ukrainian
// attack").
constexpr std::size_t kRepelledObjectReach = 4;

// How many words from a generic "attack" a weapon word may stand and still be its means ("an
// attack near Hadrut and shot down two drones" is a clash).
constexpr std::size_t kWeaponReach = 6;
// How far after an attack its "with <weapons>" may stand.
constexpr std::size_t kWithWeaponReach = 14;
// How far after "cleared" its mines may stand ("cleared 15 hectares of territory and 3 km of
// roads of mines").
constexpr std::size_t kDeminingReach = 16;
// The reach of a remote-violence trigger: the whole sentence ("attacks ... accused of targeting").
constexpr std::size_t kTriggerReach = 1000;

// Where each weapon word (or remote-violence trigger) stands and how many words it reaches.
using WeaponReach = std::vector<std::pair<std::size_t, std::size_t>>;

// Weapons make a generic "attack" remote violence only near it: "fired rockets ... and is
// now conducting an offensive" is two events, and drones shot down are not the weapon.
WeaponReach weapons_in(const SentenceContext& s) {
  WeaponReach weapon_at;
  for (const auto& c : cues_in(s.lex, s.doc, "weapon", s.v.first, s.v.last))
    weapon_at.emplace_back(c.first, kWeaponReach);
  return weapon_at;
}

// Of the entries that list the words of `m`, the first whose required cue is there.
const EventPattern* pattern_of(const SentenceContext& s, const PhraseMatch& m) {
  for (int id : s.lex.pattern_matcher.ids_of(s.doc.tokens, m)) {
    const EventPattern& candidate = s.lex.patterns[static_cast<std::size_t>(id)];
    if (requirement_met(s.doc, s.lex, s.v, m, candidate)) return &candidate;
  }
  return nullptr;
}

// The pattern that stands for `m`: its own, else, where the longest match's pattern wants what
// the sentence lacks ("was hit" a building), the first pattern whose requirement is met that
// starts inside it ("Stepanakert was hit by rockets"), `m` narrowed to that match. An accusation
// inside ("ceasefire violations" that monitors observe) names no attacker. Null where none.
const EventPattern* standing_pattern(const SentenceContext& s, PhraseMatch& m) {
  if (const EventPattern* own = pattern_of(s, m)) return own;
  for (std::size_t k = m.first + 1; k < m.last; ++k) {
    const auto inner = s.lex.pattern_matcher.match_at(s.doc.tokens, k, s.v.last);
    const EventPattern* p = inner ? pattern_of(s, *inner) : nullptr;
    if (p && p->form != "accusation") {
      m = *inner;
      return p;
    }
  }
  return nullptr;
}

// How many words after a passive verb its "by" agent may stand ("was killed and two others
// were wounded by the sniper").
constexpr std::size_t kAgentReach = 10;

// True when "by" and an armed party's name follow the verb ending at `from` in its sentence.
bool armed_agent_after(const SentenceContext& s, std::size_t from) {
  const auto& t = s.doc.tokens;
  for (std::size_t k = from; k + 1 < s.v.last && k < from + kAgentReach; ++k) {
    if (t[k].is_any({".", ";"})) return false;
    if (t[k].key != "by") continue;
    for (const auto& a : s.v.actors) {
      if (a.first > k && a.first <= k + 2 && !a.side.empty() && a.side != "civilians" &&
          a.side != "media" && !a.locative)
        return true;
    }
    return false;
  }
  return false;
}

// False where the pattern's form or voice rules the trigger out.
bool pattern_stands(const SentenceContext& s, const PhraseMatch& m, const EventPattern& p,
                    bool violation_word) {
  const auto& t = s.doc.tokens;
  // An alleged violation is an incident only by its own pattern (form accusation).
  if (violation_word && p.form != "accusation") return false;
  if (p.form == "accusation" && !accusation_stands(s.doc, s.v, m)) return false;
  // A fallback verb ("troops killed 40 gunmen") is an incident only in the active voice
  // and only where nothing else in the sentence is one (checked in drop_secondary).
  // In the passive, only with an armed doer after "by" ("a citizen was killed ... by the
  // mercenaries' sniper").
  if (p.form == "fallback" && m.first > s.v.first &&
      t[m.first - 1].is_any({"was", "were", "been", "be", "is", "are", "being"}) &&
      !(t[m.first - 1].is_any({"was", "were"}) && armed_agent_after(s, m.last)))
    return false;
  // "no civilian facilities were hit", "said that no civilian was targeted": a negated subject
  // of what was hit, or of any event word in the passive.
  const bool passive = m.first > s.v.first && t[m.first - 1].is_any({"was", "were", "been"});
  if ((p.agent == "patient" || passive) && negated_subject(s.doc, s.lex, s.v, m.first))
    return false;
  // "Engineers cleared 15 hectares of territory of mines": demining takes back no town.
  if (p.sub_event == "Government regains territory" &&
      !cues_in(s.lex, s.doc, "demining", m.first, std::min(s.v.last, m.last + kDeminingReach))
           .empty())
    return false;
  // "Sappers have cleared more than 10,000 mines and unexploded shells": clearance that hurt
  // nobody is no attack; a mine that went off during it and killed is.
  if (!cues_in(s.lex, s.doc, "demining", s.v.first, s.v.last).empty() &&
      cues_in(s.lex, s.doc, "casualty_verb", s.v.first, s.v.last).empty())
    return false;
  // "the strikes destroyed an air defence system": what an attack told of did, not another; but
  // where that event word is neither told before nor an incident by itself ("Israeli strikes hit
  // Sanaa": "strikes" wants a casualty verb), the pair is the event.
  if (p.form == "fallback" && m.first > s.v.first) {
    for (std::size_t k = m.first; k-- > s.v.first && k + 3 > m.first;) {
      auto before = s.lex.pattern_matcher.match_at(t, k, m.first);
      if (!before || before->last != m.first) continue;
      const bool told = k > s.v.first && t[k - 1].is_any({"the", "this", "that", "these", "those"});
      if (told || pattern_of(s, *before)) return false;
    }
  }
  return true;
}

// Why the trigger filter rejects the trigger; empty where it passes. A denial it meets is
// recorded either way.
std::string trigger_rejection(const SentenceContext& s, const PhraseMatch& m, const EventPattern& p,
                              std::vector<Denial>& denials) {
  const bool noun = p.form == "noun";
  const bool battles_like = p.type == "battles" || p.type == "contextual";
  bool denied = false;
  const std::string why =
      trigger_filter(s.doc, s.lex, s.si, m.first, m.last, noun, battles_like, denied);
  if (denied) {
    Denial d;
    d.claimant = s.sa.at(m.first);
    d.denied = s.doc.span(m.first, clause_end(s.doc, s.lex, s.si, m.last));
    d.evidence = s.doc.sentence_span(s.si);
    denials.push_back(d);
  }
  if (!why.empty() && trace_filters())
    std::fprintf(stderr, "truce trace: trigger \"%s\" dropped (%s)\n",
                 s.doc.text(m.first, m.last).c_str(), why.c_str());
  return why;
}

// The attribution segment of the sentence that token `k` belongs to.
std::size_t segment_at(const SentenceContext& s, std::size_t k) {
  std::size_t seg = 0;
  for (std::size_t n = 0; n < s.sa.segments.size(); ++n)
    if (s.sa.segments[n].from <= k) seg = n;
  return seg;
}

Trigger trigger_of(const SentenceContext& s, const PhraseMatch& m, const EventPattern& p) {
  Trigger tr;
  tr.match = m;
  tr.pattern = &p;
  tr.type = p.type;
  tr.segment = segment_at(s, m.first);
  return tr;
}

// The event-pattern matches of the sentence that stand as triggers. A remote-violence trigger
// reaches the whole sentence as a weapon.
std::vector<Trigger> collect_triggers(const SentenceContext& s, WeaponReach& weapon_at,
                                      std::vector<Denial>& denials) {
  const auto& t = s.doc.tokens;
  std::vector<Trigger> triggers;
  // "The minister called the attack a massacre and said the militia was taking revenge",
  // "Russia said its jets struck only militant targets": after a reaction to an attack or a
  // stance on it, the sentence reports no other.
  bool reaction = false;
  // "a moratorium on strikes", "a halt to the fighting": hostilities a truce stops.
  const auto truces = ceasefire_mentions(s.doc, s.lex, s.v);
  for (auto m : s.lex.pattern_matcher.find_all(t, s.v.first, s.v.last)) {
    const EventPattern* p = standing_pattern(s, m);
    if (!p) continue;
    if (const ActorMention* a = actor_at(s.v, m.first); a && a->last >= m.last) continue;
    if (std::any_of(truces.begin(), truces.end(),
                    [&](const PhraseMatch& c) { return c.first <= m.first && m.last <= c.last; }))
      continue;
    // "the truce ... has been repeatedly breached": breaking a truce is an accusation, not a
    // breakthrough (the ceasefire finder records it).
    const bool violation_word =
        !truces.empty() && (!cues_in(s.lex, s.doc, "violation", m.first, m.last).empty() ||
                            s.lex.cue("violation").match_at(t, m.first, s.v.last));
    if (!pattern_stands(s, m, *p, violation_word)) continue;
    if (const std::string why = trigger_rejection(s, m, *p, denials); !why.empty()) {
      if (why == "reaction" || why == "stance") reaction = true;
      continue;
    }
    if (reaction) continue;
    if (p->type == "explosions_remote_violence") weapon_at.emplace_back(m.first, kTriggerReach);
    triggers.push_back(trigger_of(s, m, *p));
  }
  return triggers;
}

// "repelled Ukrainian attacks": the attack a side repelled is that one event, not another.
void drop_repelled_attacks(std::vector<Trigger>& triggers) {
  std::vector<std::size_t> repelled;  // where each "repelled" ends
  for (const auto& o : triggers)
    if (o.pattern->agent == "object") repelled.push_back(o.match.last);
  std::erase_if(triggers, [&](const Trigger& tr) {
    return tr.pattern->type == "contextual" &&
           std::any_of(repelled.begin(), repelled.end(), [&](std::size_t end) {
             return end <= tr.match.first && tr.match.first <= end + kRepelledObjectReach;
           });
  });
}

// "Fighter jets struck about 120 Hezbollah targets": where another trigger is the attack,
// "targets" after a party's name, a number or a determiner is what it hit.
void drop_object_nouns(const SentenceContext& s, std::vector<Trigger>& triggers) {
  if (triggers.size() <= 1) return;
  std::erase_if(triggers, [&](const Trigger& tr) {
    return object_noun(s.doc, s.lex, s.v, tr.match.first) &&
           std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& o) {
             return !object_noun(s.doc, s.lex, s.v, o.match.first);
           });
  });
}

// "Government soldiers killed at least 38 civilians ... after clashes with Fano": an event noun
// after "after" or "following", or the verb of a clause "after they ...", is the time of what an
// earlier trigger of the sentence tells, not an incident of its own.
void drop_after_frames(const SentenceContext& s, std::vector<Trigger>& triggers) {
  const auto& t = s.doc.tokens;
  auto after_frame = [&](const Trigger& tr) {
    std::size_t k = tr.match.first;
    if (k > s.v.first && t[k - 1].is_any({"the", "a", "heavy", "fierce"})) --k;
    // "killing the elderly civilians after they captured Hadrut": a clause with a pronoun
    // subject, its verb the trigger.
    if (k > s.v.first + 1 && t[k - 1].is_any({"they", "it", "he", "she", "we"}) &&
        t[k - 2].is_any({"after", "before", "when"}))
      return true;
    return k > s.v.first && t[k - 1].is_any({"after", "following"});
  };
  std::erase_if(triggers, [&](const Trigger& tr) {
    return after_frame(tr) && std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& o) {
             return o.match.first < tr.match.first && !after_frame(o);
           });
  });
}

// True when the word at `k` is the verb of a relative clause: ", which was targeting",
// "that were shelling".
bool in_relative_clause(const SentenceContext& s, std::size_t k) {
  const auto& t = s.doc.tokens;
  std::size_t j = k;
  while (j > s.v.first && j + 3 > k &&
         t[j - 1].is_any({"was", "were", "is", "are", "had", "has", "have", "been", "also"}))
    --j;
  return j > s.v.first && t[j - 1].is_any({"which", "that", "who"}) &&
         (j < s.v.first + 2 || t[j - 2].key == "," || t[j - 2].kind == text::TokenKind::word);
}

// "near the village Giyasly, which was liberated by the army in November": a passive relative
// clause on a place tells its past, not the sentence's news.
void drop_place_histories(const SentenceContext& s, std::vector<Trigger>& triggers) {
  const auto& t = s.doc.tokens;
  auto history = [&](const Trigger& tr) {
    const std::size_t k = tr.match.first;
    if (k < s.v.first + 4 || !t[k - 1].is_any({"was", "were"}) ||
        !t[k - 2].is_any({"which", "that"}) || t[k - 3].key != ",")
      return false;
    const std::size_t antecedent = k - 4;
    return s.doc.capitalised(antecedent) || word_of(s.lex, s.doc, "settlement_noun", antecedent);
  };
  std::erase_if(triggers, history);
}

// A fallback verb or an accusation of a violation stands only where no other pattern does
// ("shelled the district in gross violation of the truce" is the shelling).
void drop_secondary(const SentenceContext& s, std::vector<Trigger>& triggers) {
  auto secondary = [](const Trigger& tr) {
    return tr.pattern->form == "fallback" || tr.pattern->form == "accusation";
  };
  // "destroyed an S-300 system near Vardenis, which was targeting Azerbaijani settlements": what
  // a relative clause says of the object is no incident that outranks the main verb's.
  auto relative = [&](const Trigger& tr) { return in_relative_clause(s, tr.match.first); };
  const bool fallback = std::any_of(triggers.begin(), triggers.end(), [](const Trigger& tr) {
    return tr.pattern->form == "fallback";
  });
  if (fallback && std::all_of(triggers.begin(), triggers.end(),
                              [&](const Trigger& tr) { return secondary(tr) || relative(tr); })) {
    std::erase_if(triggers, [&](const Trigger& tr) { return !secondary(tr); });
    return;
  }
  if (!std::all_of(triggers.begin(), triggers.end(), secondary)) std::erase_if(triggers, secondary);
}

// How far before an "attack" the verb accusing its doer may stand ("accused Azerbaijan of
// launching an attack").
constexpr std::size_t kAccusedReach = 8;

// True when the trigger `tr` is what an opposing party accuses the other of, in another segment
// than the remote violence at token `other` ("Baku said ..., while Yerevan accused Azerbaijan of
// launching an attack").
bool counter_accusation(const SentenceContext& s, std::size_t other, const Trigger& tr) {
  const std::string& x = s.sa.segments[segment_at(s, other)].claimant.side;
  const std::string& y = s.sa.segments[tr.segment].claimant.side;
  if (x == y || !belligerent(s.doc, x) || !belligerent(s.doc, y)) return false;
  const auto& t = s.doc.tokens;
  for (std::size_t k = tr.match.first; k > s.v.first && k + kAccusedReach > tr.match.first; --k) {
    if (t[k - 1].kind == text::TokenKind::punct) break;
    if (t[k - 1].is_any({"accused", "accuses", "accusing"})) return true;
  }
  return false;
}

// A contextual trigger ("attack") is remote violence near a weapon or where the sentence tells
// of remote violence ("attacks ... accused of targeting"), else a battle; but not by the other
// side's words: "Baku said Armenian forces shelled Tartar, while Yerevan accused Azerbaijan of
// launching an attack" is a clash.
// How far from a shoot-down the drones or missiles it downed may be named.
constexpr std::size_t kProjectileReach = 8;

// "Russia launched 55 drones overnight, of which 31 were shot down": drones or missiles shot
// down in a sentence that tells their strike are part of it (cue class projectile near the
// shoot-down), not a clash of their own.
void join_interceptions(const SentenceContext& s, std::vector<Trigger>& triggers) {
  const bool strike = std::any_of(triggers.begin(), triggers.end(), [](const Trigger& tr) {
    return tr.type == "explosions_remote_violence";
  });
  if (!strike) return;
  for (auto& tr : triggers) {
    if (tr.type != "battles" || tr.pattern->plover != "FIGHT" ||
        !s.lex.cue("shoot_down").match_at(s.doc.tokens, tr.match.first, tr.match.last))
      continue;
    const std::size_t from = tr.match.first > s.v.first + kProjectileReach
                                 ? tr.match.first - kProjectileReach
                                 : s.v.first;
    const std::size_t to = std::min(s.v.last, tr.match.last + kProjectileReach);
    if (!cues_in(s.lex, s.doc, "projectile", from, to).empty() ||
        !cues_in(s.lex, s.doc, "drone", from, to).empty())
      tr.type = "explosions_remote_violence";
  }
}

// How far after "attack" the thing it hit may be named ("attacks on Russian energy
// infrastructure").
constexpr std::size_t kRemoteTargetReach = 5;

void type_contextual(const SentenceContext& s, std::vector<Trigger>& triggers,
                     const WeaponReach& weapon_at) {
  for (auto& tr : triggers) {
    if (tr.type != "contextual") continue;
    bool weapon = false;
    // "... fired artillery at villages at 2:45 a.m. and launched an attack at 7:20 a.m.": an
    // attack a light verb launches is an event of its own, typed by its own weapons.
    const std::size_t lv_from = tr.match.first > s.v.first + 4 ? tr.match.first - 4 : s.v.first;
    const bool launched = !cues_in(s.lex, s.doc, "light_verb", lv_from, tr.match.first).empty();
    for (const auto& [w, reach] : weapon_at) {
      if (reach == kTriggerReach && (launched || counter_accusation(s, w, tr))) continue;
      if (w + reach >= tr.match.first && w < tr.match.last + reach) weapon = true;
    }
    // "Russia attacked the Ukrainian port city of Odesa with drones and missiles": the weapons
    // the attack was made with, however long its object.
    // Not "about 150 insurgents attacked the outposts with drones and heavy weapons": fighters
    // who attack are a ground assault, whatever they carry.
    const auto& t = s.doc.tokens;
    const bool fighters_attack =
        !cues_in(s.lex, s.doc, "fighter_object", s.v.first, tr.match.first).empty();
    for (std::size_t k = tr.match.last;
         !weapon && !fighters_attack && k + 1 < s.v.last && k < tr.match.last + kWithWeaponReach;
         ++k) {
      if (t[k].kind == text::TokenKind::punct) break;
      if (t[k].key == "with" &&
          !cues_in(s.lex, s.doc, "weapon", k + 1, std::min(s.v.last, k + 4)).empty())
        weapon = true;
    }
    // "attacks on Russian energy infrastructure", "attacked residential areas in Tehran": what
    // is hit from afar (cue class remote_target) as the attack's object.
    if (!weapon && !fighters_attack) {
      const std::size_t to = std::min(s.v.last, tr.match.last + kRemoteTargetReach);
      for (const auto& c : cues_in(s.lex, s.doc, "remote_target", tr.match.last, to)) {
        bool object = true;
        for (std::size_t k = tr.match.last; k < c.first; ++k)
          object = object && t[k].kind != text::TokenKind::punct;
        weapon = weapon || object;
      }
    }
    tr.type = weapon ? "explosions_remote_violence" : "battles";
  }
  join_interceptions(s, triggers);
}

struct BestTrigger {
  const Trigger* trigger = nullptr;
  Role role;
};

// Of the triggers of one incident, the first whose roles are most explicit.
BestTrigger best_trigger(const SentenceContext& s, const std::vector<Trigger*>& members,
                         std::size_t segment) {
  const AttributionSegment& seg = s.sa.segments[segment];
  BestTrigger best;
  for (const Trigger* tr : members) {
    Role r = roles(s.doc, s.lex, s.si, *tr, seg.claimant, seg.from);
    if (!best.trigger || r.explicit_roles > best.role.explicit_roles) {
      best.trigger = tr;
      best.role = r;
    }
  }
  return best;
}

// The sub-event and PLOVER code of the trigger's pattern, and the rule that typed the incident.
void type_by_pattern(const Document& doc, const Trigger& best, Incident& inc) {
  inc.sub_event = best.pattern->sub_event;
  inc.plover = best.pattern->plover;
  if (inc.type == "explosions_remote_violence" && best.pattern->type == "contextual") {
    inc.sub_event = "Shelling/artillery/missile attack";
  }
  inc.provenance["type"] =
      best.pattern->source + " '" + doc.text(best.match.first, best.match.last) + "'";
}

// The roles as actors. "21 civilians were killed when rockets struck the town": civilians are
// who was hit, never who attacked.
void set_actors(const Role& role, Incident& inc) {
  inc.actor1 = role.agent;
  inc.actor2 = role.patient;
  if (inc.actor1 && inc.actor1->side == "civilians") {
    if (!inc.actor2) inc.actor2 = inc.actor1;
    inc.actor1.reset();
  }
}

// "gunmen attacked the villagers": an armed group's attack whose target is civilians, no
// weapon named, is violence against them, not a clash. A state's army attacking a village of a
// state it is at war with is fighting that state.
void retype_attack_on_civilians(const Lexicons& lex, const Trigger& best, Incident& inc) {
  if (inc.type == "battles" && best.pattern->type == "contextual" && inc.actor2 &&
      inc.actor2->side == "civilians" && (!inc.actor1 || !lex.is_state(inc.actor1->side))) {
    inc.type = "violence_against_civilians";
    inc.sub_event = "Attack";
    inc.plover = "ASSAULT";
    inc.provenance["type"] += " +civilian-target";
  }
}

// How far after an event word, in its clause, the civilian site it hit may be named ("shells
// fired by the RSF hit a crowded market").
constexpr std::size_t kCivilianSiteReach = 12;

// A strike on a town or one that kills people hits civilians, unless the sentence names who
// was hit; violence against civilians has them as its target.
void set_civilian_target(const SentenceContext& s, const Trigger& best, const Toll& toll,
                         Incident& inc) {
  const std::size_t cstart = clause_begin(s.doc, s.lex, s.si, best.match.first);
  // "Thirty-three Turkish soldiers were killed in an airstrike by regime forces in Idlib": the
  // soldiers' party was hit, not the town's people.
  if (inc.type == "explosions_remote_violence" && !inc.actor2) {
    const std::string hit = soldiers_side(s.doc, s.si);
    if (!hit.empty() && (!inc.actor1 || inc.actor1->side != hit))
      inc.actor2 = side_ref(hit, "counted-soldiers");
  }
  if (inc.type == "explosions_remote_violence" && (!inc.actor1 || !inc.actor2) &&
      (settlement_target(s.doc, cstart, std::min(s.v.last, best.match.last + 6)) || toll.killed ||
       toll.wounded)) {
    inc.actor2 = side_ref("civilians", "settlement-target");
  }
  // "shells hit a crowded market": a civilian site as the object outranks the attacker's enemy
  // inferred from the report.
  // An attacker named twice ("shells fired by the RSF") is no target either.
  const bool inferred_target =
      inc.actor2 && (inc.actor2->rule.find("opponent") != std::string::npos ||
                     (inc.actor1 && inc.actor1->side == inc.actor2->side));
  std::size_t site_end = best.match.last;
  while (site_end < std::min(s.v.last, best.match.last + kCivilianSiteReach) &&
         s.doc.tokens[site_end].kind != text::TokenKind::punct)
    ++site_end;
  if ((!inc.actor2 || inferred_target) &&
      !cues_in(s.lex, s.doc, "civilian_site", best.match.last, site_end).empty())
    inc.actor2 = side_ref("civilians", "civilian-site-target");
  if (inc.type == "violence_against_civilians" && !inc.actor2) {
    inc.actor2 = side_ref("civilians", "civilian-target");
  }
}

// The incident of the triggers of one type in one attribution segment of the sentence.
Pending incident_of_group(const SentenceContext& s, const std::string& type, std::size_t segment,
                          const std::vector<Trigger*>& members, const Toll& toll) {
  const Claimant& claimant = s.sa.segments[segment].claimant;
  Incident inc;
  inc.type = type;
  inc.claimant = claimant;
  inc.evidence.push_back(s.doc.sentence_span(s.si));
  for (const Trigger* tr : members)
    inc.triggers.push_back(s.doc.span(tr->match.first, tr->match.last));
  const BestTrigger best = best_trigger(s, members, segment);
  const Trigger& tr = *best.trigger;
  type_by_pattern(s.doc, tr, inc);
  set_actors(best.role, inc);
  retype_attack_on_civilians(s.lex, tr, inc);
  inc.date = date_at(s.doc, s.si, tr.match.first);
  inc.provenance["date"] = inc.date.rule;
  inc.provenance["claimant"] = claimant.rule;
  set_civilian_target(s, tr, toll, inc);
  inc.fatalities = toll.killed;
  inc.injuries = toll.wounded;
  inc.confidence =
      std::min(0.95, 0.5 + 0.1 * best.role.explicit_roles +
                         (tr.pattern->form == "verb" ? 0.1 : 0.0) + (s.sa.own ? 0.1 : 0.0));
  const bool unattributed = claimant.rule == "outlet" || claimant.rule == "paragraph" ||
                            claimant.rule.ends_with("unresolved");
  return Pending{std::move(inc), s.si, s.si, unattributed, tr.pattern->form == "accusation"};
}

// How many words after a ceasefire's name the day that names it may stand ("the humanitarian
// ceasefire that took effect at noon on 10 October").
constexpr std::size_t kTruceDayReach = 8;

// True when the date `d` is a ceasefire's own day, told right after its name ("despite the
// humanitarian ceasefire from 10 October", "the truce which began on the 18th"), not the day of
// what the sentence reports; "violated the truce on Monday" is the violation's day.
bool truce_day(const Document& doc, const std::vector<PhraseMatch>& truces,
               const text::DateMention& d) {
  const auto& t = doc.tokens;
  for (const auto& m : truces) {
    if (d.first < m.last || d.first > m.last + kTruceDayReach || t[m.last].key == "on") continue;
    bool names_it = false;
    bool clean = true;
    for (std::size_t k = m.last; k < d.first; ++k) {
      if (t[k].kind == text::TokenKind::punct) clean = false;
      if (t[k].is_any({"of", "from", "since"}) ||
          doc.lex->cue("ceasefire_effective").match_at(t, k, d.first) ||
          doc.lex->cue("agreement").match_at(t, k, d.first))
        names_it = true;
    }
    if (clean && names_it) return true;
  }
  return false;
}

// The party an alleged violation in the sentence accuses ("accused Pakistan of violating the
// ceasefire"), where another pattern is the incident; none when the sentence has no such
// violation or it names no doer.
// How many words after the accused's name its "of" may stand ("accused Armenian forces on
// Tuesday of").
constexpr std::size_t kAccusedOfReach = 5;

std::optional<ActorRef> accused_in(const SentenceContext& s, const std::vector<Trigger>& triggers) {
  const bool other = std::any_of(triggers.begin(), triggers.end(), [](const Trigger& tr) {
    return tr.pattern->form != "accusation" && tr.pattern->form != "fallback";
  });
  if (!other) return std::nullopt;
  for (const Trigger& tr : triggers) {
    if (tr.pattern->form != "accusation") continue;
    const AttributionSegment& seg = s.sa.segments[tr.segment];
    Role r = roles(s.doc, s.lex, s.si, tr, seg.claimant, seg.from);
    if (r.agent && !r.agent->side.empty() && r.agent->side != "civilians") return r.agent;
  }
  // "Azerbaijan accused ethnic Armenian forces of trying to hit the pipeline, saying rockets
  // had been fired towards it": whom a verb of accusing names before "of" or "for".
  const auto& t = s.doc.tokens;
  for (const auto& m : cues_in(s.lex, s.doc, "accuse", s.v.first, s.v.last)) {
    for (const auto& a : s.v.actors) {
      if (a.first < m.last || a.first > m.last + 1 || a.side.empty() || a.side == "civilians" ||
          a.side == "media" || a.locative)
        continue;
      for (std::size_t k = a.last; k < std::min(s.v.last, a.last + kAccusedOfReach); ++k) {
        if (!t[k].is_any({"of", "for"})) continue;
        // Not past a statement of its own ("... of leading the offensive and said Congolese
        // forces had killed 50 assailants in fighting"): every trigger is the accusation's.
        const bool own_statement = std::any_of(
            s.sa.speech.begin(), s.sa.speech.end(),
            [&](const PhraseMatch& sp) { return sp.first > k && t[sp.first - 1].key == "and"; });
        const bool after = std::all_of(triggers.begin(), triggers.end(),
                                       [&](const Trigger& tr) { return tr.match.first > k; });
        if (after && !own_statement) return side_ref(a.side, "accused");
      }
    }
  }
  return std::nullopt;
}

// The incidents of one sentence, joined to the one before where they continue it.
void extract_sentence(const SentenceContext& s, std::vector<Pending>& pending,
                      std::vector<Denial>& denials) {
  WeaponReach weapon_at = weapons_in(s);
  std::vector<Trigger> triggers = collect_triggers(s, weapon_at, denials);
  drop_repelled_attacks(triggers);
  drop_object_nouns(s, triggers);
  drop_after_frames(s, triggers);
  drop_place_histories(s, triggers);
  const std::optional<ActorRef> accused = accused_in(s, triggers);
  drop_secondary(s, triggers);
  if (triggers.empty() || refers_back(s, pending, triggers) ||
      retells_by_subject(s, pending, triggers))
    return;
  type_contextual(s, triggers, weapon_at);
  Toll toll;
  std::vector<std::pair<std::size_t, std::size_t>> used;
  casualties(s.doc, s.lex, s.si, toll.killed, toll.wounded, used);
  // One incident per type and attribution segment of the sentence.
  std::map<std::pair<std::string, std::size_t>, std::vector<Trigger*>> groups;
  for (auto& tr : triggers) groups[{tr.type, tr.segment}].push_back(&tr);
  for (const auto& [key, members] : groups) {
    Pending next = incident_of_group(s, key.first, key.second, members, toll);
    // "India accused Pakistan of violating the ceasefire, as explosions were heard": the
    // accused did what the sentence tells of.
    if (!next.incident.actor1 && accused) {
      next.incident.actor1 = accused;
      next.incident.actor1->rule = "accused";
    }
    if (continues_last(s.doc, pending, next) || tells_of_accusation(pending, next)) continue;
    pending.push_back(std::move(next));
  }
}

// True when the sentence at `sentence` counts soldiers ("60 Ukrainian servicemen"): a number
// with a word of cue class fighter_object within three words after it.
bool counts_soldiers(const Document& doc, const Span& sentence) {
  const SentenceView& v = doc.sentences[doc.sentence_of(sentence.begin)];
  for (std::size_t k = v.first; k < v.last; ++k) {
    if (doc.tokens[k].kind != text::TokenKind::number) continue;
    const std::size_t to = std::min(v.last, k + 4);
    if (!cues_in(*doc.lex, doc, "fighter_object", k + 1, to).empty()) return true;
  }
  return false;
}

// The two opposing parties of the report's first conflict that it names: the most named party
// and its most named enemy; empty where it names no such pair.
std::pair<std::string, std::string> named_dyad(const Document& doc) {
  if (doc.context.conflicts.empty()) return {};
  const ConflictEntry& war = *doc.context.conflicts.front();
  std::string first;
  int most = 0;
  for (const auto& [side, n] : doc.context.side_mentions) {
    if (n > most && war.involves(side)) {
      first = side;
      most = n;
    }
  }
  if (first.empty()) return {};
  const std::string second = opponent_of(doc, first);
  const auto it = doc.context.side_mentions.find(second);
  if (second.empty() || it == doc.context.side_mentions.end() || it->second == 0) return {};
  return {first, second};
}

// Fill the sides a report leaves unsaid: who was hit by a strike that killed, the opponent of
// the one side named, or of the speaker in a battle that names neither.
void fill_unsaid_sides(const Document& doc, Incident& inc) {
  // "The Houthis claimed responsibility for a missile attack on Eilat": who claims an attack
  // made it (cue class claimed_responsibility in its first sentence).
  if (!inc.actor1 && !inc.evidence.empty() && belligerent(doc, inc.claimant.side)) {
    const SentenceView& v = doc.sentences[doc.sentence_of(inc.evidence.front().begin)];
    if (!cues_in(*doc.lex, doc, "claimed_responsibility", v.first, v.last).empty())
      inc.actor1 = side_ref(inc.claimant.side, "claimed-responsibility");
  }
  // "struck a meeting of Ukrainian commanders ... and killed more than 60 Ukrainian servicemen":
  // a state named as the target whose soldiers the sentence counts stays the target.
  const bool soldiers_of_named =
      inc.actor2 && inc.actor2->kind == "state" && inc.actor2->rule != "opponent" &&
      !inc.evidence.empty() &&
      (inc.actor2->rule == "counted-soldiers" || counts_soldiers(doc, inc.evidence.front()));
  if (inc.type == "explosions_remote_violence" && (inc.fatalities || inc.injuries) &&
      !soldiers_of_named && (!inc.actor2 || inc.actor2->kind == "state")) {
    inc.actor2 = side_ref("civilians", "civilian-casualties");
  }
  const std::string a1 = inc.actor1 ? inc.actor1->side : "";
  const std::string a2 = inc.actor2 ? inc.actor2->side : "";
  if (!a1.empty() && a2.empty()) {
    if (inc.type == "battles" || inc.type == "explosions_remote_violence")
      inc.actor2 = side_ref(opponent_of(doc, a1), "opponent");
  } else if (a1.empty() && !a2.empty() && a2 != "civilians") {
    inc.actor1 = side_ref(opponent_of(doc, a2), "opponent");
  } else if (a1.empty() && a2.empty() && inc.type == "battles" &&
             belligerent(doc, inc.claimant.side)) {
    inc.actor1 = side_ref(opponent_of(doc, inc.claimant.side), "claimant-opponent");
    inc.actor2 = side_ref(inc.claimant.side, "claimant");
  } else if (a1.empty() && a2.empty() && inc.type == "battles") {
    // "Fighting in the Jebel area involved tanks", told by an outlet or an observer: the two
    // parties of the report's war that it names, the most named and its enemy.
    const auto [first, second] = named_dyad(doc);
    if (!first.empty()) {
      inc.actor1 = side_ref(first, "report-dyad");
      inc.actor2 = side_ref(second, "report-dyad");
    }
  }
}

// One side does not fight itself: a side inferred from the speaker ("the army" as its own)
// yields to the one a mention names ("the army had attacked its forces").
void part_same_sides(const Document& doc, const Lexicons& lex, Incident& inc) {
  if (inc.actor1 && inc.actor2 && !inc.actor1->side.empty() && inc.actor1->side != "civilians" &&
      lex.counts_as(inc.actor1->side) == lex.counts_as(inc.actor2->side)) {
    const bool first_inferred = inc.actor1->rule.find("own-side") != std::string::npos ||
                                inc.actor1->rule.find("opponent") != std::string::npos;
    std::optional<ActorRef>& inferred = first_inferred ? inc.actor1 : inc.actor2;
    const std::string named = first_inferred ? inc.actor2->side : inc.actor1->side;
    inferred = side_ref(opponent_of(doc, named), "opponent-of-named");
  }
}

}  // namespace

DateValue date_at(const Document& doc, std::size_t si, std::size_t i, bool skip_since) {
  const SentenceView& v = doc.sentences[si];
  const text::DateMention* best = nullptr;
  std::size_t best_distance = 0;
  const auto truces =
      v.dates.empty() ? std::vector<PhraseMatch>() : ceasefire_mentions(doc, *doc.lex, v);
  for (const auto& d : v.dates) {
    if (d.future || truce_day(doc, truces, d)) continue;
    // "1,300 killed since 27 September": the day a count starts from is not its day.
    if (skip_since && d.first > v.first && doc.tokens[d.first - 1].key == "since") continue;
    const std::size_t distance = d.first > i ? d.first - i : i - d.first;
    if (!best || distance < best_distance) {
      best = &d;
      best_distance = distance;
    }
  }
  DateValue out;
  if (best) {
    out.iso = best->begin.iso();
    out.end_iso = best->end.iso();
    out.precision = best->precision;
    out.rule = best->rule;
    out.span = doc.span(best->first, best->last);
    return out;
  }
  const ReportDate& pub = doc.report->published;
  if (pub.known()) {
    out.iso = pub.iso;
    out.end_iso = pub.iso;
    out.precision =
        pub.precision == DatePrecision::day ? DatePrecision::approximate : pub.precision;
    out.rule = "publication";
  }
  return out;
}

IncidentOutput extract_incidents(const Document& doc, const Lexicons& lex,
                                 const std::vector<SentenceAttribution>& attribution) {
  IncidentOutput out;
  std::vector<Pending> pending;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    if (const std::string why = sentence_filter(doc, lex, si); !why.empty()) {
      if (trace_filters())
        std::fprintf(stderr, "truce trace: sentence %zu dropped (%s)\n", si, why.c_str());
      continue;
    }
    const SentenceContext s{doc, lex, si, doc.sentences[si], attribution[si]};
    extract_sentence(s, pending, out.denials);
  }
  for (auto& p : pending) {
    Incident& inc = p.incident;
    fill_unsaid_sides(doc, inc);
    part_same_sides(doc, lex, inc);
    if (inc.actor1 && inc.actor1->side.empty()) inc.actor1.reset();
    if (inc.actor2 && inc.actor2->side.empty()) inc.actor2.reset();
    if (inc.actor1) inc.provenance["actor1"] = inc.actor1->rule;
    if (inc.actor2) inc.provenance["actor2"] = inc.actor2->rule;
    inc.id = std::to_string(out.incidents.size() + 1);
    out.incidents.push_back(std::move(inc));
  }
  return out;
}

std::optional<ActorRef> side_ref(const std::string& side, const std::string& rule) {
  if (side.empty()) return std::nullopt;
  ActorRef r;
  r.name = side;
  r.side = side;
  r.kind = side == "civilians" ? "civilians" : "state";
  r.rule = rule;
  return r;
}

}  // namespace truce::extract
