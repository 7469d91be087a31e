// See incident_roles.hpp.
#include "extract/incident_roles.hpp"

#include <algorithm>

#include "extract/filters.hpp"
#include "extract/incident_extractor.hpp"

namespace truce::extract {
namespace {

// "Israeli forces killed three Palestinians ..., as troops backed by drones clashed with
// gunmen": the side of the last force of a party named earlier in the sentence of `a`, which
// "troops" takes up; empty when none is.
std::string army_named_before(const Document& doc, const ActorMention& a) {
  const SentenceView& v = doc.sentences[doc.sentence_of(doc.tokens[a.first].begin)];
  std::string side;
  for (const auto& b : v.actors) {
    if (b.last > a.first) break;
    if (b.kind == "military" && !b.side.empty() && !b.locative && belligerent(doc, b.side))
      side = b.side;
  }
  return side;
}

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
    const std::string named = army_named_before(doc, a);
    if (!state.empty() && cue_ends_at(*doc.lex, doc, "state_army", from, a.last)) {
      r.side = state;
      r.rule += "+state-at-war";
    } else if (cue_ends_at(*doc.lex, doc, "enemy_word", a.first, a.last)) {
      // "A drone struck a group of militants", the army said: the speaker's enemies, never
      // its own.
      r.side = enemy_of(doc, claimant.side);
      r.rule += "+enemy-word";
    } else if (!named.empty()) {
      r.side = named;
      r.rule += "+army-named-before";
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

// "According to Azerbaijani officials, a Scud struck Ganja": the source cited is no subject.
bool cited_source(const Document& doc, const ActorMention& a) {
  const auto& t = doc.tokens;
  std::size_t k = a.first;
  if (k > 0 && t[k - 1].key == "the") --k;
  return k >= 2 && t[k - 1].key == "to" && t[k - 2].key == "according";
}

// "M23 rebels backed by Rwanda attacked", "the mercenaries in the pay of Sudan attacked": the
// party named after words of backing (cue class backer) qualifies the one before it; it is not
// the subject.
bool backs(const Document& doc, const ActorMention& a) {
  std::size_t k = a.first;
  if (k > 0 && doc.tokens[k - 1].key == "the") --k;
  return cue_ends_at(*doc.lex, doc, "backer", 0, k);
}

// How many words may stand between a state's demonym and the head noun it qualifies ("Russian
// Mi-24 military helicopter").
constexpr std::size_t kStateHeadGap = 3;

const ActorMention* nearest_before(const Document& doc, const SentenceView& v, std::size_t from,
                                   std::size_t to) {
  const ActorMention* best = nullptr;
  const ActorMention* before_best = nullptr;
  // "BAGHDAD - Gunmen attacked ...": the dateline's town does nothing.
  const std::size_t dateline = dateline_end(doc, v);
  for (const auto& a : v.actors) {
    if (a.first >= from && a.last <= to && usable(a, false) && !cited_source(doc, a) &&
        doc.tokens[a.first].begin >= dateline && !(best && backs(doc, a))) {
      before_best = best;
      best = &a;
    }
  }
  // "a Russian Mi-24 military helicopter": a head noun of no state takes the state named a few
  // words before it.
  if (best && before_best && best->side.empty() && !before_best->side.empty() &&
      before_best->kind == "state" && before_best->last <= best->first &&
      best->first <= before_best->last + kStateHeadGap) {
    bool words_only = true;
    for (std::size_t k = before_best->last; k < best->first; ++k)
      words_only = words_only && doc.tokens[k].kind != text::TokenKind::punct &&
                   !doc.tokens[k].is_any({"and", "or", "of", "by", "with", "against"});
    if (words_only) return before_best;
  }
  // "Syrian and Russian warplanes struck", "the Sudanese army and allied forces recaptured": of
  // a coordinated pair, the first named leads.
  const auto& t = doc.tokens;
  if (best && before_best && before_best->last < best->first && t[before_best->last].key == "and" &&
      before_best->side != best->side &&
      (before_best->last + 1 == best->first ||
       (before_best->last + 2 == best->first && t[best->first - 1].kind == text::TokenKind::word &&
        !doc.capitalised(best->first - 1))))
    return before_best;
  return best;
}

// How many lower-case words may stand between a state's demonym and the event noun it qualifies
// ("Israeli tank fire", "Azerbaijani combat drone").
constexpr std::size_t kModifierGap = 2;

// The actor right before the event noun at `first`, or a state's demonym at most kModifierGap
// lower-case words before it; nullptr when there is none.
const ActorMention* modifier_before(const Document& doc, const SentenceView& v, std::size_t first) {
  const auto& t = doc.tokens;
  for (std::size_t gap = 0; gap <= kModifierGap && first > v.first + gap; ++gap) {
    const std::size_t at = first - 1 - gap;
    if (const ActorMention* a = actor_at(v, at)) {
      return a->last == at + 1 && (gap == 0 || a->kind == "state") ? a : nullptr;
    }
    const auto& w = t[at];
    if (w.kind != text::TokenKind::word || doc.capitalised(at) ||
        w.is_any({"and", "or",    "of",     "by",   "with",  "against", "the",
                  "a",   "an",    "to",     "in",   "on",    "at",      "from",
                  "for", "after", "during", "that", "which", "its",     "their"}))
      return nullptr;
  }
  return nullptr;
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

// How many words may stand between a light verb and its event noun ("carried out a series of
// raids").
constexpr std::size_t kLightVerbReach = 5;

// The first token of a light verb (cue class light_verb: "carried out", "launched") a few words
// before the event noun at `first`, with no punctuation between; 0 when there is none.
std::size_t light_verb_before(const Document& doc, const Lexicons& lex, const SentenceView& v,
                              std::size_t from, std::size_t first) {
  const std::size_t start =
      std::max(from, first >= kLightVerbReach + 2 ? first - kLightVerbReach - 2 : 0);
  for (std::size_t b = first; b > start; --b) {
    const std::size_t at = b - 1;
    if (doc.tokens[at].kind == text::TokenKind::punct) return 0;
    const auto m = lex.cue("light_verb").match_at(doc.tokens, at, first);
    if (m && first - m->last <= kLightVerbReach) return at > v.first ? at : 0;
  }
  return 0;
}

}  // namespace

// A settlement as the target ("the city of X", "the town of", "the capital").
bool settlement_target(const Document& doc, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    if (word_of(*doc.lex, doc, "settlement_noun", i)) return true;
  }
  return false;
}

// True when the trigger word at `i` is a noun of what was hit (cue class object_noun:
// "targets") after a party's name, a number or a determiner ("120 Hezbollah targets").
bool object_noun(const Document& doc, const Lexicons& lex, const SentenceView& v, std::size_t i) {
  if (i == v.first || !word_of(lex, doc, "object_noun", i)) return false;
  const auto& w = doc.tokens[i - 1];
  if (w.kind == text::TokenKind::number || w.is_any({"the", "its", "their", "military", "enemy"}))
    return true;
  const ActorMention* a = actor_at(v, i - 1);
  return a != nullptr && a->last == i;
}

namespace {

// How many words after a passive verb a "by" that a coordinated passive shares may stand.
constexpr std::size_t kSharedAgentReach = 10;

// The grammatical shape of a trigger: "shelling" after a verb is a gerund, "the shelling" a noun,
// "was shelled" or "came under fire" passive.
struct Voice {
  bool gerund = false;
  bool noun = false;
  bool passive = false;
};

Voice voice_of(const Document& doc, const SentenceView& v, const Trigger& tr) {
  const auto& t = doc.tokens;
  const std::size_t first = tr.match.first;
  Voice voice;
  voice.gerund = t[first].key.size() > 4 && t[first].key.ends_with("ing") && first > v.first &&
                 !t[first - 1].is_any({"the", "a", "an"});
  voice.noun =
      !voice.gerund && (tr.pattern->form == "noun" ||
                        (first > v.first && t[first - 1].is_any({"the", "a", "an", "of"})));
  // "came under fire", "was subjected to shelling": the subject is what was hit.
  voice.passive = tr.pattern->agent == "patient";
  // "was shelling" is progressive, not passive.
  const bool progressive = t[first].key.size() > 4 && t[first].key.ends_with("ing") &&
                           first > v.first &&
                           t[first - 1].is_any({"was", "were", "is", "are", "been", "be"});
  for (std::size_t k = first; !progressive && k > v.first && k + 3 > first; --k) {
    // "were attempting to attack": an infinitive is active, whatever comes before "to" ("were
    // exposed to bombing" is passive).
    if (t[k - 1].key == "to" && !voice.gerund) break;
    if (t[k - 1].is_any({"was", "were", "is", "are", "been", "being", "be", "under"})) {
      voice.passive = true;
      break;
    }
  }
  return voice;
}

// Fills each of a Role's two slots once, from the first mention a rule offers that may fill it.
class RoleSlots {
 public:
  RoleSlots(const Document& doc, const Lexicons& lex, const SentenceView& v,
            const Claimant& claimant)
      : doc_(doc), lex_(lex), v_(v), claimant_(claimant) {}

