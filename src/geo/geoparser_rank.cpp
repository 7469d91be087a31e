// Ranking: twice, first on the name alone, then with the report's context (its countries, named
// regions and the proximity of its other places), each by the learned model of rank_model.hpp
// over the features of geoparser_features.cpp; given spans the index cannot place fall back to
// the town next to them or the report's main place (geoparser_fallback.cpp).
#include <fmt/core.h>

#include <algorithm>
#include <optional>

#include "geo/geoparser_parts.hpp"

namespace truce::geo {

using namespace parse;

std::vector<PlaceMention> Geoparser::rank(std::string_view text, std::vector<Span>& spans,
                                          std::size_t first_reported, std::string_view near) const {
  const Gazetteer& g = *gazetteer_;
  // Pass 1: the name alone.
  std::vector<long> top(spans.size(), -1);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    auto& s = spans[i];
    score_names(s);
    if (!s.candidates.empty()) {
      top[i] =
          std::max_element(s.candidates.begin(), s.candidates.end(),
                           [](const Candidate& a, const Candidate& b) { return a.base < b.base; }) -
          s.candidates.begin();
    }
  }
  // Pass 2: each mention against the others' first choices.
  const Context context(g, text, spans, top);
  std::vector<std::optional<PlaceMention>> made(spans.size());
  std::vector<const Candidate*> chosen(spans.size(), nullptr);
  auto emit = [&](std::size_t i) {
    auto& s = spans[i];
    if (s.focus_only) return;
    PlaceMention m;
    m.begin = s.begin;
    m.end = s.end;
    m.text = std::string(text.substr(s.begin, s.end - s.begin));
    score_in_context(context, i, s, near);
    std::erase_if(s.candidates, [](const Candidate& c) { return c.ruled_out; });
    // The document's main place stands in only where nothing named in the span is left.
    if (std::any_of(s.candidates.begin(), s.candidates.end(),
                    [](const Candidate& c) { return c.kind != MatchKind::fallback; })) {
      std::erase_if(s.candidates, [](const Candidate& c) { return c.kind == MatchKind::fallback; });
    }
    if (!s.candidates.empty()) {
      const auto best = std::max_element(
          s.candidates.begin(), s.candidates.end(), [&](const Candidate& a, const Candidate& b) {
            if (a.score != b.score) return a.score < b.score;
            return g.place(a.place).id > g.place(b.place).id;  // deterministic ties
          });
      const GazPlace& p = g.place(best->place);
      // One capitalised word outside a place context is often just a word ("Best", a name at
      // the start of a sentence): it must be a place that matters or one in the document's
      // countries.
      const bool strong = p.feature_class == 'A' || p.population >= 50000 ||
                          p.id.starts_with("truce:") || best->share > 0;
      const bool drop = s.weak && !strong && (s.sentence_start || p.population < 5000);
      PlaceMatch pm = match_of(s, *best);
      m.rule = fmt::format("gazetteer:{}", kind_name(best->kind));
      if (!drop) m.match = std::move(pm);
      chosen[i] = &*best;
    } else {
      m.rule = "gazetteer:unresolved";
    }
    made[i] = std::move(m);
  };
  for (std::size_t i = first_reported; i < spans.size(); ++i) {
    if (spans[i].fallback) continue;
    // A given span whose every candidate was ruled out (a fuzzy namesake abroad) is a place the
    // index lacks, like one with no candidate at all.
    score_in_context(context, i, spans[i], near);
    if (!spans[i].candidates.empty() &&
        std::all_of(spans[i].candidates.begin(), spans[i].candidates.end(),
                    [](const Candidate& c) { return c.ruled_out; })) {
      spans[i].candidates.clear();
      // A site named after no place of the report ("the Paris crossing" in Gaza) is left
      // unresolved: the report's main place is no better a guess for it than the namesake.
      spans[i].fallback = !spans[i].site;
      if (spans[i].fallback) continue;
    }
    emit(i);
  }
  const auto stand_ins = fallbacks(spans, chosen, first_reported, top);
  for (std::size_t i = first_reported; i < spans.size(); ++i) {
    if (!spans[i].fallback) continue;
    if (const Candidate* stand_in = stand_ins[i]) {
      Candidate c = *stand_in;
      c.kind = MatchKind::fallback;
      c.base = 0;
      spans[i].candidates.push_back(c);
    }
    emit(i);
  }
  std::vector<PlaceMention> out;
  for (auto& m : made) {
    if (m) out.push_back(std::move(*m));
  }
  return out;
}

}  // namespace truce::geo
