// Incident extraction. Roles follow simple clause geometry: the agent is the nearest actor
// before an active trigger (or after "by"/"from"), the patient the nearest after it; a
// missing side of a battle is the other side's opponent.
#include "extract/incident_extractor.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "extract/ceasefire_finder.hpp"
#include "extract/filters.hpp"
#include "text/number_parser.hpp"

namespace truce::extract {
namespace {

// How far after "repelled" the attack it repelled may stand ("repelled a large-scale Ukrainian
// attack").
constexpr std::size_t kRepelledObjectReach = 4;

// How many words from a generic "attack" a weapon word may stand and still be its means ("an
// attack near Hadrut and shot down two drones" is a clash). Another remote-violence trigger
// anywhere in the sentence still makes it remote ("attacks ... accused of targeting").
constexpr std::size_t kWeaponReach = 6;
constexpr std::size_t kTriggerReach = 1000;
// How far back the subject of "was hit" may start ("no civilian facilities were hit").
constexpr std::size_t kSubjectReach = 6;

struct Role {
  std::optional<ActorRef> agent;
  std::optional<ActorRef> patient;
  int explicit_roles = 0;
};

struct Trigger {
  PhraseMatch match;
  const EventPattern* pattern = nullptr;
  std::string type;
  std::size_t segment = 0;
  Role role;
};

ActorRef ref_of(const Document& doc, const ActorMention& a, const Claimant& claimant,
                const std::string& rule) {
  ActorRef r;
  r.name = doc.text(a.first, a.last);
  r.kind = a.kind;
  r.span = doc.span(a.first, a.last);
  r.rule = rule;
  if (a.kind == "enemy") {
    r.side = enemy_of(doc, claimant.side);
    r.rule += "+enemy";
  } else if (a.people) {
    r.side = "civilians";  // "crowds of Lebanese residents": people, not the state
    r.rule += "+people";
  } else if (a.side.empty()) {
    // "government forces" in a war of one state against armed groups: that state's, whoever
    // speaks. Otherwise "the army", "its forces", "the defenses": the speaker's own side.
    const std::string state = doc.context.state_at_war(*doc.lex);
    const std::size_t from = a.first >= 2 ? a.first - 2 : 0;  // "government" before "forces"
    if (!state.empty() && cue_ends_at(*doc.lex, doc, "state_army", from, a.last)) {
      r.side = state;
      r.rule += "+state-at-war";
    } else if (belligerent(doc, claimant.side)) {
      r.side = claimant.side;
      r.rule += "+own-side";
    }
  } else {
    r.side = a.side;
  }
  return r;
}

bool usable(const ActorMention& a, bool allow_locative) {
  if (a.locative && !allow_locative) return false;
  if (a.side.empty() && a.kind != "military" && a.kind != "enemy") return false;
  return true;
}

// The actor after "by"/"from"/"of"/"with"/"on" within a few tokens of `from`.
const ActorMention* after_preposition(const Document& doc, const SentenceView& v, std::size_t from,
                                      std::size_t to,
                                      std::initializer_list<std::string_view> preps) {
  const auto& t = doc.tokens;
  std::size_t reach = from + 3;
  for (std::size_t i = from; i < std::min(to, reach); ++i) {
    // "was struck twice on Thursday by X": adverbs and a day stand between the verb and "by".
    const bool in_date = std::any_of(v.dates.begin(), v.dates.end(),
                                     [&](const auto& d) { return i >= d.first && i < d.last; });
    if (in_date || t[i].is_any({"twice", "again", "repeatedly", "overnight", "heavily"}) ||
        (t[i].key.size() > 4 && t[i].key.ends_with("ly")))
      ++reach;
    if (!t[i].is_any(preps)) continue;
    for (std::size_t k = i + 1; k < std::min(to, i + 6); ++k) {
      if (t[k].kind == text::TokenKind::punct) break;
      if (const ActorMention* a = actor_at(v, k); a && usable(*a, true)) return a;
    }
  }
  return nullptr;
}

const ActorMention* nearest_before(const Document& doc, const SentenceView& v, std::size_t from,
                                   std::size_t to) {
  const ActorMention* best = nullptr;
  for (const auto& a : v.actors) {
    if (a.first >= from && a.last <= to && usable(a, false)) best = &a;
  }
  (void)doc;
  return best;
}

const ActorMention* nearest_after(const Document& doc, const SentenceView& v, std::size_t from,
                                  std::size_t to) {
  (void)doc;
  for (const auto& a : v.actors) {
    if (a.first >= from && a.last <= to && a.first < from + 10 && usable(a, true)) return &a;
  }
  return nullptr;
}

bool has_pronoun_between(const Document& doc, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    if ((doc.tokens[i]).is_any({"it", "they", "its", "their", "his", "her", "our", "we"}))
      return true;
  }
  return false;
}

// A settlement as the target ("the city of X", "the town of", "the capital").
bool settlement_target(const Document& doc, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    if (word_of(*doc.lex, doc, "settlement_noun", i)) return true;
  }
  return false;
}

