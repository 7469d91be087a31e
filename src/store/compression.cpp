// See compression.hpp.
#include "store/compression.hpp"

#include <fmt/core.h>
#include <zlib.h>

#include <new>

namespace truce::store {

std::string compress_bytes(std::string_view bytes) {
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(size, '\0');
  const int rc = compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                           reinterpret_cast<const Bytef*>(bytes.data()),
                           static_cast<uLong>(bytes.size()), Z_DEFAULT_COMPRESSION);
  if (rc != Z_OK) throw std::bad_alloc();  // compressBound makes Z_BUF_ERROR impossible
  out.resize(size);
  return out;
}

Result<std::string> decompress_bytes(std::string_view stream, std::size_t size,
                                     std::string_view context) {
  std::string out(size, '\0');
  uLongf produced = static_cast<uLongf>(size);
  // uncompress() wants a non-null destination even for an empty result.
  char empty = 0;
  const int rc =
      uncompress(reinterpret_cast<Bytef*>(size ? out.data() : &empty), &produced,
                 reinterpret_cast<const Bytef*>(stream.data()), static_cast<uLong>(stream.size()));
  if (rc != Z_OK || produced != size) {
    return make_error(fmt::format("{}: stored raw bytes are corrupt ({})", context,
                                  rc == Z_OK ? "wrong length" : zError(rc)));
  }
  return out;
}

}  // namespace truce::store
