// The dead and wounded a sentence counts ("a civilian was killed", "killing at least 11
// civilians and one soldier", "21 civilians, including a child, were killed"): the toll of the
// incident the sentence tells of.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/document.hpp"

namespace truce::extract {

// Casualties in sentence `si`: the most killed and the most wounded it counts. Adds the token
// ranges read to `used`.
void casualties(const Document& doc, const Lexicons& lex, std::size_t si,
                std::optional<long>& killed, std::optional<long>& wounded,
                std::vector<std::pair<std::size_t, std::size_t>>& used);

// The party whose soldiers sentence `si` counts ("Thirty-three Turkish soldiers were killed",
// "killing 14 Afghan troops"): a count, then within three words a party's name and a word of cue
// class fighter_object. Empty where it counts none of a named party.
std::string soldiers_side(const Document& doc, std::size_t si);

}  // namespace truce::extract
