// Which reader an input needs: decided by its content, with the file extension as a hint for
// content that could be either (a .jsonl file with a broken first line, an HTML fragment).
#pragma once

#include <string_view>

#include "core/report.hpp"

namespace truce::ingest {

// Returns the format of decoded `text`; `extension` is the file's (".html", ".jsonl", ...) or
// empty for stdin. Anything not recognisably markup, a feed or JSON Lines is plain text.
SourceFormat detect_format(std::string_view text, std::string_view extension);

}  // namespace truce::ingest
