// Incidents' triggers by position; see trigger_index.hpp.
#include "extract/trigger_index.hpp"

#include <algorithm>

namespace truce::extract {

TriggerIndex::TriggerIndex(const std::vector<Incident>& incidents) {
  for (std::size_t i = 0; i < incidents.size(); ++i) {
    const auto& triggers = incidents[i].triggers;
    for (std::size_t k = 0; k < triggers.size(); ++k) by_begin_.push_back({triggers[k], i, k});
  }
  std::sort(by_begin_.begin(), by_begin_.end(),
            [](const Hit& a, const Hit& b) { return a.span.begin < b.span.begin; });
}

std::vector<TriggerIndex::Hit> TriggerIndex::inside(const Span& within) const {
  std::vector<Hit> out;
  auto it = std::lower_bound(by_begin_.begin(), by_begin_.end(), within.begin,
                             [](const Hit& h, std::size_t at) { return h.span.begin < at; });
  for (; it != by_begin_.end() && it->span.begin <= within.end; ++it) {
    if (it->span.end <= within.end) out.push_back(*it);
  }
  std::sort(out.begin(), out.end(), [](const Hit& a, const Hit& b) {
    return a.incident != b.incident ? a.incident < b.incident : a.trigger < b.trigger;
  });
  return out;
}

}  // namespace truce::extract
