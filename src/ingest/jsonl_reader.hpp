// JSON Lines input: one report per line, with `text` or `html` and optional `url`, `title`,
// `published`, `precision`, `source`, `author`, `lang`. Unknown fields are ignored, so exports
// from other tools can be read as they are.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.hpp"
#include "core/result.hpp"

namespace truce::ingest {

struct JsonlRecord {
  std::size_t line = 0;  // 1-based line number in the file
  std::string raw;       // the line as read
  std::string text;      // from "text"; empty when the record has "html" instead
  std::string html;
  std::string url;
  std::string title;
  std::string source;
  std::string author;
  std::string lang;
  std::optional<ReportDate> published;
  std::vector<std::string> warnings;  // how the line was decoded, when it was not UTF-8
};

struct JsonlProblem {
  std::size_t line = 0;
  std::string message;  // without the "file:line: " prefix
};

// Parses every non-blank line of `text`, each decoded on its own (UTF-8, else Latin-1 with a
// warning, else a problem for that line); returns the good records and, for each bad line
// (not decodable, invalid or too deeply nested JSON, not an object, no text or html, a field of the
// wrong type, a bad date), a problem. A bad line never stops the lines after it.
std::vector<JsonlRecord> read_jsonl(std::string_view text, std::vector<JsonlProblem>& problems);

// Returns true when the first non-blank line of `text` parses as a JSON object.
bool looks_like_jsonl(std::string_view text);

}  // namespace truce::ingest
