// `truce ceasefire add|list|show`: the ceasefire register (found in reports and declared by an
// analyst) and, for one ceasefire, the alleged violations with tallies by day, accused side,
// claimant and area and running totals since it began.
#include <fmt/core.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/monitor_access.hpp"
#include "cli/store_access.hpp"
#include "core/data_dir.hpp"
#include "monitor/ceasefire_declaration.hpp"
#include "monitor/ceasefire_register.hpp"
#include "monitor/register_json.hpp"

namespace truce::cli {
namespace {

struct AddArgs {
  std::string name, from, to, parties, area, note;
};

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    const auto b = item.find_first_not_of(' ');
    const auto e = item.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
  }
  return out;
}

// --area is country codes, or a GeoJSON file's path; returns the text the store keeps.
Result<std::string> area_text(const std::string& area) {
  if (area.empty() || !std::filesystem::exists(area)) return area;
  std::ifstream in(area, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  if (!in && !in.eof()) return make_error(fmt::format("{}: cannot read", area), 2);
  std::string text = content.str();
  const auto start = text.find_first_not_of(" \t\r\n");
  return start == std::string::npos ? std::string() : text.substr(start);
}

int run_add(const AddArgs& args, const GlobalOptions& global) {
  auto sides = monitor::SideBook::load(data_dir());
  if (!sides) return complain(sides.error());
  auto text = area_text(args.area);
  if (!text) return complain(text.error());
  const monitor::CeasefireDeclaration declaration{
      args.name, args.from, args.to, split_list(args.parties), *text, args.note};
  auto checked = monitor::check_declaration(declaration, *sides);
  if (!checked) {
    const std::string& message = checked.error().message;
    // "area: ..." names the option and, for a file, the file.
    if (message.starts_with("area: ")) {
      return complain(make_error(
          fmt::format("--area {}: {}", args.area, message.substr(std::string("area: ").size())),
          2));
    }
    return complain(make_error("--" + message, 2));
  }
  auto store = open_store_or_complain(global);
  if (!store) return 1;
  auto id = store->add_declared_ceasefire(checked->ceasefire);
  if (!id) return complain(id.error());
  if (global.json) {
    fmt::print("{}\n", nlohmann::json({{"id", fmt::format("declared:{}", *id)}}).dump(2));
  } else {
    fmt::print("declared:{} {} from {} ({})\n", *id, args.name, args.from,
               checked->area.describe());
  }
  return 0;
}

int run_list(const GlobalOptions& global) {
  auto session = open_monitor_or_complain(global, OpenMode::read);
  if (!session) return 1;
  auto reg = monitor::CeasefireRegister::build(*session->store, session->book.knowledge().sides);
  if (!reg) return complain(reg.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : reg->ceasefires()) {
    nlohmann::json j = monitor::to_json(c);
    j["alleged_violations"] = reg->violations(c, session->book).violations.size();
    out.push_back(std::move(j));
  }
  if (global.json) {
    fmt::print("{}\n", out.dump(2));
    return 0;
  }
  fmt::print("{:<20} {:<10}  {:<10}  {:<9} {:>8} {:>10}  {}\n", "id", "from", "to", "origin",
             "mentions", "violations", "name");
  for (const auto& c : out) {
    fmt::print("{:<20} {:<10.10}  {:<10.10}  {:<9} {:>8} {:>10}  {}\n", c["id"].get<std::string>(),
               c["starts"].get<std::string>(),
               c["ends"].get<std::string>().empty() ? "-" : c["ends"].get<std::string>(),
               c["origin"].get<std::string>(), c["mentions"].size(),
               c["alleged_violations"].get<std::size_t>(), c["name"].get<std::string>());
  }
  if (out.empty()) fmt::print(stderr, "no ceasefire found or declared\n");
  return 0;
}

int run_show(const std::string& id, const GlobalOptions& global) {
  auto session = open_monitor_or_complain(global, OpenMode::read);
  if (!session) return 1;
  auto reg = monitor::CeasefireRegister::build(*session->store, session->book.knowledge().sides);
  if (!reg) return complain(reg.error());
  const auto* c = reg->find(id);
  if (!c) return complain(make_error(fmt::format("{}: no ceasefire {}", global.db, id), 2));
  const auto report = reg->violations(*c, session->book);
  if (global.json) {
    nlohmann::json out = monitor::to_json(*c);
    out["alleged_violations"] = monitor::to_json(report);
    fmt::print("{}\n", out.dump(2));
    return 0;
  }
  fmt::print(
      "{}: {} ({})\n  from {} to {}{}; parties: {}; area: {}\n", c->id, c->name, c->origin,
      c->starts, c->ends.empty() ? "(in force)" : c->ends,
      c->ends_why.empty() ? "" : " (" + c->ends_why + ")",
      c->parties.empty() ? "the warring parties" : fmt::format("{}", fmt::join(c->parties, ", ")),
      c->area.describe());
  for (const auto& m : c->mentions) {
    fmt::print("  mentioned in report {} ({}, {}) as {} by {}\n", m.origin.report_id,
               m.origin.published, m.origin.source, m.fact.kind, m.fact.claimant.name);
  }
  fmt::print("alleged violations: {} incident(s)\n", report.violations.size());
  fmt::print("  {:<10} {:>9} {:>13}  by accused side\n", "day", "incidents", "running total");
  for (const auto& d : report.by_day) {
    std::vector<std::string> parts;
    for (const auto& [side, n] : d.by_accused) parts.push_back(fmt::format("{} {}", side, n));
    fmt::print("  {:<10} {:>9} {:>13}  {}\n", d.day, d.incidents, d.running_total,
               fmt::join(parts, ", "));
  }
  for (const auto& [claimant, accused] : report.by_claimant_accused) {
    std::vector<std::string> parts;
    for (const auto& [side, n] : accused) parts.push_back(fmt::format("{} {}", side, n));
    fmt::print("  {} accuses: {}\n", claimant, fmt::join(parts, ", "));
  }
  if (!report.observed_by_day.empty()) {
    fmt::print("observed by monitoring missions (their own observations, apart from claims):\n");
    fmt::print("  {:<10} {:>10} {:>11} {:>18} {:>13}\n", "day", "explosions", "other fire",
               "total explosions", "total other");
    for (const auto& d : report.observed_by_day) {
      fmt::print("  {:<10} {:>10} {:>11} {:>18} {:>13}\n", d.day, d.explosions, d.other,
                 d.running_explosions, d.running_other);
    }
  }
  for (const auto& v : report.violations) {
    fmt::print("  {} {} {} accused: {}; claimed by: {} [{}]\n", v.day, v.incident->id,
               v.incident->merged.type, fmt::join(v.accused, ", "), fmt::join(v.claimants, ", "),
               monitor::to_string(v.incident->grade.grade));
  }
  return 0;
}

}  // namespace