// The token of "subjected" in the active voice ("X subjected Y to fire") between `from` and the
// trigger at `first`, which "to" or "to the" opens; 0 when there is none.
std::size_t active_subjected(const Document& doc, const SentenceView& v, std::size_t from,
                             std::size_t first) {
  const auto& t = doc.tokens;
  std::size_t to = first;
  if (to > from && t[to - 1].is_any({"the", "heavy", "intense", "massive"})) --to;
  if (to <= from || t[to - 1].key != "to") return 0;
  for (std::size_t k = from; k + 1 < to; ++k) {
    if (t[k].key != "subjected") continue;
    if (k > v.first && t[k - 1].is_any({"was", "were", "is", "are", "been", "being", "be"}))
      return 0;
    return k > from ? k : 0;
  }
  return 0;
}

Role roles(const Document& doc, const Lexicons& lex, std::size_t si, const Trigger& tr,
           const Claimant& claimant, std::size_t segment_from) {
  const SentenceView& v = doc.sentences[si];
  const auto& t = doc.tokens;
  const std::size_t first = tr.match.first;
  const std::size_t last = tr.match.last;
  const std::size_t cstart = std::max(clause_begin(doc, lex, si, first), segment_from);
  const std::size_t cend = clause_end(doc, lex, si, last);
  const bool gerund = t[first].key.size() > 4 && t[first].key.ends_with("ing") && first > v.first &&
                      !t[first - 1].is_any({"the", "a", "an"});
  const bool noun = !gerund && (tr.pattern->form == "noun" ||
                                (first > v.first && t[first - 1].is_any({"the", "a", "an", "of"})));
  // "came under fire", "was subjected to shelling": the subject is what was hit.
  bool passive = tr.pattern->agent == "patient";
  // "was shelling" is progressive, not passive.
  const bool progressive = t[first].key.size() > 4 && t[first].key.ends_with("ing") &&
                           first > v.first &&
                           t[first - 1].is_any({"was", "were", "is", "are", "been", "be"});
  for (std::size_t k = first; !progressive && k > v.first && k + 3 > first; --k) {
    if (t[k - 1].is_any({"was", "were", "is", "are", "been", "being", "be", "under"})) {
      passive = true;
      break;
    }
  }
  Role r;
  auto set_agent = [&](const ActorMention* a, const std::string& rule) {
    // "BOGOTA, Jan 20 (AP) - Fighting between ...": an agency reports, it does not fight.
    if (a && a->side == "media") return;
    if (a && !r.agent) {
      r.agent = ref_of(doc, *a, claimant, rule);
      ++r.explicit_roles;
    }
  };
  auto set_patient = [&](const ActorMention* a, const std::string& rule) {
    // "..., Magen David Adom said": the speaker is no target.
    if (a && claimant.span.end > claimant.span.begin) {
      const Span words = doc.span(a->first, a->last);
      if (words.begin >= claimant.span.begin && words.end <= claimant.span.end) return;
    }
    if (a && !r.patient) {
      r.patient = ref_of(doc, *a, claimant, rule);
      ++r.explicit_roles;
    }
  };
  // "by X", "from X": the doer, whatever the voice.
  set_agent(after_preposition(doc, v, last, cend, {"by", "from"}), "by-agent");
  // "was shelled by Azerbaijani forces": a trigger that ends with its "by".
  if (t[last - 1].key == "by") set_agent(nearest_after(doc, v, last, cend), "by-agent");
  // "the Armenian units subjected the positions of the Azerbaijani army to artillery fire": the
  // subject fired, the object was hit.
  if (const std::size_t k = active_subjected(doc, v, cstart, first); k != 0) {
    set_agent(nearest_before(doc, v, cstart, k), "subjected-subject");
    set_patient(nearest_before(doc, v, k + 1, first), "subjected-object");
  }
  if (r.agent && r.patient) {
    if (tr.pattern->agent == "object") std::swap(r.agent, r.patient);
    return r;
  }
  if (noun) {
    const bool of_is_agent = tr.type == "battles" || tr.pattern->type == "contextual";
    if (of_is_agent) {
      set_agent(after_preposition(doc, v, last, cend, {"of"}), "of-agent");
      set_patient(after_preposition(doc, v, last, cend, {"with", "against", "on"}), "with-patient");
    } else {
      set_patient(after_preposition(doc, v, last, cend, {"of", "on", "against"}), "of-patient");
    }
    // "the Armenian army attacks", "Azerbaijani shelling"
    if (first > v.first) {
      if (const ActorMention* a = actor_at(v, first - 1); a && usable(*a, false))
        set_agent(a, "modifier-agent");
    }
    // "between the Armenian and Azerbaijani forces"
    for (std::size_t i = last; i < cend; ++i) {
      if (t[i].key != "between") continue;
      const ActorMention* a = nearest_after(doc, v, i + 1, cend);
      if (!a) break;
      const ActorMention* b = nullptr;
      for (const auto& m : v.actors) {
        if (m.first >= a->first && &m != a && m.first < a->last + 6 && usable(m, true) &&
            m.side != a->side) {
          b = &m;
          break;
        }
      }
      // "the Armenian and Azerbaijani forces": the two demonyms may form one phrase each.
      set_agent(a, "between");
      set_patient(b, "between");
      break;
    }
  } else if (passive) {
    set_patient(nearest_before(doc, v, cstart, first), "passive-subject");
  } else {
    const ActorMention* subj = nearest_before(doc, v, cstart, first);
    if (subj) {
      set_agent(subj, "subject");
    } else if (has_pronoun_between(doc, cstart, first) && belligerent(doc, claimant.side)) {
      r.agent = side_ref(claimant.side, "pronoun-speaker");
      ++r.explicit_roles;
    }
    set_patient(nearest_after(doc, v, last, cend), "object");
  }
  if (tr.pattern->agent == "object") std::swap(r.agent, r.patient);
  return r;
}

