// What must not become an incident: reports of calm, history, mutual accusations, questions,
// and triggers under a condition, threat, call, denial, modal or infinitive of intent.
#pragma once

#include <cstddef>
#include <string>

#include "extract/document.hpp"

namespace truce::extract {

// The year the report was published; 0 when its date is unknown.
int publication_year(const Document& doc);

// Why a whole sentence yields no incident; empty when it may (sentence_filter.cpp).
std::string sentence_filter(const Document& doc, const Lexicons& lex, std::size_t sentence);

// Why the trigger at tokens [first, last) of `sentence` is not an incident; empty when it is.
// `denied` is set when the reason is a denial.
std::string trigger_filter(const Document& doc, const Lexicons& lex, std::size_t sentence,
                           std::size_t first, std::size_t last, bool noun, bool battles_like,
                           bool& denied);

// Start of the clause containing token `i` (after the last clause break or ", and").
// True for a connective set off by commas inside a clause (", however,"): no clause break.
bool parenthetical(const Document& doc, const PhraseMatch& m);

std::size_t clause_begin(const Document& doc, const Lexicons& lex, std::size_t sentence,
                         std::size_t i, bool comma_and = true);
// End (exclusive) of the clause containing token `i`.
std::size_t clause_end(const Document& doc, const Lexicons& lex, std::size_t sentence,
                       std::size_t i);

}  // namespace truce::extract
