// What an event pattern's trigger needs around it to be an incident (event_patterns.tsv,
// column requires), and the checks of its voice that are kept apart from the filters: a negated
// subject of what was hit, and whether an alleged violation of a ceasefire stands.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/document.hpp"

namespace truce::extract {

// The equipment phrases between tokens `from` and `to` that name materiel: any category but
// people and places ("three tanks", "a command post", not "three soldiers"), and but drones,
// whose destruction in the air is an interception ("shot down" is the clash).
std::vector<PhraseMatch> materiel_in(const Lexicons& lex, const Document& doc, std::size_t from,
                                     std::size_t to);

// True when the subject before a "was hit" trigger at `first` is negated ("no buildings were
// hit", "none of the villages was hit"), looking back to the clause's start.
bool negated_subject(const Document& doc, const Lexicons& lex, const SentenceView& v,
                     std::size_t first);

// True when a ceasefire is what the violation at `m` breaks: named within six words, or "it"
// right after the verb in a report that named one before.
bool truce_near(const Document& doc, const Lexicons& lex, const SentenceView& v,
                const PhraseMatch& m);

// False where an alleged violation at `m` is no incident: a threat or a stance, a predicate,
// the two sides accusing each other, or a count since the truce began.
bool accusation_stands(const Document& doc, const SentenceView& v, const PhraseMatch& m);

// True when the cue class pattern `p` requires is near its words at `m`.
bool requirement_met(const Document& doc, const Lexicons& lex, const SentenceView& v,
                     const PhraseMatch& m, const EventPattern& p);

}  // namespace truce::extract
