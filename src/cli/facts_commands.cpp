// `truce events` and `truce claims`: the extracted incidents and loss claims, each with who says
// so and the report it comes from, filtered; `--json` gives each fact whole, with its spans.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "cli/arg_checks.hpp"
#include "cli/commands.hpp"
#include "cli/store_access.hpp"
#include "extract/lexicons.hpp"

namespace truce::cli {
namespace {

struct FactArgs {
  std::string type;
  std::string side;
  std::string about;
  std::string since;
  std::string until;
  std::string report;
  bool originals = false;
  int limit = 0;
};

Result<FactFilter> to_filter(const std::string& kind, const FactArgs& args) {
  const auto& types = kind == "incident" ? extract::incident_types() : extract::claim_categories();
  for (const Status& checked :
       {check_date_option("--since", args.since), check_date_option("--until", args.until),
        check_one_of("--type", args.type, types)}) {
    if (!checked) return checked.error();
  }
  FactFilter filter;
  if (!args.report.empty()) {
    auto id = parse_report_id("--report", args.report);
    if (!id) return id.error();
    filter.report_id = *id;
  }
  filter.kind = kind;
  auto set = [](std::optional<std::string>& field, const std::string& value) {
    if (!value.empty()) field = value;
  };
  set(filter.type, args.type);
  set(filter.claimant_side, args.side);
  set(filter.about, args.about);
  set(filter.since, args.since);
  set(filter.until, args.until);
  filter.originals_only = args.originals;
  filter.limit = args.limit;
  return filter;
}

std::string or_dash(const std::string& text) { return text.empty() ? "-" : text; }

void print_event(const StoredFact& f) {
  const std::string fatalities = f.fact.value ? fmt::format("{:.0f}", *f.fact.value) : "-";
  fmt::print("{:>4}:{:<3} {:<10}  {:<27.27}  {:<11.11} {:<11.11} -> {:<11.11} {:<18.18} {:>5}\n",
             f.report_id, f.fact.fact_id, or_dash(f.fact.date), f.fact.type,
             or_dash(f.fact.claimant_side), or_dash(f.fact.actor1), or_dash(f.fact.about),
             or_dash(f.fact.place), fatalities);
}

// Returns fact[key] as text, "" when absent or null.
std::string text_field(const nlohmann::json& fact, const char* key) {
  const auto it = fact.find(key);
  return it != fact.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void print_claim(const StoredFact& f, const nlohmann::json& fact) {
  std::string qualifier = text_field(fact, "qualifier");
  if (qualifier.empty()) qualifier = "exact";
  const std::string value = fmt::format("{}{:.0f}", qualifier == "exact" ? "" : qualifier + " ",
                                        f.fact.value.value_or(0));
  fmt::print("{:>4}:{:<3} {:<10}  {:<11.11} about {:<11.11} {:>16}  {:<26.26} {:<10} {}\n",
             f.report_id, f.fact.fact_id, or_dash(f.fact.date), or_dash(f.fact.claimant_side),
             or_dash(f.fact.about), value, f.fact.type, f.fact.measure, text_field(fact, "system"));
}

int run_facts(const std::string& kind, const FactArgs& args, const GlobalOptions& global) {
  auto filter = to_filter(kind, args);
  if (!filter) return complain(filter.error());
  auto store = open_store_or_complain(global, OpenMode::read);
  if (!store) return 1;
  auto facts = store->list_facts(*filter);
  if (!facts) return complain(facts.error());

  if (global.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& f : *facts) {
      nlohmann::json row = nlohmann::json::parse(f.fact.json);
      row["report"] = f.report_id;
      row["original_report"] = f.original_id;
      row["published"] = f.published;
      row["source"] = f.source;
      out.push_back(std::move(row));
    }
    fmt::print("{}\n", out.dump(2));
    return 0;
  }
  if (kind == "incident") {
    fmt::print("{:>8} {:<10}  {:<27}  {:<11} {:<11}    {:<11} {:<18} {:>5}\n", "rep:id", "date",
               "type", "claimant", "actor1", "actor2", "place", "dead");
  } else {
    fmt::print("{:>8} {:<10}  {:<11} {:<17} {:>16}  {:<26} {:<10} {}\n", "rep:id", "as of",
               "claimant", "about", "value", "category", "measure", "system");
  }
  for (const auto& f : *facts) {
    if (kind == "incident") {
      print_event(f);
    } else {
      print_claim(f, nlohmann::json::parse(f.fact.json));
    }
  }
  if (facts->empty()) fmt::print(stderr, "no {} matches\n", kind);
  return 0;
}

// The options both commands share.
std::shared_ptr<FactArgs> add_fact_options(CLI::App* cmd, const std::string& type_help) {
  auto args = std::make_shared<FactArgs>();
  cmd->add_option("--type", args->type, type_help);
  cmd->add_option("--side", args->side, "claimant's side, e.g. Azerbaijan, Armenia, media");
  cmd->add_option("--since", args->since, "on or after this date (YYYY-MM-DD)");
  cmd->add_option("--until", args->until, "on or before this date (YYYY-MM-DD)");
  cmd->add_option("--report", args->report, "only this report's facts");
  cmd->add_flag("--originals", args->originals, "leave out facts of near-duplicate reports");
  cmd->add_option("--limit", args->limit, "at most this many");
  return args;
}

}  // namespace

void add_events_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto* cmd = app.add_subcommand("events", "list extracted incidents with their claimants");
  auto args = add_fact_options(cmd, "ACLED event type, e.g. battles, explosions_remote_violence");
  cmd->add_option("--target", args->about, "side of actor2, e.g. civilians");
  cmd->callback([args, &global, &status] { status = run_facts("incident", *args, global); });
}

void add_claims_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto* cmd = app.add_subcommand("claims", "list loss and gain claims: who claimed how many");
  auto args = add_fact_options(cmd, "category, e.g. tanks, drones, personnel");
  cmd->add_option("--about", args->about, "whose losses, e.g. Armenia");
  cmd->callback([args, &global, &status] { status = run_facts("claim", *args, global); });
}

}  // namespace truce::cli
