// Builds the CLI11 application from the subcommands in this folder. Each subcommand lives in its
// own file and registers itself through an add_*_command function declared in commands.hpp.
#include "cli/app.hpp"

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <exception>

#include "cli/commands.hpp"

namespace truce::cli {

int run(int argc, char** argv) {
  CLI::App app{"truce: ceasefire and conflict monitoring from raw war reports"};
  app.require_subcommand(1);
  // Global options are accepted after the subcommand too: `truce reports --json`.
  app.fallthrough();
  app.set_version_flag("--version", "truce 0.1.0");
  GlobalOptions global;
  app.add_option("--db", global.db, "embedded store (SQLite file)")->capture_default_str();
  app.add_flag("--json", global.json, "machine-readable JSON output");
  app.add_flag("-q,--quiet", global.quiet, "no progress or warnings on stderr");
  // Read by data_dir() wherever the data is needed; set before any command runs.
  app.add_option_function<std::string>(
      "--data-dir", [](const std::string& dir) { setenv("TRUCE_DATA_DIR", dir.c_str(), 1); },
      "lexicons and gazetteer index (default: $TRUCE_DATA_DIR, else share/truce/data beside an "
      "installed binary, else the source tree's data/)");

  int status = 0;
  add_all_commands(app, global, status);
  // --json and --quiet after the subcommand, and listed in each subcommand's --help.
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_option_no_throw("--json") == nullptr) {
      sub->add_flag("--json", global.json, "machine-readable JSON output");
    }
    if (sub->get_option_no_throw("--quiet") == nullptr) {
      sub->add_flag("-q,--quiet", global.quiet, "no progress or warnings on stderr");
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    fmt::print(stderr, "truce: {}\n", e.what());
    return 1;
  }
  return status;
}

}  // namespace truce::cli
