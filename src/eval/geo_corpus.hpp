// The public geoparsing corpora of ../shared/bench/geoparsing (GeoWebNews and TR-News, Gritta et
// al. 2019): reading them, and scoring a Geoparser on them: geotagging precision, recall and F1
// of find() against the key's toponym spans, and resolution within 161 km of the key's point
// when resolve() is given the key's spans. Used by bench/geo_eval_bench and the corpus tests.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "geo/geoparser.hpp"

namespace truce::eval {

struct Toponym {
  std::size_t begin = 0;  // byte offsets into the decoded text
  std::size_t end = 0;
  std::string name;  // the key's own text of the toponym (extractedName / phrase)
  std::optional<std::pair<double, double>> point;
};

struct Article {
  std::string text;
  std::vector<Toponym> toponyms;
};

struct Corpus {
  std::vector<Article> articles;
  std::size_t realigned = 0;  // key spans whose offsets drift from their text, moved onto it
  std::size_t unaligned = 0;  // key spans whose text is nowhere near: kept as the key has them
};

enum class GeoCorpusFormat { geowebnews, trnews };

// Reads GWN.xml or TR-News.xml. GeoWebNews toponyms without a point or a GeoNames id (non-place
// expressions) are left out, as the usual score does. Fails naming the file when it cannot be
// read or holds no article.
Result<Corpus> read_geo_corpus(const std::filesystem::path& path, GeoCorpusFormat format);

struct GeoScores {
  std::size_t key_spans = 0;  // distinct key spans (the geotagging denominator)
  std::size_t true_positives = 0, false_positives = 0, false_negatives = 0;
  std::size_t overlapping = 0;  // predicted spans overlapping some key span
  std::size_t resolved = 0;     // key toponyms with a point, resolved or not
  std::size_t within_161km = 0;
  std::size_t unresolved = 0;
  double mean_km = 0, median_km = 0;

  double precision() const;
  double recall() const;
  double f1() const;
  double accuracy_161km() const;
};

// Scores `tagger` (find) and `resolver` (resolve with the key's spans) on `corpus`. With `rows`,
// writes one TSV row per key toponym: corpus label, article, toponym, key point, resolved place,
// id, country, error km, why, begin, rule, resolved point.
GeoScores score_geo_corpus(const Corpus& corpus, const geo::Geoparser& tagger,
                           const geo::Geoparser& resolver, const std::string& label,
                           std::ostream* rows);

}  // namespace truce::eval
