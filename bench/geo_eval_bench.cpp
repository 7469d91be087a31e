// Geoparsing evaluation on the public corpora in ../shared/bench/geoparsing (GeoWebNews and
// TR-News): geotagging precision/recall/F1 of the place finder against the key's toponym spans,
// and resolution accuracy within 161 km, mean and median error, resolving the key's spans in
// their article (src/eval/geo_corpus.hpp). A plain program (no benchmark loop):
// `geo_eval_bench [SHARED_DIR] [--errors FILE]` (FILE: one TSV row per resolved key toponym).
#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "eval/geo_corpus.hpp"
#include "geo/geoparser.hpp"

namespace {

int evaluate(const std::string& label, const std::filesystem::path& path,
             truce::eval::GeoCorpusFormat format, const truce::geo::Geoparser& geoparser,
             std::ostream* rows) {
  const auto corpus = truce::eval::read_geo_corpus(path, format);
  if (!corpus) {
    fmt::print(stderr, "geo_eval_bench: {}\n", corpus.error().message);
    return 1;
  }
  const auto start = std::chrono::steady_clock::now();
  const auto s = truce::eval::score_geo_corpus(*corpus, geoparser, geoparser, label, rows);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print("{}: {} articles, {} distinct key spans, {} toponyms with a point\n", label,
             corpus->articles.size(), s.key_spans, s.resolved);
  fmt::print(
      "  geotagging (exact spans): P {:.1f}%  R {:.1f}%  F1 {:.1f}%   (predicted spans "
      "overlapping a key span: {:.1f}%)\n",
      100 * s.precision(), 100 * s.recall(), 100 * s.f1(),
      s.true_positives + s.false_positives
          ? 100.0 * double(s.overlapping) / double(s.true_positives + s.false_positives)
          : 0.0);
  fmt::print(
      "  resolution (key spans): within 161 km {:.1f}%  mean error {:.0f} km  median "
      "{:.1f} km  unresolved {}\n",
      100 * s.accuracy_161km(), s.mean_km, s.median_km, s.unresolved);
  fmt::print("  key spans moved onto their text: {} (not found near their offsets: {})\n",
             corpus->realigned, corpus->unaligned);
  fmt::print("  time {:.1f} s\n", seconds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path shared = TRUCE_SHARED_DIR;
  std::unique_ptr<std::ofstream> rows;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--errors" && i + 1 < argc) {
      rows = std::make_unique<std::ofstream>(argv[++i]);
      *rows << "corpus\tarticle\ttoponym\tkey_lat\tkey_lon\tresolved\tid\tcountry\tkm\twhy\tbegin\t"
               "rule\tlat\tlon\n";
    } else {
      shared = arg;
    }
  }
  const auto dir = shared / "bench" / "geoparsing";
  // Demonyms on: both keys count them ("Armenian" -> Armenia).
  auto geoparser = truce::geo::load_geoparser({}, truce::geo::GeoparserOptions{true});
  if (!geoparser) {
    fmt::print(stderr, "geo_eval_bench: {}\n", geoparser.error().message);
    return 1;
  }
  using truce::eval::GeoCorpusFormat;
  if (evaluate("TR-News", dir / "TR-News.xml", GeoCorpusFormat::trnews, **geoparser, rows.get()))
    return 1;
  return evaluate("GeoWebNews", dir / "GWN.xml", GeoCorpusFormat::geowebnews, **geoparser,
                  rows.get());
}
