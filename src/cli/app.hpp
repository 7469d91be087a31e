// The `truce` command line: global options and the table of subcommands.
#pragma once

#include <string>

namespace truce::cli {

// Options every subcommand sees.
struct GlobalOptions {
  std::string db = "truce.db";  // --db: embedded store path
  bool json = false;            // --json: machine-readable output on stdout
  bool quiet = false;           // --quiet: no progress or warnings on stderr
};

// Parses argv, runs the chosen subcommand and returns the process exit status.
int run(int argc, char** argv);

}  // namespace truce::cli
