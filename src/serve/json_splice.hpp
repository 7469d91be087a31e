// Adding members to a JSON object kept as text, without parsing and dumping it again: a listing
// sends each stored fact as stored, plus where it comes from. nlohmann::json keeps an object's
// keys sorted and so dumps them, so the members go in at their sorted places and the answer is
// the one parsing, setting and dumping would give.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace truce::serve {

// `object` (a JSON object as text) with `members` (key, value as JSON text; sorted by key) added
// at their sorted places. nullopt when `object` is not a well-formed object whose keys need no
// escapes, or already has one of the keys: the caller then parses it.
std::optional<std::string> with_members(
    std::string_view object, const std::vector<std::pair<std::string, std::string>>& members);

}  // namespace truce::serve
