// Ceasefire references: agreements with the day they were reached, calls for a ceasefire,
// rejections of one and accusations of breaking one, each with who said it.
#pragma once

#include <vector>

#include "extract/attribution.hpp"
#include "extract/document.hpp"

namespace truce::extract {

// Returns the ceasefire references of `doc`, one per ceasefire mention (one per day for an
// agreement reached on several days). Plain mentions with no cue are left out.
std::vector<CeasefireRef> find_ceasefires(const Document& doc, const Lexicons& lex,
                                          const std::vector<SentenceAttribution>& attribution);

}  // namespace truce::extract
