// Reading a claimant from the words around a speech verb: the party a phrase names, the subject
// of the verb, a relay ("citing the army"), a name or head noun given before ("the ministry"),
// and the party that spoke last. Shared by attribution.cpp and its speaker readers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/attribution.hpp"
#include "extract/document.hpp"
#include "extract/lexicons.hpp"

namespace truce::extract {

// A name the lexicons lack, in a few capitalised words.
inline constexpr std::size_t kNameWords = 4;

// The claimant named in tokens [from, to): the last actor mention with a side that is not a
// place. Returns false when none.
bool resolve_region(const Document& doc, const SentenceView& view, std::size_t from, std::size_t to,
                    Claimant& out);

// "but", "and", "yet": words that join a second clause to the first.
bool is_clause_joiner(const text::Token& t);

// True when tokens [from, to) are adverbs only ("separately", "also", "later").
bool adverbs_only(const std::vector<text::Token>& t, std::size_t from, std::size_t to);

// True when tokens [from, to) hold a pronoun that refers back to a speaker (cue class pronoun).
bool has_pronoun(const Lexicons& lex, const Document& doc, std::size_t from, std::size_t to);

// Start of the clause that ends at `i`: after the last clause break or speech verb.
std::size_t clause_start(const Lexicons& lex, const Document& doc, std::size_t from, std::size_t i,
                         std::size_t floor);

// The signer of a statement signed at its foot, where the last line names a party and little
// else.
std::optional<Claimant> signature(const Document& doc);

// The subject of a speech verb at `verb` in the clause that starts at `start`.
bool resolve_subject(const Document& doc, const Lexicons& lex, const SentenceView& v,
                     std::size_t start, std::size_t verb, Claimant& out);

// The source a relay after the speech verb ending at `after` names (", citing the army",
// "informs Report with reference to X"); a bare institution there is `party`'s where
// `institutions` allows it.
bool resolve_relay(const Document& doc, const Lexicons& lex, std::size_t si, std::size_t after,
                   const Claimant* party, bool institutions, Claimant& out);

// A name the lexicons lack after the last comma in [from, to) that an earlier sentence gave
// beside a party's speaker.
bool named_earlier(const Document& doc, const std::vector<SentenceAttribution>& done,
                   std::size_t from, std::size_t to, Claimant& out);

// "the ministry said": the party named or speaking before whose name has that head noun.
std::optional<Claimant> same_head(const Document& doc, const Lexicons& lex, const SentenceView& v,
                                  std::size_t from, std::size_t to,
                                  const std::vector<Claimant>& speakers);

// The party that spoke last, for an institution named without its state.
const Claimant* last_party(const Document& doc, const Claimant* last_named,
                           const std::optional<Claimant>& headline);

}  // namespace truce::extract
