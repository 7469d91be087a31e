// The negative rules of extraction, kept apart from the positive ones so each can be tested.
#include "extract/filters.hpp"

#include <cstdlib>

#include "extract/running_totals.hpp"
#include "text/date_resolver.hpp"

namespace truce::extract {
namespace {

// The matches of cue class `cls` in tokens [from, to) that are words of the sentence, not a
// name: "KHARTOUM, May 3 (Reuters) -" has the month May, no modal "may"; a capitalised word
// inside a sentence is a name.
std::vector<PhraseMatch> spoken_cues(const Lexicons& lex, const Document& doc,
                                     const std::string& cls, std::size_t from, std::size_t to) {
  auto found = cues_in(lex, doc, cls, from, to);
  std::erase_if(found, [&](const PhraseMatch& m) {
    const bool opens = m.first == 0 || doc.tokens[m.first - 1].is_any({".", "\"", ":", "("});
    return !opens && m.last == m.first + 1 && doc.capitalised(m.first);
  });
  return found;
}

// "Iran would not accept talks while it is under attack": a present-tense state in a "while"
// clause that a modal or hypothetical main clause governs is the condition of a stance, not an
// incident. A past-tense "while" clause ("would respond, while rockets hit Metula") is news.
bool state_under_condition(const Document& doc, const Lexicons& lex, std::size_t si,
                           std::size_t clause_start, std::size_t first) {
  const SentenceView& v = doc.sentences[si];
  const auto& t = doc.tokens;
  if (clause_start <= v.first || t[clause_start - 1].key != "while") return false;
  bool present_state = false;
  for (std::size_t k = clause_start; k < first; ++k) {
    if (t[k].is_any({"is", "are", "remains", "remain", "being"})) present_state = true;
  }
  if (!present_state) return false;
  const std::size_t main_start = clause_begin(doc, lex, si, clause_start - 1);
  return !cues_in(lex, doc, "hypothetical", main_start, clause_start - 1).empty() ||
         !cues_in(lex, doc, "modal", main_start, clause_start - 1).empty();
}

}  // namespace

// ", however,", ", meanwhile,": a connective set off by commas inside a clause ("the Taliban
// spokesman, however, told a news agency") does not end the clause it stands in.
bool parenthetical(const Document& doc, const PhraseMatch& m) {
  const auto& t = doc.tokens;
  return m.first > 1 && m.last < t.size() && t[m.first - 1].key == "," && t[m.last].key == "," &&
         t[m.first].kind == text::TokenKind::word && t[m.first].is_any({"however", "meanwhile"});
}

std::size_t clause_begin(const Document& doc, const Lexicons& lex, std::size_t si, std::size_t i,
                         bool comma_and) {
  const SentenceView& v = doc.sentences[si];
  std::size_t start = v.first;
  for (const auto& m : cues_in(lex, doc, "clause_break", v.first, i)) {
    if (!parenthetical(doc, m)) start = m.last;
  }
  for (std::size_t k = start; comma_and && k + 1 < i; ++k) {
    if (doc.tokens[k].key == "," && doc.tokens[k + 1].key == "and") start = k + 2;
  }
  return start;
}

std::size_t clause_end(const Document& doc, const Lexicons& lex, std::size_t si, std::size_t i) {
  const SentenceView& v = doc.sentences[si];
  for (const auto& m : cues_in(lex, doc, "clause_break", i, v.last)) {
    if (m.first > i && !parenthetical(doc, m)) return m.first;
  }
  for (std::size_t k = i + 1; k + 1 < v.last; ++k) {
    if (doc.tokens[k].key == "," && doc.tokens[k + 1].key == "and") return k;
  }
  return v.last;
}

// How many words before a trigger a "not" or "never" may negate it ("did not respond with").
constexpr std::size_t kNegatedVerbReach = 3;

// How many words may stand between a frame and its event noun ("a week of the deadliest border
// fighting").
constexpr std::size_t kFrameGap = 3;

// How far before an event word a year may qualify it ("a 2022 government offensive").
constexpr std::size_t kYearModifierReach = 3;

// How far before "for the attack" its blame verb may stand ("blamed the Russian army for").
constexpr std::size_t kBlameReach = 5;

// How many words a predicate's adjectives or a gerund's object may take ("is a deliberate
// attack", "Targeting peaceful settlements is").
constexpr std::size_t kPredicateReach = 4;

// How far after an event noun a verb of trend may stand ("attacks on its soil have risen").
constexpr std::size_t kTrendReach = 5;

// How many words a judged gerund's object may take ("firing at an IDF position near X is").
constexpr std::size_t kGerundObjectReach = 8;

// How far after an event a relative clause of denial may start ("..., which Israel denied").
constexpr std::size_t kDenialReach = 12;

// How far an "or" may stand before a trigger, and the "no" before it, for the "no" to negate
// both ("no air strikes in Yemen or cross-border attacks").
constexpr std::size_t kNegatedListReach = 7;

// How many words may stand between a copula and the plural noun it predicates ("are
// legitimate targets").
constexpr std::size_t kPlainPredicateReach = 3;

// How many words a subject opened by "no" may have before its verb.
constexpr std::size_t kNoSubjectWords = 7;

// How far after an event noun its verb of breaking out may stand ("fighting in Nagorno-Karabakh
// resumed"), and how many days before the report that outbreak is background.
constexpr std::size_t kOutbreakReach = 9;
constexpr long kOutbreakDays = 10;
// The same for a day named by its calendar date ("resumed on the morning of September 27"): a
// report that dates the outbreak so is telling it as what came before.
constexpr long kOutbreakDateDays = 3;

// How far before "of <trigger>" a verb of charging may stand ("accuses the Rapid Support Forces
// of bombing").
constexpr std::size_t kChargeReach = 7;

// How far after "the number of" a trigger may stand and still be what it counts ("the number of
// villages and towns liberated").
constexpr std::size_t kCountOfReach = 7;

// How far after an event noun its verb of stopping may come ("fighting in Sweida city largely
// stopped").
constexpr std::size_t kStoppedReach = 6;

// How near a trigger a disaster word makes it the disaster's doing.
constexpr std::size_t kDisasterReach = 4;

namespace {

// Where the trigger at tokens [first, last) of sentence si stands (see trigger_filter).
struct TriggerAt {
  const Document& doc;
  const Lexicons& lex;
  std::size_t si;
  const SentenceView& v;
  std::size_t first, last;
  bool noun, battles_like;
  const std::vector<text::Token>& t;