// How many words an aside between commas may have ("21 civilians, including a child, were
// killed").
constexpr std::size_t kAsideWords = 8;

// The token after an aside that opens at `at` (", including a child,"), else `at`.
std::size_t after_aside(const Document& doc, const SentenceView& v, std::size_t at) {
  const auto& t = doc.tokens;
  if (at + 1 >= v.last || t[at].key != "," || !t[at + 1].is_any({"including", "among", "mostly"}))
    return at;
  for (std::size_t k = at + 2; k < v.last && k < at + kAsideWords; ++k) {
    if (t[k].key == ",") return k + 1;
    if (t[k].kind == text::TokenKind::punct) break;
  }
  return at;
}

// Casualties in a sentence: "a civilian was killed", "at least 3 civilians were killed",
// "killing five", "the injury of a six-year-old child". Adds the tokens read to `used`.
void casualties(const Document& doc, const Lexicons& lex, std::size_t si,
                std::optional<long>& killed, std::optional<long>& wounded,
                std::vector<std::pair<std::size_t, std::size_t>>& used) {
  const SentenceView& v = doc.sentences[si];
  const auto& t = doc.tokens;
  auto person_at = [&](std::size_t i, std::size_t to) -> std::size_t {
    for (std::size_t k = i; k < std::min(to, i + 4); ++k) {
      if (t[k].kind == text::TokenKind::punct) return 0;
      if (auto m = lex.equipment_matcher.match_at(t, k, to)) {
        const auto& e = lex.equipment[static_cast<std::size_t>(m->id)];
        for (const auto& c : e.categories) {
          if (c == "civilians" || c == "personnel") return m->last;
        }
        return 0;
      }
    }
    return 0;
  };
  auto measure_near = [&](std::size_t from, std::size_t to) -> std::string {
    for (std::size_t k = from; k < std::min(to, from + 4); ++k) {
      if (auto m = lex.measure_matcher.match_at(t, k, to)) {
        return lex.measures[static_cast<std::size_t>(m->id)].measure;
      }
    }
    return {};
  };
  auto record = [&](const std::string& measure, long value, std::size_t a, std::size_t b) {
    if (measure == "killed") {
      killed = std::max(killed.value_or(0), value);
    } else if (measure == "wounded") {
      wounded = std::max(wounded.value_or(0), value);
    } else {
      return;
    }
    used.emplace_back(a, b);
  };
  auto measure_ending_at = [&](std::size_t at) -> std::string {
    std::string found;
    for (std::size_t k = at > v.first + 3 ? at - 3 : v.first; k < at; ++k) {
      if (auto m = lex.measure_matcher.match_at(t, k, at); m && m->last == at && found.empty())
        found = lex.measures[static_cast<std::size_t>(m->id)].measure;
    }
    return found;
  };
  bool seen_person = false;
  std::string last_measure;  // the last figure recorded: its measure, value and end
  long last_value = 0;
  std::size_t last_end = 0;
  for (std::size_t i = v.first; i < v.last; ++i) {
    auto c = text::parse_count(t, i, text::CountOptions{true, true});
    if (!c) continue;
    std::size_t pend = person_at(c->last, v.last);
    if (!pend && seen_person && !c->article && c->last < v.last) {
      // "killing two civilians and wounding five others", "19 killed and more than 60
      // injured": a bare figure in a casualty list counts the same people.
      std::size_t k = c->last;
      if (t[k].is_any({"others", "more"})) {
        pend = k + 1;
      } else {
        while (k < v.last && t[k].is_any({"were", "was", "are", "is", "have", "has", "had", "been",
                                          "reportedly"}))
          ++k;
        if (k < v.last && lex.measure_matcher.match_at(t, k, v.last)) pend = c->last;
      }
    }
    if (!pend) continue;
    seen_person = true;
    // The verb right before the figure governs it ("killing 3 civilians and wounding 7");
    // else the verb after ("3 civilians were killed").
    std::string measure = c->first > v.first ? measure_ending_at(c->first) : std::string();
    if (measure != "killed" && measure != "wounded") measure = measure_near(pend, v.last);
    if (measure.empty()) {
      std::size_t k = after_aside(doc, v, pend);
      while (k < v.last && t[k].is_any({"had", "have", "has", "been"})) ++k;
      measure = measure_near(k, v.last);
    }
    long value = std::lround(c->value);
    // "killing at least 11 civilians and one soldier": people listed after the counted ones
    // add to them.
    if (measure.empty() && !last_measure.empty() && c->first == last_end + 1 &&
        t[last_end].key == "and") {
      measure = last_measure;
      value += last_value;
    }
    if (!measure.empty()) {
      record(measure, value, c->first, pend);
      last_measure = measure;
      last_value = value;
      last_end = pend;
    }
    i = pend - 1;
  }
}

