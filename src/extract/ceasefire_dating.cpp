// See ceasefire_dating.hpp. An agreement's day is the date nearest its mention, preferring one
// that follows a word of reaching it ("agreed", "signed", "brokered ... on Oct. 10") over one of
// its taking effect ("took effect at noon on 3 May"), which is kept apart.
#include "extract/ceasefire_dating.hpp"

#include <algorithm>
#include <limits>

namespace truce::extract::ceasefire {
namespace {

// How far before a mention its dates are read, and how far before a date its cue, in tokens.
constexpr std::size_t kDateBefore = 10;
constexpr std::size_t kDateCueReach = 6;
// How many words may stand between "when" and the mention it dates ("2 April, when the
// junta's temporary ceasefire").
constexpr std::size_t kWhenWords = 4;
// "the truce that President X announced on Saturday": how far after the mention its relative
// pronoun may come, and how far into the clause its verb of agreement or effect.
constexpr std::size_t kRelativeReach = 5;
constexpr std::size_t kClauseReach = 10;
// How many words of a clock time may stand between "from" and the day ("from 00:00 Moscow time
// on 10 November").
constexpr std::size_t kClockWords = 7;
// How many words a noun phrase coordinated with a ceasefire may have ("and stop of all hostile
// actions").
constexpr std::size_t kCoordinatedWords = 6;
// How many days before the report an agreement dated only by its month or year is history.
constexpr long kHistoryDays = 365;
// How many days before the report an agreement on record may be the one an undated reference
// means ("the deal that ended six weeks of fighting", four days after it).
constexpr long kRecentAgreementDays = 31;
// How far into a sentence its dateline's date may start ("KYIV, April 21 (Reuters) -").
constexpr std::size_t kDatelineDateStart = 4;

DateValue value_of(const Document& doc, const text::DateMention& d) {
  DateValue dv;
  dv.iso = d.begin.iso();
  dv.end_iso = d.end.iso();
  dv.precision = d.precision;
  dv.rule = d.rule;
  dv.span = doc.span(d.first, d.last);
  return dv;
}

// "The deal came after Azerbaijani forces captured Shusha on Sunday": a day after "came after"
// dates what the deal followed.
bool came_after_between(const Document& doc, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k + 1 < to; ++k) {
    if (doc.tokens[k].is_any({"came", "comes", "come"}) &&
        doc.tokens[k + 1].is_any({"after", "before"}))
      return true;
  }
  return false;
}

// True when `d` is the date of the sentence's dateline: near its start, followed by nothing but
// an agency in brackets before a dash. It dates the report, not the agreement.
bool dateline_date(const Document& doc, const SentenceView& v, const text::DateMention& d) {
  if (d.first > v.first + kDatelineDateStart) return false;
  bool bracket = false;
  for (std::size_t k = d.last; k < v.last && k < d.last + kDatelineDateStart + 2; ++k) {
    const auto& w = doc.tokens[k];
    if (w.key == "-") return true;
    if (w.key == "(")
      bracket = true;
    else if (w.key == ")")
      bracket = false;
    else if (!bracket && w.key != ",")
      return false;
  }
  return false;
}

// The days listed right after `first`, joined by "and" or a comma ("the 10th and 17th of this
// month", "10, 17 and 25 October"), up to token `limit`.
std::vector<DateValue> joined_days(const Document& doc, const SentenceView& v,
                                   const text::DateMention* first, std::size_t limit) {
  std::vector<DateValue> more;
  const text::DateMention* prev = first;
  for (const auto& d : v.dates) {
    if (!prev || &d == prev || d.first < prev->first || d.future || d.first >= limit) continue;
    if (d.begin.iso() == prev->begin.iso()) continue;
    bool joined = true;  // overlapping ("the 10th and 17th of this month", "17th of this month")
    for (std::size_t k = prev->last; k < d.first; ++k) {
      if (!doc.tokens[k].is_any({"and", ",", "the"})) joined = false;
    }
    if (!joined) break;
    more.push_back(value_of(doc, d));
    prev = &d;
  }
  return more;
}

}  // namespace