  std::string unreal_event() const;
  bool outbreak_long_ago() const;
  bool war_goes_on() const;
  bool habitual_state() const;
  bool day_in_apposition(std::size_t date_end, std::size_t trigger) const;
  bool counts_over_days() const;
  bool new_explosive_event() const;
  std::string event_told_elsewhere() const;
  std::string event_characterised() const;
  std::string event_not_asserted(bool& denied) const;
};

// A disaster's doing, or an event negated or stopped: what did not happen as war.
std::string TriggerAt::unreal_event() const {
  // "the earthquake struck near Mandalay", "the market was hit by floods": what a disaster did.
  const std::size_t near_from =
      first >= v.first + kDisasterReach ? first - kDisasterReach : v.first;
  if (!cues_in(lex, doc, "disaster", near_from, std::min(v.last, last + kDisasterReach)).empty())
    return "disaster";
  // "the troops have disengaged at the clash site": an event noun that names a place.
  if (noun && last < v.last && lex.cue("event_site").match_at(t, last, v.last)) return "event-site";
  // "mine explosions on the liberated territories": a participle between a determiner and the
  // land it qualifies tells what the land is, not what happened.
  if (!noun && last == first + 1 && t[first].key.ends_with("ed") && first > v.first &&
      t[first - 1].is_any({"the", "these", "those", "our", "its", "their"}) && last < v.last &&
      lex.cue("territory").match_at(t, last, v.last))
    return "attributive";
  // "no new attacks were reported": a negated event did not happen; "there were no armed
  // clashes": one word may qualify it.
  if (cue_ends_at(lex, doc, "negation", first >= v.first + 3 ? first - 3 : v.first, first) ||
      (first > v.first + 1 && t[first - 1].kind == text::TokenKind::word &&
       !lex.pattern_matcher.match_at(t, first - 1, first) &&
       cue_ends_at(lex, doc, "negation", first >= v.first + 4 ? first - 4 : v.first, first - 1)))
    return "negated";
  // "the sound of bombing stopped after midday", "fighting in the city largely stopped": an
  // event noun whose own verb tells that it stopped.
  if (noun || battles_like || t[last - 1].key.ends_with("ing")) {
    const std::size_t end = std::min(clause_end(doc, lex, si, last), last + kStoppedReach);
    if (!cues_in(lex, doc, "stopping_verb", last, end).empty()) return "stopped";
  }
  // "did not respond with rocket fire", "has not fired": a negated verb a few words before.
  for (std::size_t k = first; k > v.first && k + kNegatedVerbReach > first; --k) {
    const auto& w = t[k - 1];
    if (w.kind == text::TokenKind::punct ||
        w.is_any({"and", "but", "or", "only", "who", "which", "whether", "what", "if", "clear"}))
      break;
    if (w.is_any({"not", "never", "n't"})) return "negated";
  }
  // "No Pakistani military facilities have been targeted": a clause that opens with "no"
  // denies what its few words report.
  {
    const std::size_t opens = clause_begin(doc, lex, si, first);
    if (t[opens].is_any({"no", "none"}) && first <= opens + kNoSubjectWords) {
      // "No clashes, shelling or drone strikes were recorded": the commas of a list that the
      // "no" governs, closed by "or"/"and"; any other mark, or "but", ends its reach.
      bool words_only = true;
      bool comma = false;
      for (std::size_t k = opens; k < first; ++k) {
        if (t[k].key == ",") {
          comma = true;
        } else if (t[k].kind == text::TokenKind::punct || t[k].is_any({"but", "while"})) {
          words_only = false;
        }
      }
      bool coordinated = false;
      for (std::size_t k = opens; comma && k < std::min(v.last, opens + kNoSubjectWords + 3); ++k) {
        if (t[k].kind == text::TokenKind::punct && t[k].key != ",") break;
        if (t[k].is_any({"or", "and", "nor"})) coordinated = true;
      }
      if (words_only && (!comma || coordinated)) return "negated";
    }
  }
  // "there have been no air strikes in Yemen or cross-border attacks": the second of a list
  // joined by "or"/"nor" to an event that "no" negates.
  for (std::size_t k = first; k > v.first && k + kNegatedListReach > first; --k) {
    const auto& w = t[k - 1];
    if (w.kind == text::TokenKind::punct || w.is_any({"but", "and", "while"})) break;
    if (!w.is_any({"or", "nor"})) continue;
    for (std::size_t n = k - 1; n > v.first && n + kNegatedListReach > k; --n) {
      if (t[n - 1].kind == text::TokenKind::punct) break;
      if (t[n - 1].is_any({"no", "nor", "neither"}) ||
          (t[n - 1].key == "not" && n < v.last && t[n].key == "any"))
        return "negated";
    }
    break;
  }
  return {};
}

// "the clashes continue despite calls for a halt": the war going on, with no side, town or day
// of its own, is no incident (cue class goes_on right after "the fighting", "the clashes").
bool TriggerAt::war_goes_on() const {
  // "the fighting continues", and a sentence that opens with the bare noun ("Fighting,
  // however, continued on the ground").
  if (first > v.first && !t[first - 1].is_any({"the", "heavy", "fierce"})) return false;
  std::size_t verb = last;
  if (verb + 2 < v.last && t[verb].key == ",") {  // ", however,"
    for (std::size_t k = verb + 1; k < std::min(v.last, verb + 4); ++k) {
      if (t[k].key == ",") {
        verb = k + 1;
        break;
      }
    }
  }
  if (!lex.cue("goes_on").match_at(t, verb, v.last)) return false;
  // "the battles have continued in the Khodavend and Gubatli directions": a front named.
  if (!cues_in(lex, doc, "front_part", v.first, v.last).empty()) return false;
  // A day before the trigger dates the outbreak ("erupted on Sept. 27 and the clashes
  // continue"); a place abroad is whence calls come ("calls for a halt from Moscow"), one of
  // the war's countries where it goes on ("battles continued in the Fuzuli direction").
  if (std::any_of(v.dates.begin(), v.dates.end(),
                  [&](const text::DateMention& d) { return d.first >= first; }))
    return false;
  for (const auto& p : v.places) {
    for (const ConflictEntry* c : doc.context.conflicts) {
      if (std::find(c->countries.begin(), c->countries.end(), p.country) != c->countries.end())
        return false;
    }
  }
  // "calls from Moscow, Paris and Washington": mediators are no side of it.
  return std::none_of(v.actors.begin(), v.actors.end(), [&](const ActorMention& a) {
    return !a.side.empty() && a.side != "civilians" && !a.locative && belligerent(doc, a.side);
  });
}

// "has been under regular attack since August", "is under constant shelling": a state that
// lasts (a word of cue class habitual right before the event noun, "under" before that, a
// perfect or present verb before it) is the town's lot, not an incident.
bool TriggerAt::habitual_state() const {
  if (first < v.first + 3 || !word_of(lex, doc, "habitual", first - 1) ||
      t[first - 2].key != "under")
    return false;
  return t[first - 3].is_any({"been", "is", "are", "remains", "remain", "remained"});
}

// True when only ", the day (when)" stands between a date ending at `date_end` and the trigger.
bool TriggerAt::day_in_apposition(std::size_t date_end, std::size_t trigger) const {
  if (date_end > trigger) return false;
  bool day = false;
  for (std::size_t k = date_end; k < trigger; ++k) {
    if (t[k].key == "day") {
      day = true;
    } else if (!t[k].is_any({",", "the", "when", "that", "on", "which"})) {
      return false;
    }
  }
  return day;
}

// True when the fighting of the trigger broke out or resumed (cue class outbreak, right after
// it, in its clause) on a day long before the report: "Fighting resumed on September 27" in a
// report of October 10.
bool TriggerAt::outbreak_long_ago() const {
  std::size_t end = last;
  while (end < v.last && end < last + kOutbreakReach && t[end].kind != text::TokenKind::punct)
    ++end;
  if (cues_in(lex, doc, "outbreak", last, end).empty()) return false;
  const auto pub = text::parse_iso_date(doc.report->published.iso);
  if (!pub) return false;
  for (const auto& d : v.dates) {
    // "on 27 September, the day fighting began": the day named before, in apposition.
    if (d.first < last && !day_in_apposition(d.last, first)) continue;
    if (d.future || d.precision != DatePrecision::day) continue;
    const bool calendar = d.rule == "day-month" || d.rule == "month-day";
    if (pub->days() - d.begin.days() > (calendar ? kOutbreakDateDays : kOutbreakDays)) return true;
  }
  return false;
}

// True when the sentence spans days, weeks or months ("during 44 days", "over the past three
// weeks") and the trigger counts its object in the tens or more ("over 300 settlements").
bool TriggerAt::counts_over_days() const {
  bool period = false;
  for (std::size_t k = v.first; k + 2 < v.last && !period; ++k) {
    if (!t[k].is_any({"during", "over", "in", "within", "for"})) continue;
    std::size_t n = k + 1;
    if (t[n].is_any({"the", "these"})) ++n;
    if (n < v.last && t[n].is_any({"past", "last", "first"})) ++n;
    const bool several = (t[n].kind == text::TokenKind::number && t[n].value >= 2) ||
                         t[n].is_any({"two", "three", "four", "five", "six", "seven", "eight",
                                      "nine", "ten", "eleven", "twelve", "several", "many", "few"});
    // "over the past three days" may still be one operation; a week or more is a total.
    const bool few_days = t[n].is_any({"two", "three", "few"}) ||
                          (t[n].kind == text::TokenKind::number && t[n].value <= 3);
    period =
        n + 1 < v.last && several &&
        (t[n + 1].is_any({"weeks", "months", "years"}) || (t[n + 1].key == "days" && !few_days));
  }
  if (!period) return false;
  for (std::size_t k = last; k < v.last && k < last + kCountedReach + 3; ++k) {
    if (t[k].kind == text::TokenKind::punct) break;
    if (t[k].kind == text::TokenKind::number && t[k].value >= 10) return true;
  }
  return false;
}

// True when the event words name a mine or a bomb (cue class explosive_device) that no earlier
// sentence of the report names: after "wounded in the" it is a new blast, not the war.
bool TriggerAt::new_explosive_event() const {
  const auto device = cues_in(lex, doc, "explosive_device", first, last);
  if (device.empty()) return false;
  const std::size_t report_first = doc.sentences.front().first;
  for (const auto& m : cues_in(lex, doc, "explosive_device", report_first, v.first)) {
    if (t[m.last - 1].key == t[device.front().last - 1].key) return false;
  }
  return true;
}

// An event word that refers to one told before or elsewhere, or names a time frame or a
// total's cause: no new incident.
std::string TriggerAt::event_told_elsewhere() const {
  // "Fighting in Nagorno-Karabakh resumed on September 27", "New clashes erupted on Sept. 27":
  // the outbreak of the war, told as background weeks later.
  if (noun && battles_like && outbreak_long_ago()) return "outbreak";
  if (noun && battles_like && war_goes_on()) return "war-goes-on";
  if (habitual_state()) return "habitual";
  // A noun after a frame is a time or cause reference: "during the (intense) battles". A
  // gerund only after a span of time: "after several nights of shelling" (while "after the
  // shelling of Stepanakert" may tell a new one).
  const bool gerund = t[last - 1].key.ends_with("ing");
  if (battles_like || noun || gerund) {
    for (std::size_t gap = 0; gap <= kFrameGap && first >= v.first + gap; ++gap) {
      const std::size_t end = first - gap;
      bool words_only = true;
      for (std::size_t k = end; k < first; ++k) {
        if (t[k].kind == text::TokenKind::punct) words_only = false;
      }
      if (!words_only || !cue_ends_at(lex, doc, "frame", v.first, end)) continue;
      // "was wounded in the mine explosion": a blast no sentence before told is this one.
      if (new_explosive_event()) continue;
      // "since yesterday conducting the offensive actions": a verb between makes the frame
      // the time of that verb, and the noun its object.
      if (!cues_in(lex, doc, "light_verb", end, first).empty()) continue;
      const bool span_of_time = end >= v.first + 2 && t[end - 1].key == "of" &&
                                t[end - 2].is_any({"nights", "night", "days", "weeks", "week",
                                                   "months", "month", "years", "year", "hours"});
      if (battles_like || noun || span_of_time) return "frame";
    }
  }
  // "victims of the Armenian armed forces' attacks": an owner between the frame and the noun.
  if (battles_like || noun) {
    for (const auto& a : v.actors) {
      std::size_t e = a.last;
      while (e < first && (t[e].kind == text::TokenKind::punct || t[e].key == "s")) ++e;
      if (e != first || e > a.last + 2) continue;
      if (cue_ends_at(lex, doc, "frame", v.first, a.first) ||
          (t[a.first].key == "the" && cue_ends_at(lex, doc, "frame", v.first, a.first + 1)))
        return "frame";
    }
  }
  // "the deliberate targeting of civilians is a gross violation", "Armenia's attack on peaceful
  // civilians is a war crime": a characterisation of a practice or of a told incident.
  if (first > v.first && (t[first - 1].key == "the" || t[first - 1].possessive ||
                          (first > v.first + 1 && t[first - 2].key == "the"))) {
    // A cue may run over the word that ends the clause ("comes while", "came as").
    const std::size_t end = std::min(v.last, clause_end(doc, lex, si, last) + 1);
    if (!cues_in(lex, doc, "characterisation", last, end).empty()) return "characterisation";
  }
  // '"This is the criminal attack against the civilian population," said the mayor': a
  // demonstrative subject names what was told before; the noun after its copula is what it is
  // called, not another incident.
  if (noun || battles_like) {
    std::size_t d = first;
    for (std::size_t k = first; k > v.first && k + kPredicateReach > first; --k) {
      if (t[k - 1].kind == text::TokenKind::punct && t[k - 1].key != "\"") break;
      if (t[k - 1].is_any({"is", "was"})) {
        d = k - 1;
        break;
      }
    }
    if (d < first && d > v.first && t[d - 1].is_any({"this", "that", "it"}) &&
        (d - 1 == v.first || t[d - 2].kind == text::TokenKind::punct))
      return "characterisation";
  }
  // "60 civilians have been killed by Armenian attacks since September 27": the attacks are
  // the cause of a running total, not one incident.
  if (running_total_cause(doc, v, first)) return "running-total";
  // "He called the attack a war crime", "condemned this attack": a reaction to an incident
  // told elsewhere in the report.
  if (noun || battles_like) {
    std::size_t d = first;
    if (d > v.first && t[d - 1].is_any({"the", "this", "that", "these", "those"})) --d;
    if (d < first && d > v.first && cue_ends_at(lex, doc, "reaction", v.first, d))
      return "reaction";
    // "blamed Russia for the attack": the reaction's object stands between.
    if (d < first && d > v.first + 1 && t[d - 1].key == "for") {
      for (std::size_t k = d - 1; k > v.first && k + kBlameReach > d; --k) {
        if (t[k - 1].kind == text::TokenKind::punct) break;
        if (t[k - 1].is_any({"blamed", "blames", "blaming", "blame"})) return "reaction";
      }
    }
  }
  // "those attacks", "this shelling": a demonstrative points back to an event told before.
  if (first > v.first && (t[first - 1].is_any({"these", "those", "this", "such"}) ||
                          (first > v.first + 1 && t[first - 2].is_any({"these", "those", "such"}) &&
                           t[first - 1].kind == text::TokenKind::word)))
    return "told-before";
  // "in a 2022 government offensive", "the 2016 war": a year before last that qualifies the
  // event word names a past one.
  if (const int year = publication_year(doc); year > 0) {
    for (std::size_t k = first; k > v.first && k + kYearModifierReach > first; --k) {
      const auto& w = t[k - 1];
      if (w.kind == text::TokenKind::punct) break;
      if (w.kind == text::TokenKind::number && w.value >= 1900 && w.value < year - 1 &&
          w.key.size() == 4)
        return "history";
    }
  }
  // "every target of the regime", "any attack on our soil": a quantifier makes the event
  // word a kind, not one event.
  if (first > v.first && t[first - 1].is_any({"every", "each", "any"})) return "generic";
  // "destroyed 2 tanks in those attacks": an event that happened in one told before.
  for (std::size_t k = last; k + 2 < clause_end(doc, lex, si, last); ++k) {
    if (t[k].kind == text::TokenKind::punct) break;
    if (t[k].is_any({"in", "during"}) && t[k + 1].is_any({"these", "those"}) &&
        lex.pattern_matcher.match_at(t, k + 2, v.last))
      return "told-before";
  }
  // "Several shells landed on Iranian soil ... The shells fell despite the truce": "the" and a
  // weapon that opens the trigger ("shells fell"), named in an earlier sentence, are the ones
  // told there.
  if (first > v.first && t[first - 1].key == "the" && last > first + 1 &&
      t[first].is_any({"shells", "shell", "missiles", "missile", "rockets", "rocket", "drones",
                       "drone", "bombs", "bomb"})) {
    for (std::size_t k = doc.sentences.front().first; k < v.first; ++k) {
      if (t[k].key == t[first].key) return "told-before";
    }
  }
  return {};
}

// An event word that blames a told fight, gives a toll so far, names an alliance or modifies
// another noun: no new incident.
std::string TriggerAt::event_characterised() const {
  // "Indian firing killed 28 civilians and wounded 257 in the same year", "908 times this year
  // till the end of May": a total over a period, not one incident.
  if (!cues_in(lex, doc, "period_total", v.first, v.last).empty()) return "period-total";
  // "during 44 days the army liberated over 300 settlements": a count over many days.
  if (counts_over_days()) return "period-total";
  // "the clashes were provoked by Tajik forces": blame for a told fight.
  if (last + 2 < v.last && t[last].is_any({"were", "was"}) && t[last + 1].key == "provoked")
    return "who-started";
  // "the Afghan side attacked first", "it was Thai soldiers who fired first": who started a
  // fight, not a new one.
  if (last < v.last && (t[last].key == "first" || (last + 1 < v.last && t[last].key == "the" &&
                                                   t[last + 1].key == "first"))) {
    const std::size_t after = t[last].key == "first" ? last + 1 : last + 2;
    if (after >= v.last || t[after].kind == text::TokenKind::punct ||
        t[after].is_any({"and", "but", "on", "in", "at"}))
      return "who-started";
  }
  // "the fighting had killed nearly 5,000 people", "the strikes have killed 40": a war's or a
  // campaign's toll so far.
  if ((noun || battles_like) && first > v.first && t[first - 1].key == "the" &&
      (t[last - 1].key.ends_with("s") || t[last - 1].key.ends_with("ing")) && last + 1 < v.last &&
      t[last].is_any({"has", "have", "had"}) && t[last + 1].is_any({"killed", "claimed", "left"}))
    return "running-total";
  // "The fighting killed and wounded thousands of people": a toll in the hundreds or thousands,
  // told in the simple past, is the war's, not one incident's.
  if ((noun || battles_like) && first > v.first && t[first - 1].key == "the" && last + 1 < v.last &&
      t[last].is_any({"killed", "claimed"})) {
    for (std::size_t k = last + 1; k < v.last && k < last + kCountedReach + 2; ++k) {
      if (t[k].kind == text::TokenKind::punct) break;
      if (t[k].is_any({"thousands", "hundreds", "tens"})) return "running-total";
    }
  }
  // "This is a deliberate attack on civilians", "it was a provocation": a predicate that names
  // what a told event was; not "there was an attack", nor "Among the raids ... was a strike".
  if (noun || battles_like) {
    std::size_t k = first;
    while (k > v.first + 1 && t[k - 1].kind == text::TokenKind::word &&
           !t[k - 1].is_any({"a", "an", "to", "of", "for", "by", "with"}) &&
           !lex.cue("place_preposition").match_at(t, k - 1, k) && k + kPredicateReach > first)
      --k;
    if (k > v.first + 1 && t[k - 1].is_any({"a", "an"}) &&
        t[k - 2].is_any({"is", "was", "are", "were"}) && k > v.first + 2 &&
        t[k - 3].kind == text::TokenKind::word && t[k - 3].key != "there")
      return "predicate";
  }
  // "the military facilities in the cities of Azerbaijan are legitimate targets": a plural
  // noun after a copula and its adjectives says what things are.
  if (t[first].key.ends_with("s") && last == first + 1) {
    for (std::size_t j = first; j > v.first + 1 && j + kPlainPredicateReach > first; --j) {
      const auto& w = t[j - 1];
      if (w.kind != text::TokenKind::word) break;
      if (w.is_any({"are", "were", "be", "become", "became", "remain", "remained"})) {
        if (t[j - 2].kind == text::TokenKind::word && t[j - 2].key != "there") return "predicate";
        break;
      }
    }
  }
  // "Targeting peaceful settlements is a war crime": a gerund that opens the sentence and is
  // the subject of a present-tense judgement names a kind of act.
  // "Hezbollah's firing at an IDF position is a serious violation": a possessive may open it.
  std::size_t opener = v.first;
  while (opener < first && (t[opener].key == "\"" || t[opener].possessive)) ++opener;
  if (first <= opener + 1 && t[first].key.ends_with("ing")) {
    for (std::size_t k = last; k < v.last && k < last + kGerundObjectReach; ++k) {
      if (t[k].kind == text::TokenKind::punct) break;
      if (t[k].is_any({"is", "are"})) return "generic";
    }
  }
  // "militant attacks on its soil have risen sharply": how the number of events changed.
  if (!cues_in(lex, doc, "trend", last, std::min(v.last, last + kTrendReach)).empty()) {
    bool clause = true;
    for (std::size_t k = last; k < std::min(v.last, last + kTrendReach); ++k)
      clause = clause && t[k].kind != text::TokenKind::punct;
    if (clause) return "trend";
  }
  // "Rwandan troops were fighting alongside the M23": who fights with whom, not a clash.
  if (last < v.last && t[last].is_any({"alongside", "side-by-side"})) return "alliance";
  // "battle lines", "combat readiness": the event word modifies another noun. A verb in the
  // past tense takes it as its object ("shelled positions near X").
  // A trigger that ends with its preposition ("inflicted defeat on formations") governs what
  // follows as much.
  const bool past_verb = !noun &&
                         (t[last - 1].key.ends_with("ed") || t[first].key.ends_with("ed")) &&
                         !(first > v.first && t[first - 1].is_any({"the", "a", "an"}));
  if (last < v.last && !past_verb && lex.cue("compound").match_at(t, last, v.last) &&
      !t[last].joined)
    return "compound";
  return {};
}

// An event planned, habitual, intended, stative, modal, denied or hypothetical: not asserted
// as one that happened.
std::string TriggerAt::event_not_asserted(bool& denied) const {
  // "The number of villages liberated from occupation has exceeded 50": a count of events ("a
  // number of missiles fell" is some missiles; "the number of civilians killed in shelling"
  // counts the shelling's dead).
  for (std::size_t k = first; k > v.first + 2 && k + kCountOfReach > first; --k) {
    if (t[k - 1].kind == text::TokenKind::punct ||
        t[k - 1].is_any({"in", "by", "from", "during", "after", "since"}))
      break;
    if (t[k - 1].key == "of" && t[k - 2].key == "number" && t[k - 3].is_any({"the", "total"}))
      return "count";
  }
  // "camps used to plan attacks", "groups who carry out attacks inside Pakistan": an event
  // word that an infinitive of planning or a present-tense relative clause governs is a kind.
  if (first >= v.first + 2 && t[first - 1].is_any({"plan", "plot", "prepare", "stage"}) &&
      t[first - 2].key == "to" && !cue_ends_at(lex, doc, "actualising", v.first, first - 1))
    return "infinitive";
  if (first >= v.first + 3 && t[first - 3].is_any({"who", "which", "that"}) &&
      t[first - 2].is_any({"carry", "conduct", "launch", "stage"}) && t[first - 1].key == "out")
    return "habitual";
  if (first >= v.first + 2 && t[first - 2].is_any({"who", "which", "that"}) &&
      t[first - 1].is_any({"conduct", "launch", "stage", "plan"}))
    return "habitual";
  // "still carries out large attacks in the capital": the present tense of a party's practice.
  for (std::size_t k = first; k > v.first && k + 3 > first; --k) {
    if (t[k - 1].kind == text::TokenKind::punct) break;
    if (t[k - 1].is_any({"conducts", "launches", "stages", "mounts"}) ||
        (t[k - 1].key == "out" && k >= v.first + 2 && t[k - 2].key == "carries"))
      return "habitual";
  }
  // "accuses the army of bombing residential areas": a standing charge in the present tense,
  // not a told event ("accused ... of shelling Tartar on Monday" is one).
  if (first > v.first + 1 && t[first - 1].key == "of") {
    for (std::size_t k = first - 1; k > v.first && k + kChargeReach > first; --k) {
      if (t[k - 1].kind == text::TokenKind::punct) break;
      if (t[k - 1].is_any({"accuses", "accuse"})) return "habitual";
    }
  }
  // "says it attacks only terrorist positions", "its jets struck only militant targets": what
  // a party says it targets, not an event.
  if (last < v.last && t[last].key == "only") return "stance";
  // "it only targets military objects", "was targeting only military sites": the same, the
  // adverb before the verb.
  if (first > v.first && t[first - 1].key == "only") return "stance";
  // "shot down three jets, which Israel denied": a relative clause that denies it.
  for (std::size_t k = last; k + 1 < v.last && k < last + kDenialReach; ++k) {
    if (t[k].key != "," || t[k + 1].key != "which") continue;
    for (std::size_t d = k + 2; d < v.last && d < k + 5; ++d) {
      if (t[d].is_any({"denied", "denies", "rejected", "rejects"})) {
        denied = true;
        return "denial";
      }
    }
    break;
  }
  // "to attack": intent, unless "managed to", "failed to", "continued to"; "to keep bombing".
  std::size_t p = first;
  while (p > v.first && (t[p - 1].key == "immediately" || t[p - 1].key == "not")) --p;
  if (p > v.first + 1 && t[p - 1].is_any({"keep", "continue"}) && t[p - 2].key == "to" &&
      !cue_ends_at(lex, doc, "actualising", v.first, p - 1))
    return "infinitive";
  if (p > v.first && t[p - 1].key == "to") {
    if (!cue_ends_at(lex, doc, "actualising", v.first, p)) {
      // "responded to the attacks", "exposed to bombing": a noun after "to" is not intent.
      const std::string& k = t[first].key;
      const bool gerund = k.size() > 4 && k.ends_with("ing");  // "exposed to bombing"
      // "subjected the town to artillery fire": a weapon word opens a noun phrase.
      const bool weapon_noun = last > first + 1 && lex.cue("weapon").match_at(t, first, last);
      if (!noun && !gerund && !weapon_noun) return "infinitive";
    }
  }
  // "to restore state control over all areas", "under government control": who governs, not a
  // fight.
  if (t[first].key == "control" && first > v.first && t[first - 1].is_any({"state", "government"}))
    return "stative";
  // "remained in control of", "still controls": a state of affairs, not an event.
  if (cue_ends_at(lex, doc, "stative", v.first, p) ||
      (p > v.first + 1 && cue_ends_at(lex, doc, "stative", v.first, p - 1)))
    return "stative";
  // "will fight", "could attack", "would not bear"
  for (std::size_t k = p; k + 3 > p && k > v.first; --k) {
    if (cue_ends_at(lex, doc, "modal", v.first, k)) return "modal";
    if (k < first && t[k].kind == text::TokenKind::punct) break;
  }
  // A condition, threat, call, intention or stance earlier in the clause; a denial. A speech
  // verb that is not itself a denial opens a new statement ("denied X and said Y").
  std::size_t start = clause_begin(doc, lex, si, first);
  for (const auto& m : cues_in(lex, doc, "speech", start, first)) {
    if (!lex.cue("denial").match_at(t, m.first, m.last) && m.first > start &&
        (t[m.first - 1].key == "and" || t[m.first - 1].key == "but"))
      start = m.last;
  }
  for (const auto& m : cues_in(lex, doc, "denial", start, first)) {
    (void)m;
    denied = true;
    return "denial";
  }
  // "Reports that the school was hit are false": a denial that follows what it denies.
  if (!cues_in(lex, doc, "denial_after", last, clause_end(doc, lex, si, last)).empty()) {
    denied = true;
    return "denial";
  }
  if (!spoken_cues(lex, doc, "hypothetical", start, first).empty()) return "hypothetical";
  // "the armed forces will not tolerate the landing of shells": an event noun in what a modal
  // verb governs is no event that happened.
  const bool nominal =
      noun || (first > v.first && t[first - 1].is_any({"the", "of", "any", "a", "an"}));
  // "It should be noted that ... was wounded in the mine explosion": a writer's aside (cue class
  // aside) is no modal of the event.
  std::size_t modal_from = start;
  for (const auto& m : cues_in(lex, doc, "aside", start, first))
    modal_from = std::max(modal_from, m.last);
  if (nominal && !spoken_cues(lex, doc, "modal", modal_from, first).empty()) return "modal";
  if (state_under_condition(doc, lex, si, start, first)) return "hypothetical";
  return {};
}

}  // namespace

std::string trigger_filter(const Document& doc, const Lexicons& lex, std::size_t si,
                           std::size_t first, std::size_t last, bool noun, bool battles_like,
                           bool& denied) {
  denied = false;
  const TriggerAt at{doc, lex, si, doc.sentences[si], first, last, noun, battles_like, doc.tokens};
  if (auto why = at.unreal_event(); !why.empty()) return why;
  if (auto why = at.event_told_elsewhere(); !why.empty()) return why;
  if (auto why = at.event_characterised(); !why.empty()) return why;
  return at.event_not_asserted(denied);
}

}  // namespace truce::extract