// The equipment phrases between tokens `from` and `to` that name materiel: any category but
// people and places ("three tanks", "a command post", not "three soldiers"), and but drones,
// whose destruction in the air is an interception ("shot down" is the clash).
std::vector<PhraseMatch> materiel_in(const Lexicons& lex, const Document& doc, std::size_t from,
                                     std::size_t to) {
  std::vector<PhraseMatch> out;
  for (const auto& m : lex.equipment_matcher.find_all(doc.tokens, from, to)) {
    const std::string& category = lex.equipment[static_cast<std::size_t>(m.id)].categories.front();
    if (category != "personnel" && category != "civilians" && category != "settlements" &&
        category != "drones")
      out.push_back(m);
  }
  return out;
}

// True when the subject before a "was hit" trigger at `first` is negated ("no buildings were
// hit", "none of the villages was hit"), looking back to the clause's start.
bool negated_subject(const Document& doc, const Lexicons& lex, const SentenceView& v,
                     std::size_t first) {
  const auto& t = doc.tokens;
  for (std::size_t k = first; k > v.first && k + kSubjectReach > first; --k) {
    if (t[k - 1].kind == text::TokenKind::punct) return false;
    if (t[k - 1].is_any({"none", "nobody", "nothing", "neither"}) ||
        lex.cue("negation").match_at(t, k - 1, k))
      return true;
  }
  return false;
}

