// Mentions of one agreement across a report become one reference: the parts of
// ceasefire_finder.cpp that tell whether a dated reference continues one found before.
#pragma once

#include <vector>

#include "extract/document.hpp"

namespace truce::extract::ceasefire {

// The reference `ref` continues: one with the same day (or a day apart, or taking effect up to
// three days after it was reached), else, for an undated mention, the agreement named last.
// Returns nullptr when `ref` is a new agreement.
CeasefireRef* same_agreement(const Document& doc, std::vector<CeasefireRef>& out,
                             const CeasefireRef& ref);

// The agreement named last in `out`, or nullptr.
CeasefireRef* last_agreement(std::vector<CeasefireRef>& out);

// Adds what `ref` says of an agreement (a better day, the day it took effect, its mention) to
// `into`.
void merge_into(CeasefireRef& into, const CeasefireRef& ref);

}  // namespace truce::extract::ceasefire
