// The learned ranker's model file; see rank_model.hpp and data/gazetteer/README.md.
#include "geo/rank_model.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>

#include "core/data_dir.hpp"

namespace truce::geo {
namespace {

constexpr std::array<std::string_view, kFeatureCount> kNames{"kind_alias",
                                                             "kind_variant",
                                                             "kind_fuzzy",
                                                             "fuzzy_distance",
                                                             "kind_part",
                                                             "kind_demonym",
                                                             "primary_name",
                                                             "stripped_name",
                                                             "region_word_admin",
                                                             "log_population",
                                                             "capital",
                                                             "admin_seat",
                                                             "county_seat",
                                                             "country",
                                                             "dependency",
                                                             "admin1",
                                                             "admin_other",
                                                             "continent",
                                                             "water",
                                                             "area",
                                                             "curated",
                                                             "site",
                                                             "town_of_region",
                                                             "town_in_region",
                                                             "town_in_region_population",
                                                             "share",
                                                             "country_share",
                                                             "admin_share",
                                                             "no_share",
                                                             "named_region",
                                                             "region_share",
                                                             "qualifier_region",
                                                             "qualifier_country",
                                                             "within_50km",
                                                             "within_250km",
                                                             "within_1000km"};

std::optional<std::size_t> feature_index(std::string_view name) {
  const auto it = std::find(kNames.begin(), kNames.end(), name);
  if (it == kNames.end()) return std::nullopt;
  return static_cast<std::size_t>(it - kNames.begin());
}

std::optional<double> parse_weight(std::string_view s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

double dot(const std::array<double, kFeatureCount>& w, const Features& x) {
  double s = 0;
  for (std::size_t i = 0; i < kFeatureCount; ++i) s += w[i] * x[i];
  return s;
}

}  // namespace

std::string_view feature_name(Feature f) { return kNames[static_cast<std::size_t>(f)]; }

Result<RankModel> RankModel::load(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read the ranking model");
  RankModel m;
  std::array<bool, kFeatureCount> seen{};
  std::string line;
  bool header = true;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    if (std::exchange(header, false)) continue;  // "feature\tname\tcontext"
    const auto where = fmt::format("{}:{}", path.string(), n);
    const auto t1 = line.find('\t');
    const auto t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) return make_error(where + ": expected feature, name, context");
    const auto f = feature_index(std::string_view(line).substr(0, t1));
    if (!f) return make_error(fmt::format("{}: unknown feature '{}'", where, line.substr(0, t1)));
    const auto w1 = parse_weight(std::string_view(line).substr(t1 + 1, t2 - t1 - 1));
    const auto w2 = parse_weight(std::string_view(line).substr(t2 + 1));
    if (!w1 || !w2) return make_error(where + ": a weight is not a number");
    if (*f >= kNameFeatures && *w1 != 0)
      return make_error(where + ": a context feature has a first-pass weight");
    m.name[*f] = *w1;
    m.context[*f] = *w2;
    seen[*f] = true;
  }
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    if (!seen[i])
      return make_error(fmt::format("{}: no weight for '{}'", path.string(), kNames[i]));
  }
  return m;
}

std::string RankModel::to_tsv(std::string_view header) const {
  std::string out(header);
  out += "feature\tname\tcontext\n";
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    // +0.0 turns a -0.0 into 0.0, so a rounded weight prints the same everywhere.
    out += fmt::format("{}\t{:.4f}\t{:.4f}\n", kNames[i], std::round(name[i] * 1e4) / 1e4 + 0.0,
                       std::round(context[i] * 1e4) / 1e4 + 0.0);
  }
  return out;
}

double RankModel::name_score(const Features& x) const { return dot(name, x); }
double RankModel::score(const Features& x) const { return dot(context, x); }

std::string RankModel::explain(const Features& x, std::size_t top) const {
  std::vector<std::pair<double, std::size_t>> parts;
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    if (const double c = context[i] * x[i]; c != 0) parts.push_back({c, i});
  }
  std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) {
    return std::abs(a.first) > std::abs(b.first);
  });
  std::string out;
  for (std::size_t k = 0; k < parts.size() && k < top; ++k) {
    out += fmt::format("{}{} {:+.2f}", k ? ", " : "", kNames[parts[k].second], parts[k].first);
  }
  return out.empty() ? "no feature" : out;
}

std::filesystem::path default_rank_model_path() {
  return data_dir() / "gazetteer" / "rank_model.tsv";
}

}  // namespace truce::geo
