// Finding and resolving place mentions: detection (geoparser_detect.cpp) finds spans and their
// candidates, ranking (geoparser_rank.cpp) chooses among them; this file puts them together and
// loads the geoparser's word lists.
#include "geo/geoparser.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <utility>

#include "core/data_dir.hpp"
#include "geo/geoparser_parts.hpp"
#include "geo/name_key.hpp"
#include "geo/scan.hpp"

namespace truce::geo {

using namespace parse;

std::vector<PlaceMention> Geoparser::find(std::string_view text) const {
  auto spans = detect(text);
  auto mentions = rank(text, spans, 0, {});
  std::erase_if(mentions, [](const PlaceMention& m) { return !m.match; });
  return mentions;
}

std::vector<Geoparser::Span> Geoparser::given_spans(
    std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& given) const {
  auto spans = detect(text);
  // The detected mentions stay as context; the given spans follow and are the ones reported.
  for (auto& s : spans) s.focus_only = false;
  for (const auto& [b, e] : given) {
    Span s;
    s.begin = std::min(b, text.size());
    s.end = std::min(std::max(e, s.begin), text.size());
    s.context = place_context_before(text, s.begin) || place_word_after(text, s.end);
    std::size_t word_end = 0;
    s.region_word = region_word_after(text, s.end, word_end);
    s.candidates = lookup(text, s, true);
    s.common_word = not_places_.contains(fold_name(text.substr(s.begin, s.end - s.begin)));
    s.fallback = s.candidates.empty();
    if (s.fallback) s.candidates = lookup_part(text, s);
    spans.push_back(std::move(s));
  }
  return spans;
}

std::vector<PlaceMention> Geoparser::resolve(
    std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& given) const {
  auto spans = given_spans(text, given);
  return rank(text, spans, spans.size() - given.size(), {});
}

std::vector<RankingCase> Geoparser::ranking_cases(
    std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& given) const {
  auto spans = given_spans(text, given);
  const std::size_t first = spans.size() - given.size();
  rank(text, spans, first, {});
  std::vector<RankingCase> out(given.size());
  for (std::size_t i = first; i < spans.size(); ++i) {
    for (const auto& c : spans[i].candidates) {  // what ranking left: none is ruled out
      if (c.kind != MatchKind::fallback) {
        out[i - first].candidates.push_back({gazetteer_->to_place(c.place), c.x});
      }
    }
  }
  return out;
}

std::vector<PlaceMatch> Geoparser::candidates(std::string_view name, std::string_view near,
                                              std::size_t limit) const {
  std::vector<Span> spans(1);
  spans[0].begin = 0;
  spans[0].end = name.size();
  spans[0].context = true;
  spans[0].candidates = lookup(name, spans[0], true);
  // "Kessab sector", "Goma airport": a name and a site word, as a report writes them.
  for (std::size_t at = name.find(' '); spans[0].candidates.empty() && at != name.npos;
       at = name.find(' ', at + 1)) {
    const auto site = site_words_.after(name, at);
    if (!site || site->end != name.size()) continue;
    spans[0].end = at;
    spans[0].site = site->kind;
    spans[0].candidates = lookup_site(name, spans[0], *site);
    if (spans[0].candidates.empty()) spans[0].candidates = lookup(name, spans[0], true);
  }
  auto mentions = rank(name, spans, 0, near);
  std::vector<PlaceMatch> out;
  auto& cands = spans[0].candidates;
  std::sort(cands.begin(), cands.end(), [&](const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return a.score > b.score;
    return gazetteer_->place(a.place).id < gazetteer_->place(b.place).id;
  });
  for (const auto& c : cands) {
    if (out.size() >= limit) break;
    out.push_back(match_of(spans[0], c));
  }
  return out;
}

namespace {
// One folded word or name a line; '#' starts a comment line.
Result<std::set<std::string>> read_word_list(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read");
  std::set<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    words.insert(fold_name(line));
  }
  return words;
}

// The folded names (first column, '|'-separated variants) of a lexicon with a header row.
Result<std::set<std::string>> read_lexicon_names(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read");
  std::set<std::string> names;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (std::exchange(header, false)) continue;
    const std::string column = line.substr(0, line.find('\t'));
    for (std::size_t b = 0; b <= column.size();) {
      const std::size_t e = std::min(column.find('|', b), column.size());
      if (auto key = fold_name(std::string_view(column).substr(b, e - b)); !key.empty()) {
        names.insert(std::move(key));
      }
      b = e + 1;
    }
  }
  return names;
}
}  // namespace

Result<std::unique_ptr<Geoparser>> load_geoparser(const std::filesystem::path& index,
                                                  GeoparserOptions options) {
  auto gazetteer = Gazetteer::load(index.empty() ? default_gazetteer_path() : index);
  if (!gazetteer) return gazetteer.error();
  GeoparserWords words;
  const auto dir = data_dir() / "gazetteer";
  for (auto [file, set] : {std::pair{"not_places.txt", &words.not_places},
                           std::pair{"landmark_words.txt", &words.landmark_words},
                           std::pair{"street_words.txt", &words.street_words},
                           std::pair{"name_elements.txt", &words.name_elements}}) {
    auto list = read_word_list(dir / file);
    if (!list) return list.error();
    *set = std::move(*list);
  }
  auto site_words = SiteWords::load(default_site_words_path());
  if (!site_words) return site_words.error();
  words.site_words = std::move(*site_words);
  auto organisations = read_lexicon_names(data_dir() / "armed_groups.tsv");
  if (!organisations) return organisations.error();
  words.organisations = std::move(*organisations);
  auto variant_rules = VariantRules::load(default_variant_rules_path());
  if (!variant_rules) return variant_rules.error();
  words.variant_rules = std::move(*variant_rules);
  if (options.rank_model) {
    words.rank_model = *options.rank_model;
  } else {
    auto model = RankModel::load(default_rank_model_path());
    if (!model) return model.error();
    words.rank_model = *model;
  }
  return std::make_unique<Geoparser>(std::move(*gazetteer), std::move(words), options);
}

Result<std::unique_ptr<PlaceFinder>> load_place_finder(const std::filesystem::path& index) {
  auto parser = load_geoparser(index);
  if (!parser) return parser.error();
  return std::unique_ptr<PlaceFinder>(std::move(*parser));
}

}  // namespace truce::geo
