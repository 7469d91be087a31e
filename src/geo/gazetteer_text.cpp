// Reading the text index: the file is read once into a buffer; rows are split in place into views.
#include "geo/gazetteer_text.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "core/data_dir.hpp"

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

bool parse_name(const std::string_view* f, std::size_t n, NameEntry& e) {
  unsigned flags = 0;
  e.key = f[1];
  if (!parse_number(f[2], e.place) || !parse_number(f[3], flags)) return false;
  e.flags = static_cast<std::uint8_t>(flags);
  e.variant = n >= 5 && !f[4].empty() ? f[4] : f[1];
  return true;
}

bool parse_place(const std::string_view* f, GazPlace& p) {
  unsigned precision = 1;
  p.id = f[1];
  p.name = f[2];
  if (!parse_number(f[3], p.lat) || !parse_number(f[4], p.lon) || f[5].size() != 2 ||
      f[7].size() != 1 || !parse_number(f[9], precision) || !parse_number(f[10], p.population)) {
    return false;
  }
  p.country[0] = f[5][0];
  p.country[1] = f[5][1];
  p.admin1 = f[6];
  p.feature_class = f[7][0];
  p.feature_code = f[8];
  p.precision = static_cast<std::uint8_t>(precision);
  return true;
}

// Checks what rows refer to and the builder's sort order; returns an empty string when sound.
std::string check_rows(const GazetteerText& t) {
  for (const auto& e : t.names) {
    if (e.place >= t.places.size()) return "name row out of range";
  }
  for (const auto& s : t.skeletons) {
    if (s.name >= t.names.size()) return "skeleton out of range";
  }
  // The builder sorts; a file that is not sorted was edited by hand or truncated.
  const bool sorted =
      std::is_sorted(t.names.begin(), t.names.end(),
                     [](const NameEntry& a, const NameEntry& b) { return a.key < b.key; }) &&
      std::is_sorted(
          t.skeletons.begin(), t.skeletons.end(),
          [](const SkeletonEntry& a, const SkeletonEntry& b) { return a.skeleton < b.skeleton; });
  return sorted ? "" : "rows are not sorted (rebuild the index)";
}

}  // namespace

std::filesystem::path text_gazetteer_path() { return data_dir() / "generated" / "gazetteer.tsv"; }

Result<std::unique_ptr<const GazetteerText>> read_gazetteer_text(
    const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return make_error(
        fmt::format("{}: cannot open the gazetteer index (run `npm ci`, then build "
                    "the truce_gazetteer target)",
                    path.string()));
  }
  auto text = std::make_unique<GazetteerText>();
  std::ostringstream ss;
  ss << in.rdbuf();
  text->buffer = std::move(ss).str();
  const std::string_view all(text->buffer);
  auto fail = [&](std::size_t line_no, std::string_view what) {
    return make_error(fmt::format("{}:{}: {}", path.string(), line_no, what));
  };

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
      if (!parse_name(f, n, e)) return fail(line_no, "bad name row");
      e.index = static_cast<std::uint32_t>(text->names.size());
      text->names.push_back(e);
    } else if (f[0] == "S" && n >= 3) {
      SkeletonEntry e;
      e.skeleton = f[1];
      if (!parse_number(f[2], e.name)) return fail(line_no, "bad skeleton row");
      text->skeletons.push_back(e);
    } else if (f[0] == "P" && n >= 11) {
      GazPlace p;
      if (!parse_place(f, p)) return fail(line_no, "bad place row");
      text->places.push_back(p);
    } else if (f[0] == "#selftest" && n >= 3) {
      text->self_tests.emplace_back(f[1], f[2]);
    } else if (!f[0].starts_with("#")) {
      return fail(line_no, "unknown row kind");
    }
  }
  if (const std::string problem = check_rows(*text); !problem.empty()) {
    return make_error(fmt::format("{}: {}", path.string(), problem));
  }
  return std::unique_ptr<const GazetteerText>(std::move(text));
}

}  // namespace truce::geo
