// The per-conflict supplements (data/gazetteer/conflicts/*.tsv): villages and sites of a war that
// no installed package has, each placed from installed places only, never from a typed point.
#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <unordered_map>
#include <utility>

#include "geo/build_place.hpp"
#include "geo/gazetteer.hpp"

namespace truce::geo {
namespace {

// The GeoNames feature class and code a row's kind is indexed with (SCTR and LNDM are the
// project's own codes: GeoNames has none for a front-line sector or a landmark in general).
std::optional<std::pair<char, std::string>> feature_of(std::string_view kind) {
  if (kind == "town") return std::pair{'P', std::string("PPL")};
  if (kind == "sector") return std::pair{'L', std::string("SCTR")};
  if (kind == "landmark") return std::pair{'S', std::string("LNDM")};
  if (kind == "crossing") return std::pair{'S', std::string("PSTB")};
  if (kind == "base") return std::pair{'S', std::string("MILB")};
  if (kind == "airport") return std::pair{'S', std::string("AIRF")};
  return std::nullopt;
}

// Places `p` by `derivation` ("near:ID", "in:ID", "extent:ID|ID|..."): the point of the one
// place, or the middle of the extent of several. Returns the problem, or "" when placed.
std::string derive_point(const std::string& derivation, const std::vector<BuildPlace>& places,
                         const std::unordered_map<std::string, std::size_t>& by_id, BuildPlace& p) {
  const auto colon = derivation.find(':');
  if (colon == std::string::npos) return "derivation must be near:ID, in:ID or extent:ID|ID";
  const std::string how = derivation.substr(0, colon);
  const auto ids = split(derivation.substr(colon + 1), '|');
  if (how != "near" && how != "in" && how != "extent") return "unknown derivation " + how;
  if ((how == "extent") != (ids.size() > 1)) return "extent needs two ids or more, near/in one";
  double south = 90, north = -90, west = 180, east = -180;
  for (const auto& id : ids) {
    const auto it = by_id.find(id);
    if (it == by_id.end()) return "derivation names an unknown id " + id;
    const BuildPlace& q = places[it->second];
    south = std::min(south, q.lat), north = std::max(north, q.lat);
    west = std::min(west, q.lon), east = std::max(east, q.lon);
    if (p.admin1.empty()) p.admin1 = q.fclass == 'A' && q.fcode == "ADM1" ? q.name : q.admin1;
  }
  p.lat = (south + north) / 2;
  p.lon = (west + east) / 2;
  // Known only to lie near the places named: a part of a region, not a town's point; or in an
  // area: that area's precision.
  p.precision = how == "in" ? std::max(2, places[by_id.at(ids[0])].precision) : 2;
  return {};
}

Status add_conflict_file(const std::filesystem::path& path, std::vector<BuildPlace>& places,
                         std::unordered_map<std::string, std::size_t>& by_id) {
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read");
  std::string line;
  bool header = true;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#' || std::exchange(header, false)) continue;
    auto fail = [&](const std::string& what) {
      return make_error(fmt::format("{}:{}: {}", path.string(), n, what));
    };
    const auto f = split(line, '\t');
    if (f.size() != 8) return fail("expected 8 tab-separated columns");
    const auto feature = feature_of(f[2]);
    if (!feature) return fail("unknown kind " + f[2]);
    if (f[3].size() != 2) return fail("country must be an ISO 3166-1 alpha-2 code");
    if (f[7].empty()) return fail("every row needs its source");
    if (by_id.contains(f[0])) return fail("duplicate id " + f[0]);
    BuildPlace p;
    p.id = f[0];
    p.name = f[1];
    p.fclass = feature->first;
    p.fcode = feature->second;
    p.cc = f[3];
    p.admin1 = f[4];
    if (const auto problem = derive_point(f[6], places, by_id, p); !problem.empty()) {
      return fail(problem);
    }
    add_variant(p, p.name, kPrimary);
    for (const auto& v : split(f[5], '|')) add_variant(p, v, kPrimary);
    by_id[p.id] = places.size();
    places.push_back(std::move(p));
  }
  return {};
}

}  // namespace

Status add_conflict_places(const std::filesystem::path& dir, std::vector<BuildPlace>& places) {
  if (!std::filesystem::is_directory(dir)) return make_error(dir.string() + ": not a directory");
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());  // a deterministic index whatever the directory order
  std::unordered_map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < places.size(); ++i) by_id.emplace(places[i].id, i);
  for (const auto& file : files) {
    if (auto s = add_conflict_file(file, places, by_id); !s) return s;
  }
  return {};
}

}  // namespace truce::geo
