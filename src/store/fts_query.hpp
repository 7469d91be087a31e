// Turning what a user types into an FTS5 query that cannot be a syntax error: "S-300",
// O'Brien or a stray quote search for the words they contain instead of failing.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace truce::store {

// Returns an FTS5 MATCH expression that requires every word of `user_query`:
//   - each whitespace-separated term becomes a quoted FTS5 string, so punctuation inside it
//     ("S-300", "Nagorno-Karabakh") is a phrase of adjacent tokens, never an operator;
//   - "double-quoted text" is one phrase (an unclosed quote runs to the end);
//   - a term ending in * matches any word starting with it (ceasefire* finds "ceasefires").
// Fails with "search "<query>": ..." when the query has no letter or digit to search for.
Result<std::string> to_fts5_query(std::string_view user_query);

}  // namespace truce::store
