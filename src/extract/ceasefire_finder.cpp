// Cue words around each ceasefire mention decide its kind. An agreement's day is the date
// nearest its mention, preferring one that follows a word of reaching it ("agreed", "signed",
// "brokered ... on Oct. 10") over one of its taking effect ("took effect at noon on 3 May"), which
// is kept apart. Mentions of one agreement across a report become one reference.
#include "extract/ceasefire_finder.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "extract/filters.hpp"

namespace truce::extract {
namespace {

// How far around a mention its dates and cues are read, in tokens. After it, far enough for a
// clock time and an agency's initials ("brokered by the United States, which was meant to begin
// at 8 a.m. local time on Monday": "a.m." alone is four tokens).
constexpr std::size_t kCueBefore = 6;
constexpr std::size_t kDateAfter = 20;
constexpr std::size_t kDateBefore = 10;
constexpr std::size_t kDateCueReach = 6;
// "a ceasefire between Israel and Hezbollah came into force": the verb of taking effect may
// follow the parties.
constexpr std::size_t kEffectReach = 9;
// The same when the parties follow the mention ("a ceasefire between A and B took effect").
constexpr std::size_t kPartiesReach = 20;
// How many days after an agreement was reached it may take effect and still be that one.
constexpr long kEffectAfterDays = 3;
// How many words before the mention its verb of agreement may stand, within the clause.
constexpr std::size_t kAgreedBefore = 6;

// How many words may stand between "when" and the mention it dates ("2 April, when the
// junta's temporary ceasefire").
constexpr std::size_t kWhenWords = 4;
// "the truce that President X announced on Saturday": how far after the mention its relative
// pronoun may come, and how far into the clause its verb of agreement or effect.
constexpr std::size_t kRelativeReach = 5;
constexpr std::size_t kClauseReach = 10;

bool cue_near(const Document& doc, const Lexicons& lex, const std::string& cls, std::size_t from,
              std::size_t to) {
  return !cues_in(lex, doc, cls, from, to).empty();
}

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

// How many words of a clock time may stand between "from" and the day ("from 00:00 Moscow time
// on 10 November").
constexpr std::size_t kClockWords = 7;
// How many words a noun phrase coordinated with a ceasefire may have ("and stop of all hostile
// actions").
constexpr std::size_t kCoordinatedWords = 6;

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

// True when sentence `si` is the report's first sentence of running text.
bool lead_sentence(const Document& doc, std::size_t si) {
  for (std::size_t k = 0; k < doc.sentences.size(); ++k) {
    if (doc.sentences[k].sentence.terminal) return k == si;
  }
  return false;
}

// True when the ceasefire at `m` is "immediate" (the word within its mention or just before).
bool immediate(const Document& doc, const SentenceView& v, const PhraseMatch& m) {
  const std::size_t from = m.first > v.first + 2 ? m.first - 2 : v.first;
  for (std::size_t k = from; k < m.last; ++k) {
    if (doc.tokens[k].is_any({"immediate", "immediately"})) return true;
  }
  return false;
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

std::string kind_of(const Document& doc, const Lexicons& lex, const SentenceView& v,
                    const PhraseMatch& m) {
  if (relative_clause_verb(doc, lex, v, m) || named_by_day(doc, v, m)) return "agreement";
  const std::size_t before = m.first > v.first + kCueBefore ? m.first - kCueBefore : v.first;
  const std::size_t after = std::min(v.last, m.last + 4);
  if (cue_near(doc, lex, "rejection", before, m.first)) return "rejection";
  if (cue_near(doc, lex, "violation", before, after)) return "violation";
  // "the monitoring center for control of ceasefire ... started its work": a truce in force
  // that someone watches, not one reached or taking effect.
  if (cue_ends_at(lex, doc, "ceasefire_watch", before, m.first) ||
      (m.first > before + 1 && cue_ends_at(lex, doc, "ceasefire_watch", before, m.first - 1)))
    return {};
  // "A ceasefire between Thailand and Cambodia was agreed": the verb may follow the parties;
  // before, it may be a few words away in the same clause ("agreed on Saturday to a truce",
  // "agreed to observe a ceasefire").
  std::size_t agreed_from = m.first;
  // A quotation mark is no clause break: 'reached the "immediate and unconditional ceasefire"'.
  while (agreed_from > v.first && agreed_from + kAgreedBefore > m.first &&
         (doc.tokens[agreed_from - 1].kind != text::TokenKind::punct ||
          doc.tokens[agreed_from - 1].key == "\""))
    --agreed_from;
  // "a ceasefire between Colombia's government and the National Liberation Army (ELN) came
  // into force": the parties named after it widen the reach to its verb.
  const std::size_t reach =
      m.last < v.last && doc.tokens[m.last].key == "between" ? kPartiesReach : kEffectReach;
  if (cue_near(doc, lex, "agreement", agreed_from, std::min(v.last, m.last + reach)))
    return "agreement";
  // "the truce that began at midnight", "in force since the 12th": an agreement by its effect.
  if (cue_near(doc, lex, "ceasefire_effective", m.last, std::min(v.last, m.last + reach)))
    return "agreement";
  // "The cessation of hostilities called for by resolution 1701, adopted on Friday, came into
  // effect at 0800": the sentence's subject takes effect, however long what describes it.
  const bool subject =
      m.first == v.first || (m.first == v.first + 1 && doc.tokens[v.first].key == "the");
  if (subject && cue_near(doc, lex, "ceasefire_effective", m.last, v.last)) return "agreement";
  if (cue_near(doc, lex, "call", before, m.first)) return "call";
  return {};
}

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

// How many days before the report an agreement dated only by its month or year is history.
constexpr long kHistoryDays = 365;

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

// How many days before the report an agreement on record may be the one an undated reference
// means ("the deal that ended six weeks of fighting", four days after it).
constexpr long kRecentAgreementDays = 31;

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

// How far into a sentence its dateline's date may start ("KYIV, April 21 (Reuters) -").
constexpr std::size_t kDatelineDateStart = 4;

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
      if (doc.tokens[k].is_any({"after", "before", "since", "until", "despite", "amid"}))
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

// "took hold last week" and "began at 4 a.m. on Wednesday": one agreement when one day lies in
// the other's approximate range, or when they are a day apart ("agreed on Monday", "began at
// midnight").
bool close_days(const DateValue& a, const DateValue& b) {
  const bool a_range = !a.end_iso.empty() && a.end_iso != a.iso;
  const bool b_range = !b.end_iso.empty() && b.end_iso != b.iso;
  if (a_range && !b_range) return a.iso <= b.iso && b.iso <= a.end_iso;
  if (b_range && !a_range) return b.iso <= a.iso && a.iso <= b.end_iso;
  const auto x = text::parse_iso_date(a.iso);
  const auto y = text::parse_iso_date(b.iso);
  return x && y && std::abs(x->days() - y->days()) <= 1;
}

// "signed in Jeddah on Saturday" ... "the truce that took effect late on Monday": a reference
// that gives only the day it took effect continues an agreement reached up to three days before,
// whichever of the two the report names first.
bool takes_effect_after(const DateValue& reached, const CeasefireRef& ref) {
  if (!ref.date || !ref.effective || ref.date->iso != ref.effective->iso) return false;
  const auto r = text::parse_iso_date(reached.iso);
  const auto e = text::parse_iso_date(ref.effective->iso);
  return r && e && e->days() >= r->days() && e->days() - r->days() <= kEffectAfterDays;
}

// The reference `ref` continues: one with the same day, else, for an undated mention, the
// agreement named last. Returns nullptr when `ref` is a new agreement.
CeasefireRef* same_agreement(const Document& doc, std::vector<CeasefireRef>& out,
                             const CeasefireRef& ref) {
  CeasefireRef* last = nullptr;
  for (auto& o : out) {
    if (o.kind != "agreement") continue;
    last = &o;
    if (!ref.date) continue;
    const bool same_day = (o.date && o.date->iso == ref.date->iso) ||
                          (o.effective && o.effective->iso == ref.date->iso) ||
                          (ref.effective && o.date && o.date->iso == ref.effective->iso);
    if (same_day || (o.date && close_days(*o.date, *ref.date))) return &o;
    if ((o.date && takes_effect_after(*o.date, ref)) || takes_effect_after(*ref.date, o)) return &o;
  }
  if (!ref.date) return last;
  // An undated agreement named earlier is this one, now dated; not one a year or more old ("the
  // ceasefire was reached" today, "the statement signed on 9 November of last year").
  if (last && !last->date && !older_than_history(doc, *ref.date)) return last;
  return nullptr;
}

// True when "the deal", "the agreement" opens the sentence.
bool heads_with_anaphor(const Document& doc, const Lexicons& lex, const SentenceView& v) {
  for (const auto& a : cues_in(lex, doc, "ceasefire_anaphor", v.first, v.last)) {
    if (a.first <= v.first + 1) return true;
  }
  return false;
}

CeasefireRef* last_agreement(std::vector<CeasefireRef>& out) {
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    if (it->kind == "agreement") return &*it;
  }
  return nullptr;
}

void merge_into(CeasefireRef& into, const CeasefireRef& ref) {
  // A day it took effect stood in for the day it was reached until that was named.
  const bool only_effective = into.date && into.effective && into.date->iso == into.effective->iso;
  const bool ref_reached = ref.date && !(ref.effective && ref.date->iso == ref.effective->iso);
  const bool into_range =
      into.date && !into.date->end_iso.empty() && into.date->end_iso != into.date->iso;
  const bool ref_day =
      ref.date && (ref.date->end_iso.empty() || ref.date->end_iso == ref.date->iso);
  // A month it was reached ("agreed in June") does not replace the day it took effect.
  const bool coarser =
      into.date && ref.date && into.date->precision == DatePrecision::day &&
      (ref.date->precision == DatePrecision::month || ref.date->precision == DatePrecision::year);
  // A day refines an approximate range ("took hold last week" ... "began on Wednesday").
  // An undated mention takes whatever day a later one gives ("as the ceasefire brokered in
  // Moscow came under strain ... the ceasefire, which took effect at noon on Saturday").
  if ((((!into.date || only_effective) && ref_reached) && !coarser) || (into_range && ref_day) ||
      (!into.date && ref.date))
    into.date = ref.date;
  if (!into.effective && ref.effective) into.effective = ref.effective;
  for (const auto& s : ref.mentions) {
    const bool known = std::any_of(into.mentions.begin(), into.mentions.end(),
                                   [&](const Span& m) { return m.begin == s.begin; });
    if (!known) into.mentions.push_back(s);
  }
}

// "a complete ceasefire and a cessation of all hostilities": two names joined by "and" are one
// mention, so that the date after the second dates the agreement the first names.
void join_coordinated(const std::vector<text::Token>& t, std::vector<PhraseMatch>& mentions) {
  for (std::size_t n = 0; n + 1 < mentions.size();) {
    PhraseMatch& a = mentions[n];
    const PhraseMatch& b = mentions[n + 1];
    bool joined = b.first > a.last && b.first <= a.last + 3 && t[a.last].key == "and";
    for (std::size_t k = a.last + 1; joined && k < b.first; ++k)
      joined = t[k].is_any({"a", "an", "the", "full", "complete"});
    if (!joined) {
      ++n;
      continue;
    }
    a.last = b.last;
    mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(n) + 1);
  }
}

// How far after an agreement noun its participle may stand ("the agreement signed on").
constexpr std::size_t kParticipleReach = 2;

// How far before "for the cessation of hostilities" the agreement noun it completes may stand.
constexpr std::size_t kAgreementNounReach = 12;

// "the agreement signed on November 10 between Azerbaijan and Armenia for the cessation of
// hostilities", "signed a statement with the presidents ... on ending the war": the agreement
// noun (cue class agreement_noun) heads the mention, so that its participle and day are the
// mention's own.
void head_by_agreement_noun(const Document& doc, const Lexicons& lex, const SentenceView& v,
                            std::vector<PhraseMatch>& mentions) {
  const auto& t = doc.tokens;
  for (auto& m : mentions) {
    std::size_t k = m.first;
    while (k > v.first && t[k - 1].is_any({"the", "a", "an", "full", "complete"})) --k;
    if (k == v.first || !t[k - 1].is_any({"for", "on"})) continue;
    for (std::size_t j = k - 1; j > v.first && j + kAgreementNounReach > k; --j) {
      if (t[j - 1].kind == text::TokenKind::punct) break;
      auto noun = lex.cue("agreement_noun").match_at(t, j - 1, k);
      if (!noun) continue;
      // Only a document its participle or its parties tell of ("the agreement signed on November
      // 10 ... for", "an agreement between Sanaa and Washington on"): "signed a statement on a
      // complete ceasefire" is dated by the ceasefire's words.
      const std::size_t to = std::min(k, noun->last + kParticipleReach);
      if (!cues_in(lex, doc, "agreement", noun->last, to).empty() ||
          (noun->last < k && t[noun->last].key == "between"))
        m = PhraseMatch{noun->first, noun->last, m.id};
      break;
    }
  }
}

}  // namespace

