// truce-train-geo-ranker: learns the geocoder's ranking model from the public geoparsing corpora
// and writes data/gazetteer/rank_model.tsv (src/eval/geo_ranker_training.hpp).
//
//   truce-train-geo-ranker [--shared DIR] [--out FILE] [--cross-validate] [--errors FILE]
//
// --cross-validate also trains on each corpus alone and prints, for each training set, the share
// of each corpus's key toponyms resolved within 161 km; --errors writes geo_eval_bench's rows
// (one per key toponym, with the features that decided) under the new model.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "eval/geo_corpus.hpp"
#include "eval/geo_ranker_training.hpp"

namespace {

using truce::eval::Corpus;

int fail(const std::string& message) {
  fmt::print(stderr, "truce-train-geo-ranker: {}\n", message);
  return 1;
}

// Resolution within 161 km of `corpus` under `model`, or a negative number when the index fails.
double accuracy(const Corpus& corpus, const truce::geo::RankModel& model) {
  auto g = truce::geo::load_geoparser({}, truce::geo::GeoparserOptions{true, model});
  if (!g) return -1;
  return truce::eval::score_geo_corpus(corpus, **g, **g, "", nullptr).accuracy_161km();
}

int cross_validate(const Corpus& tr, const Corpus& gwn, const truce::geo::RankModel& both) {
  fmt::print("trained on\tTR-News\tGeoWebNews\n");
  const std::pair<const char*, std::vector<const Corpus*>> sets[] = {{"TR-News", {&tr}},
                                                                     {"GeoWebNews", {&gwn}}};
  for (const auto& [label, corpora] : sets) {
    auto model = truce::eval::train_rank_model(corpora);
    if (!model) return fail(model.error().message);
    fmt::print("{}\t{:.1f} %\t{:.1f} %\n", label, 100 * accuracy(tr, *model),
               100 * accuracy(gwn, *model));
  }
  fmt::print("both\t{:.1f} %\t{:.1f} %\n", 100 * accuracy(tr, both), 100 * accuracy(gwn, both));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Learn the geocoder's ranking model from the geoparsing corpora"};
  std::filesystem::path shared = TRUCE_SHARED_DIR;
  std::filesystem::path out = truce::geo::default_rank_model_path();
  bool cv = false;
  std::string errors;
  app.add_option("--shared", shared, "the shared folder holding bench/geoparsing");
  app.add_option("--out", out, "the model file to write");
  app.add_flag("--cross-validate", cv, "also train on each corpus alone and report");
  app.add_option("--errors", errors, "write one TSV row per key toponym under the new model");
  CLI11_PARSE(app, argc, argv);
  using truce::eval::GeoCorpusFormat;
  const auto dir = shared / "bench" / "geoparsing";
  auto tr = truce::eval::read_geo_corpus(dir / "TR-News.xml", GeoCorpusFormat::trnews);
  if (!tr) return fail(tr.error().message);
  auto gwn = truce::eval::read_geo_corpus(dir / "GWN.xml", GeoCorpusFormat::geowebnews);
  if (!gwn) return fail(gwn.error().message);
  auto model = truce::eval::train_rank_model({&*tr, &*gwn});
  if (!model) return fail(model.error().message);
  // Written beside the target and renamed over it: a failed write leaves the old model whole.
  const auto tmp = std::filesystem::path(out).concat(".tmp");
  {
    std::ofstream file(tmp);
    file << model->to_tsv(truce::eval::rank_model_header());
    if (!file.flush()) return fail(tmp.string() + ": cannot write");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out, ec);
  if (ec) return fail(out.string() + ": " + ec.message());
  fmt::print("wrote {}\n", out.string());
  if (!errors.empty()) {
    std::ofstream rows(errors);
    auto g = truce::geo::load_geoparser({}, truce::geo::GeoparserOptions{true, *model});
    if (!g) return fail(g.error().message);
    truce::eval::score_geo_corpus(*tr, **g, **g, "TR-News", &rows);
    truce::eval::score_geo_corpus(*gwn, **g, **g, "GeoWebNews", &rows);
  }
  return cv ? cross_validate(*tr, *gwn, *model) : 0;
}
