// Reading a claimant from the words around a speech verb; see speaker_phrases.hpp.
#include "extract/speaker_phrases.hpp"

#include <algorithm>

#include "extract/filters.hpp"
#include "extract/report_voices.hpp"
#include "extract/unnamed_speakers.hpp"

namespace truce::extract {

namespace {

// The claimant an actor mention names, with the rule that read it.
Claimant mention_claimant(const Document& doc, const ActorMention& a, const std::string& rule) {
  Claimant c;
  c.name = doc.text(a.first, a.last);
  c.side = a.side;
  c.kind = a.kind;
  // "informs the correspondent of ITAR-TASS": a state's agency speaks for its state only where
  // the state is a party to the report's war (as on its own account, report_voices.cpp). Where
  // no war on file is the report's, its state is still the best guess.
  if (a.kind == "media" && !a.side.empty() && a.side != "media" && !doc.context.conflicts.empty() &&
      !belligerent(doc, a.side))
    c.side = "media";
  c.span = doc.span(a.first, a.last);
  c.rule = rule;
  return c;
}

// True when `a` is where an envoy is posted: "ambassador to the UN", "envoy to Moscow" (cue class
// envoy before "to").
bool posted_to(const Document& doc, const ActorMention& a) {
  const auto& t = doc.tokens;
  std::size_t k = a.first;
  if (k > 0 && t[k - 1].key == "the") --k;
  if (k < 2 || t[k - 1].key != "to") return false;
  return cue_ends_at(*doc.lex, doc, "envoy", k > 4 ? k - 4 : 0, k - 1);
}

}  // namespace

// The claimant named in tokens [from, to): the last actor mention with a side that is not a
// place. Returns false when none.
bool resolve_region(const Document& doc, const SentenceView& view, std::size_t from, std::size_t to,
                    Claimant& out) {
  const ActorMention* best = nullptr;
  for (const auto& a : view.actors) {
    if (a.first < from || a.last > to) continue;
    if (a.side.empty() || a.locative || a.side == "civilians") continue;
    // "Iran's ambassador to the United Nations said": the posting of an envoy is not whom he
    // speaks for.
    if (posted_to(doc, a)) continue;
    // "COLOMBO (Reuters) - The military said": neither the dateline's town nor its agency is
    // who speaks.
    const auto& t = doc.tokens;
    if (a.kind == "media" && a.first > 0 && t[a.first - 1].key == "(" && a.last < t.size() &&
        t[a.last].key == ")")
      continue;
    if (a.last + 1 < to && t[a.last].key == "(" &&
        std::any_of(view.actors.begin(), view.actors.end(), [&](const ActorMention& m) {
          return m.first == a.last + 1 && m.kind == "media";
        }))
      continue;
    best = &a;
  }
  if (!best) return false;
  out = mention_claimant(doc, *best, out.rule);
  return true;
}

// A signature line is an institution's name: a handful of words.
constexpr std::size_t kSignatureWords = 12;

bool is_clause_joiner(const text::Token& t) {
  return t.key == "but" || t.key == "and" || t.key == "yet";
}

// True when tokens [from, to) are adverbs only ("separately", "also", "later").
bool adverbs_only(const std::vector<text::Token>& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    const bool ly = t[k].key.size() > 4 && t[k].key.ends_with("ly");
    if (!ly && !t[k].is_any({"also", "later", "earlier", "then", "too", "again"})) return false;
  }
  return from < to;
}

bool has_pronoun(const Lexicons& lex, const Document& doc, std::size_t from, std::size_t to) {
  return !cues_in(lex, doc, "pronoun", from, to).empty();
}

// Start of the clause that ends at `i`: after the last clause break or speech verb.
std::size_t clause_start(const Lexicons& lex, const Document& doc, std::size_t from, std::size_t i,
                         std::size_t floor) {
  std::size_t start = std::max(from, floor);
  for (const auto& m : cues_in(lex, doc, "clause_break", start, i)) {
    if (!parenthetical(doc, m)) start = m.last;
  }
  // A semicolon joins two statements; the phrase lists cannot hold punctuation.
  for (std::size_t k = i; k > start; --k) {
    if (doc.tokens[k - 1].key == ";") return k;
  }
  return start;
}

// A statement signed at its foot ("Ministry of Defence of the Republic of Armenia"): a last
// line without closing punctuation that names a party and little else. The signer speaks
// wherever the statement names no other source.
std::optional<Claimant> signature(const Document& doc) {
  if (doc.sentences.size() < 2) return std::nullopt;
  const SentenceView& v = doc.sentences.back();
  if (v.sentence.terminal || v.last - v.first > kSignatureWords) return std::nullopt;
  if (v.actors.empty() || v.actors.front().first != v.first) return std::nullopt;
  Claimant c;
  if (!resolve_region(doc, v, v.first, v.last, c) || !belligerent(doc, c.side)) return std::nullopt;
  c.rule = "signature";
  return c;
}

