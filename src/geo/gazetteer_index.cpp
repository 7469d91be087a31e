// Building, writing and opening the binary gazetteer index (layout in gazetteer_index.hpp).
#include "geo/gazetteer_index.hpp"

#include <fcntl.h>
#include <fmt/core.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <string>
#include <unordered_map>

namespace truce::geo {
namespace {

// Strings stored once each, however many records name them.
class StringPool {
 public:
  StrRef add(std::string_view s) {
    auto [it, inserted] = offsets_.try_emplace(s, static_cast<std::uint32_t>(bytes_.size()));
    if (inserted) bytes_.append(s);
    return {it->second, static_cast<std::uint32_t>(s.size())};
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string_view, std::uint32_t> offsets_;  // views into the text rows
};

// A table over `count` records sorted by key: one slot per run of equal keys, half full at most.
template <typename KeyOf>
std::vector<HashSlot> build_table(std::size_t count, KeyOf key_of) {
  std::size_t runs = 0;
  for (std::size_t i = 0; i < count; ++i) runs += i == 0 || key_of(i) != key_of(i - 1);
  std::size_t slots = 8;
  while (slots < 2 * runs) slots *= 2;
  std::vector<HashSlot> table(slots, HashSlot{kEmptySlot, 0});
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0 && key_of(i) == key_of(i - 1)) continue;
    const std::uint64_t h = index_hash(key_of(i));
    std::size_t pos = h & (slots - 1);
    while (table[pos].first != kEmptySlot) pos = (pos + 1) & (slots - 1);
    table[pos] = HashSlot{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(h >> 32)};
  }
  return table;
}

std::uint64_t align8(std::uint64_t n) { return (n + 7) & ~std::uint64_t{7}; }

template <typename T>
void put(std::vector<std::uint64_t>& image, std::uint64_t at, const std::vector<T>& rows) {
  if (!rows.empty()) {
    std::memcpy(reinterpret_cast<char*>(image.data()) + at, rows.data(), rows.size() * sizeof(T));
  }
}

PlaceRecord place_record(const GazPlace& p, StringPool& pool) {
  PlaceRecord r{};
  r.lat = p.lat;
  r.lon = p.lon;
  r.population = p.population;
  r.id = pool.add(p.id);
  r.name = pool.add(p.name);
  r.admin1 = pool.add(p.admin1);
  r.feature_code = pool.add(p.feature_code);
  r.country[0] = p.country[0];
  r.country[1] = p.country[1];
  r.feature_class = p.feature_class;
  r.precision = p.precision;
  return r;
}

// Returns an error when the section of `count` records of `size` bytes at `at` leaves the image.
bool section_fits(std::uint64_t at, std::uint64_t count, std::uint64_t size, std::uint64_t total) {
  return at % 8 == 0 && at <= total && count * size <= total - at;
}

}  // namespace

