// Linking denials to incidents; see denial_linker.hpp.
#include "extract/denial_linker.hpp"

#include "text/fold.hpp"

namespace truce::extract {

void link_denials(const Document& doc, const Lexicons& lex, const std::vector<Incident>& incidents,
                  std::vector<Denial>& denials) {
  const std::string& body = doc.report->body;
  for (auto& d : denials) {
    const std::string side = lex.counts_as(d.claimant.side);
    const std::string denied =
        text::fold(body.substr(d.denied.begin, d.denied.end - d.denied.begin));
    const std::size_t ds = doc.sentence_of(d.evidence.begin);
    const Incident* by_place = nullptr;
    const Incident* nearest = nullptr;
    for (const auto& inc : incidents) {
      if (inc.evidence.empty()) continue;
      if (lex.counts_as(inc.claimant.side) == side) continue;  // one does not deny oneself
      const std::size_t is = doc.sentence_of(inc.evidence.front().begin);
      if (is > ds) continue;
      for (const auto& p : inc.places) {
        if (p.span.empty() || p.mention.empty()) continue;
        if (denied.find(text::fold(p.mention)) != std::string::npos) by_place = &inc;
      }
      if (is + 2 >= ds && belligerent(doc, inc.claimant.side) &&
          opponent_of(doc, inc.claimant.side) == side)
        nearest = &inc;
    }
    if (by_place) {
      d.incident = by_place->id;
    } else if (nearest) {
      d.incident = nearest->id;
    }
  }
}

}  // namespace truce::extract