// See ceasefire_finder.hpp. The ceasefire names of the sentence, and "a pause in (offensive)
// operations", "a moratorium on strikes": a word of stopping (cue class ceasefire_head) with a kind
// of hostilities (hostilities) up to two words after it.
std::vector<PhraseMatch> ceasefire_mentions(const Document& doc, const Lexicons& lex,
                                            const SentenceView& v) {
  auto out = cues_in(lex, doc, "ceasefire", v.first, v.last);
  const auto& tk = doc.tokens;
  // "a statement ending the war, with a full ceasefire from midnight": where the sentence names
  // a ceasefire, that name is the mention.
  const bool named = !out.empty();
  for (const auto& head : cues_in(lex, doc, "ceasefire_head", v.first, v.last)) {
    if (named && tk[head.first].is_any({"ending", "ended"})) continue;
    // "ending six weeks of war", "ending 44 days of fighting": a span of time may come first.
    std::size_t from = head.last;
    if (from + 3 < v.last &&
        (tk[from].kind == text::TokenKind::number || tk[from].is_any({"six", "several", "a"})) &&
        tk[from + 1].is_any({"days", "weeks", "months", "years", "day", "week", "month", "year"}) &&
        tk[from + 2].key == "of")
      from += 3;
    const std::size_t end = std::min(v.last, from + 4);
    for (const auto& h : cues_in(lex, doc, "hostilities", from, end)) {
      if (h.first > from + 2) break;
      const bool inside = std::any_of(out.begin(), out.end(), [&](const PhraseMatch& o) {
        return o.first <= head.first && o.last >= head.last;
      });
      if (!inside) out.push_back({head.first, h.last, head.id});
      break;
    }
  }
  // "a 48-hour temporary ceasefire", "a US-brokered truce": the words that qualify the
  // ceasefire belong to its mention, so that the verb of agreement before them is near it.
  const auto& t = doc.tokens;
  for (auto& m : out) {
    while (m.first > v.first) {
      const std::size_t k = m.first - 1;
      // A number only as a length ("48-hour", "30 day"): "the October 10 ceasefire" is named
      // by its day.
      const bool length = t[k].kind == text::TokenKind::number &&
                          (t[k + 1].key == "-" || word_of(lex, doc, "ceasefire_modifier", k + 1));
      const bool qualifier = word_of(lex, doc, "ceasefire_modifier", k) || length ||
                             t[k].key == "-" ||
                             (t[k].kind == text::TokenKind::word && t[k + 1].key == "-");
      if (!qualifier) break;
      m.first = k;
    }
  }
  // "the humanitarian ceasefire regimes announced on ...": the noun it qualifies belongs to the
  // mention too, so that a participle after it is the mention's own.
  for (auto& m : out) {
    if (auto tail = lex.cue("ceasefire_tail").match_at(t, m.last, v.last); tail)
      m.last = tail->last;
  }
  std::sort(out.begin(), out.end(),
            [](const PhraseMatch& a, const PhraseMatch& b) { return a.first < b.first; });
  join_coordinated(t, out);
  head_by_agreement_noun(doc, lex, v, out);
  return out;
}