long country_slot(std::string_view cc) {
  if (cc.size() != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return -1;
  return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

std::uint64_t index_hash(std::string_view key) {
  std::uint64_t h = 14695981039346656037ull;
  for (const unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::vector<std::uint64_t> build_index_image(const GazetteerText& text) {
  StringPool pool;
  std::vector<PlaceRecord> places;
  places.reserve(text.places.size());
  for (const auto& p : text.places) places.push_back(place_record(p, pool));
  std::vector<NameRecord> names;
  names.reserve(text.names.size());
  for (const auto& e : text.names) {
    names.push_back(NameRecord{pool.add(e.key), pool.add(e.variant), e.place, e.flags});
  }
  std::vector<SkeletonRecord> skeletons;
  skeletons.reserve(text.skeletons.size());
  for (const auto& s : text.skeletons) skeletons.push_back({pool.add(s.skeleton), s.name});
  std::vector<SelfTestRecord> self_tests;
  for (const auto& [query, id] : text.self_tests) {
    self_tests.push_back({pool.add(query), pool.add(id)});
  }
  std::vector<std::int32_t> countries(kCountrySlots, -1);
  for (std::size_t i = 0; i < text.places.size(); ++i) {
    const long slot = country_slot(text.places[i].country_code());
    if (text.places[i].is_country() && slot >= 0 && countries[slot] < 0) {
      countries[slot] = static_cast<std::int32_t>(i);
    }
  }
  const auto name_slots =
      build_table(text.names.size(), [&](std::size_t i) { return text.names[i].key; });
  const auto skeleton_slots =
      build_table(text.skeletons.size(), [&](std::size_t i) { return text.skeletons[i].skeleton; });

  IndexHeader h{};
  std::memcpy(h.magic, kIndexMagic, sizeof h.magic);
  h.version = kIndexVersion;
  h.places = static_cast<std::uint32_t>(places.size());
  h.names = static_cast<std::uint32_t>(names.size());
  h.skeletons = static_cast<std::uint32_t>(skeletons.size());
  h.self_tests = static_cast<std::uint32_t>(self_tests.size());
  h.name_slots = static_cast<std::uint32_t>(name_slots.size());
  h.skeleton_slots = static_cast<std::uint32_t>(skeleton_slots.size());
  h.places_at = align8(sizeof h);
  h.names_at = align8(h.places_at + places.size() * sizeof(PlaceRecord));
  h.skeletons_at = align8(h.names_at + names.size() * sizeof(NameRecord));
  h.name_slots_at = align8(h.skeletons_at + skeletons.size() * sizeof(SkeletonRecord));
  h.skeleton_slots_at = align8(h.name_slots_at + name_slots.size() * sizeof(HashSlot));
  h.self_tests_at = align8(h.skeleton_slots_at + skeleton_slots.size() * sizeof(HashSlot));
  h.countries_at = align8(h.self_tests_at + self_tests.size() * sizeof(SelfTestRecord));
  h.strings_at = align8(h.countries_at + countries.size() * sizeof(std::int32_t));
  h.strings_size = pool.bytes().size();
  h.file_size = align8(h.strings_at + h.strings_size);

  std::vector<std::uint64_t> image(h.file_size / 8, 0);
  std::memcpy(image.data(), &h, sizeof h);
  put(image, h.places_at, places);
  put(image, h.names_at, names);
  put(image, h.skeletons_at, skeletons);
  put(image, h.name_slots_at, name_slots);
  put(image, h.skeleton_slots_at, skeleton_slots);
  put(image, h.self_tests_at, self_tests);
  put(image, h.countries_at, countries);
  std::memcpy(reinterpret_cast<char*>(image.data()) + h.strings_at, pool.bytes().data(),
              h.strings_size);
  return image;
}

Status write_gazetteer_index(const GazetteerText& text, const std::filesystem::path& path) {
  const auto image = build_index_image(text);
  const std::filesystem::path temporary = path.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(image.data()),
              static_cast<std::streamsize>(image.size() * 8));
    if (!out.flush()) return make_error(temporary.string() + ": cannot write the gazetteer index");
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) return make_error(fmt::format("{}: cannot write: {}", path.string(), ec.message()));
  return {};
}

bool is_binary_index(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[sizeof kIndexMagic] = {};
  return in.read(magic, sizeof magic) && std::memcmp(magic, kIndexMagic, sizeof magic) == 0;
}

Result<std::unique_ptr<IndexImage>> IndexImage::map(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return make_error(path.string() + ": cannot open the gazetteer index");
  struct stat st {};
  void* data = MAP_FAILED;
  if (::fstat(fd, &st) == 0 && st.st_size > 0) {
    data = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  }
  ::close(fd);
  if (data == MAP_FAILED) return make_error(path.string() + ": cannot map the gazetteer index");
  std::unique_ptr<IndexImage> image(new IndexImage());
  image->data_ = static_cast<const char*>(data);
  image->mapped_size_ = static_cast<std::size_t>(st.st_size);
  if (auto status = image->check(path.string(), image->mapped_size_); !status) {
    return status.error();
  }
  return image;
}

Result<std::unique_ptr<IndexImage>> IndexImage::adopt(std::vector<std::uint64_t> bytes,
                                                      const std::string& name) {
  std::unique_ptr<IndexImage> image(new IndexImage());
  image->owned_ = std::move(bytes);
  image->data_ = reinterpret_cast<const char*>(image->owned_.data());
  if (auto status = image->check(name, image->owned_.size() * 8); !status) return status.error();
  return image;
}

IndexImage::~IndexImage() {
  if (mapped_size_ > 0) ::munmap(const_cast<char*>(data_), mapped_size_);
}

Status IndexImage::check(const std::string& name, std::uint64_t size) {
  auto fail = [&](std::string_view what) { return make_error(fmt::format("{}: {}", name, what)); };
  if (size < sizeof(IndexHeader) || std::memcmp(data_, kIndexMagic, sizeof kIndexMagic) != 0) {
    return fail("not a binary gazetteer index");
  }
  const IndexHeader& h = header();
  if (h.version != kIndexVersion) {
    return fail(fmt::format("binary gazetteer index version {}, expected {} (rebuild it)",
                            h.version, kIndexVersion));
  }
  if (h.file_size != size) return fail("truncated binary gazetteer index (rebuild it)");
  const bool fits = section_fits(h.places_at, h.places, sizeof(PlaceRecord), size) &&
                    section_fits(h.names_at, h.names, sizeof(NameRecord), size) &&
                    section_fits(h.skeletons_at, h.skeletons, sizeof(SkeletonRecord), size) &&
                    section_fits(h.name_slots_at, h.name_slots, sizeof(HashSlot), size) &&
                    section_fits(h.skeleton_slots_at, h.skeleton_slots, sizeof(HashSlot), size) &&
                    section_fits(h.self_tests_at, h.self_tests, sizeof(SelfTestRecord), size) &&
                    section_fits(h.countries_at, kCountrySlots, sizeof(std::int32_t), size) &&
                    section_fits(h.strings_at, h.strings_size, 1, size);
  const auto pow2 = [](std::uint32_t n) { return n > 0 && (n & (n - 1)) == 0; };
  if (!fits || !pow2(h.name_slots) || !pow2(h.skeleton_slots)) {
    return fail("corrupt binary gazetteer index (rebuild it)");
  }
  strings_ = data_ + h.strings_at;
  return {};
}

}  // namespace truce::geo
