// The subcommands. Each add_*_command registers one subcommand on `app`; its callback runs the
// command and stores the exit status in `status`. One file per command: cli/<name>_command.cpp.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/app.hpp"

namespace truce::cli {

void add_ingest_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_reports_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_show_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_search_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_extract_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_events_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_claims_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_incidents_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_ceasefire_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_ledger_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_export_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_sitrep_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_observe_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_sources_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_geocode_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_eval_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_serve_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_token_command(CLI::App& app, const GlobalOptions& global, int& status);
void add_worker_command(CLI::App& app, const GlobalOptions& global, int& status);

// Registers every command above, in the order `truce --help` lists them.
void add_all_commands(CLI::App& app, const GlobalOptions& global, int& status);

}  // namespace truce::cli
