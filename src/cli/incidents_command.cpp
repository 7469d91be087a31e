// `truce incidents`: incidents linked across reports and claimants, with merged fields, spread
// and grade; `show` explains each link; `merge` and `split` record an analyst's decision, which
// later linking (and re-extraction) keeps.
#include <fmt/core.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "cli/arg_checks.hpp"
#include "cli/commands.hpp"
#include "cli/monitor_access.hpp"
#include "cli/store_access.hpp"
#include "extract/lexicons.hpp"
#include "monitor/incident_decisions.hpp"
#include "monitor/incident_json.hpp"

namespace truce::cli {
namespace {

struct ListArgs {
  std::string since, until, type, side, near, grade;
  double radius_km = 25;
};

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

Result<monitor::IncidentFilter> to_filter(const ListArgs& args) {
  monitor::IncidentFilter f;
  for (const Status& checked :
       {check_date_option("--since", args.since), check_date_option("--until", args.until),
        check_one_of("--type", args.type, extract::incident_types())}) {
    if (!checked) return checked.error();
  }
  auto set = [](std::optional<std::string>& field, const std::string& value) {
    if (!value.empty()) field = value;
  };
  set(f.since, args.since);
  set(f.until, args.until);
  set(f.type, args.type);
  set(f.side, args.side);
  if (!args.grade.empty()) {
    f.grade = monitor::parse_grade(args.grade);
    if (!f.grade) {
      return make_error(fmt::format("--grade: '{}' is not a grade (observer_confirmed, "
                                    "acknowledged_by_both, reported_independently, "
                                    "claimed_by_one_party, contested)",
                                    args.grade),
                        2);
    }
  }
  if (!args.near.empty()) {
    const auto point = parse_lat_lon(args.near);
    if (!point) return make_error(fmt::format("--near: '{}' is not LAT,LON", args.near), 2);
    f.lat = point->first;
    f.lon = point->second;
    f.radius_km = args.radius_km;
  }
  return f;
}

void print_incident_line(const monitor::LinkedIncident& i) {
  const auto& m = i.merged;
  fmt::print("{:<7} {:<10}  {:<26.26} {:<10.10} -> {:<10.10} {:<16.16} {:>6}  {:<22} {:>3}  {}\n",
             i.id, or_dash(m.date), m.type, or_dash(m.actor1), or_dash(m.actor2),
             m.place ? m.place->name : "-", or_dash(m.fatalities.text()),
             monitor::to_string(i.grade.grade), i.accounts.size(), fmt::join(m.claimants, "; "));
}

int run_list(const ListArgs& args, const GlobalOptions& global) {
  auto filter = to_filter(args);
  if (!filter) return complain(filter.error());
  auto session = open_monitor_or_complain(global, OpenMode::read);
  if (!session) return 1;
  const auto selected = session->book.select(*filter);
  if (global.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto* i : selected) out.push_back(monitor::to_json(*i));
    fmt::print("{}\n", out.dump(2));
    return 0;
  }
  fmt::print("{:<7} {:<10}  {:<26} {:<10}    {:<10} {:<16} {:>6}  {:<22} {:>3}  {}\n", "id", "date",
             "type", "actor1", "actor2", "place", "dead", "grade", "acc", "claimants");
  for (const auto* i : selected) print_incident_line(*i);
  if (selected.empty()) fmt::print(stderr, "no incident matches\n");
  return 0;
}

int run_show(const std::string& id, const GlobalOptions& global) {
  auto session = open_monitor_or_complain(global, OpenMode::read);
  if (!session) return 1;
  const monitor::LinkedIncident* i = session->book.find(id);
  if (!i) return complain(make_error(fmt::format("{}: no incident {}", global.db, id)));
  if (global.json) {
    fmt::print("{}\n", monitor::to_json(*i).dump(2));
    return 0;
  }
  const auto& m = i->merged;
  fmt::print("incident {}: {} ({}) on {} ({}; accounts {} to {})\n", i->id, m.type, m.sub_event,
             or_dash(m.date), or_dash(m.date_precision), or_dash(m.date_first),
             or_dash(m.date_last));
  fmt::print("  actors: {} -> {}; place: {}; killed: {}; injured: {}\n", or_dash(m.actor1),
             or_dash(m.actor2), m.place ? m.place->name : "-", or_dash(m.fatalities.text()),
             or_dash(m.injuries.text()));
  fmt::print("  grade: {} ({})\n", monitor::to_string(i->grade.grade), i->grade.why);
  for (const auto* a : i->accounts) {
    fmt::print(
        "  account {} [{}] {} in report {} ({}, {}): {}\n", a->ref, a->key,
        a->incident.claimant.name, a->origin.report_id, or_dash(a->origin.published),
        a->outlet.outlet ? a->outlet.outlet->name : or_dash(a->origin.source) + " (unknown outlet)",
        a->incident.date.iso);
  }
  for (const auto& l : i->links) {
    fmt::print("  link {} ~ {}{}: {}; {}; {}; {} (strength {:.1f})\n", l.account, l.with,
               l.decided.empty() ? "" : " (analyst's merge)", l.check.type, l.check.date,
               l.check.place, l.check.actors, l.check.strength);
  }
  for (const auto& d : i->denials) {
    fmt::print("  denial {} by {} ({}) of {}\n", d.ref, d.claimant, d.side, d.account);
  }
  return 0;
}

int save_decisions(std::vector<IncidentDecision> decisions, ReportStore& store,
                   const std::string& done, const GlobalOptions& global) {
  auto ids = store.add_incident_decisions(decisions);
  if (!ids) return complain(ids.error());
  if (global.json) {
    fmt::print("{}\n", nlohmann::json({{"decisions", *ids}, {"done", done}}).dump(2));
  } else {
    fmt::print("{}\n", done);
  }
  return 0;
}

int run_merge(const std::vector<std::string>& ids, const std::string& note,
              const GlobalOptions& global) {
  auto session = open_monitor_or_complain(global);
  if (!session) return 1;
  auto decisions = monitor::merge_decisions(session->book, ids, note);
  if (!decisions) {
    return complain(make_error(fmt::format("{}: {}", global.db, decisions.error().message), 2));
  }
  return save_decisions(std::move(*decisions), *session->store,
                        fmt::format("merged {} into incident {}", fmt::join(ids, ", "),
                                    session->book.find(ids.front())->id),
                        global);
}

int run_split(const std::string& id, const std::vector<std::string>& refs, const std::string& note,
              const GlobalOptions& global) {
  auto session = open_monitor_or_complain(global);
  if (!session) return 1;
  auto decisions = monitor::split_decisions(session->book, id, refs, note);
  if (!decisions) {
    return complain(make_error(fmt::format("{}: {}", global.db, decisions.error().message), 2));
  }
  return save_decisions(std::move(*decisions), *session->store,
                        fmt::format("split {} out of incident {}", fmt::join(refs, ", "), id),
                        global);
}

}  // namespace

