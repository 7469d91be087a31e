// Whom an official or institution speaks for when the report names no state with it ("the
// regional governor said", "the General Staff said", "officials in Stepanakert"): the party of
// the places named, the side that holds them, the state at war, or the last party to speak.
#pragma once

#include <cstddef>
#include <string>

#include "extract/document.hpp"

namespace truce::extract {

// The party of the report's conflicts whose country is `cc`; empty when none.
std::string party_of_country(const Document& doc, const Lexicons& lex, const std::string& cc);

// A local official with no state named in tokens [from, to) ("the regional governor", "local
// authorities"): fills `out` with the party whose places the sentence names. False when the
// tokens name no local official or the report has no home party.
bool resolve_local_official(const Document& doc, const Lexicons& lex, std::size_t from,
                            std::size_t to, Claimant& out);

// The nearest military actor named before token `before`, in sentence `si` or the ones before;
// with `state_army`, only a state's forces.
bool last_military(const Document& doc, std::size_t si, std::size_t before, Claimant& out,
                   bool state_army = false);

// The nearest non-state armed group named before token `before`, in sentence `si` or the ones
// before ("the group said", "the movement said": the Arakan Army, Hamas named before).
bool last_armed_group(const Document& doc, std::size_t si, std::size_t before, Claimant& out);

// An institution named without its state in tokens [from, to) of sentence `si` ("the General
// Staff said", "officials said"): fills `out` with the party it speaks for. `inverted`: it
// follows its verb ("..., telling the Ministry of Defence"), so the forces its own sentence
// names are what it reported, not who it is.
bool resolve_institution(const Document& doc, std::size_t si, std::size_t from, std::size_t to,
                         const Claimant* last_party, Claimant& out, bool inverted = false);

// "Wing Commander Vyomika Singh said": an officer with a rank (cue class military_rank) and a
// name the lexicons lack, in tokens [from, to) of sentence `si`, speaks for the state forces
// named before as doing what the sentence tells. False when there is no such officer or force.
bool resolve_officer(const Document& doc, std::size_t si, std::size_t from, std::size_t to,
                     Claimant& out);

// "state media reported" (cue class state_media in tokens [from, to)) with no state named: the
// media of the report's home state, where that state is at war.
bool resolve_state_media(const Document& doc, std::size_t from, std::size_t to, Claimant& out);

// The party a sentence opens with as the side it tells of ("On the Indian side, the army had
// said ..."); empty where it opens otherwise.
std::string fronted_side(const Document& doc, const SentenceView& v);

// The one party a sentence names, outside the speaker's words [from, to), beside a word for the
// enemy ("the Azerbaijan Army destroyed 3 tanks of the enemy"): who says "the enemy" is that
// party's side. Empty when the sentence names no enemy, or no party or several.
std::string side_facing_enemy(const Document& doc, const SentenceView& v, std::size_t from,
                              std::size_t to);

}  // namespace truce::extract
