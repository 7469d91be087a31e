// Sources named after what they said: a paragraph closed by its source ("..., the group said on
// Tuesday."), and a sentence that only names the source of the sentences before it ("About this
// informed in the Ministry of Defense.", "This was reported by the Defence Army."). Both give the
// sentences before them, that had only the outlet's voice, to that source.
#pragma once

#include <vector>

#include "extract/attribution.hpp"
#include "extract/document.hpp"
#include "extract/lexicons.hpp"

namespace truce::extract {

// Applies both rules to `out` (one attribution per sentence of `doc`, in order).
void close_by_sources(const Document& doc, const Lexicons& lex,
                      std::vector<SentenceAttribution>& out);

}  // namespace truce::extract
