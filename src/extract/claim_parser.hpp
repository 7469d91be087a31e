// Loss and gain claims: counted items ("300 tanks and military vehicles", "a combat plane",
// "the S-300 system", "39 others") with the measure that governs them, whose losses they are
// and who says so. Coordinated lists share their verb and their owner.
#pragma once

#include <utility>
#include <vector>

#include "extract/attribution.hpp"
#include "extract/document.hpp"

namespace truce::extract {

// Returns the claims of `doc`: every count of lost equipment and every casualty count, the
// casualties an incident reports included. `incidents` are the report's incidents: the people
// an attack killed belong to the side it hit.
std::vector<LossClaim> parse_claims(const Document& doc, const Lexicons& lex,
                                    const std::vector<SentenceAttribution>& attribution,
                                    const std::vector<Incident>& incidents);

}  // namespace truce::extract
