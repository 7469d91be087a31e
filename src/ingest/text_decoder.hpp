// Turns the bytes of an input into UTF-8 text: strips a UTF-8 byte-order mark, converts UTF-16 and
// UTF-32 with a byte-order mark, a charset the page declares, or plausible Latin-1, and refuses
// binary data. Every conversion leaves a warning, so an analyst can see the text was re-coded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "core/utf8.hpp"

namespace truce::ingest {

struct DecodedText {
  std::string utf8;
  std::vector<std::string> warnings;  // e.g. "not valid UTF-8; decoded as Latin-1 (windows-1252)"
};

// Returns the text as UTF-8. `declared_charset` is what the document says it is (an HTML meta
// charset), used only when the bytes are not valid UTF-8. Fails with a problem (no input name;
// the caller prefixes it) for empty input, binary data (NUL bytes, control characters) and bytes
// that are neither UTF-8 nor plausible in a single-byte charset.
Result<DecodedText> decode_text(std::string_view bytes, std::string_view declared_charset = {});

using truce::first_invalid_utf8;  // core/utf8.hpp

// Returns the charset an HTML or XML document declares in its first 2 KB (`<meta charset=...>`,
// `content="text/html; charset=..."`, `<?xml ... encoding="..."?>`), lower-cased; empty if none.
std::string declared_charset(std::string_view bytes);

}  // namespace truce::ingest
