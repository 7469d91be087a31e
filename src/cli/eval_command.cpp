// `truce eval --key FILE REPORTS...`: extraction scored against an answer key (matching rules
// of ../shared/gold/README.md): P/R/F1 per kind, field accuracies, misses and false alarms.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/store_access.hpp"
#include "core/data_dir.hpp"
#include "eval/run_evaluation.hpp"
#include "extract/extractor.hpp"
#include "geo/geoparser.hpp"

namespace truce::cli {
namespace {

struct EvalArgs {
  std::string key;
  std::vector<std::string> reports;
};

int run_eval(const EvalArgs& args, const GlobalOptions& global) {
  auto extractor = extract::Extractor::load(data_dir());
  if (!extractor) return complain(extractor.error());
  // Without a gazetteer index the evaluation still runs; place figures are then 0.
  auto finder = geo::load_place_finder();
  if (!finder && !global.quiet) {
    fmt::print(stderr, "warning: evaluating without places: {}\n", finder.error().message);
  }
  const geo::PlaceFinder* places = finder ? finder->get() : nullptr;
  auto run = eval::run_evaluation(args.key, args.reports, *extractor, places);
  if (!run) return complain(run.error());
  if (!global.quiet) {
    for (const auto& p : run->problems) fmt::print(stderr, "warning: {}\n", p.message);
  }
  if (global.json) {
    nlohmann::json j = run->result;
    j["documents"] = run->documents.size();
    fmt::print("{}\n", j.dump(2));
  } else {
    fmt::print("{}", eval::render(run->result));
  }
  return 0;
}

}  // namespace

void add_eval_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto args = std::make_shared<EvalArgs>();
  auto* cmd = app.add_subcommand("eval", "Score extraction against an answer key");
  cmd->add_option("--key", args->key, "answer key (JSON Lines, see shared/gold/README.md)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("reports", args->reports, "report files or folders (meta.jsonl beside them)")
      ->required();
  cmd->callback([args, &global, &status] { status = run_eval(*args, global); });
}

}  // namespace truce::cli
