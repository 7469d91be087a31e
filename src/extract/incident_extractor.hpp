// Incidents from sentences: event-pattern triggers, filtered, typed, given actors, a date,
// casualties and a claimant, merged within a sentence and across a continuing sentence.
#pragma once

#include <vector>

#include "extract/attribution.hpp"
#include "extract/document.hpp"

namespace truce::extract {

struct IncidentOutput {
  std::vector<Incident> incidents;
  std::vector<Denial> denials;
};

// Returns the incidents of `doc` (places not yet attached) and the denials met on the way.
IncidentOutput extract_incidents(const Document& doc, const Lexicons& lex,
                                 const std::vector<SentenceAttribution>& attribution);

// The date of something reported at token `i` of `sentence`: the nearest date expression in
// the sentence, else the publication date. With `skip_since`, a date after "since" (where a
// count starts) is not one.
DateValue date_at(const Document& doc, std::size_t sentence, std::size_t i,
                  bool skip_since = false);

// A side named by inference, not by words ("civilians" or a party), with the rule that inferred
// it; nullopt for an empty side.
std::optional<ActorRef> side_ref(const std::string& side, const std::string& rule);

}  // namespace truce::extract
