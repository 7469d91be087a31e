// `truce reports`: what is stored, one line a report (or --json).
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "cli/arg_checks.hpp"
#include "cli/commands.hpp"
#include "cli/store_access.hpp"

namespace truce::cli {
namespace {

struct ReportsArgs {
  std::string since;
  std::string until;
  std::string source;
  bool originals_only = false;
  int limit = 0;
};

int run_reports(const ReportsArgs& args, const GlobalOptions& global) {
  for (const Status& checked :
       {check_date_option("--since", args.since), check_date_option("--until", args.until)}) {
    if (!checked) return complain(checked.error());
  }
  auto store = open_store_or_complain(global, OpenMode::read);
  if (!store) return 1;
  ReportFilter filter;
  if (!args.since.empty()) filter.since = args.since;
  if (!args.until.empty()) filter.until = args.until;
  if (!args.source.empty()) filter.source = args.source;
  filter.include_duplicates = !args.originals_only;
  filter.limit = args.limit;
  auto reports = store->list_reports(filter);
  if (!reports) return complain(reports.error());

  if (global.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : *reports) {
      nlohmann::json row = {{"id", r.id},
                            {"published", r.published},
                            {"precision", r.published_precision},
                            {"title", r.title},
                            {"source", r.source},
                            {"origin", r.origin},
                            {"duplicate_of", nullptr}};
      if (r.duplicate_of) {
        row["duplicate_of"] = r.duplicate_of->original_id;
        row["similarity"] = r.duplicate_of->similarity;
      }
      out.push_back(row);
    }
    fmt::print("{}\n", out.dump(2));
    return 0;
  }
  fmt::print("{:>5}  {:<10}  {:<20}  {:<9}  {}\n", "id", "published", "source", "dup-of", "title");
  for (const auto& r : *reports) {
    const std::string dup = r.duplicate_of ? fmt::format("{} ({:.2f})", r.duplicate_of->original_id,
                                                         r.duplicate_of->similarity)
                                           : "";
    fmt::print("{:>5}  {:<10}  {:<20.20}  {:<9}  {}\n", r.id,
               r.published.empty() ? "?" : r.published, r.source, dup, r.title);
  }
  return 0;
}

}  // namespace

void add_reports_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto args = std::make_shared<ReportsArgs>();
  auto* cmd = app.add_subcommand("reports", "list stored reports");
  cmd->add_option("--since", args->since, "published on or after this date (YYYY-MM-DD)");
  cmd->add_option("--until", args->until, "published on or before this date (YYYY-MM-DD)");
  cmd->add_option("--source", args->source, "only reports from this source");
  cmd->add_flag("--originals", args->originals_only, "leave out near-duplicates");
  cmd->add_option("--limit", args->limit, "at most this many reports");
  cmd->callback([args, &global, &status] { status = run_reports(*args, global); });
}

}  // namespace truce::cli
