// `truce extract [ID...]`: run extraction again on stored reports (all of them by default), for
// instance after an analyst has extended a lexicon. Each report's facts are replaced in one
// transaction, so an interrupted run leaves every report with a whole extraction.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "cli/arg_checks.hpp"
#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"
#include "cli/store_access.hpp"
#include "pipeline/ingest_pipeline.hpp"

namespace truce::cli {
namespace {

int run_extract(const std::vector<std::string>& wanted_text, const GlobalOptions& global) {
  std::vector<int64_t> wanted;
  for (const auto& text : wanted_text) {
    auto id = parse_report_id("extract", text);
    if (!id) return complain(id.error());
    wanted.push_back(*id);
  }
  auto runner = pipeline::ExtractionRunner::load();
  if (!runner) return complain(runner.error());
  if (!runner->warning().empty() && !global.quiet) {
    fmt::print(stderr, "truce: warning: {}\n", runner->warning());
  }
  auto store = open_store_or_complain(global);
  if (!store) return 1;

  std::vector<int64_t> ids = wanted;
  if (ids.empty()) {
    auto all = store->list_reports({});
    if (!all) return complain(all.error());
    for (const auto& summary : *all) ids.push_back(summary.id);
  }

  int problems = 0;
  std::map<std::string, int> counts;
  ProgressBar bar(ids.size(), "extract", !global.quiet && !global.json);
  for (const int64_t id : ids) {
    auto record = pipeline::reextract(*store, *runner, id, global.db);
    Status status = record ? Status() : Status(record.error());
    if (record) {
      for (const auto& fact : record->facts) ++counts[fact.kind];
    }
    if (!status) {
      bar.clear();
      fmt::print(stderr, "truce: {}\n", status.error().message);
      ++problems;
    }
    bar.advance();
  }
  bar.clear();

  if (global.json) {
    nlohmann::json out = {{"reports", ids.size() - problems},
                          {"problems", problems},
                          {"extractor", runner->extractor_id()},
                          {"facts", counts}};
    fmt::print("{}\n", out.dump(2));
  } else {
    fmt::print(
        "extracted {} report(s): {} incident(s), {} claim(s), {} ceasefire reference(s), "
        "{} denial(s); {} problem(s)\n",
        ids.size() - problems, counts["incident"], counts["claim"], counts["ceasefire"],
        counts["denial"], problems);
  }
  return problems > 0 ? 1 : 0;
}

}  // namespace

void add_extract_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto ids = std::make_shared<std::vector<std::string>>();
  auto* cmd = app.add_subcommand(
      "extract", "extract incidents, claims and ceasefire references again from stored reports");
  cmd->add_option("ids", *ids, "report ids (default: every stored report)");
  cmd->callback([ids, &global, &status] { status = run_extract(*ids, global); });
}

}  // namespace truce::cli
