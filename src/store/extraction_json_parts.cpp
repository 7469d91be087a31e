// See extraction_json_parts.hpp.
#include "store/extraction_json_parts.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace truce::store {

std::string_view fact_array_of(std::string_view kind) {
  if (kind == "incident") return "incidents";
  if (kind == "claim") return "claims";
  if (kind == "ceasefire") return "ceasefires";
  if (kind == "denial") return "denials";
  return {};
}

Result<std::string> assemble_extraction_json(std::string_view shell,
                                             const std::vector<FactRow>& facts,
                                             const std::string& context) {
  nlohmann::json whole = nlohmann::json::parse(shell, nullptr, false);
  if (whole.is_discarded() || !whole.is_object()) {
    return make_error(context + ": the stored extraction is not a JSON object");
  }
  // Only arrays the shell left empty are filled: a row stored whole already holds its facts.
  std::vector<std::string_view> fill;
  for (const std::string_view array : {"incidents", "claims", "ceasefires", "denials"}) {
    auto it = whole.find(array);
    if (it != whole.end() && it->is_array() && it->empty()) fill.push_back(array);
  }
  if (fill.empty()) return std::string(shell);
  for (const FactRow& fact : facts) {
    const std::string_view array = fact_array_of(fact.kind);
    if (std::find(fill.begin(), fill.end(), array) == fill.end()) continue;
    nlohmann::json value = nlohmann::json::parse(fact.json, nullptr, false);
    if (value.is_discarded()) {
      return make_error(fmt::format("{}: {} {} is not JSON", context, fact.kind, fact.fact_id));
    }
    whole[std::string(array)].push_back(std::move(value));
  }
  return whole.dump();
}

}  // namespace truce::store
