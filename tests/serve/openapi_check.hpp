// Checking answers against docs/openapi.json with valijson: the schema of a documented response,
// references resolved inside the description.
#pragma once

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace truce::testing {

using nlohmann::json;

inline json load_spec() {
  std::ifstream in(std::filesystem::path(TRUCE_SOURCE_DIR) / "docs" / "openapi.json");
  return json::parse(in);
}

inline std::string escape_pointer(const std::string& token) {
  std::string out;
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

// Validates `body` against the schema at `pointer` inside `spec` (references resolve in spec).
inline std::string validate(const json& spec, const std::string& pointer, const json& body) {
  json root = spec;
  root["$ref"] = "#" + pointer;
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter schema_adapter(root);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter body_adapter(body);
  if (validator.validate(schema, body_adapter, &results)) return "";
  std::string problems;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string where;
    for (const auto& part : error.context) where += part;
    problems += where + ": " + error.description + "\n";
  }
  return problems;
}

inline std::string schema_pointer(const std::string& path, const std::string& status,
                                  const std::string& method = "get") {
  return "/paths/" + escape_pointer(path) + "/" + method + "/responses/" + status +
         "/content/application~1json/schema";
}

}  // namespace truce::testing
