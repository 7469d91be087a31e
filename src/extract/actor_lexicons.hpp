// Loading what extraction knows about the parties: sides.tsv, actors.tsv, armed_groups.tsv,
// the generated states (data/generated/states.tsv, from world-countries) and conflicts.tsv.
// Internal to load_lexicons.
#pragma once

#include <filesystem>

#include "core/result.hpp"
#include "extract/lexicons.hpp"

namespace truce::extract {

// Adds the sides, actors, demonyms (cue class "demonym") and conflicts under `dir` to `lex`.
// Fails naming the file and line of the first bad entry.
Status load_actor_lexicons(const std::filesystem::path& dir, Lexicons& lex);

}  // namespace truce::extract