void add_incidents_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto* cmd = app.add_subcommand(
      "incidents", "incidents linked across reports and claimants, with spread and grade");
  auto args = std::make_shared<ListArgs>();
  cmd->add_option("--since", args->since, "on or after this date (YYYY-MM-DD)");
  cmd->add_option("--until", args->until, "on or before this date (YYYY-MM-DD)");
  cmd->add_option("--type", args->type, "ACLED event type, e.g. battles");
  cmd->add_option("--side", args->side, "a side among the actors, e.g. Armenia, civilians");
  cmd->add_option("--near", args->near, "LAT,LON: only incidents within --radius of it");
  cmd->add_option("--radius", args->radius_km, "km around --near")->capture_default_str();
  cmd->add_option("--grade", args->grade, "corroboration grade, e.g. acknowledged_by_both");
  cmd->callback([cmd, args, &global, &status] {
    if (cmd->get_subcommands().empty()) status = run_list(*args, global);
  });

  auto show_id = std::make_shared<std::string>();
  auto* show = cmd->add_subcommand("show", "one incident: its accounts and why each is linked");
  show->add_option("id", *show_id, "incident id or account ref (report:fact)")->required();
  show->callback([show_id, &global, &status] { status = run_show(*show_id, global); });

  auto merge_ids = std::make_shared<std::vector<std::string>>();
  auto note = std::make_shared<std::string>();
  auto* merge = cmd->add_subcommand("merge", "make incidents one (kept across re-extraction)");
  merge->add_option("ids", *merge_ids, "two or more incident ids or account refs")
      ->required()
      ->expected(2, -1);
  merge->add_option("--note", *note, "why, for the record");
  merge->callback(
      [merge_ids, note, &global, &status] { status = run_merge(*merge_ids, *note, global); });

  auto split_id = std::make_shared<std::string>();
  auto split_refs = std::make_shared<std::vector<std::string>>();
  auto* split =
      cmd->add_subcommand("split", "take accounts out of an incident (kept across re-extraction)");
  split->add_option("id", *split_id, "incident id")->required();
  split->add_option("--account", *split_refs, "account ref (report:fact) to take out")->required();
  split->add_option("--note", *note, "why, for the record");
  split->callback([split_id, split_refs, note, &global, &status] {
    status = run_split(*split_id, *split_refs, *note, global);
  });
}

}  // namespace truce::cli
