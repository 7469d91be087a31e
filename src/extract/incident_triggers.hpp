// Triggers of a sentence: the event patterns' words that stand there (form, voice, the sentence
// filters and the cues a pattern requires), less those another word of the sentence outranks,
// typed where a generic "attack" names its weapons. incident_extractor.cpp groups them into
// incidents. Split from incident_extractor.cpp in session 15.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "extract/incident_joins.hpp"
#include "extract/incident_roles.hpp"

namespace truce::extract {

// TRUCE_TRACE_FILTERS=1 prints to stderr why each dropped sentence or trigger is not an
// incident: for an analyst extending the lexicons ("why is this sentence not an incident?").
bool trace_filters();

// Where each weapon word (or remote-violence trigger) stands and how many words it reaches.
using WeaponReach = std::vector<std::pair<std::size_t, std::size_t>>;

// The weapon words of the sentence, each with its reach.
WeaponReach weapons_in(const SentenceContext& s);

// The triggers of the sentence that stand; the denials they meet are added to `denials`, and
// remote-violence triggers to `weapon_at`.
std::vector<Trigger> collect_triggers(const SentenceContext& s, WeaponReach& weapon_at,
                                      std::vector<Denial>& denials);

// The drops, each of triggers that another reading of the sentence rules out.
void drop_repelled_attacks(std::vector<Trigger>& triggers);
void drop_object_nouns(const SentenceContext& s, std::vector<Trigger>& triggers);
void drop_after_frames(const SentenceContext& s, std::vector<Trigger>& triggers);
void drop_place_histories(const SentenceContext& s, std::vector<Trigger>& triggers);
void drop_secondary(const SentenceContext& s, std::vector<Trigger>& triggers);

// Types each generic ("contextual") trigger: remote violence where a weapon reaches it, else
// a battle; interceptions join their strike, and a killing whose subject is a weapon is one.
void type_contextual(const SentenceContext& s, std::vector<Trigger>& triggers,
                     const WeaponReach& weapon_at);

}  // namespace truce::extract