std::vector<CeasefireRef> find_ceasefires(const Document& doc, const Lexicons& lex,
                                          const std::vector<SentenceAttribution>& attribution) {
  std::vector<CeasefireRef> out;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceView& v = doc.sentences[si];
    const std::string why = sentence_filter(doc, lex, si);
    if (why == "headline-or-caption" || why == "question") continue;
    auto mentions = ceasefire_mentions(doc, lex, v);
    // A sentence of history names an old agreement only by its day ("the ceasefire of 14 August
    // 2006", "the truces announced on 10 and 18 October ..., as well as the Geneva Conventions of
    // 1949"); undated mentions there are dropped once dated below.
    const bool history = why == "history";
    if (history) {
      std::erase_if(mentions, [&](const PhraseMatch& m) {
        return !named_by_day(doc, v, m) && !relative_clause_verb(doc, lex, v, m);
      });
    }
    // "The deal was agreed ... on Wednesday": once a ceasefire agreement is named, "the deal" or
    // "the agreement" at the head of a sentence refers back to it.
    bool anaphor = false;
    if (mentions.empty() && !out.empty()) {
      for (const auto& a : cues_in(lex, doc, "ceasefire_anaphor", v.first, v.last)) {
        if (a.first <= v.first + 1) {
          mentions.push_back(a);
          anaphor = true;
        }
      }
    }
    for (std::size_t n = 0; n < mentions.size(); ++n) {
      const auto& m = mentions[n];
      CeasefireRef ref;
      bool refers_back = anaphor;
      ref.kind = refers_back ? "agreement" : kind_of(doc, lex, v, m);
      // "The deal, signed late on Monday by ..., provides for a complete ceasefire from ...":
      // what the agreement named before provides for is that agreement.
      if (ref.kind.empty() && last_agreement(out) && heads_with_anaphor(doc, lex, v)) {
        ref.kind = "agreement";
        refers_back = true;
      }
      if (ref.kind.empty()) continue;
      if (!doc.context.conflicts.empty()) {
        // Where and between whom it holds: the conflict the report is about.
        const ConflictEntry& c = *doc.context.conflicts.front();
        ref.conflict = c.name;
        ref.countries = c.countries;
        ref.parties = c.camp_a;
        ref.parties.insert(ref.parties.end(), c.camp_b.begin(), c.camp_b.end());
      }
      ref.claimant = attribution[si].at(m.first);
      ref.evidence = doc.sentence_span(si);
      ref.cue = doc.span(m.first, m.last);
      ref.mentions.push_back(ref.evidence);
      const std::size_t limit = n + 1 < mentions.size() ? mentions[n + 1].first : v.last;
      // A date close after the previous mention is that one's.
      const std::size_t floor = n > 0 ? mentions[n - 1].last + kDateAfter : v.first;
      if (ref.kind != "agreement") {
        // "violated the humanitarian ceasefire less than a day after it took effect at noon on
        // 10 October": the truce broken is an agreement of the day it took effect.
        CeasefireRef broken = ref;
        broken.kind = "agreement";
        date_agreement(doc, lex, v, m, floor, limit, broken);
        ref.id = std::to_string(out.size() + 1);
        out.push_back(std::move(ref));
        // "breaking the humanitarian ceasefire from the 18 October": named by its first day.
        const bool named = named_by_day(doc, v, m) != nullptr;
        if ((!broken.effective && !named) || history) continue;
        if (broken.effective) broken.date = broken.effective;
        if (CeasefireRef* same = same_agreement(doc, out, broken)) {
          merge_into(*same, broken);
        } else {
          broken.id = std::to_string(out.size() + 1);
          out.push_back(std::move(broken));
        }
        continue;
      }
      const auto more = date_agreement(doc, lex, v, m, floor, limit, ref);
      // "Damascus, 19 July (SANA) - The Presidency announced an immediate ceasefire": an
      // immediate ceasefire in a report's lead is the day's news, of that day.
      if (!ref.date && !history && lead_sentence(doc, si) && immediate(doc, v, m))
        ref.date = publication_day(doc);
      // "The truce took effect at midnight" after an agreement named with its day: that
      // midnight follows it; the words give no day of their own.
      if (ref.date && ref.date->rule == "midnight" && last_agreement(out)) {
        ref.date.reset();
        ref.effective.reset();
      }
      if (history && !ref.date) continue;
      on_record_day(doc, lex, ref);
      if (old_by_month(doc, ref)) continue;
      std::vector<CeasefireRef> agreements{ref};
      for (const auto& day : more) {
        CeasefireRef other = ref;
        other.date = day;
        other.effective.reset();
        agreements.push_back(std::move(other));
      }
      for (auto& a : agreements) {
        if (CeasefireRef* same = refers_back ? last_agreement(out) : same_agreement(doc, out, a)) {
          merge_into(*same, a);
          continue;
        }
        a.id = std::to_string(out.size() + 1);
        out.push_back(std::move(a));
      }
    }
  }
  // An agreement the report never dates held by the day it was published: that day, with
  // precision approximate, bounds it ("the ceasefire was reached", and nothing more).
  for (auto& o : out) {
    if (o.kind != "agreement" || o.date) continue;
    if (recent_on_record(doc, lex, o)) continue;
    o.date = publication_day(doc);
    if (o.date) o.date->rule = "undated-publication";
  }
  return out;
}

}  // namespace truce::extract