  void agent(const ActorMention* a, const std::string& rule) {
    // "BOGOTA, Jan 20 (AP) - Fighting between ...": an agency reports, it does not fight.
    if (a && a->side == "media") return;
    if (a && !role.agent) {
      role.agent = ref_of(doc_, *a, claimant_, rule);
      ++role.explicit_roles;
    }
  }

  void patient(const ActorMention* a, const std::string& rule) {
    if (!a || role.patient || speaks_or_relays(*a)) return;
    role.patient = ref_of(doc_, *a, claimant_, rule);
    ++role.explicit_roles;
  }

  // The claimant's own party as the doer ("its forces", "our units").
  void speaker_agent() {
    role.agent = side_ref(claimant_.side, "pronoun-speaker");
    ++role.explicit_roles;
  }

  Role role;

 private:
  bool speaks_or_relays(const ActorMention& a) const {
    // "..., Magen David Adom said": the speaker is no target.
    if (claimant_.span.end > claimant_.span.begin) {
      const Span words = doc_.span(a.first, a.last);
      if (words.begin >= claimant_.span.begin && words.end <= claimant_.span.end) return true;
    }
    // "..., informs AZERTAC with reference to ...": the outlet that relays is no target.
    if (a.kind == "media" && cue_ends_at(lex_, doc_, "speech", v_.first, a.first)) return true;
    // "PEMBA, Mozambique (Reuters) - ... their convoy was ambushed": nor the dateline's agency.
    return a.kind == "media" && a.first > v_.first && doc_.tokens[a.first - 1].key == "(";
  }

