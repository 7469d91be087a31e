// A report's extraction is stored in two parts, so that each fact's JSON is written once: the
// extraction with its fact arrays empty (the "shell"), and each fact's JSON in its own row.
// These put the parts together again for readers that want the whole.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "store/extraction_record.hpp"

namespace truce::store {

// Returns the extraction's array holding facts of FactRow::kind `kind` ("incident" ->
// "incidents"), or an empty view for an unknown kind.
std::string_view fact_array_of(std::string_view kind);

// Returns `shell` with each of its empty fact arrays filled with the JSON of `facts` of that kind,
// in their order. An array already filled (an extraction stored whole) is left as it is. Fails
// naming `context` when `shell` or a fact is not JSON.
Result<std::string> assemble_extraction_json(std::string_view shell,
                                             const std::vector<FactRow>& facts,
                                             const std::string& context);

}  // namespace truce::store
