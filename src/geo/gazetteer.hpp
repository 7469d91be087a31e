// The gazetteer index: places, their name variants by folded key, and the variants by consonant
// skeleton for fuzzy look-up. Read from the binary index (gazetteer_index.hpp), memory-mapped so
// that start-up reads only what queries touch, or from the text index it is built from (format
// in data/gazetteer/README.md), turned into the same image in memory.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "geo/place.hpp"

namespace truce::geo {

inline constexpr std::string_view kGazetteerMagic = "#truce-gazetteer";
inline constexpr int kGazetteerVersion = 1;

// Bits of NameEntry::flags.
enum NameFlag : std::uint8_t {
  kPrimary = 1,       // the place's own name, not an alternate
  kContextOnly = 2,   // a curated mangled spelling: fires only in a place context
  kDemonym = 4,       // "Armenian" for Armenia: used only when demonyms are asked for
  kStripped = 8,      // a region name without its "Province"/"District" word
  kVariantForm = 16,  // the name in a transliteration family's form (name_variants.tsv)
};

struct GazPlace {
  std::string_view id;
  std::string_view name;
  std::string_view admin1;
  std::string_view feature_code;
  double lat = 0;
  double lon = 0;
  char country[2] = {' ', ' '};
  char feature_class = 'P';
  std::uint8_t precision = 1;
  std::int64_t population = 0;

  std::string_view country_code() const { return {country, 2}; }
  bool is_country() const { return feature_class == 'A' && feature_code.starts_with("PCL"); }
  bool is_admin() const { return feature_class == 'A' && !is_country(); }
  // A continent, ocean, sea or macro-region: wider than a country, so no proximity evidence.
  bool is_wide() const {
    return feature_code == "CONT" || feature_class == 'H' ||
           (feature_class == 'L' && feature_code == "RGN" && country_code() == "ZZ");
  }
};

struct NameEntry {
  std::string_view key;      // fold_name of the variant
  std::string_view variant;  // the variant as the source spells it
  std::uint32_t place = 0;
  std::uint32_t index = 0;  // this entry's own index, for Gazetteer::name
  std::uint8_t flags = 0;
};

struct SkeletonEntry {
  std::string_view skeleton;
  std::uint32_t name = 0;  // index into names()
};

class Gazetteer;
class IndexImage;
struct HashSlot;

// The entries [begin, end) of a gazetteer, read one at a time (they are views built on demand).
template <typename Entry>
class EntryRange {
 public:
  class iterator {
   public:
    iterator(const Gazetteer* g, std::uint32_t i) : g_(g), i_(i) {}
    Entry operator*() const;  // defined for each Entry below
    iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const iterator& o) const { return i_ == o.i_; }

   private:
    const Gazetteer* g_;
    std::uint32_t i_;
  };
  EntryRange(const Gazetteer* g, std::uint32_t begin, std::uint32_t end)
      : g_(g), begin_(begin), end_(end) {}
  iterator begin() const { return {g_, begin_}; }
  iterator end() const { return {g_, end_}; }
  std::size_t size() const { return end_ - begin_; }
  bool empty() const { return begin_ == end_; }

 private:
  const Gazetteer* g_;
  std::uint32_t begin_, end_;
};

class Gazetteer {
 public:
  // Returns the gazetteer read from `index`, or an Error naming the file and the problem: missing
  // file, wrong version, malformed row, or a failed self-test row.
  // `index` is the binary index or the text index.
  static Result<std::shared_ptr<const Gazetteer>> load(const std::filesystem::path& index);
  ~Gazetteer();

  NameEntry name(std::uint32_t index) const;
  SkeletonEntry skeleton(std::uint32_t index) const;
  using NameRange = EntryRange<NameEntry>;
  using SkeletonRange = EntryRange<SkeletonEntry>;

  // Returns the variants whose folded key equals `key` (already fold_name'd).
  NameRange exact(std::string_view key) const;
  // Returns the variants whose skeleton equals `skel`.
  SkeletonRange by_skeleton(std::string_view skel) const;
  // Returns true when some variant's key starts with `prefix` + " " (a longer name may follow).
  bool has_longer(std::string_view prefix) const;

  // The place at `index`, built from its record on first use (the reference stays valid while
  // the gazetteer lives; safe from several threads).
  const GazPlace& place(std::uint32_t index) const {
    if (place_state_[index].load(std::memory_order_acquire) != kPlaceReady) fill_place(index);
    return places_[index];
  }
  std::size_t place_count() const { return place_count_; }
  std::size_t name_count() const { return name_count_; }
  std::size_t skeleton_count() const { return skeleton_count_; }
  // Returns the place index of the country with ISO code `cc`, or -1.
  long country_index(std::string_view cc) const;
  // Returns `place` as the public Place type.
  Place to_place(std::uint32_t index) const;

 private:
  Status open(std::unique_ptr<IndexImage> image, const std::string& name);
  // Returns the first record of the run whose key is `key` in `slots`, or kEmptySlot.
  template <typename KeyOf>
  std::uint32_t find_run(std::span<const HashSlot> slots, std::string_view key, KeyOf key_of) const;

  void fill_place(std::uint32_t index) const;

  static constexpr std::uint8_t kPlaceEmpty = 0, kPlaceFilling = 1, kPlaceReady = 2;
  struct FreePlaces {
    void operator()(GazPlace* p) const;
  };

  std::unique_ptr<IndexImage> image_;
  // Views into the image, kept so callers may hold references. Zeroed memory from the system,
  // so pages no place was read from cost nothing.
  std::unique_ptr<GazPlace[], FreePlaces> places_;
  std::unique_ptr<std::atomic<std::uint8_t>[]> place_state_;
  std::size_t place_count_ = 0;
  std::size_t name_count_ = 0;
  std::size_t skeleton_count_ = 0;
};

template <>
inline NameEntry EntryRange<NameEntry>::iterator::operator*() const {
  return g_->name(i_);
}
template <>
inline SkeletonEntry EntryRange<SkeletonEntry>::iterator::operator*() const {
  return g_->skeleton(i_);
}

// Returns the binary index the build writes (data_dir()/generated/gazetteer.idx when present,
// else the build tree's), or the text index data_dir()/generated/gazetteer.tsv when there is no
// binary one.
std::filesystem::path default_gazetteer_path();

}  // namespace truce::geo