// The subject of a speech verb at `verb` in the clause that starts at `start`: the words after
// the last comma before the verb ("..., the regional governor said"), else an actor that opens
// the clause and is set off by a comma ("The ministry, in a statement, said"). Never a party
// named inside what is reported ("Russian shelling killed four, the governor said").
bool resolve_subject(const Document& doc, const Lexicons& lex, const SentenceView& v,
                     std::size_t start, std::size_t verb, Claimant& out) {
  const auto& t = doc.tokens;
  std::size_t seg = start;
  for (std::size_t k = verb; k > start; --k) {
    if (t[k - 1].key == ",") {
      seg = k;
      break;
    }
  }
  std::size_t end = verb;
  if (seg == verb && seg > start + 1) {
    // "the Prime Minister of Armenia, Nikol Pashinyan, confirmed": an apposition closed by a
    // comma; its subject is the words between the two commas before the verb.
    end = seg - 1;
    for (std::size_t k = end; k > start; --k) {
      if (t[k - 1].key == ",") {
        seg = k;
        break;
      }
    }
    if (seg == verb) seg = start;
  }
  // "The Arakan Army, one of Myanmar's most powerful armed groups, said": an apposition that
  // describes the speaker names other parties only in passing; the speaker comes before it.
  if (end < verb && seg > start + 1 &&
      t[seg].is_any({"one", "a", "an", "which", "who", "whose", "led", "headed", "commanded",
                     "backed", "supported", "based"})) {
    std::size_t head = start;
    for (std::size_t k = seg - 1; k > start; --k) {
      if (t[k - 1].key == ",") {
        head = k;
        break;
      }
    }
    if (resolve_region(doc, v, head, seg - 1, out)) {
      out.rule = "speech-verb";
      return true;
    }
  }
  if (resolve_region(doc, v, seg, end, out)) {
    out.rule = "speech-verb";
    return true;
  }
  if (end < verb && seg > start + 1) {
    // "the Prime Minister of Pakistan, Shehbaz Sharif, said": a name the lexicons lack, set off
    // after its title; the title names the side.
    std::size_t title = start;
    for (std::size_t k = seg - 1; k > start; --k) {
      if (t[k - 1].key == ",") {
        title = k;
        break;
      }
    }
    if (resolve_region(doc, v, title, seg - 1, out)) {
      out.name = doc.text(title, end);
      out.span = doc.span(title, end);
      out.rule = "speech-verb";
      return true;
    }
  }
  if (resolve_local_official(doc, lex, seg, end, out)) return true;
  if (seg == start) return false;
  for (const auto& a : v.actors) {
    const bool opens = a.first == start || (a.first == start + 1 && t[start].key == "the");
    if (!opens || a.last >= verb || t[a.last].key != ",") continue;
    if (resolve_region(doc, v, a.first, a.last, out)) {
      out.rule = "speech-verb";
      return true;
    }
  }
  return false;
}

// ", citing the army", ", quoting Y" right after a speech verb and its speaker: Y is the source;
// so is Y in "informs Report with reference to Y", the relay cue straight after the outlet.
bool resolve_relay(const Document& doc, const Lexicons& lex, std::size_t si, std::size_t after,
                   const Claimant* party, bool institutions, Claimant& out) {
  const SentenceView& v = doc.sentences[si];
  const auto& t = doc.tokens;
  std::optional<PhraseMatch> cue;
  for (std::size_t k = after; !cue && k < v.last && k < after + 8; ++k) {
    // "reports Day.Az with reference to ...": a dot inside an outlet's name ends nothing.
    const bool inside_name = t[k].key == "." && k > after && k + 1 < v.last &&
                             t[k - 1].end == t[k].begin && t[k].end == t[k + 1].begin;
    if (t[k].is_any({".", ";"}) && !inside_name) break;
    if (t[k].key == ",") {
      cue = lex.cue("according").match_at(t, k + 1, v.last);
      break;
    }
    if (t[k].key == "with" && k > after) cue = lex.cue("according").match_at(t, k, v.last);
  }
  if (!cue) return false;
  std::size_t end = cue->last;
  while (end < v.last && t[end].key != "," && t[end].key != "." && t[end].key != ";") ++end;
  if (!resolve_region(doc, v, cue->last, end, out) &&
      !resolve_local_official(doc, lex, cue->last, end, out)) {
    if (!institutions || !resolve_institution(doc, si, cue->last, end, party, out, true))
      return false;
    // "The defence ministry said ..., an agency reported, citing the ministry": the party
    // that spoke last, not the forces its words named.
    if (party) {
      out.side = party->side;
      out.kind = party->kind;
    }
  }
  out.rule = "relay";
  return true;
}