// "the truce that President X announced on Saturday", "the ceasefire, which began at 4 a.m.":
// a relative clause after the mention tells how the agreement was reached or took effect, even
// where the sentence accuses someone of breaking it. Returns the token after the clause's verb,
// or 0 when there is no such clause.
std::size_t relative_clause_verb(const Document& doc, const Lexicons& lex, const SentenceView& v,
                                 const PhraseMatch& m) {
  const auto& t = doc.tokens;
  // "the declaration of principles signed in Doha on 19 July": a participle right after it.
  std::size_t next = m.last;
  while (next < v.last && t[next].kind == text::TokenKind::punct && t[next].key != ".") ++next;
  if (next < v.last) {
    if (auto p = lex.cue("agreement").match_at(t, next, v.last); p && p->first == next)
      return p->last;
  }
  // "the ceasefire between Iran and Israel, which ...": the parties may stand before it.
  const std::size_t reach =
      m.last + (m.last < v.last && t[m.last].key == "between" ? kPartiesReach : kRelativeReach);
  for (std::size_t k = m.last; k < std::min(v.last, reach); ++k) {
    if (t[k].kind == text::TokenKind::punct && t[k].key != ",") return 0;
    if (!t[k].is_any({"that", "which"})) continue;
    const std::size_t end = std::min(v.last, k + 1 + kClauseReach);
    for (const char* cls : {"agreement", "ceasefire_effective"}) {
      const auto cues = cues_in(lex, doc, cls, k + 1, end);
      if (!cues.empty()) return cues.front().last;
    }
    return 0;
  }
  return 0;
}

// "the ceasefire of 14 August 2006", "the October 10 ceasefire": an agreement named by its day.
// "the humanitarian ceasefire from 10 October at 12 o'clock", "the truce since the 18th": by the
// day it began.
const text::DateMention* named_by_day(const Document& doc, const SentenceView& v,
                                      const PhraseMatch& m) {
  const auto& t = doc.tokens;
  // "the full cease-fire and stop of all hostile actions since 00:00 ... of 10 November": a
  // coordinated noun phrase may stand between.
  std::size_t end = m.last;
  if (end < v.last && t[end].key == "and") {
    std::size_t k = end + 1;
    while (k < v.last && k < end + 1 + kCoordinatedWords && t[k].kind == text::TokenKind::word &&
           !t[k].is_any({"from", "since"}))
      ++k;
    if (k < v.last && t[k].is_any({"from", "since"})) end = k;
  }
  const bool of = end + 1 < v.last && t[end].is_any({"of", "from", "since"});
  const std::size_t day = of && t[end + 1].key == "the" ? end + 2 : end + 1;
  // "from 00:00 Moscow time on 10 November": the hour stands between.
  auto starts_day = [&](std::size_t k) -> const text::DateMention* {
    for (const auto& d : v.dates)
      if (d.first == k && d.precision == DatePrecision::day && !d.future) return &d;
    return nullptr;
  };
  for (std::size_t k = end + 1; of && k < v.last && k < end + 1 + kClockWords; ++k) {
    if (const text::DateMention* d = starts_day(k)) return d;
    const bool clock =
        t[k].kind == text::TokenKind::number || t[k].key == ":" ||
        t[k].is_any({"the", "at", "on", "of", "hours", "hrs", "moscow", "local", "time", "gmt",
                     "utc", "noon", "midnight", "o'clock", "a.m.", "p.m.", "am", "pm"});
    if (!clock) break;
  }
  for (const auto& d : v.dates) {
    if (d.precision != DatePrecision::day || d.future) continue;
    if (of && (d.first == end + 1 || d.first == day)) return &d;
    if (d.last == m.first && d.first > v.first && doc.tokens[d.first - 1].is_any({"the", "a"}))
      return &d;
  }
  return nullptr;
}

// "on 3 September in Moscow the leaders signed the final document which provided for the
// ceasefire from 12:00 on 5 September": a ceasefire a signed document provides for was reached
// on the day of the signing, however far before it stands in the sentence. Returns that day, or
// null when the mention is not what a signed document provided for.
const text::DateMention* provided_for_by_signing(const Document& doc, const Lexicons& lex,
                                                 const SentenceView& v, const PhraseMatch& m,
                                                 std::size_t floor) {
  const auto& t = doc.tokens;
  std::size_t k = m.first;
  if (k > v.first && t[k - 1].is_any({"the", "a", "an"})) --k;
  if (k < v.first + 2 || t[k - 1].key != "for" ||
      !t[k - 2].is_any({"provided", "provides", "provide", "providing"}))
    return nullptr;
  const auto agreed = cues_in(lex, doc, "agreement", v.first, k - 2);
  if (agreed.empty()) return nullptr;
  const text::DateMention* day = nullptr;
  for (const auto& d : v.dates) {
    if (d.future || d.first < floor || d.last > agreed.back().first) continue;
    if (d.precision == DatePrecision::day && !dateline_date(doc, v, d)) day = &d;
  }
  return day;
}

