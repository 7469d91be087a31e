// The gazetteer index in memory: places, their name variants by folded key, and the variants by
// consonant skeleton for fuzzy look-up. Loaded from the TSV index that truce-gazetteer-build
// writes (format in data/gazetteer/README.md); one read, no per-row allocation.
#pragma once

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
  std::uint8_t flags = 0;
};

struct SkeletonEntry {
  std::string_view skeleton;
  std::uint32_t name = 0;  // index into names()
};

class Gazetteer {
 public:
  // Returns the gazetteer read from `index`, or an Error naming the file and the problem: missing
  // file, wrong version, malformed row, or a failed self-test row.
  static Result<std::shared_ptr<const Gazetteer>> load(const std::filesystem::path& index);

  // Returns the variants whose folded key equals `key` (already fold_name'd).
  std::span<const NameEntry> exact(std::string_view key) const;
  // Returns the variants whose skeleton equals `skel`.
  std::span<const SkeletonEntry> by_skeleton(std::string_view skel) const;
  // Returns true when some variant's key starts with `prefix` + " " (a longer name may follow).
  bool has_longer(std::string_view prefix) const;

  const GazPlace& place(std::uint32_t index) const { return places_[index]; }
  const NameEntry& name(std::uint32_t index) const { return names_[index]; }
  std::size_t place_count() const { return places_.size(); }
  std::size_t name_count() const { return names_.size(); }
  // Returns the place index of the country with ISO code `cc`, or -1.
  long country_index(std::string_view cc) const;
  // Returns `place` as the public Place type.
  Place to_place(std::uint32_t index) const;

 private:
  Status parse(const std::filesystem::path& index);

  std::string buffer_;
  std::vector<GazPlace> places_;
  std::vector<NameEntry> names_;
  std::vector<SkeletonEntry> skeletons_;
  std::vector<long> country_by_code_;  // 26*26 slots
};

// Returns data_dir()/generated/gazetteer.tsv, where the build writes the index.
std::filesystem::path default_gazetteer_path();

}  // namespace truce::geo
