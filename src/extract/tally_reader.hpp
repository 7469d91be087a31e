// Loss claims written as tally lines ("tanks - 9,411 (+8)", "- civilians killed: 13"), which
// the prose claim parser does not read: they have no verb and no closing punctuation.
#pragma once

#include <vector>

#include "extract/attribution.hpp"
#include "extract/document.hpp"

namespace truce::extract {

// Returns the claims of the tally lines of `doc`: a running total and, where a bracketed "(+N)"
// follows it, the period's increment as a claim of its own.
std::vector<LossClaim> read_tallies(const Document& doc, const Lexicons& lex,
                                    const std::vector<SentenceAttribution>& attribution);

}  // namespace truce::extract