// True when the cue class an event pattern requires ("seized ... villages", "heard
// explosions") is near its words, within the sentence and with no clause end between.
bool requirement_met(const Document& doc, const Lexicons& lex, const SentenceView& v,
                     const PhraseMatch& m, const EventPattern& p) {
  if (p.requires_cue.empty()) return true;
  const auto& t = doc.tokens;
  // "near:<class>": the cue may also come before ("heard explosions", "explosions were
  // heard"); otherwise it must follow ("seized ... villages").
  const bool either = p.requires_cue.starts_with("near:");
  const std::string cls = either ? p.requires_cue.substr(5) : p.requires_cue;
  const std::size_t from = either && m.first > v.first + 6 ? m.first - 6
                           : either                        ? v.first
                                                           : m.last;
  const std::size_t to = std::min(v.last, m.last + 7);
  // "materiel": military equipment of equipment.tsv ("destroyed three tanks near X"), in a
  // sentence that names a town or site: a tally's totals name none.
  if (cls == "materiel" && !v.names_locality) return false;
  const auto near =
      cls == "materiel" ? materiel_in(lex, doc, from, to) : cues_in(lex, doc, cls, from, to);
  for (const auto& c : near) {
    if (c.first >= m.first && c.first < m.last) continue;
    const std::size_t a = c.first < m.first ? c.last : m.last;
    const std::size_t b = c.first < m.first ? m.first : c.first;
    bool clean = true;
    for (std::size_t k = a; k < b; ++k) {
      if (t[k].key == "." || t[k].key == ";") clean = false;
    }
    if (clean) return true;
  }
  return false;
}

}  // namespace

