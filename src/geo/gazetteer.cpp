// Loading and querying the gazetteer index. The file is read once into a buffer; rows are split
// in place into views, so loading costs one read and three vectors.
#include "geo/gazetteer.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "core/data_dir.hpp"
#include "geo/name_key.hpp"

namespace truce::geo {
namespace {

// Splits `line` at tabs into `fields`; returns the number of fields.
std::size_t split_tabs(std::string_view line, std::string_view* fields, std::size_t max) {
  std::size_t n = 0;
  while (n < max) {
    const auto tab = line.find('\t');
    fields[n++] = line.substr(0, tab);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return n;
}

template <typename T>
bool parse_number(std::string_view s, T& out) {
  if (s.empty()) {
    out = T{};
    return true;
  }
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

long code_slot(std::string_view cc) {
  if (cc.size() != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return -1;
  return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

}  // namespace

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::filesystem::path& index) {
  auto gazetteer = std::make_shared<Gazetteer>();
  if (auto status = gazetteer->parse(index); !status) return status.error();
  return std::shared_ptr<const Gazetteer>(std::move(gazetteer));
}

Status Gazetteer::parse(const std::filesystem::path& index) {
  std::ifstream in(index, std::ios::binary);
  if (!in) {
    return make_error(
        fmt::format("{}: cannot open the gazetteer index (run `npm ci`, then build "
                    "the truce_gazetteer target)",
                    index.string()));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  buffer_ = std::move(ss).str();
  const std::string_view all(buffer_);
  auto fail = [&](std::size_t line_no, std::string_view what) {
    return make_error(fmt::format("{}:{}: {}", index.string(), line_no, what));
  };

  std::vector<std::pair<std::string_view, std::string_view>> self_tests;
  std::size_t pos = 0;
  std::size_t line_no = 0;
  std::string_view f[12];
  while (pos < all.size()) {
    auto nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    const std::string_view line = all.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.empty()) continue;
    if (line_no == 1) {
      const std::string expected = fmt::format("{}\tv{}", kGazetteerMagic, kGazetteerVersion);
      if (!line.starts_with(expected)) {
        return fail(line_no, fmt::format("not a version {} gazetteer index (rebuild it)",
                                         kGazetteerVersion));
      }
      continue;
    }
    const std::size_t n = split_tabs(line, f, 12);
    if (f[0] == "N" && n >= 4) {
      NameEntry e;
      e.key = f[1];
      unsigned flags = 0;
      if (!parse_number(f[2], e.place) || !parse_number(f[3], flags)) {
        return fail(line_no, "bad name row");
      }
      e.flags = static_cast<std::uint8_t>(flags);
      e.variant = n >= 5 && !f[4].empty() ? f[4] : f[1];
      names_.push_back(e);
    } else if (f[0] == "S" && n >= 3) {
      SkeletonEntry e;
      e.skeleton = f[1];
      if (!parse_number(f[2], e.name)) return fail(line_no, "bad skeleton row");
      skeletons_.push_back(e);
    } else if (f[0] == "P" && n >= 11) {
      GazPlace p;
      p.id = f[1];
      p.name = f[2];
      unsigned precision = 1;
      if (!parse_number(f[3], p.lat) || !parse_number(f[4], p.lon) || f[5].size() != 2 ||
          f[7].size() != 1 || !parse_number(f[9], precision) ||
          !parse_number(f[10], p.population)) {
        return fail(line_no, "bad place row");
      }
      p.country[0] = f[5][0];
      p.country[1] = f[5][1];
      p.admin1 = f[6];
      p.feature_class = f[7][0];
      p.feature_code = f[8];
      p.precision = static_cast<std::uint8_t>(precision);
      places_.push_back(p);
    } else if (f[0] == "#selftest" && n >= 3) {
      self_tests.emplace_back(f[1], f[2]);
    } else if (!f[0].starts_with("#")) {
      return fail(line_no, "unknown row kind");
    }
  }

  for (const auto& e : names_) {
    if (e.place >= places_.size()) return make_error(index.string() + ": name row out of range");
  }
  for (const auto& s : skeletons_) {
    if (s.name >= names_.size()) return make_error(index.string() + ": skeleton out of range");
  }
  // The builder sorts; a file that is not sorted was edited by hand or truncated.
  const bool sorted =
      std::is_sorted(names_.begin(), names_.end(),
                     [](const NameEntry& a, const NameEntry& b) { return a.key < b.key; }) &&
      std::is_sorted(
          skeletons_.begin(), skeletons_.end(),
          [](const SkeletonEntry& a, const SkeletonEntry& b) { return a.skeleton < b.skeleton; });
  if (!sorted) return make_error(index.string() + ": rows are not sorted (rebuild the index)");

  country_by_code_.assign(26 * 26, -1);
  for (std::size_t i = 0; i < places_.size(); ++i) {
    const long slot = code_slot(places_[i].country_code());
    if (places_[i].is_country() && slot >= 0 && country_by_code_[slot] < 0) {
      country_by_code_[slot] = static_cast<long>(i);
    }
  }

  for (const auto& [query, expected] : self_tests) {
    bool found = false;
    for (const auto& e : exact(fold_name(query))) found |= places_[e.place].id == expected;
    if (!found) {
      return make_error(fmt::format("{}: self-test failed: \"{}\" does not name {}", index.string(),
                                    query, expected));
    }
  }
  return {};
}

std::span<const NameEntry> Gazetteer::exact(std::string_view key) const {
  auto lo = std::lower_bound(names_.begin(), names_.end(), key,
                             [](const NameEntry& e, std::string_view k) { return e.key < k; });
  auto hi = lo;
  while (hi != names_.end() && hi->key == key) ++hi;
  return {lo, hi};
}

std::span<const SkeletonEntry> Gazetteer::by_skeleton(std::string_view skel) const {
  auto lo =
      std::lower_bound(skeletons_.begin(), skeletons_.end(), skel,
                       [](const SkeletonEntry& e, std::string_view k) { return e.skeleton < k; });
  auto hi = lo;
  while (hi != skeletons_.end() && hi->skeleton == skel) ++hi;
  return {lo, hi};
}

bool Gazetteer::has_longer(std::string_view prefix) const {
  const std::string p = std::string(prefix) + ' ';
  auto it = std::lower_bound(names_.begin(), names_.end(), std::string_view(p),
                             [](const NameEntry& e, std::string_view k) { return e.key < k; });
  return it != names_.end() && it->key.starts_with(p);
}

long Gazetteer::country_index(std::string_view cc) const {
  const long slot = code_slot(cc);
  return slot < 0 ? -1 : country_by_code_[slot];
}

Place Gazetteer::to_place(std::uint32_t index) const {
  const GazPlace& g = places_[index];
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
  return p;
}

std::filesystem::path default_gazetteer_path() {
  return data_dir() / "generated" / "gazetteer.tsv";
}

}  // namespace truce::geo
