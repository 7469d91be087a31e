// Who says what: attribution of each part of each sentence to a claimant, from speech verbs
// ("X said/announced/confirmed ..."), "according to X", and carry-over of pronouns and "the
// ministry" to the last named speaker. Unattributed text is the outlet's own account.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/document.hpp"

namespace truce::extract {

struct AttributionSegment {
  std::size_t from = 0;  // first token the claimant governs (up to the next segment)
  Claimant claimant;
};

struct SentenceAttribution {
  std::vector<AttributionSegment> segments;  // in token order; never empty
  bool own = false;  // the sentence names its own source (speech verb or "according to")
  std::vector<PhraseMatch> speech;  // the speech verbs

  // Returns the claimant governing token `i`.
  const Claimant& at(std::size_t i) const;
};

// Returns one attribution per sentence of `doc`, in order. `outlet` names the report's own
// voice (its source or "article").
std::vector<SentenceAttribution> attribute(const Document& doc, const Lexicons& lex);

}  // namespace truce::extract
