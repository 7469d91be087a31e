// `truce export --format acled-csv|geojson|jsonl [filters] [--out FILE]`: linked incidents for
// ACLED-style pipelines, GIS and machines. A file is written whole or not at all (a temporary
// file renamed into place).
#include <fmt/core.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/monitor_access.hpp"
#include "cli/store_access.hpp"
#include "core/data_dir.hpp"
#include "report/exports.hpp"

namespace truce::cli {
namespace {

struct ExportArgs {
  std::string format, out, since, until, type, side, grade, near;
  double radius_km = 25;
};

int run_export(const ExportArgs& args, const GlobalOptions& global) {
  const auto format = report::parse_export_format(args.format);
  if (!format) {
    return complain(make_error(
        fmt::format("--format: '{}' is not one of acled-csv, geojson, jsonl", args.format), 2));
  }
  monitor::IncidentFilter filter;
  auto set = [](std::optional<std::string>& field, const std::string& value) {
    if (!value.empty()) field = value;
  };
  set(filter.since, args.since);
  set(filter.until, args.until);
  set(filter.type, args.type);
  set(filter.side, args.side);
  if (!args.grade.empty()) {
    filter.grade = monitor::parse_grade(args.grade);
    if (!filter.grade)
      return complain(make_error(fmt::format("--grade: '{}' is not a grade", args.grade), 2));
  }
  if (!args.near.empty()) {
    const auto point = parse_lat_lon(args.near);
    if (!point)
      return complain(make_error(fmt::format("--near: '{}' is not LAT,LON", args.near), 2));
    filter.lat = point->first;
    filter.lon = point->second;
    filter.radius_km = args.radius_km;
  }
  auto session = open_monitor_or_complain(global, OpenMode::read);
  if (!session) return 1;
  const auto incidents = session->book.select(filter);
  const auto countries = report::CountryTable::load(data_dir());
  if (countries.empty() && *format != report::ExportFormat::jsonl && !global.quiet) {
    fmt::print(stderr,
               "truce: warning: data/generated/countries.tsv is missing; countries are "
               "written as ISO alpha-2 codes (rebuild to generate it)\n");
  }
  std::map<int64_t, std::string> bodies;
  const report::BodyOf body_of = [&](int64_t id) {
    auto it = bodies.find(id);
    if (it == bodies.end()) {
      auto stored = session->store->get_report(id);
      it = bodies.emplace(id, stored && *stored ? (*stored)->report.body : "").first;
    }
    return it->second;
  };
  const auto write = [&](std::ostream& out) {
    switch (*format) {
      case report::ExportFormat::acled_csv:
        report::write_acled_csv(out, incidents, session->book.knowledge(), countries);
        break;
      case report::ExportFormat::geojson:
        report::write_geojson(out, incidents, session->book.knowledge(), countries);
        break;
      case report::ExportFormat::jsonl:
        report::write_jsonl(out, incidents, body_of);
        break;
    }
  };
  if (args.out.empty() || args.out == "-") {
    write(std::cout);
    std::cout.flush();
    return std::cout ? 0 : complain(make_error("stdout: write failed"));
  }
  const std::string temp = args.out + ".part";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return complain(make_error(fmt::format("{}: cannot write", args.out)));
    write(out);
    out.flush();
    if (!out) {
      std::remove(temp.c_str());
      return complain(make_error(fmt::format("{}: write failed", args.out)));
    }
  }
  if (std::rename(temp.c_str(), args.out.c_str()) != 0) {
    std::remove(temp.c_str());
    return complain(make_error(fmt::format("{}: cannot write", args.out)));
  }
  if (!global.quiet) {
    fmt::print(stderr, "wrote {} incident(s) to {}\n", incidents.size(), args.out);
  }
  return 0;
}

}  // namespace

void add_export_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto* cmd =
      app.add_subcommand("export", "linked incidents as ACLED-style CSV, GeoJSON or JSON Lines");
  auto args = std::make_shared<ExportArgs>();
  cmd->add_option("--format", args->format, "acled-csv, geojson or jsonl")->required();
  cmd->add_option("--out", args->out, "file to write (default: stdout)");
  cmd->add_option("--since", args->since, "on or after this date (YYYY-MM-DD)");
  cmd->add_option("--until", args->until, "on or before this date (YYYY-MM-DD)");
  cmd->add_option("--type", args->type, "ACLED event type, e.g. battles");
  cmd->add_option("--side", args->side, "a side among the actors");
  cmd->add_option("--grade", args->grade, "corroboration grade");
  cmd->add_option("--near", args->near, "LAT,LON: only incidents within --radius of it");
  cmd->add_option("--radius", args->radius_km, "km around --near")->capture_default_str();
  cmd->callback([args, &global, &status] { status = run_export(*args, global); });
}

}  // namespace truce::cli