void add_ceasefire_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto* cmd = app.add_subcommand("ceasefire",
                                 "the ceasefire register and alleged violations (add, list, show)");
  cmd->require_subcommand(1);

  auto args = std::make_shared<AddArgs>();
  auto* add = cmd->add_subcommand("add", "declare a ceasefire by hand");
  add->add_option("--name", args->name, "what it is called")->required();
  add->add_option("--from", args->from, "start: 2020-10-10 or 2020-10-10T12:00+04:00")->required();
  add->add_option("--to", args->to, "end, if it has one");
  add->add_option("--parties", args->parties, "warring sides bound by it, e.g. Armenia,Azerbaijan");
  add->add_option("--area", args->area, "ISO country codes (AZ,AM) or a GeoJSON file");
  add->add_option("--note", args->note, "source or remark, for the record");
  add->callback([args, &global, &status] { status = run_add(*args, global); });

  auto* list = cmd->add_subcommand("list", "every ceasefire found or declared");
  list->callback([&global, &status] { status = run_list(global); });

  auto id = std::make_shared<std::string>();
  auto* show = cmd->add_subcommand("show", "one ceasefire: mentions and alleged violations");
  show->add_option("id", *id, "found:DATE, declared:N or the name")->required();
  show->callback([id, &global, &status] { status = run_show(*id, global); });
}

}  // namespace truce::cli
