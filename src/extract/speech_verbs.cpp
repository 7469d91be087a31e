// Which words of a sentence are its verbs of saying, and where their subjects begin; see
// speech_verbs.hpp.
#include "extract/speech_verbs.hpp"

#include <algorithm>

#include "extract/filters.hpp"
#include "extract/speaker_phrases.hpp"
#include "extract/unnamed_speakers.hpp"

namespace truce::extract {

// How many words a speaker after the last comma before its verb may have ("..., the head of the
// regional military administration said").
constexpr std::size_t kTrailingSpeakerWords = 9;

namespace {

// How many words may stand between a relative pronoun and its verb ("which Putin announced").
constexpr std::size_t kRelativeSubjectWords = 3;

// True when the speech verb at `m` closes a relative clause whose pronoun is its object: "which
// Putin announced", "that the ministry reported," with nothing after the verb but a break.
bool relative_object(const std::vector<text::Token>& t, const SentenceView& v,
                     const PhraseMatch& m) {
  const bool closes = m.last >= v.last || t[m.last].kind == text::TokenKind::punct;
  for (std::size_t k = m.first; k > v.first && k + kRelativeSubjectWords + 1 > m.first; --k) {
    const auto& w = t[k - 1];
    if (w.kind == text::TokenKind::punct) return false;
    if (k < m.first && (w.key == "which" || (w.key == "that" && closes))) return closes;
  }
  return false;
}

// How many words may stand between a passive verb of saying and "by" ("it was informed to
// NEWS.am by").
constexpr std::size_t kPassiveAgentReach = 6;

}  // namespace

// "..., it was informed to NEWS.am by the office of the Human Rights Defender": the claimant
// named as the agent of the passive verb of saying at `m`. False where the verb is not passive
// or no party is named after "by".
bool passive_agent(const Document& doc, const Lexicons& lex, const SentenceView& v,
                   const PhraseMatch& m, Claimant& c) {
  const auto& t = doc.tokens;
  if (m.first <= v.first || !t[m.first - 1].is_any({"was", "were", "been", "is", "are"}))
    return false;
  for (std::size_t k = m.last; k < v.last && k < m.last + kPassiveAgentReach; ++k) {
    if (t[k].is_any({",", ";"})) return false;
    if (t[k].key != "by") continue;
    std::size_t end = k + 1;
    while (end < v.last && !t[end].is_any({",", ".", ";"})) ++end;
    if (!resolve_region(doc, v, k + 1, end, c) && !resolve_local_official(doc, lex, k + 1, end, c))
      return false;
    c.rule = "speech-verb-passive";
    return true;
  }
  return false;
}

// Speech verbs that are verbs: not inside an actor name ("United States"), not a noun
// ("reports of", "the claims").
std::vector<PhraseMatch> speech_verbs(const Document& doc, const Lexicons& lex,
                                      const SentenceView& v) {
  const auto& t = doc.tokens;
  std::vector<PhraseMatch> out;
  const auto according = cues_in(lex, doc, "according", v.first, v.last);
  for (const auto& m : cues_in(lex, doc, "speech", v.first, v.last)) {
    if (actor_at(v, m.first)) continue;
    // "as informed by the ministry", "as reported by TASS": the verb is part of the source cue.
    if (std::any_of(according.begin(), according.end(),
                    [&](const PhraseMatch& a) { return a.first <= m.first && m.last <= a.last; }))
      continue;
    if (m.last < v.last && t[m.last].key == "of") continue;
    // "their self-declared state": a participle glued to a word before it is an adjective.
    if (t[m.first].joined) continue;
    // "The truce, announced by U.S. President Joe Biden on Tuesday": a passive participle.
    if (m.last < v.last && t[m.last].key == "by" && m.first > v.first && t[m.first - 1].key == ",")
      continue;
    // "the so-called Easter truce which Putin announced, ...": a relative clause whose object is
    // the thing announced tells what, not who speaks the sentence.
    if (relative_object(t, v, m)) continue;
    // "air strikes were reported across the Strip": a passive has no speaker in its subject,
    // but may name one after "by".
    Claimant agent;
    if (m.first > v.first && t[m.first - 1].is_any({"was", "were", "is", "are", "been", "be"}) &&
        !passive_agent(doc, lex, v, m, agent))
      continue;
    // "media reports", "news reports" are nouns; "state media reported" is a verb.
    const bool noun_form = t[m.first].key.ends_with("s") || t[m.first].key == "report";
    if (m.first > v.first && (t[m.first - 1].key == "the" || t[m.first - 1].key == "these" ||
                              (noun_form && t[m.first - 1].is_any({"media", "news"}))))
      continue;
    out.push_back(m);
  }
  // "A local official put the number of people killed at more than 45": a verb that gives a
  // toll (cue class toll_giving) speaks where "the number", "the toll" or "the figure" follows.
  for (const auto& m : cues_in(lex, doc, "toll_giving", v.first, v.last)) {
    std::size_t k = m.last;
    if (k < v.last && t[k].key == "the") ++k;
    if (k < v.last && t[k].is_any({"death", "total", "casualty"})) ++k;
    if (k < v.last && t[k].is_any({"number", "toll", "figure", "tally"}) && !actor_at(v, m.first))
      out.push_back(m);
  }
  std::sort(out.begin(), out.end(),
            [](const PhraseMatch& a, const PhraseMatch& b) { return a.first < b.first; });
  return out;
}

// Where the subject of the speech verb `m` may begin: the clause start after `floor`; for
// "..., residents and a hotel worker said." the few words after the last comma, not the report
// before it (whose "soldiers" are no speaker).
std::size_t subject_start(const Document& doc, const Lexicons& lex, const SentenceView& v,
                          const PhraseMatch& m, std::size_t floor) {
  const auto& t = doc.tokens;
  std::size_t start = clause_start(lex, doc, v.first, m.first, floor);
  for (std::size_t k = m.first; k > start + 1 && k + kTrailingSpeakerWords > m.first; --k) {
    if (t[k - 1].key == ",") {
      // "The press service of the self-defence forces, quoted by Armenpress, confirmed": the
      // relay set off by commas is no subject; the words before it are.
      if (k + 1 < m.first && t[k].is_any({"quoted", "cited"}) && t[k + 1].key == "by") break;
      // "JNIM, the al-Qaeda affiliate, separately claimed": adverbs alone after the comma leave
      // the subject before it.
      if (k < m.first && !adverbs_only(t, k, m.first)) start = k;
      break;
    }
  }
  return start;
}

}  // namespace truce::extract
