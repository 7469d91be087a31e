// Counts as reports write them: digits ("1,900"), words ("twenty-five"), scaled ("3 thousand"),
// articles ("a civilian"), vague amounts ("dozens") and qualifiers ("at least", "more than").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "text/tokenizer.hpp"

namespace truce::text {

enum class Qualifier { exact, about, more_than, at_least, up_to };

std::string_view to_string(Qualifier q);

struct Count {
  double value = 0;
  Qualifier qualifier = Qualifier::exact;
  bool vague = false;     // "dozens", "hundreds", "several": value is a floor, not a figure
  bool article = false;   // "a"/"an": a count of one only because of the article
  std::size_t first = 0;  // token range [first, last) including the qualifier
  std::size_t last = 0;
  std::size_t number_first = 0;  // where the number itself starts (after the qualifier)
};

struct CountOptions {
  bool allow_article = false;  // read "a"/"an" as one
  bool allow_vague = true;     // read "dozens", "several", ... as floors
};

// Returns the count starting at token `i` (a qualifier may come first), or nullopt when the
// tokens there are not a count. An age ("six-year-old") and a year ("1994") are not counts.
std::optional<Count> parse_count(const std::vector<Token>& tokens, std::size_t i,
                                 CountOptions options = {});

// Returns the qualifier phrase that ends just before token `i` (e.g. "exceeded", "more than"),
// with its first token in `first`; exact when there is none.
Qualifier qualifier_before(const std::vector<Token>& tokens, std::size_t i, std::size_t& first);

}  // namespace truce::text
