// The voices a report has before any of its sentences speaks: the outlet itself, an issuing
// institution or a party's state media publishing in its own name, and the source a headline
// names before its colon ("Health Ministry: ..."). Attribution starts from them.
#pragma once

#include <optional>
#include <string>

#include "extract/document.hpp"

namespace truce::extract {

// The outlet speaking on its own account (side media).
Claimant outlet(const Document& doc);

// The side a civil institution of `side`'s territory speaks for: the party that governs it
// (sides.tsv `civil_authority`: Gaza's health ministry speaks for Hamas), else `side`.
std::string civil_side(const Lexicons& lex, const std::string& side);

// The report's own voice: its issuer when it is a state's institution, a party's state media,
// else the outlet.
Claimant own_voice_of(const Document& doc, const Lexicons& lex);

// The party to the report's war that the outlet's name gives ("an Azerbaijani local news site",
// "Day.Az" where the actors lexicon affiliates it): the party whose words "the enemy" and "our
// army" are on that outlet's page. Empty when the name gives none.
std::string outlet_party(const Document& doc, const Lexicons& lex);

// The source the report's title or first lines name before a colon, when they name one.
std::optional<Claimant> headline_source(const Document& doc, const Lexicons& lex);

}  // namespace truce::extract
