// Sentences that join the incident told before; see incident_joins.hpp.
#include "extract/incident_joins.hpp"

#include <algorithm>

#include "extract/filters.hpp"
#include "extract/sentence_casualties.hpp"

namespace truce::extract {
namespace {

// How many sentences back the incident that "the attack" refers to may have been told.
constexpr std::size_t kAnaphorSentences = 2;

// "The cathedral was hit twice, the ministry said. According to the ministry, the first strike
// hit the dome": the same speaker going on about the strike it just told, naming no side, place
// or day of its own, tells the same incident.
bool elaborates(const Document& doc, const Pending& last, const Pending& next) {
  const Incident& prev = last.incident;
  const Incident& inc = next.incident;
  const SentenceView& v = doc.sentences[next.sentence];
  if (prev.claimant.side.empty() || prev.claimant.side != inc.claimant.side || !v.dates.empty())
    return false;
  if (!inc.actor1 && !inc.actor2 && !v.names_locality) return true;
  // "The units of the SPLA continued yesterday intense bombardment against the Moroccan army.
  // According to the communique, the units of the SPLA targeted the bases of the enemy in the
  // sectors of Mahbes": the same doer against the same foe, where the first telling had no
  // place, names where it happened.
  auto same = [](const std::optional<ActorRef>& a, const std::optional<ActorRef>& b) {
    return a && b && !a->side.empty() && a->side == b->side;
  };
  for (std::size_t si = last.sentence; si <= last.last_sentence; ++si) {
    if (doc.sentences[si].names_locality) return false;
  }
  return same(prev.actor1, inc.actor1) && same(prev.actor2, inc.actor2);
}

// The head noun of "the X" that a trigger retells: the passive's subject ("the helicopter was
// shot down") or the active verb's object ("had downed the helicopter"); 0 when neither.
std::size_t retold_head(const SentenceContext& s, const Trigger& tr) {
  const auto& t = s.doc.tokens;
  std::size_t k = tr.match.first;
  if (k > s.v.first && t[k - 1].is_any({"was", "were"})) --k;
  if (t[k].is_any({"was", "were"})) {
    if (k >= s.v.first + 2 && t[k - 2].key == "the" && t[k - 1].kind == text::TokenKind::word)
      return k - 1;
    return 0;
  }
  const std::size_t last = tr.match.last;
  if (last + 1 < s.v.last && t[last].key == "the" && t[last + 1].kind == text::TokenKind::word &&
      (last + 2 >= s.v.last || t[last + 2].kind == text::TokenKind::punct ||
       t[last + 2].is_any({"by", "in", "near", "over", "on", "and"})))
    return last + 1;
  return 0;
}

// "As a result of shelling", "as a result of the shelling", "as a result of this criminal
// attack": a consequence cue before the event noun, across its determiner and one modifier.
bool consequence_of(const SentenceContext& s, std::size_t k) {
  const auto& t = s.doc.tokens;
  auto determiner = [&](std::size_t i) {
    return t[i].is_any({"the", "this", "that", "these", "those", "such"});
  };
  std::size_t end = k;
  if (end > s.v.first && determiner(end - 1)) {
    end -= 1;
  } else if (end > s.v.first + 1 && determiner(end - 2) &&
             t[end - 1].kind == text::TokenKind::word) {
    end -= 2;
  }
  return cue_ends_at(s.lex, s.doc, "consequence", s.v.first, end);
}

}  // namespace

// Raises an incident's toll to the counts a later sentence about it gives.
void raise_toll(Incident& inc, std::optional<long> killed, std::optional<long> wounded) {
  if (killed) inc.fatalities = std::max(inc.fatalities.value_or(0), *killed);
  if (wounded) inc.injuries = std::max(inc.injuries.value_or(0), *wounded);
}

// A sentence that goes on about the incident of the sentence before joins it; the outlet's
// own voice does not continue a party's claim ("A reporter heard explosions").
bool continues_last(const Document& doc, std::vector<Pending>& pending, const Pending& next) {
  if (pending.empty()) return false;
  Pending& last = pending.back();
  Incident& prev = last.incident;
  const Incident& inc = next.incident;
  const bool same_voice = inc.claimant.rule == "paragraph" ||
                          !belligerent(doc, prev.claimant.side) ||
                          prev.claimant.side == inc.claimant.side;
  if (!(next.unattributed || elaborates(doc, last, next)) || !same_voice ||
      last.last_sentence + 1 != next.sentence || prev.type != inc.type)
    return false;
  prev.evidence.push_back(doc.sentence_span(next.sentence));
  for (const auto& sp : inc.triggers) prev.triggers.push_back(sp);
  if (!prev.actor1) prev.actor1 = inc.actor1;
  if (!prev.actor2 || (inc.actor2 && inc.actor2->side == "civilians")) prev.actor2 = inc.actor2;
  raise_toll(prev, inc.fatalities, inc.injuries);
  if (prev.date.rule == "publication" && inc.date.rule != "publication") prev.date = inc.date;
  last.last_sentence = next.sentence;
  return true;
}

// "Baku accused Yerevan of violating the truce. Armenian units shelled Tartar in the
// morning": the violation alleged is the incident the next sentence tells of.
bool tells_of_accusation(std::vector<Pending>& pending, Pending& next) {
  if (pending.empty()) return false;
  Pending& last = pending.back();
  Incident& prev = last.incident;
  Incident& inc = next.incident;
  if (!last.accusation || last.last_sentence + 1 != next.sentence ||
      (inc.actor1 && prev.actor1 && inc.actor1->side != prev.actor1->side))
    return false;
  inc.evidence.insert(inc.evidence.begin(), prev.evidence.begin(), prev.evidence.end());
  inc.triggers.insert(inc.triggers.begin(), prev.triggers.begin(), prev.triggers.end());
  if (!inc.actor1) inc.actor1 = prev.actor1;
  prev = std::move(inc);
  last.last_sentence = next.sentence;
  last.accusation = false;
  return true;
}

// True when the word `w` (a place's first word) is in the sentences that told `inc`.
bool told_of(const Document& doc, const Incident& inc, const text::Token& w) {
  const std::string_view body = doc.report->body;
  return std::any_of(inc.evidence.begin(), inc.evidence.end(), [&](const Span& e) {
    return body.substr(e.begin, e.end - e.begin).find(body.substr(w.begin, w.end - w.begin)) !=
           std::string_view::npos;
  });
}

// "The raids caused huge destruction", "It was the second attack on Ganja", "Kyiv did not claim
// the attack": where every trigger is a definite event noun and the sentence names no town and
// no day of its own, it goes on about the incident just told, which takes its words.
bool refers_back(const SentenceContext& s, std::vector<Pending>& pending,
                 const std::vector<Trigger>& triggers) {
  if (pending.empty() || pending.back().last_sentence + kAnaphorSentences < s.si) return false;
  // Another party's word on it is that party's claim, an incident of its own.
  const Claimant& speaker = s.sa.at(triggers.front().match.first);
  const std::string& told_by = pending.back().incident.claimant.side;
  if (speaker.side != told_by && belligerent(s.doc, speaker.side) && belligerent(s.doc, told_by))
    return false;
  const auto& t = s.doc.tokens;
  for (const auto& tr : triggers) {
    const std::size_t k = tr.match.first;
    // "As a result of shelling the hospital was damaged": what the event just told brought about.
    const bool consequence = consequence_of(s, k);
    const bool definite =
        consequence ||
        (k > s.v.first && (t[k - 1].is_any({"the", "this", "that", "these", "those"}) ||
                           (k > s.v.first + 1 && t[k - 2].is_any({"the", "this", "these"}) &&
                            t[k - 1].kind == text::TokenKind::word)));
    if (tr.pattern->form == "verb" && !consequence &&
        !t[k].is_any({"attack", "attacks", "raid", "raids"}))
      return false;
    if (!definite) return false;
  }
  // A town of its own ("the attack on Kherson"), but not a capital that speaks ("Kyiv said"),
  // nor the town the incident was told of ("The capture of Ann gives the group control").
  const Incident& told = pending.back().incident;
  if (std::any_of(s.v.places.begin(), s.v.places.end(), [&](const PlaceCountry& p) {
        const std::size_t ti = s.doc.token_of(p.offset);
        const ActorMention* a = actor_at(s.v, ti);
        return p.local && !(a && !a->locative) && !told_of(s.doc, told, s.doc.tokens[ti]);
      }))
    return false;
  // A day of its own; a clock time ("began at 12:05") is none.
  if (std::any_of(s.v.dates.begin(), s.v.dates.end(),
                  [](const text::DateMention& d) { return !d.future && d.rule != "clock-time"; }))
    return false;
  // "Kyiv did not officially claim the attack": about the incident, but telling nothing of it.
  if (!cues_in(s.lex, s.doc, "negation", s.v.first, triggers.front().match.first).empty())
    return true;
  Incident& prev = pending.back().incident;
  prev.evidence.push_back(s.doc.sentence_span(s.si));
  for (const auto& tr : triggers)
    prev.triggers.push_back(s.doc.span(tr.match.first, tr.match.last));
  // "The strikes killed 10 civilians": the toll is the incident's.
  Toll toll;
  std::vector<std::pair<std::size_t, std::size_t>> used;
  casualties(s.doc, s.lex, s.si, toll.killed, toll.wounded, used);
  raise_toll(prev, toll.killed, toll.wounded);
  pending.back().last_sentence = s.si;
  return true;
}

// "Baku apologised and said the helicopter was downed by mistake": a passive whose subject is
// "the X", where an earlier incident of the same type told of an X, retells that incident,
// whoever speaks, when the sentence names no town or day of its own.
bool retells_by_subject(const SentenceContext& s, std::vector<Pending>& pending,
                        const std::vector<Trigger>& triggers) {
  const auto& t = s.doc.tokens;
  if (triggers.size() != 1 || !s.v.dates.empty() || s.v.names_locality) return false;
  const Trigger& tr = triggers.front();
  const std::size_t head = retold_head(s, tr);
  if (head == 0) return false;
  for (auto it = pending.rbegin(); it != pending.rend(); ++it) {
    Incident& told = it->incident;
    if (told.type != tr.type || !told_of(s.doc, told, t[head])) continue;
    // Another party's own account of it ("its forces had downed the helicopter") is its claim.
    const bool object = head > tr.match.first;
    if (object && s.sa.at(tr.match.first).side != told.claimant.side) return false;
    told.evidence.push_back(s.doc.sentence_span(s.si));
    told.triggers.push_back(s.doc.span(tr.match.first, tr.match.last));
    // "its forces had downed the helicopter by mistake": the doer the first telling left unsaid.
    if (!told.actor1) {
      const AttributionSegment& seg = s.sa.segments[tr.segment];
      Role r = roles(s.doc, s.lex, s.si, tr, seg.claimant, seg.from);
      if (r.agent && !r.agent->side.empty() && r.agent->side != "civilians") {
        told.actor1 = r.agent;
        told.actor1->rule = "retold-agent";
      }
    }
    return true;
  }
  return false;
}

}  // namespace truce::extract
