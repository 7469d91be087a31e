// Incident extraction: the triggers of each sentence (incident_triggers.cpp) grouped by type and
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
#include "extract/incident_triggers.hpp"
#include "extract/sentence_casualties.hpp"
#include "extract/trigger_requirements.hpp"
#include "text/number_parser.hpp"

namespace truce::extract {
namespace {

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
  // A generic "attack", or a killing whose subject is a weapon, typed a strike from afar.
  if (inc.type == "explosions_remote_violence" && best.pattern->type != inc.type) {
    inc.sub_event = "Shelling/artillery/missile attack";
    inc.plover = "FIGHT";
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

// True when the trigger fires on people ("opened fire on the 4 civilians"): a word of firing,
// the object after it with only a determiner or a count between, not a thing of theirs
// ("fired on the houses of the people"). "attacked residents" is not firing on them.
bool fired_on_people(const Document& doc, const Trigger& best, const Span& span) {
  const auto& t = doc.tokens;
  bool firing = false;
  for (std::size_t k = best.match.first; k < best.match.last; ++k)
    firing = firing || t[k].is_any({"fire", "fired", "firing", "shot", "shots"});
  if (!firing) return false;
  for (std::size_t k = best.match.last; k < t.size() && t[k].begin < span.begin; ++k) {
    if (t[k].kind != text::TokenKind::number && !t[k].is_any({"the", "a", "an", "these", "those"}))
      return false;
  }
  return true;
}

// "gunmen attacked the villagers": an armed group's attack whose target is civilians, no
// weapon named, is violence against them, not a clash. A state's army attacking a village of a
// state it is at war with is fighting that state; firing on people named as civilians
// ("opened fire on four civilians repairing a pipe") is violence against them whoever fires.
void retype_attack_on_civilians(const Document& doc, const Lexicons& lex, const Trigger& best,
                                Incident& inc) {
  const bool people_fired_on =
      inc.actor2 && inc.actor2->rule == "object" && fired_on_people(doc, best, inc.actor2->span);
  if (inc.type == "battles" && best.pattern->type == "contextual" && inc.actor2 &&
      inc.actor2->side == "civilians" &&
      (!inc.actor1 || !lex.is_state(inc.actor1->side) || people_fired_on)) {
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
  const bool soldiers_hit = inc.actor2 && inc.actor2->rule == "counted-soldiers";
  if (inc.type == "explosions_remote_violence" && (!inc.actor1 || !inc.actor2) && !soldiers_hit &&
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
  retype_attack_on_civilians(s.doc, s.lex, tr, inc);
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

// "Philippine troops killed seven militants in a clash": the event noun outranks the verb of
// killing as the incident's word, but where its own roles name nobody, the verb's subject and
// object (of the same attribution segment) are its sides.
void sides_from_fallback(const SentenceContext& s, const std::vector<Trigger>& fallbacks,
                         std::size_t segment, Incident& inc) {
  if (inc.actor1 || inc.actor2) return;
  const AttributionSegment& seg = s.sa.segments[segment];
  for (const Trigger& tr : fallbacks) {
    if (tr.segment != segment) continue;
    Role r = roles(s.doc, s.lex, s.si, tr, seg.claimant, seg.from);
    if (!r.agent || r.agent->side.empty() || r.agent->side == "civilians") continue;
    inc.actor1 = r.agent;
    inc.actor1->rule = "fallback-" + inc.actor1->rule;
    if (r.patient) {
      inc.actor2 = r.patient;
      inc.actor2->rule = "fallback-" + inc.actor2->rule;
    }
    inc.provenance["actor1"] = inc.actor1->rule;
    return;
  }
}

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
  std::vector<Trigger> fallbacks;
  for (const auto& tr : triggers)
    if (tr.pattern->form == "fallback") fallbacks.push_back(tr);
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
    sides_from_fallback(s, fallbacks, key.second, next.incident);
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
  } else if (a1.empty() && !a2.empty() && a2 != "civilians" && inc.type != "riots" &&
             inc.type != "protests") {
    // Not a riot's: protesters who storm their own parliament are no enemy army.
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

// How many sentences back "the same evening" may find its day.
constexpr std::size_t kSameDayBack = 3;

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
  // "The same evening, shells also hit Khnapat": the day the sentences just before named.
  if (!best && !cues_in(*doc.lex, doc, "same_day", v.first, v.last).empty()) {
    for (std::size_t k = si; k-- > 0 && k + kSameDayBack > si;) {
      if (doc.sentences[k].dates.empty()) continue;
      out = date_at(doc, k, doc.sentences[k].last, skip_since);
      if (out.rule == "publication") break;
      out.rule += "+same-day";
      return out;
    }
  }
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
