// The verbs of saying of a sentence ("said", "informs", "told", a passive "was reported by")
// and where each one's subject may begin. Used by attribution.cpp, which reads the speaker.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/document.hpp"
#include "extract/extraction.hpp"
#include "extract/lexicons.hpp"

namespace truce::extract {

// "..., it was informed to NEWS.am by the office of the Human Rights Defender": the claimant
// named as the agent of the passive verb of saying at `m`. False where the verb is not passive
// or no party is named after "by".
bool passive_agent(const Document& doc, const Lexicons& lex, const SentenceView& v,
                   const PhraseMatch& m, Claimant& c);

// Speech verbs that are verbs: not inside an actor name ("United States"), not a noun
// ("reports of", "the claims"), not part of an "as reported by" source, in text order.
std::vector<PhraseMatch> speech_verbs(const Document& doc, const Lexicons& lex,
                                      const SentenceView& v);

// Where the subject of the speech verb `m` may begin: the clause start after `floor`; for
// "..., residents and a hotel worker said." the few words after the last comma, not the report
// before it.
std::size_t subject_start(const Document& doc, const Lexicons& lex, const SentenceView& v,
                          const PhraseMatch& m, std::size_t floor);

}  // namespace truce::extract
