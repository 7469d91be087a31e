// JSON from outside (JSON-LD in pages, JSON Lines, observers' files, API bodies) parsed with a
// bound on nesting: nlohmann's parser copes with any depth, but everything that walks the value
// afterwards (searches, validation, dump) recurses, and a document a million levels deep would
// overflow the stack there.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string_view>

namespace truce {

// Deeper than any real document of ours; libxml2 uses the same default for XML.
inline constexpr std::size_t kMaxJsonDepth = 256;

// The deepest nesting of arrays and objects in `text`, counting up to `stop_at` at most (so a
// hostile input costs one pass and no more). Brackets inside strings do not count.
std::size_t json_depth(std::string_view text, std::size_t stop_at = kMaxJsonDepth + 1);

// Parses `text` without exceptions; a discarded value (is_discarded()) when it is not JSON or
// nests deeper than `max_depth`.
nlohmann::json parse_bounded_json(std::string_view text, std::size_t max_depth = kMaxJsonDepth);

}  // namespace truce