// "..., Lok Chumteav said": a name the lexicons lack that an earlier sentence gave beside a
// party's speaker ("Lok Chumteav Maly Socheata, spokeswoman of the Ministry of National Defence,
// said") speaks for that party again. Reads the subject after the last comma in [from, to).
bool named_earlier(const Document& doc, const std::vector<SentenceAttribution>& done,
                   std::size_t from, std::size_t to, Claimant& out) {
  const auto& t = doc.tokens;
  for (std::size_t k = to; k > from; --k) {
    if (t[k - 1].key == ",") {
      from = k;
      break;
    }
  }
  if (to <= from || to - from > kNameWords) return false;
  for (std::size_t k = from; k < to; ++k) {
    if (!doc.capitalised(k)) return false;
  }
  const std::string name = doc.text(from, to);
  for (std::size_t j = done.size(); j-- > 0;) {
    const SentenceView& v = doc.sentences[j];
    if (doc.text(v.first, v.last).find(name) == std::string::npos) continue;
    for (const auto& seg : done[j].segments) {
      if (seg.claimant.span.empty() || !belligerent(doc, seg.claimant.side)) continue;
      out = seg.claimant;
      out.name = name;
      out.span = doc.span(from, to);
      out.rule = "named-earlier";
      return true;
    }
  }
  return false;
}

// How many sentences back "the ministry said" may find a ministry named but not speaking.
constexpr std::size_t kSameHeadSentences = 3;

// "The Ministry of Defence of X announced a new tally. ..., the ministry said": the last party
// named in the sentences just before whose name has the head noun, though it spoke by no verb
// of saying.
std::optional<Claimant> same_head_before(const Document& doc, const SentenceView& v,
                                         const std::string& head) {
  const auto& t = doc.tokens;
  std::size_t si = 0;
  while (si < doc.sentences.size() && doc.sentences[si].first < v.first) ++si;
  for (std::size_t back = 1; back <= kSameHeadSentences && back <= si; ++back) {
    const auto& actors = doc.sentences[si - back].actors;
    for (auto a = actors.rbegin(); a != actors.rend(); ++a) {
      if (a->side.empty() || a->locative || a->kind == "state" || a->kind == "civilians") continue;
      for (std::size_t k = a->first; k < a->last; ++k) {
        if (t[k].key != head) continue;
        return mention_claimant(doc, *a, "same-head-before");
      }
    }
  }
  return std::nullopt;
}

// "the ministry said", "the agency said": of the parties named in the sentence before `from`,
// else of the speakers so far, the last whose name has that head noun ("Lebanon's State Security
// agency", "Lebanon's health ministry"), not merely the last speaker.
std::optional<Claimant> same_head(const Document& doc, const Lexicons& lex, const SentenceView& v,
                                  std::size_t from, std::size_t to,
                                  const std::vector<Claimant>& speakers) {
  const auto& t = doc.tokens;
  std::string head;
  for (const auto& p : cues_in(lex, doc, "pronoun", from, to)) {
    if (p.last - p.first >= 2 && t[p.first].key == "the") head = t[p.last - 1].key;
  }
  // "according to the government" after "the Iraqi government": an institution's head noun
  // alone after "the", with no state, refers back to the institution named with it.
  if (head.empty() && from + 1 < to && t[from].key == "the") {
    for (const auto& a : v.actors) {
      if (a.first == from + 1 && a.last == to && a.side.empty()) head = t[to - 1].key;
    }
  }
  if (head.empty()) return std::nullopt;
  for (auto a = v.actors.rbegin(); a != v.actors.rend(); ++a) {
    if (a->last > from || a->side.empty() || a->kind == "state" || a->kind == "civilians") continue;
    for (std::size_t k = a->first; k < a->last; ++k) {
      if (t[k].key != head) continue;
      return mention_claimant(doc, *a, "same-head-mention");
    }
  }
  for (auto s = speakers.rbegin(); s != speakers.rend(); ++s) {
    if (s->side.empty()) continue;
    for (const auto& w : text::tokenize(s->name)) {
      if (w.key != head) continue;
      Claimant c = *s;
      c.rule = "same-head";
      return c;
    }
  }
  return same_head_before(doc, v, head);
}

// The party that spoke last, for an institution named without its state: the last named
// speaker, else the source the headline names ("Defence Ministry: ...").
const Claimant* last_party(const Document& doc, const Claimant* last_named,
                           const std::optional<Claimant>& headline) {
  if (last_named && belligerent(doc, last_named->side)) return last_named;
  if (!last_named && headline && belligerent(doc, headline->side)) return &*headline;
  return nullptr;
}

}  // namespace truce::extract
