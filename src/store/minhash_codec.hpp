// How both stores keep a MinHash signature: a little-endian uint32 array, whatever the host's
// byte order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace truce::store {

inline std::string encode_minhash(const std::vector<uint32_t>& minhash) {
  std::string out;
  out.reserve(minhash.size() * 4);
  for (const uint32_t v : minhash) {
    for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((v >> shift) & 0xff);
  }
  return out;
}

inline std::vector<uint32_t> decode_minhash(const std::string& blob) {
  std::vector<uint32_t> out(blob.size() / 4);
  for (std::size_t i = 0; i < out.size(); ++i) {
    uint32_t v = 0;
    for (int b = 3; b >= 0; --b) v = (v << 8) | static_cast<unsigned char>(blob[i * 4 + b]);
    out[i] = v;
  }
  return out;
}

}  // namespace truce::store
