// See request_body.hpp.
#include "serve/request_body.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "core/bounded_json.hpp"
#include "serve/api_error.hpp"

namespace truce::serve {

using nlohmann::json;

json parse_json_body(const httplib::Request& request, const std::vector<std::string>& known) {
  const std::string type = request.get_header_value("Content-Type");
  if (!type.starts_with("application/json")) {
    throw ApiError(415, "Content-Type",
                   fmt::format("Content-Type: '{}' is not application/json", type));
  }
  if (json_depth(request.body) > kMaxJsonDepth) {
    throw ApiError(400, "body",
                   fmt::format("body: JSON nested more than {} levels deep", kMaxJsonDepth));
  }
  json body;
  try {
    body = json::parse(request.body);
  } catch (const json::exception& e) {  // syntax, or a number out of range (1e400)
    throw ApiError(400, "body", fmt::format("body: not JSON ({})", e.what()));
  }
  if (!body.is_object()) throw ApiError(400, "body", "body: must be a JSON object");
  for (const auto& [key, value] : body.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      throw ApiError(
          400, key,
          fmt::format("{}: unknown field (this body has: {})", key, fmt::join(known, ", ")));
    }
  }
  return body;
}

std::optional<std::string> string_field(const json& body, const std::string& name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) throw ApiError(400, name, fmt::format("{}: must be a string", name));
  return it->get<std::string>();
}

std::string required_string(const json& body, const std::string& name, const std::string& what) {
  auto value = string_field(body, name);
  if (!value || value->empty()) {
    throw ApiError(400, name, fmt::format("{}: missing ({})", name, what));
  }
  return *value;
}

std::vector<std::string> string_list_field(const json& body, const std::string& name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return {};
  std::vector<std::string> out;
  if (it->is_array()) {
    for (const auto& item : *it) {
      if (!item.is_string() || item.get<std::string>().empty()) {
        out.clear();
        break;
      }
      out.push_back(item.get<std::string>());
    }
    if (out.size() == it->size()) return out;
  }
  throw ApiError(400, name, fmt::format("{}: must be a list of non-empty strings", name));
}

}  // namespace truce::serve
