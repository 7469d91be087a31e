// See json_splice.hpp.
#include "serve/json_splice.hpp"

namespace truce::serve {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

void skip_space(std::string_view text, std::size_t& at) {
  while (at < text.size() && is_space(text[at])) ++at;
}

// Moves `at` past the string starting at it (at its opening quote). False when unterminated.
bool skip_string(std::string_view text, std::size_t& at) {
  for (++at; at < text.size(); ++at) {
    if (text[at] == '\\') {
      ++at;
    } else if (text[at] == '"') {
      ++at;
      return true;
    }
  }
  return false;
}

// Moves `at` past the value starting at it. False when it does not end inside `text`.
bool skip_value(std::string_view text, std::size_t& at) {
  if (at >= text.size()) return false;
  if (text[at] == '"') return skip_string(text, at);
  int depth = 0;
  while (at < text.size()) {
    const char c = text[at];
    if (c == '"') {
      if (!skip_string(text, at)) return false;
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') {
      if (depth == 0) return true;  // the end of the enclosing object
      if (--depth == 0) {
        ++at;
        return true;
      }
    }
    if (c == ',' && depth == 0) return true;
    ++at;
  }
  return depth == 0;
}

}  // namespace

std::optional<std::string> with_members(
    std::string_view object, const std::vector<std::pair<std::string, std::string>>& members) {
  std::size_t at = 0;
  skip_space(object, at);
  if (at >= object.size() || object[at] != '{') return std::nullopt;
  ++at;
  std::string out = "{";
  std::size_t next = 0;  // the next member to add
  bool first = true;
  auto add = [&](const std::pair<std::string, std::string>& member) {
    out += first ? "\"" : ",\"";
    out += member.first;
    out += "\":";
    out += member.second;
    first = false;
  };
  skip_space(object, at);
  if (at < object.size() && object[at] == '}') {
    ++at;
  } else {
    while (true) {
      skip_space(object, at);
      if (at >= object.size() || object[at] != '"') return std::nullopt;
      const std::size_t key_start = at;
      if (!skip_string(object, at)) return std::nullopt;
      const std::string_view key = object.substr(key_start + 1, at - key_start - 2);
      if (key.find('\\') != std::string_view::npos) return std::nullopt;
      for (; next < members.size() && members[next].first <= key; ++next) {
        if (members[next].first == key) return std::nullopt;
        add(members[next]);
      }
      skip_space(object, at);
      if (at >= object.size() || object[at] != ':') return std::nullopt;
      ++at;
      skip_space(object, at);
      const std::size_t value_start = at;
      if (!skip_value(object, at)) return std::nullopt;
      std::string_view value = object.substr(value_start, at - value_start);
      while (!value.empty() && is_space(value.back())) value.remove_suffix(1);
      out += first ? "\"" : ",\"";
      out += key;
      out += "\":";
      out += value;
      first = false;
      skip_space(object, at);
      if (at >= object.size()) return std::nullopt;
      if (object[at] == '}') {
        ++at;
        break;
      }
      if (object[at] != ',') return std::nullopt;
      ++at;
    }
  }
  skip_space(object, at);
  if (at != object.size()) return std::nullopt;
  for (; next < members.size(); ++next) add(members[next]);
  out += '}';
  return out;
}

}  // namespace truce::serve
