// Cue words around each ceasefire mention decide its kind (agreement, call, rejection,
// violation); ceasefire_dating.cpp dates an agreement and ceasefire_merge.cpp makes the mentions
// of one agreement across a report one reference.
#include "extract/ceasefire_finder.hpp"

#include <algorithm>

#include "extract/ceasefire_dating.hpp"
#include "extract/ceasefire_merge.hpp"
#include "extract/filters.hpp"

namespace truce::extract {
namespace {

using ceasefire::cue_near;
using ceasefire::kEffectReach;
using ceasefire::kPartiesReach;
using ceasefire::named_by_day;
using ceasefire::relative_clause_verb;
using ceasefire::words_at;

// How far before a mention its cues are read, in tokens.
constexpr std::size_t kCueBefore = 6;
// How many words before the mention its verb of agreement may stand, within the clause.
constexpr std::size_t kAgreedBefore = 6;

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

// How many words may stand between an agreement's noun and its verb of ending the war ("the
// trilateral statement signed by the leaders of Azerbaijan, Russia and Armenia, which ended").
constexpr std::size_t kEndingVerbReach = 16;

// "six weeks of", "21 months of": the token after a length of time that comes before the
// hostilities it ends ("ending six weeks of war"), or `k` when none stands at `k`.
std::size_t after_length_of_time(const std::vector<text::Token>& t, std::size_t k,
                                 std::size_t end) {
  if (k + 3 < end &&
      (t[k].kind == text::TokenKind::number || t[k].is_any({"six", "several", "a"})) &&
      t[k + 1].is_any({"days", "weeks", "months", "years", "day", "week", "month", "year"}) &&
      t[k + 2].key == "of")
    return k + 3;
  return k;
}

// The token after the hostilities that the verb of ending at `verb` ends ("stopped the
// fighting", "ended the 44-day war", "ends 21 months of war"), or 0.
std::size_t ended_hostilities(const Document& doc, const Lexicons& lex, const SentenceView& v,
                              const PhraseMatch& verb) {
  const auto& t = doc.tokens;
  std::size_t k = verb.last;
  if (k < v.last && t[k].is_any({"the", "a"})) ++k;
  k = after_length_of_time(t, k, v.last);
  // "the 44-day war", "the six-week conflict": a length may qualify it.
  while (k < v.last && k < verb.last + 5 &&
         (t[k].kind == text::TokenKind::number || t[k].key == "-" ||
          (t[k].joined && t[k].is_any({"day", "week", "month", "year"})) ||
          t[k].is_any({"six", "several"})))
    ++k;
  auto h = lex.cue("hostilities").match_at(t, k, v.last);
  return h && h->first == k ? h->last : 0;
}

// True when a verb of ending the hostilities follows the mention at `m` in its sentence: "the
// agreement ... stopped the fighting" names an agreement, whatever else the sentence says.
bool ends_war_after(const Document& doc, const Lexicons& lex, const SentenceView& v,
                    const PhraseMatch& m) {
  const std::size_t to = std::min(v.last, m.last + kEndingVerbReach);
  for (const auto& verb : cues_in(lex, doc, "war_ending_verb", m.last, to))
    if (ended_hostilities(doc, lex, v, verb) != 0) return true;
  return false;
}

std::string kind_of(const Document& doc, const Lexicons& lex, const SentenceView& v,
                    const PhraseMatch& m) {
  if (relative_clause_verb(doc, lex, v, m) || named_by_day(doc, v, m)) return "agreement";
  if (word_of(lex, doc, "agreement_head", m.last - 1) && ends_war_after(doc, lex, v, m))
    return "agreement";
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
  // "proposed a timetable for a ceasefire, but neither side has accepted it": a proposal is a
  // call at most.
  if (cue_near(doc, lex, "proposal", before, m.first)) return "call";
  const auto agreed = cues_in(lex, doc, "agreement", agreed_from, std::min(v.last, m.last + reach));
  // "the document of the ceasefire could be signed in the next days": not yet agreed.
  if (!agreed.empty() && agreed.front().first > m.last &&
      !cues_in(lex, doc, "modal", m.last, agreed.front().first).empty())
    return {};
  if (!agreed.empty()) return "agreement";
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

// True when "the deal", "the agreement" opens the sentence.
bool heads_with_anaphor(const Document& doc, const Lexicons& lex, const SentenceView& v) {
  for (const auto& a : cues_in(lex, doc, "ceasefire_anaphor", v.first, v.last)) {
    if (a.first <= v.first + 1) return true;
  }
  return false;
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
constexpr std::size_t kAgreementNounReach = 18;

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
    if (k == v.first || !t[k - 1].is_any({"for", "on", "to"})) continue;
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

// How many words before an agreement's noun the verb that concluded it may stand ("signed an
// agreement", "reached a deal").
constexpr std::size_t kConcludedReach = 3;

// True when a verb of agreement stands just before the agreement noun at `noun` in its clause:
// "signed an agreement on Tuesday to end the hostilities" tells of one concluded, where "talks on
// an agreement to end the war" and "called for a deal to end the fighting" tell of an aim.
bool concluded(const Document& doc, const Lexicons& lex, const SentenceView& v,
               const PhraseMatch& noun) {
  std::size_t k = noun.first;
  while (k > v.first && doc.tokens[k - 1].is_any({"a", "an", "the"})) --k;
  for (std::size_t end = k; end > v.first && end + kConcludedReach > k; --end) {
    if (doc.tokens[end - 1].kind == text::TokenKind::punct) return false;
    if (cue_ends_at(lex, doc, "agreement", v.first, end) &&
        !word_of(lex, doc, "agreement_head", end - 1))
      return true;
  }
  return false;
}

// "the Russian-brokered agreement of November 10 stopped the fighting", "the trilateral
// statement ..., which ended the 44-day war": an agreement (cue class agreement_head) said to end
// the hostilities is a ceasefire agreement, mentioned by its noun, which its day or participle
// follows. A mention of the ending words themselves gives way to it.
void add_war_ending_agreements(const Document& doc, const Lexicons& lex, const SentenceView& v,
                               std::vector<PhraseMatch>& mentions) {
  // "signed a statement ending the war, with a full ceasefire from midnight": where the
  // sentence names a ceasefire, that name is the mention.
  if (!cues_in(lex, doc, "ceasefire", v.first, v.last).empty()) return;
  for (const auto& verb : cues_in(lex, doc, "war_ending_verb", v.first, v.last)) {
    const std::size_t end = ended_hostilities(doc, lex, v, verb);
    if (end == 0) continue;
    const std::size_t from =
        verb.first > v.first + kEndingVerbReach ? verb.first - kEndingVerbReach : v.first;
    const auto nouns = cues_in(lex, doc, "agreement_head", from, verb.first);
    if (nouns.empty()) continue;
    if (doc.tokens[verb.first].key == "end" && !concluded(doc, lex, v, nouns.front())) continue;
    const PhraseMatch noun{nouns.front().first, nouns.front().last, verb.id};
    std::erase_if(mentions,
                  [&](const PhraseMatch& m) { return m.first < end && verb.first < m.last; });
    const bool known = std::any_of(mentions.begin(), mentions.end(), [&](const PhraseMatch& m) {
      return m.first <= noun.first && noun.last <= m.last;
    });
    if (known) continue;
    mentions.push_back(noun);
    std::sort(mentions.begin(), mentions.end(),
              [](const PhraseMatch& a, const PhraseMatch& b) { return a.first < b.first; });
  }
}

// "accepted the six-point peace plan", "violations of the Bishkek Protocol": the name of an
// agreement of the report's conflicts on record (agreements.tsv) is a mention, though it has no
// ceasefire word; its kind still comes from the words around it.
void add_agreements_on_record(const Document& doc, const Lexicons& lex, const SentenceView& v,
                              std::vector<PhraseMatch>& mentions) {
  const auto& t = doc.tokens;
  for (const ConflictEntry* c : doc.context.conflicts) {
    for (const auto& a : lex.agreements) {
      if (a.conflict != c->name) continue;
      for (const auto& keys : a.name_keys) {
        for (std::size_t i = v.first; i + keys.size() <= v.last; ++i) {
          if (!words_at(t, i, keys)) continue;
          const std::size_t end = i + keys.size();
          const bool known = std::any_of(mentions.begin(), mentions.end(), [&](const auto& m) {
            return m.first < end && i < m.last;
          });
          if (!known) mentions.push_back(PhraseMatch{i, end, -1});
        }
      }
    }
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const PhraseMatch& a, const PhraseMatch& b) { return a.first < b.first; });
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
    const std::size_t from = after_length_of_time(tk, head.last, v.last);
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
  add_war_ending_agreements(doc, lex, v, out);
  add_agreements_on_record(doc, lex, v, out);
  return out;
}

namespace {

using ceasefire::date_agreement;
using ceasefire::last_agreement;
using ceasefire::merge_into;
using ceasefire::publication_day;
using ceasefire::same_agreement;

// "accused each other of violating the agreements reached in Moscow on October 10": once the
// report has named a ceasefire, an agreement noun (cue class agreement_noun) that a participle of
// agreement follows (agreement_participle: "reached", "signed", not "announced") is a mention of
// its own, dated by its own words, not the one named before.
std::vector<PhraseMatch> agreements_by_participle(const Document& doc, const Lexicons& lex,
                                                  const SentenceView& v) {
  std::vector<PhraseMatch> out;
  for (const auto& noun : cues_in(lex, doc, "agreement_noun", v.first, v.last)) {
    if (noun.last < v.last &&
        lex.cue("agreement_participle").match_at(doc.tokens, noun.last, v.last))
      out.push_back(noun);
  }
  return out;
}

// The ceasefire mentions of sentence `si` that may be references. A sentence of history names
// an old agreement only by its day ("the ceasefire of 14 August 2006", "the truces announced on
// 10 and 18 October ..., as well as the Geneva Conventions of 1949"): undated mentions there are
// dropped. "The deal was agreed ... on Wednesday": once an agreement is named, "the deal" or "the
// agreement" at the head of a sentence refers back to it (`anaphor`).
std::vector<PhraseMatch> mentions_of(const Document& doc, const Lexicons& lex, std::size_t si,
                                     bool history, bool any_before, bool& anaphor) {
  const SentenceView& v = doc.sentences[si];
  auto mentions = ceasefire_mentions(doc, lex, v);
  if (history) {
    std::erase_if(mentions, [&](const PhraseMatch& m) {
      return !named_by_day(doc, v, m) && !relative_clause_verb(doc, lex, v, m);
    });
  }
  anaphor = false;
  if (mentions.empty() && any_before) {
    for (const auto& a : cues_in(lex, doc, "ceasefire_anaphor", v.first, v.last)) {
      if (a.first <= v.first + 1) {
        mentions.push_back(a);
        anaphor = true;
      }
    }
  }
  if (mentions.empty() && any_before && !history) mentions = agreements_by_participle(doc, lex, v);
  return mentions;
}

// Adds agreement `a` to `out`, or what it says to the agreement it continues.
void add_agreement(const Document& doc, std::vector<CeasefireRef>& out, CeasefireRef a,
                   bool refers_back) {
  if (CeasefireRef* same = refers_back ? last_agreement(out) : same_agreement(doc, out, a)) {
    merge_into(*same, a);
    return;
  }
  a.id = std::to_string(out.size() + 1);
  out.push_back(std::move(a));
}

// Where a mention in the span [floor, limit) of its sentence is read.
struct MentionSite {
  const SentenceView& v;
  const PhraseMatch& m;
  std::size_t floor;
  std::size_t limit;
  bool history;
};

// A call, rejection or violation `ref`. "violated the humanitarian ceasefire less than a day
// after it took effect at noon on 10 October": the truce broken is an agreement of the day it
// took effect, and one named by its first day ("breaking the humanitarian ceasefire from the 18
// October") too.
void add_other_kind(const Document& doc, const Lexicons& lex, const MentionSite& at,
                    CeasefireRef ref, std::vector<CeasefireRef>& out) {
  CeasefireRef broken = ref;
  broken.kind = "agreement";
  date_agreement(doc, lex, at.v, at.m, at.floor, at.limit, broken);
  ref.id = std::to_string(out.size() + 1);
  out.push_back(std::move(ref));
  const bool named = named_by_day(doc, at.v, at.m) != nullptr;
  if ((!broken.effective && !named) || at.history) return;
  if (broken.effective) broken.date = broken.effective;
  add_agreement(doc, out, std::move(broken), false);
}

// An agreement `ref` with its days; several for a plural agreement ("agreements reached on the
// 10th and 17th").
void add_dated_agreement(const Document& doc, const Lexicons& lex, std::size_t si,
                         const MentionSite& at, CeasefireRef ref, bool refers_back,
                         std::vector<CeasefireRef>& out) {
  const auto more = date_agreement(doc, lex, at.v, at.m, at.floor, at.limit, ref);
  // "Damascus, 19 July (SANA) - The Presidency announced an immediate ceasefire": an immediate
  // ceasefire in a report's lead is the day's news, of that day.
  if (!ref.date && !at.history && lead_sentence(doc, si) && immediate(doc, at.v, at.m))
    ref.date = publication_day(doc);
  // "The truce took effect at midnight" after an agreement named with its day: that midnight
  // follows it; the words give no day of their own.
  if (ref.date && ref.date->rule == "midnight" && last_agreement(out)) {
    ref.date.reset();
    ref.effective.reset();
  }
  if (!ref.date) ceasefire::named_on_record(doc, lex, at.m, ref);
  if (at.history && !ref.date) return;
  ceasefire::on_record_day(doc, lex, ref);
  if (ceasefire::old_by_month(doc, ref)) return;
  std::vector<CeasefireRef> agreements{ref};
  for (const auto& day : more) {
    CeasefireRef other = ref;
    other.date = day;
    other.effective.reset();
    agreements.push_back(std::move(other));
  }
  for (auto& a : agreements) add_agreement(doc, out, std::move(a), refers_back);
}

// The reference the mention `m` of sentence `si` makes, before it is dated: its kind, the
// conflict it holds in, its claimant and evidence. Its kind is empty when it makes none.
CeasefireRef reference_at(const Document& doc, const Lexicons& lex, std::size_t si,
                          const PhraseMatch& m, const std::vector<SentenceAttribution>& attribution,
                          bool anaphor, std::vector<CeasefireRef>& out, bool& refers_back) {
  const SentenceView& v = doc.sentences[si];
  CeasefireRef ref;
  refers_back = anaphor;
  ref.kind = refers_back ? "agreement" : kind_of(doc, lex, v, m);
  // "The deal, signed late on Monday by ..., provides for a complete ceasefire from ...": what
  // the agreement named before provides for is that agreement.
  if (ref.kind.empty() && last_agreement(out) && heads_with_anaphor(doc, lex, v)) {
    ref.kind = "agreement";
    refers_back = true;
  }
  if (ref.kind.empty()) return ref;
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
  return ref;
}

}  // namespace

std::vector<CeasefireRef> find_ceasefires(const Document& doc, const Lexicons& lex,
                                          const std::vector<SentenceAttribution>& attribution) {
  std::vector<CeasefireRef> out;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceView& v = doc.sentences[si];
    const std::string why = sentence_filter(doc, lex, si);
    if (why == "headline-or-caption" || why == "question") continue;
    const bool history = why == "history";
    bool anaphor = false;
    const auto mentions = mentions_of(doc, lex, si, history, !out.empty(), anaphor);
    for (std::size_t n = 0; n < mentions.size(); ++n) {
      const auto& m = mentions[n];
      bool refers_back = false;
      CeasefireRef ref = reference_at(doc, lex, si, m, attribution, anaphor, out, refers_back);
      if (ref.kind.empty()) continue;
      // Dates after the next mention are that one's, and a date close after the previous
      // mention is that one's.
      const MentionSite at{v, m, n > 0 ? mentions[n - 1].last + ceasefire::kDateAfter : v.first,
                           n + 1 < mentions.size() ? mentions[n + 1].first : v.last, history};
      if (ref.kind != "agreement")
        add_other_kind(doc, lex, at, std::move(ref), out);
      else
        add_dated_agreement(doc, lex, si, at, std::move(ref), refers_back, out);
    }
  }
  // An agreement the report never dates held by the day it was published: that day, with
  // precision approximate, bounds it ("the ceasefire was reached", and nothing more).
  for (auto& o : out) {
    if (o.kind != "agreement" || o.date) continue;
    if (ceasefire::recent_on_record(doc, lex, o)) continue;
    o.date = publication_day(doc);
    if (o.date) o.date->rule = "undated-publication";
  }
  return out;
}

}  // namespace truce::extract
