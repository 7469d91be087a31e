// Opening and querying the gazetteer index: exact and skeleton look-ups through the image's hash
// tables, so a query reads a slot and the records of one run.
#include "geo/gazetteer.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cstdlib>
#include <new>
#include <thread>

#include "core/data_dir.hpp"
#include "geo/gazetteer_index.hpp"
#include "geo/gazetteer_text.hpp"
#include "geo/name_key.hpp"

namespace truce::geo {
namespace {

Result<std::unique_ptr<IndexImage>> open_image(const std::filesystem::path& index) {
  if (is_binary_index(index)) return IndexImage::map(index);
  auto text = read_gazetteer_text(index);
  if (!text) return text.error();
  return IndexImage::adopt(build_index_image(**text), index.string());
}

}  // namespace

Gazetteer::~Gazetteer() = default;

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::filesystem::path& index) {
  auto image = open_image(index);
  if (!image) return image.error();
  auto gazetteer = std::make_shared<Gazetteer>();
  if (auto status = gazetteer->open(std::move(*image), index.string()); !status) {
    return status.error();
  }
  return std::shared_ptr<const Gazetteer>(std::move(gazetteer));
}

// Takes `image` and runs its self-test rows. Places are built from their records on first use;
// names and skeletons are read from the image by each query.
Status Gazetteer::open(std::unique_ptr<IndexImage> image, const std::string& name) {
  image_ = std::move(image);
  const IndexHeader& h = image_->header();
  place_count_ = h.places;
  name_count_ = h.names;
  skeleton_count_ = h.skeletons;
  places_.reset(static_cast<GazPlace*>(
      std::calloc(std::max<std::size_t>(place_count_, 1), sizeof(GazPlace))));
  if (!places_) return make_error(name + ": out of memory for the gazetteer's places");
  place_state_ = std::make_unique<std::atomic<std::uint8_t>[]>(place_count_);
  for (const auto& t : image_->section<SelfTestRecord>(h.self_tests_at, h.self_tests)) {
    if (!image_->contains(t.query) || !image_->contains(t.place_id)) {
      return make_error(name + ": self-test row out of range (rebuild the index)");
    }
    const std::string_view query = image_->string(t.query);
    const std::string_view expected = image_->string(t.place_id);
    bool found = false;
    for (const auto& e : exact(fold_name(query))) found |= place(e.place).id == expected;
    if (!found) {
      return make_error(
          fmt::format("{}: self-test failed: \"{}\" does not name {}", name, query, expected));
    }
  }
  return {};
}

void Gazetteer::FreePlaces::operator()(GazPlace* p) const { std::free(p); }

void Gazetteer::fill_place(std::uint32_t index) const {
  std::uint8_t expected = kPlaceEmpty;
  if (!place_state_[index].compare_exchange_strong(expected, kPlaceFilling,
                                                   std::memory_order_acquire)) {
    // Another thread is filling it: wait for its views.
    while (place_state_[index].load(std::memory_order_acquire) != kPlaceReady) {
      std::this_thread::yield();
    }
    return;
  }
  const IndexHeader& h = image_->header();
  const PlaceRecord& r = image_->section<PlaceRecord>(h.places_at, h.places)[index];
  // A string outside the pool (a damaged file the header checks missed) reads as empty.
  auto text = [&](StrRef ref) { return image_->contains(ref) ? image_->string(ref) : ""; };
  ::new (&places_[index]) GazPlace{text(r.id),
                                   text(r.name),
                                   text(r.admin1),
                                   text(r.feature_code),
                                   r.lat,
                                   r.lon,
                                   {r.country[0], r.country[1]},
                                   r.feature_class,
                                   r.precision,
                                   r.population};
  place_state_[index].store(kPlaceReady, std::memory_order_release);
}

NameEntry Gazetteer::name(std::uint32_t index) const {
  const NameRecord& r = image_->section<NameRecord>(image_->header().names_at, name_count_)[index];
  return NameEntry{image_->string(r.key), image_->string(r.variant), r.place, index,
                   static_cast<std::uint8_t>(r.flags)};
}

