// The attacker a report leaves unsaid. "Two missiles hit a mosque in Muzaffarabad": in a war
// between states, a strike on a place in one camp's country whose attacker is not named is the
// other camp's. The inference needs both camps to hold a country (data/conflicts.tsv with the
// states' countries), so a civil war, where both camps fight in one country, infers nothing
// from the place. There, "a military jet bombed the market" is the party that alone flies combat
// aircraft (data/conflicts.tsv, column aircraft).
#pragma once

#include <vector>

#include "extract/document.hpp"

namespace truce::extract {

// Sets actor1 of each remote-violence or violence-against-civilians incident that has none and
// whose place lies in exactly one camp's country (rule "struck-country"), or whose sentence names
// aircraft that one party alone flies (rule "air-power").
void infer_attackers(const Document& doc, const Lexicons& lex, std::vector<Incident>& incidents);

// "The Houthis fired a missile at Ben Gurion airport": when the target was only inferred as
// "the attacker's enemy" and the attacker fights several parties, the one whose country the
// incident's place lies in is the one hit (rule "struck-country-target").
void infer_targets(const Document& doc, const Lexicons& lex, std::vector<Incident>& incidents);

}  // namespace truce::extract
