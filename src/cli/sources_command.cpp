// `truce sources [--unknown]`: the outlets of the stored reports as data/sources.tsv knows them
// (kind, affiliated side), or the outlets it does not know yet, for an analyst to add.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <map>

#include "cli/commands.hpp"
#include "cli/store_access.hpp"
#include "core/data_dir.hpp"
#include "monitor/sources.hpp"

namespace truce::cli {
namespace {

struct Seen {
  const monitor::Outlet* outlet = nullptr;
  std::string matched_on;
  std::vector<int64_t> reports;
};

int run_sources(bool unknown_only, const GlobalOptions& global) {
  auto book = monitor::SourceBook::load(data_dir());
  if (!book) return complain(book.error());
  auto store = open_store_or_complain(global, OpenMode::read);
  if (!store) return 1;
  auto summaries = store->list_reports({});
  if (!summaries) return complain(summaries.error());

  std::map<std::string, Seen> seen;  // by outlet name, or by the unknown source's text
  for (const auto& summary : *summaries) {
    auto stored = store->get_report(summary.id);
    if (!stored) return complain(stored.error());
    if (!*stored) continue;
    const Report& r = (*stored)->report;
    const auto match = book->match(r.source, r.url, r.author);
    std::string name = match.outlet ? match.outlet->name : match.text;
    if (name.empty()) name = monitor::url_host(r.url);
    if (name.empty()) name = "(no source, URL or byline)";
    Seen& s = seen[name];
    s.outlet = match.outlet;
    s.matched_on = match.matched_on;
    s.reports.push_back(summary.id);
  }

  nlohmann::json out = nlohmann::json::array();
  for (const auto& [name, s] : seen) {
    if (unknown_only && s.outlet) continue;
    nlohmann::json row = {{"outlet", name}, {"known", s.outlet != nullptr}, {"reports", s.reports}};
    if (s.outlet) {
      row["kind"] = s.outlet->kind;
      row["side"] = s.outlet->side.empty() ? nlohmann::json() : nlohmann::json(s.outlet->side);
      row["country"] = s.outlet->country;
      row["matched_on"] = s.matched_on;
      row["row"] = s.outlet->where;
    }
    out.push_back(std::move(row));
  }
  if (global.json) {
    fmt::print("{}\n", out.dump(2));
    return 0;
  }
  fmt::print("{:<40} {:<26} {:<12} {:>7}\n", "outlet", "kind", "side", "reports");
  for (const auto& row : out) {
    const bool known = row["known"].get<bool>();
    fmt::print("{:<40.40} {:<26} {:<12} {:>7}\n", row["outlet"].get<std::string>(),
               known ? row["kind"].get<std::string>() : "UNKNOWN: add to data/sources.tsv",
               known && row["side"].is_string() ? row["side"].get<std::string>() : "-",
               row["reports"].size());
  }
  if (out.empty())
    fmt::print(stderr, "{}\n", unknown_only ? "every outlet is known" : "no reports");
  return 0;
}

}  // namespace

void add_sources_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto* cmd = app.add_subcommand(
      "sources", "the outlets of the stored reports: kind and affiliated side (data/sources.tsv)");
  auto unknown = std::make_shared<bool>(false);
  cmd->add_flag("--unknown", *unknown, "only outlets data/sources.tsv does not know");
  cmd->callback([unknown, &global, &status] { status = run_sources(*unknown, global); });
}

}  // namespace truce::cli
