// The incidents of a report as its sentences are read, and the rules by which a sentence joins
// the incident told before instead of telling one of its own: it goes on about it ("According
// to the ministry, the first strike hit the dome"), tells the violation a sentence alleged,
// refers back to it ("The raids caused huge destruction"), or retells it by its definite subject
// ("the helicopter was downed by mistake").
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "extract/attribution.hpp"
#include "extract/document.hpp"
#include "extract/extraction.hpp"
#include "extract/incident_roles.hpp"
#include "extract/lexicons.hpp"

namespace truce::extract {

// An incident still open to a continuing sentence.
struct Pending {
  Incident incident;
  std::size_t sentence;
  std::size_t last_sentence;
  bool unattributed;        // its trigger is not under a named source: may continue the last one
  bool accusation = false;  // an alleged violation, which the next sentence may tell of
};

// The sentence being read, with what each step of extract_incidents looks at.
struct SentenceContext {
  const Document& doc;
  const Lexicons& lex;
  std::size_t si;
  const SentenceView& v;
  const SentenceAttribution& sa;
};

// The sentence's casualty figures, shared by its incidents.
struct Toll {
  std::optional<long> killed;
  std::optional<long> wounded;
};

// Raises an incident's toll to the counts a later sentence about it gives.
void raise_toll(Incident& inc, std::optional<long> killed, std::optional<long> wounded);

// True when `next` goes on about the last pending incident, which then takes its words.
bool continues_last(const Document& doc, std::vector<Pending>& pending, const Pending& next);

// True when `next` tells of the violation the last pending incident alleged; it replaces it.
bool tells_of_accusation(std::vector<Pending>& pending, Pending& next);

// True when the word `w` (a place's first word) is in the sentences that told `inc`.
bool told_of(const Document& doc, const Incident& inc, const text::Token& w);

// True when every trigger of the sentence is a definite event noun about the incident just told,
// which takes the sentence's words (and toll).
bool refers_back(const SentenceContext& s, std::vector<Pending>& pending,
                 const std::vector<Trigger>& triggers);

// True when the sentence retells an earlier incident by its definite subject.
bool retells_by_subject(const SentenceContext& s, std::vector<Pending>& pending,
                        const std::vector<Trigger>& triggers);

}  // namespace truce::extract
