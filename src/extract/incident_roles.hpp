// The roles of an incident's trigger: who did it and to whom, read from the clause around the
// trigger (the agent before an active verb or after "by", the patient after it).
#pragma once

#include <optional>
#include <string>

#include "extract/attribution.hpp"
#include "extract/document.hpp"

namespace truce::extract {

struct Role {
  std::optional<ActorRef> agent;
  std::optional<ActorRef> patient;
  int explicit_roles = 0;
};

struct Trigger {
  PhraseMatch match;
  const EventPattern* pattern = nullptr;
  std::string type;
  std::size_t segment = 0;
  Role role;
};

// Who did what the trigger `tr` tells of, and to whom, within sentence `si`; the clause begins
// no earlier than `segment_from` (the attribution segment's start).
Role roles(const Document& doc, const Lexicons& lex, std::size_t si, const Trigger& tr,
           const Claimant& claimant, std::size_t segment_from);

// A settlement as the target ("the city of X", "the town of", "the capital") between tokens
// `from` and `to`.
bool settlement_target(const Document& doc, std::size_t from, std::size_t to);

// True when the trigger word at `i` is a noun of what was hit (cue class object_noun:
// "targets") after a party's name, a number or a determiner ("120 Hezbollah targets").
bool object_noun(const Document& doc, const Lexicons& lex, const SentenceView& v, std::size_t i);

}  // namespace truce::extract
