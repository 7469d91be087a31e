// The order in which `truce --help` lists the subcommands.
#include "cli/commands.hpp"

namespace truce::cli {

void add_all_commands(CLI::App& app, const GlobalOptions& global, int& status) {
  add_ingest_command(app, global, status);
  add_reports_command(app, global, status);
  add_show_command(app, global, status);
  add_search_command(app, global, status);
  add_extract_command(app, global, status);
  add_events_command(app, global, status);
  add_claims_command(app, global, status);
  add_incidents_command(app, global, status);
  add_ceasefire_command(app, global, status);
  add_ledger_command(app, global, status);
  add_export_command(app, global, status);
  add_sitrep_command(app, global, status);
  add_observe_command(app, global, status);
  add_sources_command(app, global, status);
  add_geocode_command(app, global, status);
  add_eval_command(app, global, status);
  add_serve_command(app, global, status);
  add_token_command(app, global, status);
  add_worker_command(app, global, status);
}

}  // namespace truce::cli