  const Document& doc_;
  const Lexicons& lex_;
  const SentenceView& v_;
  const Claimant& claimant_;
};

// The tokens of the trigger's clause, and the trigger's own.
struct Clause {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t first = 0;
  std::size_t last = 0;
};

// "by X", "from X": the doer, whatever the voice; "A citizen was killed and two others were
// wounded by RSF snipers": one "by" for both passives.
void by_agents(const Document& doc, const SentenceView& v, const Clause& c, bool passive,
               bool taker_after, RoleSlots& slots) {
  const auto& t = doc.tokens;
  slots.agent(after_preposition(doc, v, c.last, c.end, {"by", "from"}), "by-agent");
  // "was shelled by Azerbaijani forces": a trigger that ends with its "by". "The town fell to
  // Armenian forces", "came under full control of the enemy": the taker follows a trigger whose
  // subject is the place taken.
  if (t[c.last - 1].key == "by" || (taker_after && t[c.last - 1].is_any({"of", "to"})))
    slots.agent(nearest_after(doc, v, c.last, c.end), "by-agent");
  bool coordinated = false;
  for (std::size_t k = c.last;
       passive && !slots.role.agent && k + 1 < v.last && k < c.last + kSharedAgentReach; ++k) {
    if (t[k].is_any({".", ";", ","})) break;
    coordinated = coordinated || t[k].key == "and";
    if (t[k].key == "by" && coordinated) {
      slots.agent(nearest_after(doc, v, k + 1, std::min(v.last, k + 4)), "shared-by-agent");
      break;
    }
  }
}

// "the Armenian units subjected the positions of the Azerbaijani army to artillery fire", and
// machine translation's active "subjected to fire the positions of our army": the subject fired,
// the object was hit. True when the roles are final.
bool subjected_roles(const Document& doc, const SentenceView& v, const Clause& c,
                     RoleSlots& slots) {
  const auto& t = doc.tokens;
  if (const std::size_t k = active_subjected(doc, v, c.begin, c.first); k != 0) {
    slots.agent(nearest_before(doc, v, c.begin, k), "subjected-subject");
    // "subjected the villages of Skhtorashen and Amaras of the Martuni region of Artsakh to
    // artillery fire": as below, only forces are the object; the villages' people are the
    // target set_civilian_target gives.
    const ActorMention* object = nearest_before(doc, v, k + 1, c.first);
    if (object && !object->locative &&
        (object->kind == "military" || object->kind == "armed_group" ||
         !settlement_target(doc, k + 1, object->first)))
      slots.patient(object, "subjected-object");
  }
  if (slots.role.agent || slots.role.patient || t[c.first].key != "subjected" || c.last >= c.end ||
      (c.first > v.first &&
       t[c.first - 1].is_any({"was", "were", "is", "are", "been", "being", "be"})))
    return false;
  // Only forces as the object: a town fired on is civilians' (set_civilian_target).
  const ActorMention* object = nearest_after(doc, v, c.last, c.end);
  const bool forces =
      object && !object->locative && (object->kind == "military" || object->kind == "armed_group");
  // "... subjected to fire the villages of the Ordubad district": the subject still fired.
  // The villages' people are the target set_civilian_target gives, not a state named there.
  slots.agent(nearest_before(doc, v, c.begin, c.first), "subjected-subject");
  if (forces) slots.patient(object, "subjected-object");
  return slots.role.agent.has_value();
}

// "between the Armenian and Azerbaijani forces": the first named party and the next one of
// another side within a few words (the two demonyms may form one phrase each).
void between_roles(const Document& doc, const SentenceView& v, const Clause& c, RoleSlots& slots) {
  for (std::size_t i = c.last; i < c.end; ++i) {
    if (doc.tokens[i].key != "between") continue;
    const ActorMention* a = nearest_after(doc, v, i + 1, c.end);
    if (!a) return;
    const ActorMention* b = nullptr;
    for (const auto& m : v.actors) {
      if (m.first >= a->first && &m != a && m.first < a->last + 6 && usable(m, true) &&
          m.side != a->side) {
        b = &m;
        break;
      }
    }
    slots.agent(a, "between");
    slots.patient(b, "between");
    return;
  }
}

// A trigger that is a noun: "the shelling of X", "Azerbaijani shelling", "carried out a raid".
void noun_roles(const Document& doc, const Lexicons& lex, const SentenceView& v, const Trigger& tr,
                const Clause& c, RoleSlots& slots) {
  const auto& t = doc.tokens;
  // "a member of the regime forces was killed by sniper fire": who was killed by the event.
  if (c.first >= c.begin + 3 && t[c.first - 1].key == "by" &&
      t[c.first - 2].is_any({"killed", "wounded", "injured", "hit"}))
    slots.patient(nearest_before(doc, v, c.begin, c.first - 2), "killed-by-subject");
  if (tr.type == "battles" || tr.pattern->type == "contextual") {
    slots.agent(after_preposition(doc, v, c.last, c.end, {"of"}), "of-agent");
    slots.patient(after_preposition(doc, v, c.last, c.end, {"with", "against", "on"}),
                  "with-patient");
  } else {
    slots.patient(after_preposition(doc, v, c.last, c.end, {"of", "on", "against"}), "of-patient");
  }
  // "the Armenian army attacks", "Azerbaijani shelling", "Israeli tank fire", "an Azerbaijani
  // combat drone struck"
  if (const ActorMention* a = modifier_before(doc, v, c.first); a && usable(*a, false))
    slots.agent(a, "modifier-agent");
  // "Israeli enemy warplanes carried out a raid on ...": the subject of the light verb.
  if (const std::size_t lv = light_verb_before(doc, lex, v, c.begin, c.first); lv != 0)
    slots.agent(nearest_before(doc, v, c.begin, lv), "light-verb-subject");
  between_roles(doc, v, c, slots);
}

// An active verb: its subject did it, its object was hit.
void active_roles(const Document& doc, const Lexicons& lex, const SentenceView& v,
                  const Claimant& claimant, const Clause& c, RoleSlots& slots) {
  const auto& t = doc.tokens;
  const ActorMention* subj = nearest_before(doc, v, c.begin, c.first);
  // "the ministry announced that its forces took control": forces of no named state that a
  // possessive gives to the speaker. A state's army speaks of its own troops in a war not on
  // file as well.
  const bool speaker_party = belligerent(doc, claimant.side) || lex.is_state(claimant.side);
  const bool speakers_own = subj && subj->side.empty() && subj->first > v.first &&
                            t[subj->first - 1].is_any({"its", "their", "our"}) && speaker_party;
  // "we repelled the attack", "they shelled the post": a pronoun where no party is named is a
  // belligerent speaker's own.
  const bool pronoun_only =
      !subj && has_pronoun_between(doc, c.begin, c.first) && belligerent(doc, claimant.side);
  if (speakers_own || pronoun_only) {
    slots.speaker_agent();
  } else if (subj) {
    slots.agent(subj, "subject");
  }
  // "stormed the town of Pont-Sonde in central Haiti": a country named as where the object
  // lies is no object itself, unless it is a party to the report's war ("shelled the town of
  // Kapan in southern Armenia" hit Armenia).
  const ActorMention* object = nearest_after(doc, v, c.last, c.end);
  if (object && object->locative && object->kind == "state" && object->first > c.last + 1 &&
      settlement_target(doc, c.last, object->first) && !belligerent(doc, object->side))
    object = nullptr;
  slots.patient(object, "object");
}

}  // namespace

Role roles(const Document& doc, const Lexicons& lex, std::size_t si, const Trigger& tr,
           const Claimant& claimant, std::size_t segment_from) {
  const SentenceView& v = doc.sentences[si];
  Clause c;
  c.first = tr.match.first;
  c.last = tr.match.last;
  c.begin = std::max(clause_begin(doc, lex, si, c.first), segment_from);
  c.end = clause_end(doc, lex, si, c.last);
  const Voice voice = voice_of(doc, v, tr);
  RoleSlots slots(doc, lex, v, claimant);
  by_agents(doc, v, c, voice.passive, tr.pattern->agent == "patient", slots);
  if (subjected_roles(doc, v, c, slots)) return slots.role;
  const bool both = slots.role.agent && slots.role.patient;
  if (!both && voice.noun) {
    noun_roles(doc, lex, v, tr, c, slots);
  } else if (!both && voice.passive) {
    slots.patient(nearest_before(doc, v, c.begin, c.first), "passive-subject");
  } else if (!both) {
    active_roles(doc, lex, v, claimant, c, slots);
  }
  if (tr.pattern->agent == "object") std::swap(slots.role.agent, slots.role.patient);
  return slots.role;
}

}  // namespace truce::extract
