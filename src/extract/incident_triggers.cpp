// See incident_triggers.hpp.
#include "extract/incident_triggers.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "extract/ceasefire_finder.hpp"
#include "extract/filters.hpp"
#include "extract/trigger_requirements.hpp"

namespace truce::extract {

// TRUCE_TRACE_FILTERS=1 prints to stderr why each dropped sentence or trigger is not an
// incident: for an analyst extending the lexicons ("why is this sentence not an incident?").
bool trace_filters() {
  static const bool on = [] {
    const char* v = std::getenv("TRUCE_TRACE_FILTERS");
    return v != nullptr && *v != '\0' && *v != '0';
  }();
  return on;
}

namespace {

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

}  // namespace

// Weapons make a generic "attack" remote violence only near it: "fired rockets ... and is
// now conducting an offensive" is two events, and drones shot down are not the weapon.
WeaponReach weapons_in(const SentenceContext& s) {
  WeaponReach weapon_at;
  for (const auto& c : cues_in(s.lex, s.doc, "weapon", s.v.first, s.v.last))
    weapon_at.emplace_back(c.first, kWeaponReach);
  return weapon_at;
}

namespace {

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

// "rescued two abducted children", "the kidnapped aid workers were freed": a participle between
// a determiner or a count and the people it qualifies is their adjective, no event of its own.
bool participle_of_people(const SentenceContext& s, const PhraseMatch& m, const EventPattern& p) {
  const auto& t = s.doc.tokens;
  if (p.form == "noun" || m.last != m.first + 1 || !t[m.first].key.ends_with("ed") ||
      m.first == s.v.first || m.last >= s.v.last)
    return false;
  const auto& before = t[m.first - 1];
  const bool determiner =
      before.kind == text::TokenKind::number ||
      before.is_any({"the", "these", "those", "their", "his", "her", "its", "our", "two", "three",
                     "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some"});
  if (!determiner) return false;
  const auto people = s.lex.equipment_matcher.match_at(t, m.last, s.v.last);
  if (!people) return false;
  const auto& category = s.lex.equipment[static_cast<std::size_t>(people->id)].categories.front();
  return category == "civilians" || category == "personnel";
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
  if (participle_of_people(s, m, p)) return false;
  // "did not comment on the target": a verb's word that is also a plain noun (cue class
  // noun_homograph) is that noun after a determiner, no act by itself; beside another event
  // word ("attacked the targets") it still tells what was hit.
  if (p.form == "verb" && m.last == m.first + 1 && m.first > s.v.first &&
      t[m.first - 1].is_any({"the", "a", "an", "its", "their", "his", "her", "our"}) &&
      s.lex.cue("noun_homograph").match_at(t, m.first, m.last) &&
      s.lex.pattern_matcher.find_all(t, s.v.first, s.v.last).size() < 2)
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
  std::string why = trigger_filter(s.doc, s.lex, s.si, m.first, m.last, noun, battles_like, denied);
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

}  // namespace

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

namespace {

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

}  // namespace

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

namespace {

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

// How many words before a killing its weapon may stand as the subject ("the helicopter of the
// army killed six civilians").
constexpr std::size_t kKillerWeaponReach = 6;

// "the helicopter of the army killed six civilians", "a drone killed two soldiers": a killing
// whose subject is a weapon (cue class weapon) in the same clause is a strike from afar.
void type_killing_by_weapon(const SentenceContext& s, std::vector<Trigger>& triggers) {
  const auto& t = s.doc.tokens;
  for (auto& tr : triggers) {
    if (tr.pattern->form != "fallback" || tr.type == "explosions_remote_violence") continue;
    std::size_t from = tr.match.first;
    while (from > s.v.first && from + kKillerWeaponReach > tr.match.first &&
           t[from - 1].kind != text::TokenKind::punct)
      --from;
    if (!cues_in(s.lex, s.doc, "weapon", from, tr.match.first).empty())
      tr.type = "explosions_remote_violence";
  }
}

// How many words a support phrase and its weapon may stand apart ("with the support of the
// naval and land artillery").
constexpr std::size_t kSupportReach = 5;

// True when a support phrase ends shortly before the weapon at `w`, no comma between.
bool supports_fighters(const SentenceContext& s, std::size_t w) {
  const auto& t = s.doc.tokens;
  const std::size_t from = w > s.v.first + 4 + kSupportReach ? w - 4 - kSupportReach : s.v.first;
  for (const auto& c : cues_in(s.lex, s.doc, "support_phrase", from, w)) {
    if (c.last + kSupportReach < w) continue;
    bool apart = false;
    for (std::size_t k = c.last; k < w; ++k)
      if (t[k].kind == text::TokenKind::punct) apart = true;
    if (!apart) return true;
  }
  return false;
}

}  // namespace

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
      // "the troops with the support of helicopters attacked": a weapon that supports the
      // fighters who attack does not make their attack a strike from afar.
      if (reach != kTriggerReach && supports_fighters(s, w)) continue;
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
    // "the Azerbaijani armed forces with the UAV attacked the medical center": the weapon set
    // before the verb, by the same "with".
    for (std::size_t k = tr.match.first;
         !weapon && k > s.v.first && k + kWithWeaponReach > tr.match.first; --k) {
      if (t[k - 1].kind == text::TokenKind::punct) break;
      if (t[k - 1].key == "with" && !cues_in(s.lex, s.doc, "weapon", k, tr.match.first).empty() &&
          !s.lex.cue("support_phrase").match_at(t, k - 1, tr.match.first))
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
  type_killing_by_weapon(s, triggers);
}

}  // namespace truce::extract
