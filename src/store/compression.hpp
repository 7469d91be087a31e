// zlib compression of a report's raw bytes, which are kept for provenance but rarely read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace truce::store {

// Returns `bytes` as a zlib stream (RFC 1950). Never fails short of running out of memory.
std::string compress_bytes(std::string_view bytes);

// Returns the bytes of a zlib stream that decompresses to exactly `size` bytes. Fails with
// "<context>: ..." when the stream is corrupt or its length is not `size`.
Result<std::string> decompress_bytes(std::string_view stream, std::size_t size,
                                     std::string_view context);

}  // namespace truce::store
