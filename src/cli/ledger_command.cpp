// `truce ledger --about SIDE --category CAT`: how each claimant's figures for one side's losses
// moved over time, beside the side's own admissions and its claims about its opponents, with
// contradiction flags.
#include <fmt/core.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/store_access.hpp"
#include "core/data_dir.hpp"
#include "monitor/claims_ledger.hpp"
#include "monitor/register_json.hpp"

namespace truce::cli {
namespace {

std::string figure(const extract::LossClaim& c) {
  const std::string q = c.qualifier.empty() || c.qualifier == "exact" ? "" : c.qualifier + " ";
  return fmt::format("{}{:g}", q, c.value);
}

int run_ledger(const std::string& about, const std::string& category, const GlobalOptions& global) {
  auto sides = monitor::SideBook::load(data_dir());
  if (!sides) return complain(sides.error());
  auto categories = monitor::LedgerCategories::load(data_dir());
  if (!categories) return complain(categories.error());
  auto store = open_store_or_complain(global, OpenMode::read);
  if (!store) return 1;
  auto ledger = monitor::build_ledger(*store, about, category, *categories, *sides);
  if (!ledger) return complain(ledger.error());
  if (global.json) {
    fmt::print("{}\n", monitor::to_json(*ledger).dump(2));
    return 0;
  }
  fmt::print("losses of {} in {} (with {})\n", about, category,
             fmt::join(ledger->categories, ", "));
  const auto heading = [&](const monitor::LedgerSeries& s) {
    if (s.role == "claim") return fmt::format("claimed by {}", s.claimant_side);
    if (s.role == "admission") return fmt::format("admitted by {} itself", s.claimant_side);
    return fmt::format("{}'s own claims about its opponents' {}", s.claimant_side, category);
  };
  for (const auto& s : ledger->series) {
    fmt::print("\n{}:\n", heading(s));
    for (const auto& e : s.entries) {
      const std::string cat = e.rolled_up ? e.claim.category + " (not split)" : e.claim.category;
      fmt::print("  {:<10} {:>14} {:<34} {:<10} {:<11} {:<28.28} report {}{}\n",
                 e.claim.as_of.iso.empty() ? "-" : e.claim.as_of.iso, figure(e.claim), cat,
                 e.claim.measure, e.claim.cumulative ? "cumulative" : "per period",
                 e.claim.claimant.name, e.ref,
                 e.flags.empty() ? "" : fmt::format("  ! {}", fmt::join(e.flags, "; ")));
    }
  }
  if (ledger->series.empty()) fmt::print(stderr, "no claim about {} in {}\n", about, category);
  return 0;
}

}  // namespace

void add_ledger_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto* cmd = app.add_subcommand(
      "ledger", "claims ledger: one side's claimed losses over time, per claimant, with flags");
  auto about = std::make_shared<std::string>();
  auto category = std::make_shared<std::string>();
  cmd->add_option("--about", *about, "whose losses, e.g. Armenia")->required();
  cmd->add_option("--category", *category, "e.g. tanks, personnel, drones")->required();
  cmd->callback(
      [about, category, &global, &status] { status = run_ledger(*about, *category, global); });
}

}  // namespace truce::cli
