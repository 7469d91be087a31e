// Attribution by speech verbs and "according to", with carry-over to the last named speaker.
#include "extract/attribution.hpp"

#include <algorithm>
#include <optional>

namespace truce::extract {
namespace {

Claimant outlet(const Document& doc) {
  Claimant c;
  c.name = doc.report->source.empty() ? "article" : doc.report->source;
  c.side = "media";
  c.kind = "media";
  c.rule = "outlet";
  return c;
}

// The claimant named in tokens [from, to): the last actor mention with a side that is not a
// place. Returns false when none.
bool resolve_region(const Document& doc, const SentenceView& view, std::size_t from, std::size_t to,
                    Claimant& out) {
  const ActorMention* best = nullptr;
  for (const auto& a : view.actors) {
    if (a.first < from || a.last > to) continue;
    if (a.side.empty() || a.locative || a.side == "civilians") continue;
    best = &a;
  }
  if (!best) return false;
  out.name = doc.text(best->first, best->last);
  out.side = best->side;
  out.kind = best->kind;
  out.span = doc.span(best->first, best->last);
  return true;
}

// A signature line is an institution's name: a handful of words.
constexpr std::size_t kSignatureWords = 12;

bool is_clause_joiner(const text::Token& t) {
  return t.key == "but" || t.key == "and" || t.key == "yet";
}

bool has_pronoun(const Lexicons& lex, const Document& doc, std::size_t from, std::size_t to) {
  return !cues_in(lex, doc, "pronoun", from, to).empty();
}

// Start of the clause that ends at `i`: after the last clause break or speech verb.
std::size_t clause_start(const Lexicons& lex, const Document& doc, std::size_t from, std::size_t i,
                         std::size_t floor) {
  std::size_t start = std::max(from, floor);
  for (const auto& m : cues_in(lex, doc, "clause_break", start, i)) start = m.last;
  return start;
}

// A statement signed at its foot ("Ministry of Defence of the Republic of Armenia"): a last
// line without closing punctuation that names a party and little else. The signer speaks
// wherever the statement names no other source.
std::optional<Claimant> signature(const Document& doc, const Lexicons& lex) {
  if (doc.sentences.size() < 2) return std::nullopt;
  const SentenceView& v = doc.sentences.back();
  if (v.sentence.terminal || v.last - v.first > kSignatureWords) return std::nullopt;
  if (v.actors.empty() || v.actors.front().first != v.first) return std::nullopt;
  Claimant c;
  if (!resolve_region(doc, v, v.first, v.last, c) || !belligerent(lex, c.side)) return std::nullopt;
  c.rule = "signature";
  return c;
}

}  // namespace

const Claimant& SentenceAttribution::at(std::size_t i) const {
  const AttributionSegment* seg = &segments.front();
  for (const auto& s : segments) {
    if (s.from <= i) seg = &s;
  }
  return seg->claimant;
}

std::vector<SentenceAttribution> attribute(const Document& doc, const Lexicons& lex) {
  std::vector<SentenceAttribution> out;
  const Claimant own_voice = outlet(doc);
  const std::optional<Claimant> signer = signature(doc, lex);
  Claimant last_named = own_voice;
  bool have_named = false;
  const auto& t = doc.tokens;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceView& v = doc.sentences[si];
    SentenceAttribution sa;
    // Speech verbs that are verbs: not inside an actor name ("United States"), not a noun
    // ("reports of", "the claims").
    for (const auto& m : cues_in(lex, doc, "speech", v.first, v.last)) {
      if (actor_at(v, m.first)) continue;
      if (m.last < v.last && t[m.last].key == "of") continue;
      if (m.first > v.first && (t[m.first - 1].key == "the" || t[m.first - 1].key == "these" ||
                                t[m.first - 1].key == "media" || t[m.first - 1].key == "news"))
        continue;
      sa.speech.push_back(m);
    }
    std::vector<AttributionSegment> segs;
    std::size_t floor = v.first;
    for (const auto& m : sa.speech) {
      const std::size_t start = clause_start(lex, doc, v.first, m.first, floor);
      Claimant c;
      const std::string& verb = t[m.first].key;
      const bool participle = verb.size() > 4 && verb.ends_with("ing") && m.last == m.first + 1;
      // "..., said the ministry.", "..., informs the press service of X.": the speaker
      // follows the verb and what came before is what it said.
      const bool inverted =
          m.first > v.first && (t[m.first - 1].key == "," || t[m.first - 1].key == "\"");
      std::size_t after_end = m.last;
      while (after_end < v.last && t[after_end].key != "," && t[after_end].key != "." &&
             t[after_end].key != ";" && t[after_end].key != "\"")
        ++after_end;
      // The speaker must come right after the verb and close the clause ("..., said X.").
      std::size_t speaker_from = m.last;
      if (speaker_from < after_end && t[speaker_from].key == "the") ++speaker_from;
      const ActorMention* after = speaker_from < after_end ? actor_at(v, speaker_from) : nullptr;
      const bool closes = after && after->first == speaker_from && after->last == after_end;
      if (inverted && closes && resolve_region(doc, v, speaker_from, after_end, c)) {
        c.rule = "speech-verb-inverted";
        last_named = c;
        have_named = true;
      } else if (inverted && after_end <= m.last + 2 && has_pronoun(lex, doc, m.last, after_end) &&
                 have_named) {
        c = last_named;  // "..., she said."
        c.rule = "carry-over";
      } else if (participle && !segs.empty()) {
        c = segs.back().claimant;  // "..., adding that": the same speaker goes on
      } else if (resolve_region(doc, v, start, m.first, c) ||
                 (start == m.first && start > v.first && is_clause_joiner(t[start - 1]) &&
                  resolve_region(doc, v, v.first, start, c))) {
        // The second clause of "Azerbaijan does not disclose X but says ..." keeps the
        // sentence's subject.
        c.rule = "speech-verb";
        last_named = c;
        have_named = true;
      } else if (has_pronoun(lex, doc, start, m.first) && have_named) {
        c = last_named;
        c.rule = "carry-over";
      } else if (!cues_in(lex, doc, "spokesperson", start, m.first).empty() && have_named) {
        // "Spokeswoman X said" with no institution named: the institution that was speaking.
        c = last_named;
        c.name = doc.text(start, m.first);
        c.span = doc.span(start, m.first);
        c.rule = "spokesperson-carry-over";
      } else if (!segs.empty()) {
        c = segs.back().claimant;  // "quoted eyewitnesses as saying": the outer source
      } else if (start == m.first && si > 0 && m.first == v.first) {
        c = have_named ? last_named : own_voice;  // sentence opens with the verb
        c.rule = "carry-over";
      } else {
        // A source we cannot place ("diplomats said"): the outlet answers for it.
        c = own_voice;
        c.name = doc.text(start, m.first);
        c.span = doc.span(start, m.first);
        c.rule = "speech-verb-unresolved";
      }
      segs.push_back(AttributionSegment{m.last, c});
      floor = m.last;
    }
    // "according to X": X, up to the next comma or the end of the clause.
    std::optional<Claimant> according;
    for (const auto& m : cues_in(lex, doc, "according", v.first, v.last)) {
      if (!segs.empty() && m.first > segs.front().from) break;  // inside a reported clause
      std::size_t end = m.last;
      while (end < v.last && t[end].key != "," && t[end].key != "." && t[end].key != ";") ++end;
      Claimant c;
      if (resolve_region(doc, v, m.last, end, c)) {
        c.rule = "according-to";
        last_named = c;
        have_named = true;
      } else if (have_named && (has_pronoun(lex, doc, m.last, end) ||
                                !cues_in(lex, doc, "source_reference", m.last, end).empty())) {
        // "according to the ministry", "according to the information": the last speaker.
        c = last_named;
        c.rule = "according-to-carry-over";
      } else {
        c = own_voice;
        c.name = doc.text(m.last, end);
        c.span = doc.span(m.last, end);
        c.rule = "according-to-unresolved";
      }
      according = c;
      break;
    }
    sa.own = !segs.empty() || according.has_value();
    // What precedes the first speech verb: the "according to" source, else the verb's own
    // subject ("'...,' Pashinyan said"), else the previous sentence of the paragraph, else
    // the outlet.
    Claimant lead;
    if (according) {
      lead = *according;
    } else if (!segs.empty()) {
      lead = segs.front().claimant;
    } else if (si > 0 && !out.empty() && out.back().segments.back().claimant.rule != "outlet" &&
               doc.sentences[si - 1].sentence.paragraph == v.sentence.paragraph) {
      lead = out.back().segments.back().claimant;
      lead.rule = "paragraph";
    } else if (have_named && belligerent(lex, last_named.side) &&
               !cues_in(lex, doc, "speaker_voice", v.first, v.last).empty()) {
      // "our army", "the enemy": a party's voice, not the outlet's; the last party speaking.
      lead = last_named;
      lead.rule = "speaker-voice";
    } else if (signer) {
      lead = *signer;
    } else {
      lead = own_voice;
    }
    sa.segments.push_back(AttributionSegment{v.first, lead});
    for (auto& s : segs) sa.segments.push_back(std::move(s));
    out.push_back(std::move(sa));
  }
  return out;
}

}  // namespace truce::extract
