// JSON Lines parsing with nlohmann-json, without exceptions: each line is parsed on its own so a
// broken line is one problem and the rest of the file is still read.
#include "ingest/jsonl_reader.hpp"

#include <nlohmann/json.hpp>

#include "core/bounded_json.hpp"
#include "core/utf8.hpp"
#include "ingest/date_parser.hpp"
#include "ingest/text_decoder.hpp"

namespace truce::ingest {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

// Shortens nlohmann's messages ("[json.exception.parse_error.101] parse error at line 1, column
// 9: syntax error while parsing value - invalid string: ...") to what helps: the column and why.
std::string parse_problem(const std::string& line) {
  std::string message;
  try {
    const auto parsed = nlohmann::json::parse(line);  // throws: that is the message we want
    (void)parsed;
  } catch (const nlohmann::json::exception& e) {  // syntax, or a number out of range
    message = e.what();
  }
  if (auto pos = message.find("column"); pos != std::string::npos) {
    message = message.substr(pos);
  }
  // The message quotes what was read; a broken line can be long, and a problem is one short line.
  if (message.size() > 160) message = message.substr(0, 160) + "...";
  return "invalid JSON: " + message;
}

}  // namespace

bool looks_like_jsonl(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (blank(line)) continue;
    const auto j = parse_bounded_json(line);
    return !j.is_discarded() && j.is_object();
  }
  return false;
}

std::vector<JsonlRecord> read_jsonl(std::string_view text, std::vector<JsonlProblem>& problems) {
  std::vector<JsonlRecord> records;
  std::size_t pos = 0;
  std::size_t line_no = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (blank(line)) continue;
    // Each line is decoded on its own: one line in Latin-1 says nothing about the others.
    const std::string raw = line;
    std::vector<std::string> warnings;
    if (!is_valid_utf8(line)) {
      auto decoded = decode_text(line);
      if (!decoded) {
        problems.push_back({line_no, decoded.error().message});
        continue;
      }
      line = std::move(decoded->utf8);
      warnings = std::move(decoded->warnings);
    }
    if (json_depth(line) > kMaxJsonDepth) {
      problems.push_back(
          {line_no, "JSON nested more than " + std::to_string(kMaxJsonDepth) + " levels deep"});
      continue;
    }
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) {
      problems.push_back({line_no, parse_problem(line)});
      continue;
    }
    if (!j.is_object()) {
      problems.push_back({line_no, "not a JSON object"});
      continue;
    }
    JsonlRecord record;
    record.line = line_no;
    record.raw = raw;
    record.warnings = std::move(warnings);
    std::string bad_field;
    auto field = [&](const char* name, std::string& into) {
      auto it = j.find(name);
      if (it == j.end() || it->is_null()) return;
      if (!it->is_string()) {
        if (bad_field.empty()) bad_field = name;
        return;
      }
      into = it->get<std::string>();
    };
    std::string published;
    std::string precision;
    field("text", record.text);
    field("html", record.html);
    field("url", record.url);
    field("title", record.title);
    field("source", record.source);
    field("author", record.author);
    field("lang", record.lang);
    field("published", published);
    field("precision", precision);
    if (!bad_field.empty()) {
      problems.push_back({line_no, "field \"" + bad_field + "\" is not a string"});
      continue;
    }
    if (record.text.empty() && record.html.empty()) {
      problems.push_back({line_no, "no \"text\" or \"html\" field"});
      continue;
    }
    if (!published.empty()) {
      auto date = parse_iso_date(published);
      if (!date) date = parse_rfc822_date(published);
      if (!date) date = parse_loose_date(published);
      if (!date) {
        problems.push_back({line_no, "\"published\": '" + published + "' is not a date"});
        continue;
      }
      if (!precision.empty()) {
        auto p = parse_date_precision(precision);
        if (!p) {
          problems.push_back({line_no, "\"precision\": '" + precision +
                                           "' is not one of day, "
                                           "approximate, month, year, unknown"});
          continue;
        }
        date->precision = *p;
      }
      record.published = date;
    }
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace truce::ingest