SkeletonEntry Gazetteer::skeleton(std::uint32_t index) const {
  const SkeletonRecord& r =
      image_->section<SkeletonRecord>(image_->header().skeletons_at, skeleton_count_)[index];
  return SkeletonEntry{image_->string(r.skeleton), r.name};
}

template <typename KeyOf>
std::uint32_t Gazetteer::find_run(std::span<const HashSlot> slots, std::string_view key,
                                  KeyOf key_of) const {
  const std::uint64_t h = index_hash(key);
  const std::uint32_t check = static_cast<std::uint32_t>(h >> 32);
  const std::size_t mask = slots.size() - 1;
  // The builder leaves half the slots empty; the bound only guards a corrupt file.
  for (std::size_t pos = h & mask, probes = 0; probes < slots.size(); pos = (pos + 1) & mask) {
    const HashSlot& slot = slots[pos];
    if (slot.first == kEmptySlot) break;
    if (slot.check == check && key_of(slot.first) == key) return slot.first;
    ++probes;
  }
  return kEmptySlot;
}

Gazetteer::NameRange Gazetteer::exact(std::string_view key) const {
  const IndexHeader& h = image_->header();
  const auto records = image_->section<NameRecord>(h.names_at, h.names);
  auto key_of = [&](std::uint32_t i) { return image_->string(records[i].key); };
  std::uint32_t first =
      find_run(image_->section<HashSlot>(h.name_slots_at, h.name_slots), key, key_of);
  if (first == kEmptySlot) return {this, 0, 0};
  std::uint32_t last = first + 1;
  while (last < h.names && key_of(last) == key) ++last;
  return {this, first, last};
}

Gazetteer::SkeletonRange Gazetteer::by_skeleton(std::string_view skel) const {
  const IndexHeader& h = image_->header();
  const auto records = image_->section<SkeletonRecord>(h.skeletons_at, h.skeletons);
  auto key_of = [&](std::uint32_t i) { return image_->string(records[i].skeleton); };
  std::uint32_t first =
      find_run(image_->section<HashSlot>(h.skeleton_slots_at, h.skeleton_slots), skel, key_of);
  if (first == kEmptySlot) return {this, 0, 0};
  std::uint32_t last = first + 1;
  while (last < h.skeletons && key_of(last) == skel) ++last;
  return {this, first, last};
}

bool Gazetteer::has_longer(std::string_view prefix) const {
  const std::string p = std::string(prefix) + ' ';
  const IndexHeader& h = image_->header();
  const auto records = image_->section<NameRecord>(h.names_at, h.names);
  auto it = std::lower_bound(
      records.begin(), records.end(), std::string_view(p),
      [&](const NameRecord& r, std::string_view k) { return image_->string(r.key) < k; });
  return it != records.end() && image_->string(it->key).starts_with(p);
}

long Gazetteer::country_index(std::string_view cc) const {
  const long slot = country_slot(cc);
  if (slot < 0) return -1;
  return image_->section<std::int32_t>(image_->header().countries_at, kCountrySlots)[slot];
}

Place Gazetteer::to_place(std::uint32_t index) const {
  const GazPlace& g = place(index);
  Place p;
  p.id = std::string(g.id);
  p.name = std::string(g.name);
  p.lat = g.lat;
  p.lon = g.lon;
  p.country = std::string(g.country_code());
  p.admin1 = std::string(g.admin1);
  p.feature_class = g.feature_class;
  p.feature_code = std::string(g.feature_code);
  p.precision = g.precision;
  p.population = g.population;
  p.kind = kind_of(g.feature_class, g.feature_code, g.country_code());
  return p;
}

std::filesystem::path default_gazetteer_path() {
  std::error_code ec;
  const auto generated = data_dir() / "generated";
  for (const auto& candidate :
       {generated / "gazetteer.idx",
        std::filesystem::path(TRUCE_BUILD_GENERATED_DIR) / "gazetteer.idx"}) {
    if (std::filesystem::exists(candidate, ec)) return candidate;
  }
  return text_gazetteer_path();
}

}  // namespace truce::geo