// The report's publication day as a date the words did not give (precision approximate).
std::optional<DateValue> publication_day(const Document& doc) {
  const ReportDate& pub = doc.report->published;
  if (!pub.known() || pub.precision != DatePrecision::day) return std::nullopt;
  DateValue d;
  d.iso = pub.iso.substr(0, 10);
  d.end_iso = d.iso;
  d.precision = DatePrecision::approximate;
  d.rule = "lead-publication";
  return d;
}

// "the ceasefire agreement of May 1994", "signed in Bishkek in May 1994": an agreement that a
// month or a year dates, years before the report, is background, not a truce of its days. One
// named by its day stays ("the ceasefire of 14 August 2006").
// True when `d` lies more than kHistoryDays before the report's publication.
bool older_than_history(const Document& doc, const DateValue& d) {
  const auto pub = text::parse_iso_date(doc.report->published.iso);
  const auto when = text::parse_iso_date(d.iso);
  return pub && when && pub->days() - when->days() > kHistoryDays;
}

bool old_by_month(const Document& doc, const CeasefireRef& ref) {
  return ref.date && ref.date->precision != DatePrecision::day &&
         older_than_history(doc, *ref.date);
}

// "the Haigeng ceasefire signed in January", "the truce agreed in March": where the words give a
// month or a year within the year before the report and exactly one agreement of the report's
// conflicts on record (agreements.tsv) was reached or took effect then, the reference takes its
// days.
void on_record_day(const Document& doc, const Lexicons& lex, CeasefireRef& ref) {
  // The words must give the month or year: a report's own vague date gives none.
  if (!ref.date || ref.date->span.empty() ||
      (ref.date->precision != DatePrecision::month && ref.date->precision != DatePrecision::year))
    return;
  // An agreement a year or more before the report stays background (old_by_month).
  const auto pub = text::parse_iso_date(doc.report->published.iso);
  const auto when = text::parse_iso_date(ref.date->iso);
  if (!pub || !when || pub->days() - when->days() > kHistoryDays) return;
  const std::string& from = ref.date->iso;
  const std::string& to = ref.date->end_iso.empty() ? from : ref.date->end_iso;
  const AgreementEntry* found = nullptr;
  for (const auto& a : lex.agreements) {
    const bool in_report =
        std::any_of(doc.context.conflicts.begin(), doc.context.conflicts.end(),
                    [&](const ConflictEntry* c) { return c->name == a.conflict; });
    const bool then =
        (a.reached >= from && a.reached <= to) || (a.effective >= from && a.effective <= to);
    if (!in_report || !then) continue;
    if (found) return;  // two agreements that month: the words do not say which
    found = &a;
  }
  if (!found) return;
  DateValue day = *ref.date;
  day.iso = found->reached;
  day.end_iso = found->effective;
  day.precision = DatePrecision::day;
  day.rule = found->source;
  ref.date = day;
}

bool words_at(const std::vector<text::Token>& t, std::size_t i,
              const std::vector<std::string>& keys) {
  if (keys.empty() || i + keys.size() > t.size()) return false;
  for (std::size_t k = 0; k < keys.size(); ++k)
    if (t[i + k].key != keys[k]) return false;
  return true;
}

bool named_on_record(const Document& doc, const Lexicons& lex, const PhraseMatch& m,
                     CeasefireRef& ref) {
  const auto& t = doc.tokens;
  for (const auto& a : lex.agreements) {
    const bool in_report =
        std::any_of(doc.context.conflicts.begin(), doc.context.conflicts.end(),
                    [&](const ConflictEntry* c) { return c->name == a.conflict; });
    if (!in_report) continue;
    for (std::size_t n = 0; n < a.names.size(); ++n) {
      const auto& keys = a.name_keys[n];
      const std::string& name = a.names[n];
      if (keys.size() > m.last || !words_at(t, m.last - keys.size(), keys)) continue;
      DateValue day;
      day.iso = a.reached;
      day.end_iso = a.effective;
      day.precision = DatePrecision::day;
      day.rule = a.source + " (named \"" + name + "\")";
      ref.date = day;
      return true;
    }
  }
  return false;
}

