// Counts that are a running total, not an incident; see running_totals.hpp.
#include "extract/running_totals.hpp"

#include "text/date_resolver.hpp"

namespace truce::extract {
namespace {

// How far before a trigger the word that makes it a cause ("killed by", "result of") may stand:
// "by Armenian artillery attacks".
constexpr std::size_t kCauseReach = 4;

// How old the day a count runs from must be for "killed in strikes since <day>" to be a running
// total rather than one spell of fighting ("since Wednesday").
constexpr long kRunningSinceDays = 7;
// The same for a day named by its date ("since 13 June").
constexpr long kRunningSinceDateDays = 2;
// A count since a recent day this large is the war's toll so far.
constexpr double kWarTollCount = 100;
// A period of this many days ("between 13 and 20 July") makes a count a total.
constexpr long kPeriodDays = 3;
// How many words a clause opened by "since" may run to the day it names.
constexpr std::size_t kSinceClauseWords = 9;

// How a sentence counts since a day: not at all, since a recent day ("since Wednesday"), or
// since an old one or the start of the war ("since March 15", "since the start of ...").
enum class Since { none, recent, old };

// How far after an event noun its perfect casualty verb may come ("the shelling of civilian
// settlements from the first day had killed").
constexpr std::size_t kPerfectReach = 10;

// How far after "from the start" its war noun or its end ("till 20:00") is looked for.
constexpr std::size_t kRunsFromReach = 6;

// True when "from" at `k` opens the start of a count over the war: "from the first day", "from
// the beginning of the war", with no end after it ("till 20:00", "until the truce").
bool runs_from(const Document& doc, const SentenceView& v, std::size_t k) {
  const auto& t = doc.tokens;
  const auto start = doc.lex->cue("running_start").match_at(t, k + 1, v.last);
  if (!start) return false;
  const std::size_t reach = std::min(v.last, start->last + kRunsFromReach);
  for (std::size_t i = start->last; i < reach; ++i) {
    if (t[i].is_any({"till", "until", "to", "through"})) return false;
  }
  // "the start of", "the beginning of": of the war, not of a truce or an operation.
  if (t[start->last - 1].is_any({"start", "beginning", "outbreak"}))
    return !cues_in(*doc.lex, doc, "war_noun", start->last, reach).empty();
  return true;
}

Since counts_since(const Document& doc, const SentenceView& v) {
  const auto& t = doc.tokens;
  const auto pub = text::parse_iso_date(doc.report->published.iso);
  // "killed in the conflict", "on both sides": the whole war's count; "the number of people
  // killed ... rose to 14": a toll that runs, however recent its start.
  // "on the seventh day of the war" dates the sentence, it counts nothing.
  for (const auto& m : cues_in(*doc.lex, doc, "whole_war", v.first, v.last)) {
    const bool a_day_of = m.first > v.first + 1 && t[m.first].key == "of" &&
                          t[m.first - 1].is_any({"day", "days", "night", "week", "weeks", "month",
                                                 "months", "hour", "hours"});
    if (!a_day_of) return Since::old;
  }
  Since out =
      cues_in(*doc.lex, doc, "running_toll", v.first, v.last).empty() ? Since::none : Since::recent;
  for (std::size_t k = v.first; k + 1 < v.last; ++k) {
    // "from the first day", "from the beginning of the war": a count that runs, as after
    // "since"; not "from the beginning of truce till 20:00", a spell with its end.
    if (t[k].key == "from" && runs_from(doc, v, k)) return Since::old;
    if (t[k].key != "since") continue;
    // "since the start of ...", "since the signing of the trilateral statement"
    if (doc.lex->cue("running_start").match_at(t, k + 1, v.last)) return Since::old;
    // "since March 15", and "since it launched an offensive on Oct. 27": the day of a clause
    // that "since" opens.
    std::size_t clause = k + 1;
    while (clause < v.last && clause < k + kSinceClauseWords &&
           t[clause].kind != text::TokenKind::punct)
      ++clause;
    // "since the 2020 war ended", "since 2016": a war or a year is where a long count starts.
    if (!cues_in(*doc.lex, doc, "war_noun", k + 1, clause).empty()) return Since::old;
    for (std::size_t y = k + 1; y < clause && y < k + 3; ++y)
      if (t[y].kind == text::TokenKind::number && t[y].value >= 1900 && t[y].value < 2100 &&
          !t[y].joined)
        return Since::old;
    for (const auto& d : v.dates) {
      if (d.first < k || d.first > std::max(k + 2, clause)) continue;
      // "since Wednesday" is this spell of fighting; "since 13 June", a calendar day two or
      // more days back, is where a running count starts.
      const long limit =
          (d.rule == "day-month" || d.rule == "month-day" || d.rule == "day-of-month")
              ? kRunningSinceDateDays
              : kRunningSinceDays;
      if (pub && pub->days() - d.begin.days() > limit) return Since::old;
      out = Since::recent;
    }
  }
  // "224 people had been killed in Israeli strikes since Friday": a count in the hundreds since
  // a day is the war's toll so far, not one spell's.
  if (out == Since::recent) {
    for (std::size_t k = v.first; k < v.last; ++k)
      if (t[k].kind == text::TokenKind::number && t[k].value >= kWarTollCount && t[k].value < 1900)
        return Since::old;
  }
  // "documented the killing of at least 587 people between 13 and 20 July": a count over days.
  for (const auto& d : v.dates) {
    if (!d.future && d.end.days() - d.begin.days() >= kPeriodDays && d.first > v.first &&
        t[d.first - 1].is_any({"between", "from"}))
      return Since::old;
  }
  return out;
}

}  // namespace

// True when the trigger at token `first` is what a running total counts: its cause ("killed
// by", "as a result of"; "killed in" only since an old day), counted attacks ("more than 40
// attacks with drones since January"), or an event in the perfect since an old day ("3,000
// have been eliminated and 200 villages liberated since the start of the operations").
bool running_total_cause(const Document& doc, const SentenceView& v, std::size_t first) {
  const auto& t = doc.tokens;
  // "The conflict erupted on April 15 and has killed at least 863 civilians": the verb's
  // subject is the war itself.
  if (first > v.first + 2 && t[first - 1].is_any({"has", "have", "had"})) {
    const std::size_t subject = t[v.first].is_any({"the", "this"}) ? v.first + 1 : v.first;
    if (subject > v.first && doc.lex->cue("war_noun").match_at(t, subject, first - 1)) return true;
  }
  // "they say the six-week war killed 2,317 soldiers": the war itself as the killer (cue class
  // war_itself), not a spell of fighting.
  if (std::size_t verb = first; verb > v.first + 1) {
    if (t[verb - 1].is_any({"has", "have", "had"})) --verb;
    if (cue_ends_at(*doc.lex, doc, "war_itself", v.first, verb) &&
        doc.lex->measure_matcher.match_at(t, first, v.last))
      return true;
  }
  const Since since = counts_since(doc, v);
  if (since == Since::none) return false;
  const bool old = since == Since::old;
  // "The fighting killed more than 5,000 soldiers on both sides": the event noun, killing
  // over the whole war.
  if (old && first + 1 < v.last && t[first + 1].is_any({"killed", "claimed", "left"}) &&
      doc.lex->cue("war_noun").match_at(t, first, v.last))
    return true;
  // "Since 24 July, the attacks have killed 13 Cambodians": attacks counted in the perfect.
  if (t[first].key.ends_with("s") && first + 2 < v.last && t[first + 1].is_any({"have", "has"}) &&
      t[first + 2].is_any({"killed", "wounded", "injured", "claimed", "left"}))
    return true;
  // "the shelling of civilian settlements from the first day had killed 19 civilians": an event
  // noun whose clause counts in the perfect since the war began.
  for (std::size_t k = first + 1; old && k + 1 < std::min(v.last, first + kPerfectReach); ++k) {
    if (t[k].kind == text::TokenKind::punct) break;
    if (t[k].is_any({"has", "have", "had"}) &&
        t[k + 1].is_any({"killed", "wounded", "injured", "claimed", "left"}))
      return true;
  }
  for (std::size_t k = first; k > v.first && k + kCauseReach > first; --k) {
    if (t[k - 1].kind == text::TokenKind::punct) break;
    if (t[k - 1].is_any({"by", "of", "from", "in"})) {
      if (t[k - 1].key == "by") return true;
      if (t[k - 1].key == "of" && k >= v.first + 2 && t[k - 2].key == "result") return true;
      if (t[k - 1].key == "in" && old && k >= v.first + 2 &&
          t[k - 2].is_any({"killed", "wounded", "injured", "died"}))
        return true;
      break;
    }
  }
  // "34 more servicemen killed in action, bringing the total to 1,177": the dead a toll adds.
  for (std::size_t k = first; k > v.first && k + kCountedReach > first; --k) {
    if (t[k - 1].kind == text::TokenKind::punct) break;
    if (t[k - 1].kind == text::TokenKind::number) return true;
  }
  if (!old) return false;
  // "Armenian shelling had killed 31 civilians ... since the fighting began": an event noun
  // whose toll runs since an old day.
  if (first + 2 < v.last && t[first + 1].is_any({"has", "have", "had"}) &&
      t[first + 2].is_any({"killed", "claimed", "left", "wounded", "injured"}))
    return true;
  if (first > v.first && t[first - 1].kind == text::TokenKind::number) return true;
  // "The alliance has seized more than 400 posts since it launched an offensive on Oct. 27":
  // the count in the perfect, and the event it counts from.
  if (first > v.first && t[first - 1].is_any({"has", "have"})) return true;
  // "his army had retaken more than 300 settlements since September 27": a count after it.
  if (first > v.first && t[first - 1].key == "had") {
    for (std::size_t k = first + 1; k < v.last && k < first + 5; ++k)
      if (t[k].kind == text::TokenKind::number) return true;
  }
  for (std::size_t k = first; k > v.first && k + kSinceClauseWords > first; --k) {
    if (t[k - 1].kind == text::TokenKind::punct) break;
    if (t[k - 1].key == "since") return true;
  }
  for (std::size_t k = v.first; k + 1 < v.last; ++k)
    if (t[k].is_any({"have", "has"}) && t[k + 1].is_any({"been", "suffered"})) return true;
  return false;
}

}  // namespace truce::extract