DateValue date_at(const Document& doc, std::size_t si, std::size_t i) {
  const SentenceView& v = doc.sentences[si];
  const text::DateMention* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& d : v.dates) {
    if (d.future) continue;
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
  const auto& t = doc.tokens;
  struct Pending {
    Incident incident;
    std::size_t sentence;
    std::size_t last_sentence;
    bool unattributed;  // its trigger is not under a named source: may continue the last one
  };
  std::vector<Pending> pending;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceView& v = doc.sentences[si];
    if (!sentence_filter(doc, lex, si).empty()) continue;
    const SentenceAttribution& sa = attribution[si];
    std::vector<Trigger> triggers;
    // Weapons make a generic "attack" remote violence only near it: "fired rockets ... and is
    // now conducting an offensive" is two events, and drones shot down are not the weapon.
    std::vector<std::pair<std::size_t, std::size_t>> weapon_at;  // where, and how far it reaches
    for (const auto& c : cues_in(lex, doc, "weapon", v.first, v.last))
      weapon_at.emplace_back(c.first, kWeaponReach);
    // "a moratorium on strikes", "a halt to the fighting": hostilities a truce stops.
    const auto truces = ceasefire_mentions(doc, lex, v);
    for (const auto& m : lex.pattern_matcher.find_all(t, v.first, v.last)) {
      if (const ActorMention* a = actor_at(v, m.first); a && a->last >= m.last) continue;
      if (std::any_of(truces.begin(), truces.end(),
                      [&](const PhraseMatch& c) { return c.first <= m.first && m.last <= c.last; }))
        continue;
      // "the truce ... has been repeatedly breached": breaking a truce is an accusation, not a
      // breakthrough (the ceasefire finder records it).
      if (!truces.empty() && (!cues_in(lex, doc, "violation", m.first, m.last).empty() ||
                              lex.cue("violation").match_at(t, m.first, v.last)))
        continue;
      // Of the entries that list these words, the first whose required cue is there.
      const EventPattern* chosen = nullptr;
      for (int id : lex.pattern_matcher.ids_of(t, m)) {
        const EventPattern& candidate = lex.patterns[static_cast<std::size_t>(id)];
        if (requirement_met(doc, lex, v, m, candidate)) {
          chosen = &candidate;
          break;
        }
      }
      if (!chosen) continue;
      const EventPattern& p = *chosen;
      // A fallback verb ("troops killed 40 gunmen") is an incident only in the active voice
      // and only where nothing else in the sentence is one (checked below).
      if (p.form == "fallback" && m.first > v.first &&
          t[m.first - 1].is_any({"was", "were", "been", "be", "is", "are", "being"}))
        continue;
      // "no civilian facilities were hit": a negated subject of what was hit.
      if (p.agent == "patient" && negated_subject(doc, lex, v, m.first)) continue;
      // "the strikes destroyed an air defence system": what an attack told of did, not another.
      if (p.form == "fallback" && m.first > v.first &&
          lex.pattern_matcher.match_at(t, m.first - 1, m.first))
        continue;
      const bool noun = p.form == "noun";
      const bool battles_like = p.type == "battles" || p.type == "contextual";
      bool denied = false;
      const std::string why =
          trigger_filter(doc, lex, si, m.first, m.last, noun, battles_like, denied);
      if (denied) {
        Denial d;
        d.claimant = sa.at(m.first);
        d.denied = doc.span(m.first, clause_end(doc, lex, si, m.last));
        d.evidence = doc.sentence_span(si);
        out.denials.push_back(d);
      }
      if (!why.empty()) continue;
      if (p.type == "explosions_remote_violence") weapon_at.emplace_back(m.first, kTriggerReach);
      Trigger tr;
      tr.match = m;
      tr.pattern = &p;
      tr.type = p.type;
      for (std::size_t k = 0; k < sa.segments.size(); ++k) {
        if (sa.segments[k].from <= m.first) tr.segment = k;
      }
      triggers.push_back(tr);
    }
    // "repelled Ukrainian attacks": the attack a side repelled is that one event, not another.
    std::vector<std::size_t> repelled;  // where each "repelled" ends
    for (const auto& o : triggers)
      if (o.pattern->agent == "object") repelled.push_back(o.match.last);
    std::erase_if(triggers, [&](const Trigger& tr) {
      return tr.pattern->type == "contextual" &&
             std::any_of(repelled.begin(), repelled.end(), [&](std::size_t end) {
               return end <= tr.match.first && tr.match.first <= end + kRepelledObjectReach;
             });
    });
    if (std::any_of(triggers.begin(), triggers.end(),
                    [](const Trigger& tr) { return tr.pattern->form != "fallback"; }))
      std::erase_if(triggers, [](const Trigger& tr) { return tr.pattern->form == "fallback"; });
    if (triggers.empty()) continue;
    for (auto& tr : triggers) {
      if (tr.type != "contextual") continue;
      bool weapon = false;
      for (const auto& [w, reach] : weapon_at) {
        if (w + reach >= tr.match.first && w < tr.match.last + reach) weapon = true;
      }
      tr.type = weapon ? "explosions_remote_violence" : "battles";
    }
    std::optional<long> killed, wounded;
    std::vector<std::pair<std::size_t, std::size_t>> used;
    casualties(doc, lex, si, killed, wounded, used);
    // One incident per type and attribution segment of the sentence.
    std::map<std::pair<std::string, std::size_t>, std::vector<Trigger*>> groups;
    for (auto& tr : triggers) groups[{tr.type, tr.segment}].push_back(&tr);
    for (auto& [key, members] : groups) {
      const Claimant& claimant = sa.segments[key.second].claimant;
      Incident inc;
      inc.type = key.first;
      inc.claimant = claimant;
      inc.evidence.push_back(doc.sentence_span(si));
      const Trigger* best = nullptr;
      Role best_role;
      for (Trigger* tr : members) {
        inc.triggers.push_back(doc.span(tr->match.first, tr->match.last));
        Role r = roles(doc, lex, si, *tr, claimant, sa.segments[key.second].from);
        if (!best || r.explicit_roles > best_role.explicit_roles) {
          best = tr;
          best_role = r;
        }
      }
      inc.sub_event = best->pattern->sub_event;
      inc.plover = best->pattern->plover;
      if (inc.type == "explosions_remote_violence" && best->pattern->type == "contextual") {
        inc.sub_event = "Shelling/artillery/missile attack";
      }
      inc.provenance["type"] =
          best->pattern->source + " '" + doc.text(best->match.first, best->match.last) + "'";
      inc.actor1 = best_role.agent;
      inc.actor2 = best_role.patient;
      // "21 civilians were killed when rockets struck the town": civilians are who was hit,
      // never who attacked.
      if (inc.actor1 && inc.actor1->side == "civilians") {
        if (!inc.actor2) inc.actor2 = inc.actor1;
        inc.actor1.reset();
      }
      // "gunmen attacked the villagers": an armed group's attack whose target is civilians, no
      // weapon named, is violence against them, not a clash. A state's army attacking a
      // village of a state it is at war with is fighting that state.
      if (inc.type == "battles" && best->pattern->type == "contextual" && inc.actor2 &&
          inc.actor2->side == "civilians" && (!inc.actor1 || !lex.is_state(inc.actor1->side))) {
        inc.type = "violence_against_civilians";
        inc.sub_event = "Attack";
        inc.plover = "ASSAULT";
        inc.provenance["type"] += " +civilian-target";
      }
      inc.date = date_at(doc, si, best->match.first);
      inc.provenance["date"] = inc.date.rule;
      inc.provenance["claimant"] = claimant.rule;
      const std::size_t cstart = clause_begin(doc, lex, si, best->match.first);
      // A strike on a town or one that kills people hits civilians, unless the sentence
      // names who was hit.
      if (inc.type == "explosions_remote_violence" && (!inc.actor1 || !inc.actor2) &&
          (settlement_target(doc, cstart, std::min(v.last, best->match.last + 6)) || killed ||
           wounded)) {
        inc.actor2 = side_ref("civilians", "settlement-target");
      }
      if (inc.type == "violence_against_civilians" && !inc.actor2) {
        inc.actor2 = side_ref("civilians", "civilian-target");
      }
      inc.fatalities = killed;
      inc.injuries = wounded;
      inc.confidence =
          std::min(0.95, 0.5 + 0.1 * best_role.explicit_roles +
                             (best->pattern->form == "verb" ? 0.1 : 0.0) + (sa.own ? 0.1 : 0.0));
      const bool unattributed = claimant.rule == "outlet" || claimant.rule == "paragraph" ||
                                claimant.rule.ends_with("unresolved");
      // A sentence that goes on about the incident of the sentence before joins it; the
      // outlet's own voice does not continue a party's claim ("A reporter heard explosions").
      const bool same_voice = claimant.rule == "paragraph" || pending.empty() ||
                              !belligerent(doc, pending.back().incident.claimant.side) ||
                              pending.back().incident.claimant.side == claimant.side;
      if (!pending.empty() && unattributed && same_voice &&
          pending.back().last_sentence + 1 == si && pending.back().incident.type == inc.type) {
        Incident& prev = pending.back().incident;
        prev.evidence.push_back(doc.sentence_span(si));
        for (const auto& s : inc.triggers) prev.triggers.push_back(s);
        if (!prev.actor1) prev.actor1 = inc.actor1;
        if (!prev.actor2 || (inc.actor2 && inc.actor2->side == "civilians"))
          prev.actor2 = inc.actor2;
        if (inc.fatalities)
          prev.fatalities = std::max(prev.fatalities.value_or(0), *inc.fatalities);
        if (inc.injuries) prev.injuries = std::max(prev.injuries.value_or(0), *inc.injuries);
        if (prev.date.rule == "publication" && inc.date.rule != "publication") prev.date = inc.date;
        pending.back().last_sentence = si;
        continue;
      }
      pending.push_back(Pending{std::move(inc), si, si, unattributed});
    }
  }
  // Fill the sides a report leaves unsaid.
  for (auto& p : pending) {
    Incident& inc = p.incident;
    if (inc.type == "explosions_remote_violence" && (inc.fatalities || inc.injuries) &&
        (!inc.actor2 || inc.actor2->kind == "state")) {
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
    }
    // One side does not fight itself: a side inferred from the speaker ("the army" as its own)
    // yields to the one a mention names ("the army had attacked its forces").
    if (inc.actor1 && inc.actor2 && !inc.actor1->side.empty() && inc.actor1->side != "civilians" &&
        lex.counts_as(inc.actor1->side) == lex.counts_as(inc.actor2->side)) {
      const bool first_inferred = inc.actor1->rule.find("own-side") != std::string::npos ||
                                  inc.actor1->rule.find("opponent") != std::string::npos;
      std::optional<ActorRef>& inferred = first_inferred ? inc.actor1 : inc.actor2;
      const std::string named = first_inferred ? inc.actor2->side : inc.actor1->side;
      inferred = side_ref(opponent_of(doc, named), "opponent-of-named");
    }
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
