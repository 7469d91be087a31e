// UTF-8 checks and repair. Everything truce stores and prints as text is valid UTF-8: JSON output
// refuses anything else, and a stray byte in one report would break every listing including it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace truce {

// The byte offset of the first invalid UTF-8 sequence (stray continuation bytes, truncated,
// overlong or surrogate sequences, values past U+10FFFF), or npos when `bytes` is valid.
std::size_t first_invalid_utf8(std::string_view bytes);

inline bool is_valid_utf8(std::string_view bytes) {
  return first_invalid_utf8(bytes) == std::string_view::npos;
}

// `bytes` with every invalid sequence replaced by U+FFFD (one per bad byte); valid text comes
// back unchanged.
std::string repair_utf8(std::string_view bytes);

// Standard base64 (RFC 4648, with padding): how raw bytes are shown in JSON.
std::string base64(std::string_view bytes);

}  // namespace truce
