// The binary gazetteer index: the text index's rows in fixed-size records with one string pool and
// hash tables for exact and skeleton look-up, built once at build time (truce-gazetteer-index)
// and memory-mapped at start, so that no row is parsed or copied before the first report.
//
// Layout (native little-endian, every section 8-byte aligned, offsets from the file's start):
//   IndexHeader | PlaceRecord[places] | NameRecord[names] (sorted by key) |
//   SkeletonRecord[skeletons] (sorted by skeleton) | HashSlot[name_slots] |
//   HashSlot[skeleton_slots] | SelfTestRecord[self_tests] | int32 country place by ISO code
//   (26 * 26, -1 where none) | string pool
// A hash table has a power-of-two number of slots, probed linearly from hash & (slots - 1); a
// slot holds the first record of a run of equal keys and the hash's high 32 bits.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "geo/gazetteer_text.hpp"

namespace truce::geo {

inline constexpr char kIndexMagic[8] = {'T', 'R', 'U', 'C', 'E', 'G', 'Z', 'X'};
// Bump when a record's layout or the hash changes: an older file is then refused.
inline constexpr std::uint32_t kIndexVersion = 1;
inline constexpr std::uint32_t kEmptySlot = 0xffffffffu;
inline constexpr std::uint32_t kCountrySlots = 26 * 26;

// The slot of an ISO 3166 alpha-2 code in the country table, or -1.
long country_slot(std::string_view cc);

struct StrRef {
  std::uint32_t offset = 0;  // into the string pool
  std::uint32_t size = 0;
};

struct IndexHeader {
  char magic[8];
  std::uint32_t version;
  std::uint32_t places, names, skeletons, self_tests;
  std::uint32_t name_slots, skeleton_slots;
  std::uint32_t reserved;
  std::uint64_t places_at, names_at, skeletons_at, name_slots_at, skeleton_slots_at;
  std::uint64_t self_tests_at, countries_at, strings_at, strings_size;
  std::uint64_t file_size;
};

struct PlaceRecord {
  double lat, lon;
  std::int64_t population;
  StrRef id, name, admin1, feature_code;
  char country[2];
  char feature_class;
  std::uint8_t precision;
  std::uint32_t reserved;
};

struct NameRecord {
  StrRef key, variant;
  std::uint32_t place;
  std::uint32_t flags;
};

struct SkeletonRecord {
  StrRef skeleton;
  std::uint32_t name;
};

struct HashSlot {
  std::uint32_t first;  // kEmptySlot, or the first record of the key's run
  std::uint32_t check;  // the key hash's high 32 bits
};

struct SelfTestRecord {
  StrRef query, place_id;
};

// FNV-1a, 64 bits: the same on every machine, so a file built on one is read on another.
std::uint64_t index_hash(std::string_view key);

// Returns the index image of `text`, ready to write or to read in place.
std::vector<std::uint64_t> build_index_image(const GazetteerText& text);

// Writes the image of `text` to `path` (through a temporary file renamed into place).
Status write_gazetteer_index(const GazetteerText& text, const std::filesystem::path& path);

// Returns true when the file at `path` starts with the binary index's magic.
bool is_binary_index(const std::filesystem::path& path);

// A read-only index image: a mapped file or an image built in memory. Checks the header and that
// every section lies inside the image; records are read as they are used.
class IndexImage {
 public:
  static Result<std::unique_ptr<IndexImage>> map(const std::filesystem::path& path);
  static Result<std::unique_ptr<IndexImage>> adopt(std::vector<std::uint64_t> image,
                                                   const std::string& name);
  ~IndexImage();
  IndexImage(const IndexImage&) = delete;
  IndexImage& operator=(const IndexImage&) = delete;

  const IndexHeader& header() const { return *reinterpret_cast<const IndexHeader*>(data_); }
  template <typename T>
  std::span<const T> section(std::uint64_t at, std::uint32_t count) const {
    return {reinterpret_cast<const T*>(data_ + at), count};
  }
  // Returns the pooled string `ref`; its bounds were checked when the image was opened or, for
  // record fields, are checked by the builder.
  std::string_view string(StrRef ref) const { return {strings_ + ref.offset, ref.size}; }
  bool contains(StrRef ref) const {
    return ref.offset <= header().strings_size && ref.size <= header().strings_size - ref.offset;
  }

 private:
  IndexImage() = default;
  Status check(const std::string& name, std::uint64_t size);

  const char* data_ = nullptr;
  const char* strings_ = nullptr;
  std::size_t mapped_size_ = 0;  // non-zero for a mapped file
  std::vector<std::uint64_t> owned_;
};

}  // namespace truce::geo
