// Actor mentions: lexicon matches composed into noun phrases ("the Azerbaijani Defense
// Ministry", "the army in Armenia"), and the names a report gives its parties beyond the
// lexicons: its conflicts' epithets ("the junta") and acronyms it defines ("the Arakan Army
// (AA)"). Internal to prepare().
#pragma once

#include <vector>

#include "extract/document.hpp"

namespace truce::extract {

// Joins lexicon matches `raw` (in text order) into actor noun phrases: a state next to a head
// noun, or a head noun "of/in/for" a state, takes the state's side and the head's kind.
std::vector<ActorMention> compose_actors(const Lexicons& lex, const Document& doc,
                                         const std::vector<PhraseMatch>& raw);

// Adds to `doc`'s sentences the epithets of its chosen conflicts and the acronyms it defines
// after a party's name, composing their actors again. Needs doc.context.
void add_report_names(const Lexicons& lex, Document& doc);

}  // namespace truce::extract
