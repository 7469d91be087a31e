// Sources named after what they said; see closing_sources.hpp.
#include "extract/closing_sources.hpp"

#include <algorithm>

namespace truce::extract {
namespace {

// How many words a sentence that only names a source may have ("This was reported by the press
// service of the Ministry of Defence of the Republic of Armenia.").
constexpr std::size_t kSourceSentenceWords = 18;

// Gives the sentences before `si` in its paragraph that had only the outlet's voice to
// `source`; a sentence with a speaker of its own ends the run. Witnesses quoted inside are part
// of the findings when `through_witnesses`.
void give_back(const Document& doc, std::vector<SentenceAttribution>& out, std::size_t si,
               const Claimant& source, const char* rule, bool through_witnesses) {
  for (std::size_t k = si; k-- > 0;) {
    if (doc.sentences[k].sentence.paragraph != doc.sentences[si].sentence.paragraph) break;
    if (out[k].own) {
      if (!through_witnesses || out[k].segments.back().claimant.side != "media") break;
      continue;
    }
    const std::string& was = out[k].segments.front().claimant.rule;
    // The named source is more particular than the outlet's voice, a party's state media or a
    // headline's source.
    if (was != "outlet" &&
        (through_witnesses || (was != "party-state-media" && !was.starts_with("headline-source"))))
      break;
    out[k].segments.front().claimant = source;
    out[k].segments.front().claimant.rule = rule;
  }
}

// A paragraph of findings closed by its source ("..., the group said on Tuesday."): the
// sentences before it in the paragraph that had only the outlet's voice are that source's.
void close_paragraphs(const Document& doc, std::vector<SentenceAttribution>& out) {
  for (std::size_t si = 1; si < out.size(); ++si) {
    const auto& closing = out[si];
    if (closing.segments.size() < 2) continue;
    const Claimant& source = closing.segments[1].claimant;
    if (source.side == "media" && source.rule != "speech-verb") continue;
    const bool last_of_paragraph =
        si + 1 == out.size() ||
        doc.sentences[si + 1].sentence.paragraph != doc.sentences[si].sentence.paragraph;
    if (!last_of_paragraph) continue;
    give_back(doc, out, si, source, "paragraph-source", true);
  }
}

// True when `v` points back with "this" or "it" at what was said before: "About this
// informed ...", "This was reported by ...", "... reported about it."
bool points_back(const Document& doc, const SentenceView& v, const PhraseMatch& verb) {
  const auto& t = doc.tokens;
  const std::size_t f = v.first;
  if (v.last > f + 1 && t[f].is_any({"about", "of"}) && t[f + 1].is_any({"this", "it"}))
    return true;
  if (v.last > f + 2 && t[f].key == "this" && t[f + 1].is_any({"was", "is", "has", "had"}))
    return verb.first <= f + 3 && verb.last < v.last && t[verb.last].key == "by";
  // "The press service of X informs about this."
  std::size_t k = verb.last;
  if (k < v.last && t[k].is_any({"about", "of", "on"})) ++k;
  return k < v.last && t[k].is_any({"this", "it"}) && k + 1 < v.last &&
         t[k + 1].kind == text::TokenKind::punct;
}

// The party a sentence that only names a source names: the last actor with a side.
const ActorMention* source_named(const SentenceView& v) {
  const ActorMention* best = nullptr;
  for (const auto& a : v.actors) {
    if (a.side.empty() || a.side == "civilians" || a.locative) continue;
    best = &a;
  }
  return best;
}

// "About this informed in the Ministry of Defense of the Russian Federation." (a calque of
// Russian "Об этом сообщили в ..."), "This was reported by the Defence Army.": a short sentence
// that only names the source of the sentences before it in its paragraph.
void source_sentences(const Document& doc, const Lexicons& lex,
                      std::vector<SentenceAttribution>& out) {
  for (std::size_t si = 1; si < out.size(); ++si) {
    const SentenceView& v = doc.sentences[si];
    if (v.last - v.first > kSourceSentenceWords) continue;
    const auto verbs = cues_in(lex, doc, "speech", v.first, v.last);
    if (verbs.empty() || !points_back(doc, v, verbs.front())) continue;
    const ActorMention* a = source_named(v);
    if (!a) continue;
    Claimant source;
    source.name = doc.text(a->first, a->last);
    source.side = a->side;
    source.kind = a->kind;
    source.span = doc.span(a->first, a->last);
    give_back(doc, out, si, source, "source-sentence", false);
  }
}

}  // namespace

void close_by_sources(const Document& doc, const Lexicons& lex,
                      std::vector<SentenceAttribution>& out) {
  source_sentences(doc, lex, out);
  close_paragraphs(doc, out);
}

}  // namespace truce::extract