// An agreement the report names without a day, where agreements of the report's conflicts on
// record (agreements.tsv) were reached in the month before publication: the latest of them,
// the one in force when the report was written.
bool recent_on_record(const Document& doc, const Lexicons& lex, CeasefireRef& ref) {
  const auto pub = text::parse_iso_date(doc.report->published.iso);
  if (!pub) return false;
  const AgreementEntry* found = nullptr;
  for (const auto& a : lex.agreements) {
    const bool in_report =
        std::any_of(doc.context.conflicts.begin(), doc.context.conflicts.end(),
                    [&](const ConflictEntry* c) { return c->name == a.conflict; });
    const auto reached = text::parse_iso_date(a.reached);
    if (!in_report || !reached) continue;
    const long before = pub->days() - reached->days();
    if (before < 0 || before > kRecentAgreementDays) continue;
    if (!found || found->reached < a.reached) found = &a;
  }
  if (!found) return false;
  DateValue day;
  day.iso = found->reached;
  day.end_iso = found->effective;
  day.precision = DatePrecision::day;
  day.rule = found->source + " (the latest agreement on record in the month before the report)";
  ref.date = day;
  return true;
}

// The dates of the agreement mentioned at `m`: the day it was reached and, when a word of taking
// effect leads to another date, the day it took effect. Dates beyond the next ceasefire mention
// belong to that one, and dates before the previous mention to it.
// Returns the further days of a plural agreement ("agreements reached on the 10th and 17th"):
// dates right after the first, joined by "and" or a comma. Each is an agreement of its own.
std::vector<DateValue> date_agreement(const Document& doc, const Lexicons& lex,
                                      const SentenceView& v, const PhraseMatch& m,
                                      std::size_t floor, std::size_t limit, CeasefireRef& ref) {
  const text::DateMention* reached = nullptr;
  const text::DateMention* effective = nullptr;
  std::size_t best = std::numeric_limits<std::size_t>::max();
  bool reached_named = false;  // a day after a word of agreement, or opening its clause
  std::size_t anchor = std::max(m.last, relative_clause_verb(doc, lex, v, m));
  // "a moratorium on strikes against energy facilities, agreed by Putin ... on March 18": the
  // dates after follow the verb of agreement, however long the words it was agreed on.
  const auto agreed =
      cues_in(lex, doc, "agreement", m.last, std::min(v.last, m.last + kEffectReach));
  if (!agreed.empty()) anchor = std::max(anchor, agreed.front().last);
  if (const text::DateMention* signed_on = provided_for_by_signing(doc, lex, v, m, floor)) {
    ref.date = value_of(doc, *signed_on);
    if (const text::DateMention* from = named_by_day(doc, v, m))
      ref.effective = value_of(doc, *from);
    return {};
  }
  // A day that is part of the name dates it, whatever the sentence says of it.
  if (const text::DateMention* named = named_by_day(doc, v, m)) {
    ref.date = value_of(doc, *named);
    return joined_days(doc, v, named, limit);  // "the agreements of 10, 17 and 25 October"
  }
  // "the Minsk package, signed on 12 February, under which a ceasefire came into effect on
  // 15 February": the day its antecedent was signed is the day it was reached.
  const bool under_which = m.first >= v.first + 3 && doc.tokens[m.first - 2].key == "which" &&
                           doc.tokens[m.first - 3].is_any({"under", "by", "in"});
  for (const auto& d : v.dates) {
    if (d.future || dateline_date(doc, v, d)) continue;
    if (under_which && d.last <= m.first && d.first >= floor && !reached_named &&
        cue_near(doc, lex, "agreement", d.first > v.first + 4 ? d.first - 4 : v.first, d.first)) {
      reached = &d;
      reached_named = true;
      best = 0;
      continue;
    }
    const bool after = d.first >= m.last && d.first < std::min(limit, anchor + kDateAfter) &&
                       !came_after_between(doc, m.last, d.first);
    // "On Wednesday, the two sides agreed on a truce": a day that opens the sentence dates its
    // main clause, over the comma.
    // "On Saturday evening, ...": a part of the day may stand before the comma.
    std::size_t comma = d.last;
    if (comma < m.first && doc.tokens[comma].is_any({"morning", "afternoon", "evening", "night"}))
      ++comma;
    // Its verb of agreement must stand in the mention's own clause: "Yesterday, the army
    // announced strikes ..., despite the announced truce" dates the strikes.
    std::size_t clause = comma;
    for (std::size_t k = comma + 1; k < m.first; ++k)
      if (doc.tokens[k].key == ",") clause = k;
    const bool opens = d.first <= v.first + 5 && comma < m.first && doc.tokens[comma].key == "," &&
                       cue_near(doc, lex, "agreement", clause, m.first);
    bool before = d.last <= m.first && d.last + kDateBefore >= m.first && d.first >= floor;
    // "agreed on Saturday in Doha to a ceasefire": the day right after the verb of agreement
    // names the day it was reached.
    const bool agreed_on =
        before &&
        cue_near(doc, lex, "agreement", d.first > v.first + 2 ? d.first - 2 : v.first, d.first);
    // "between 2 April, when the junta's temporary ceasefire took effect, and 9 April": the day
    // a "when" clause on it tells of.
    const bool when = before && d.last + 1 < m.first && doc.tokens[d.last].key == "," &&
                      doc.tokens[d.last + 1].key == "when" && m.first <= d.last + 2 + kWhenWords;
    for (std::size_t k = d.last; before && !opens && !when && k < m.first; ++k) {
      if (doc.tokens[k].key == ",") before = false;  // another clause's day
      // "resumed attacks on Monday after a truce ... expired": the day of what came after it.
      // "gunfire was heard on Wednesday despite a pause that started on Monday": the day of
      // what happened in spite of it.
      // "returned on November 25 under the trilateral statement": the day of what was done
      // under it.
      if (doc.tokens[k].is_any({"after", "before", "since", "until", "despite", "amid", "under"}))
        before = false;
    }
    if (!after && !before && !opens) continue;
    const std::size_t from = d.first > v.first + kDateCueReach ? d.first - kDateCueReach : v.first;
    if (cue_near(doc, lex, "violation", from, d.first)) continue;  // "was broken on Monday"
    // "collapsed on 18 March", "as of 30 October": its end, or the day a count runs to.
    const std::size_t near = d.first > v.first + 2 ? d.first - 2 : v.first;
    if (cue_near(doc, lex, "ceasefire_other_day", near, d.first)) continue;
    if (cue_near(doc, lex, "ceasefire_effective", from, d.first)) {
      if (!effective) effective = &d;
      continue;
    }
    // "agreed on 10 May" names its day; a day before the mention is only near it.
    const bool named = when || agreed_on ||
                       (after && cue_near(doc, lex, "agreement", std::max(from, m.last), d.first));
    const std::size_t distance = (after ? d.first - m.last : m.first - d.last) + (named ? 0 : 100);
    if (distance < best) {
      best = distance;
      reached = &d;
      reached_named = named || opens;
    }
  }
  // "strikes on 28-29 October were the deadliest since the ceasefire took effect on 10
  // October", "the pause, which took effect on 24 November and lasted seven days, was followed
  // by bombardment on 1 December": a day only near the mention yields to the day it took effect.
  if (reached && effective && !reached_named) reached = nullptr;
  if (reached) ref.date = value_of(doc, *reached);
  if (effective) ref.effective = value_of(doc, *effective);
  if (!reached && effective) {
    ref.date = ref.effective;  // only the day it took effect is given
    reached = effective;
  }
  // "facilitated the release today, on the first day of the humanitarian pause": it took effect
  // on the day the sentence tells of.
  std::size_t of = m.first;
  if (of > v.first && doc.tokens[of - 1].is_any({"the", "a"})) --of;
  if (!reached && of >= v.first + 3 && doc.tokens[of - 1].key == "of" &&
      doc.tokens[of - 2].key == "day" && doc.tokens[of - 3].key == "first") {
    for (const auto& d : v.dates) {
      if (d.future || dateline_date(doc, v, d)) continue;
      ref.date = ref.effective = value_of(doc, d);
      break;
    }
  }
  return joined_days(doc, v, reached, limit);
}

}  // namespace truce::extract::ceasefire
