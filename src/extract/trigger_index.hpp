// The report's incidents' triggers indexed by where they start, so that "which incidents have a
// trigger in this sentence?" reads that sentence's triggers, not every incident's: a report of
// ten thousand incidents asks it ten thousand times (issue 11: extraction cost linear in the
// input).
#pragma once

#include <cstddef>
#include <vector>

#include "extract/extraction.hpp"

namespace truce::extract {

class TriggerIndex {
 public:
  struct Hit {
    Span span;
    std::size_t incident = 0;  // index into the incidents given
    std::size_t trigger = 0;   // index into that incident's triggers
  };

  explicit TriggerIndex(const std::vector<Incident>& incidents);

  // The triggers that lie inside `within`, in the order of their incidents, then of each
  // incident's triggers: the order of a pass over every incident's triggers.
  std::vector<Hit> inside(const Span& within) const;

 private:
  std::vector<Hit> by_begin_;
};

}  // namespace truce::extract
