// `truce observe FILE.json...`: enter a monitoring mission's field observations, validated
// strictly against docs/schemas/observations.schema.json. A file with any bad field is rejected
// whole, with a message naming the field; nothing of it is stored.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/store_access.hpp"
#include "monitor/observations.hpp"

namespace truce::cli {
namespace {

int run_observe(const std::vector<std::string>& files, bool print_schema,
                const GlobalOptions& global) {
  if (print_schema) {
    fmt::print("{}\n", monitor::observation_schema());
    return 0;
  }
  if (files.empty()) return complain(make_error("observe: name at least one FILE.json", 2));
  auto store = open_store_or_complain(global);
  if (!store) return 1;
  int problems = 0;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      fmt::print(stderr, "truce: {}: cannot read\n", file);
      ++problems;
      continue;
    }
    std::stringstream content;
    content << in.rdbuf();
    auto observations = monitor::parse_observations(file, content.str());
    if (!observations) {
      fmt::print(stderr, "truce: {}\n", observations.error().message);
      ++problems;
      continue;
    }
    std::vector<StoredObservation> rows;
    for (const auto& o : *observations) {
      rows.push_back(StoredObservation{0, file, o.mission, o.day, o.lat, o.lon, o.json.dump(), ""});
    }
    auto ids = store->add_observations(rows);
    if (!ids) {
      fmt::print(stderr, "truce: {}\n", ids.error().message);
      ++problems;
      continue;
    }
    out.push_back({{"file", file}, {"stored", ids->size()}, {"ids", *ids}});
    if (!global.json) fmt::print("{}: {} observation(s) stored\n", file, ids->size());
  }
  if (global.json) fmt::print("{}\n", out.dump(2));
  return problems > 0 ? 2 : 0;
}

}  // namespace

void add_observe_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto* cmd = app.add_subcommand(
      "observe", "enter observer reports (JSON, docs/schemas/observations.schema.json)");
  auto files = std::make_shared<std::vector<std::string>>();
  auto schema = std::make_shared<bool>(false);
  cmd->add_option("files", *files, "observation files");
  cmd->add_flag("--schema", *schema, "print the JSON Schema observations must follow");
  cmd->callback(
      [files, schema, &global, &status] { status = run_observe(*files, *schema, global); });
}

}  // namespace truce::cli
