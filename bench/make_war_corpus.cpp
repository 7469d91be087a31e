// make-war-corpus: writes a generated corpus of war reports to a folder, for timing
// `truce ingest` from outside (a paired A/B timer, perf). Same options, same bytes on every machine.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include "core/data_dir.hpp"
#include "geo/gazetteer_text.hpp"
#include "war_corpus.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Writes a deterministic corpus of generated war reports to a folder"};
  truce::bench::CorpusOptions options;
  std::string out;
  app.add_option("folder", out, "where to write the reports (created)")->required();
  app.add_option("--sentences", options.sentences, "at least this many sentences")
      ->capture_default_str();
  app.add_option("--seed", options.seed, "another seed, another corpus")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  auto corpus = truce::bench::generate_corpus(TRUCE_BENCH_TEMPLATES, truce::data_dir(),
                                              truce::geo::text_gazetteer_path(), options);
  if (!corpus) {
    fmt::print(stderr, "make-war-corpus: {}\n", corpus.error().message);
    return 1;
  }
  if (auto written = truce::bench::write_corpus(*corpus, out); !written) {
    fmt::print(stderr, "make-war-corpus: {}\n", written.error().message);
    return 1;
  }
  fmt::print("{} reports ({} near-copies), {} sentences, {:.1f} MB in {}\n", corpus->reports,
             corpus->near_duplicates, corpus->sentences, corpus->bytes / 1e6, out);
  return 0;
}
