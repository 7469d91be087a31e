// Cue words around each ceasefire mention decide its kind; dates after an agreement are the
// days it was reached.
#include "extract/ceasefire_finder.hpp"

#include <algorithm>

#include "extract/filters.hpp"

namespace truce::extract {
namespace {

// True when a cue of `cls` lies within [from, to) of the sentence, not across a full stop.
bool cue_near(const Document& doc, const Lexicons& lex, const std::string& cls, std::size_t from,
              std::size_t to) {
  return !cues_in(lex, doc, cls, from, to).empty();
}

}  // namespace

std::vector<CeasefireRef> find_ceasefires(const Document& doc, const Lexicons& lex,
                                          const std::vector<SentenceAttribution>& attribution) {
  std::vector<CeasefireRef> out;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceView& v = doc.sentences[si];
    const std::string why = sentence_filter(doc, lex, si);
    if (why == "history" || why == "headline-or-caption" || why == "question") continue;
    const auto mentions = cues_in(lex, doc, "ceasefire", v.first, v.last);
    for (std::size_t n = 0; n < mentions.size(); ++n) {
      const auto& m = mentions[n];
      // The days of an agreement follow it, up to the next ceasefire mentioned.
      const std::size_t date_limit =
          std::min(m.last + 12, n + 1 < mentions.size() ? mentions[n + 1].first : v.last);
      const std::size_t before = m.first > v.first + 6 ? m.first - 6 : v.first;
      const std::size_t after = std::min(v.last, m.last + 4);
      CeasefireRef ref;
      ref.claimant = attribution[si].at(m.first);
      ref.evidence = doc.sentence_span(si);
      ref.cue = doc.span(m.first, m.last);
      if (cue_near(doc, lex, "rejection", before, m.first)) {
        ref.kind = "rejection";
      } else if (cue_near(doc, lex, "violation", before, after)) {
        ref.kind = "violation";
      } else if (cue_near(doc, lex, "agreement", m.first > v.first + 3 ? m.first - 3 : v.first,
                          after)) {
        ref.kind = "agreement";
      } else if (cue_near(doc, lex, "call", before, m.first)) {
        ref.kind = "call";
      } else {
        continue;
      }
      if (ref.kind == "agreement") {
        bool any = false;
        for (const auto& d : v.dates) {
          if (d.first < m.last || d.first >= date_limit || d.future) continue;
          CeasefireRef dated = ref;
          DateValue dv;
          dv.iso = d.begin.iso();
          dv.end_iso = d.end.iso();
          dv.precision = d.precision;
          dv.rule = d.rule;
          dv.span = doc.span(d.first, d.last);
          dated.date = dv;
          dated.id = std::to_string(out.size() + 1);
          out.push_back(dated);
          any = true;
        }
        if (any) continue;
      }
      ref.id = std::to_string(out.size() + 1);
      out.push_back(ref);
    }
  }
  return out;
}

}  // namespace truce::extract
