// Counts that are a running total, not an incident: "the strikes have killed 40 since March 15",
// "Armenian shelling had killed 31 civilians ... since the fighting began", "The conflict ... has
// killed at least 863 civilians". Part of the trigger filter (filters.hpp).
#pragma once

#include <cstddef>

#include "extract/document.hpp"

namespace truce::extract {

// How far before a trigger the number of a running total's newly counted dead may stand.
inline constexpr std::size_t kCountedReach = 4;

// True when the trigger at token `first` of sentence view `v` is what a running total counts:
// its cause ("killed by", "as a result of"; "killed in" only since an old day), counted attacks
// ("more than 40 attacks with drones since January"), the war itself as the subject of "has
// killed", or an event in the perfect since an old day.
bool running_total_cause(const Document& doc, const SentenceView& v, std::size_t first);

}  // namespace truce::extract
