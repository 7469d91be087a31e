// Reading a write request's JSON body strictly: the media type, a JSON object, no field the
// route does not know, and each field of the type it must have. Every problem is an ApiError
// naming the field (415 for the media type, 400 otherwise).
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace truce::serve {

// The body as a JSON object whose fields are all among `known`.
nlohmann::json parse_json_body(const httplib::Request& request,
                               const std::vector<std::string>& known);

// A string field: nullopt when absent or null; 400 naming it when it is not a string.
std::optional<std::string> string_field(const nlohmann::json& body, const std::string& name);
// A required non-empty string field.
std::string required_string(const nlohmann::json& body, const std::string& name,
                            const std::string& what);
// A list of strings: empty when absent; 400 naming it when it is not an array of strings.
std::vector<std::string> string_list_field(const nlohmann::json& body, const std::string& name);

}  // namespace truce::serve
