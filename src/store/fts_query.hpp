// Turning what a user types into an FTS5 query that cannot be a syntax error: "S-300",
// O'Brien or a stray quote search for the words they contain instead of failing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace truce::store {

// Bound a query's cost: more different terms, or a longer query (phrases), is refused.
inline constexpr std::size_t kMaxSearchTerms = 32;
inline constexpr std::size_t kMaxSearchBytes = 2048;

// One term of a user's query: a word or a "quoted phrase", and whether it ended in *.
struct SearchTerm {
  std::string text;
  bool prefix = false;

  bool operator==(const SearchTerm&) const = default;
};

// The distinct terms of `user_query` as to_fts5_query reads them (below), each of them required;
// the same failures.
Result<std::vector<SearchTerm>> search_terms(std::string_view user_query);

// Returns an FTS5 MATCH expression that requires every word of `user_query`:
//   - each whitespace-separated term becomes a quoted FTS5 string, so punctuation inside it
//     ("S-300", "Nagorno-Karabakh") is a phrase of adjacent tokens, never an operator;
//   - "double-quoted text" is one phrase (an unclosed quote runs to the end);
//   - a term ending in * matches any word starting with it (ceasefire* finds "ceasefires").
// A repeated term counts once. Fails with "search ...: ..." when the query has no letter or digit
// to search for, more than kMaxSearchTerms different terms or more than kMaxSearchBytes.
Result<std::string> to_fts5_query(std::string_view user_query);

// A search hit's snippet on one line: the body's paragraph breaks and runs of white space become
// single spaces (both stores show snippets so).
std::string snippet_line(std::string_view text);

}  // namespace truce::store
