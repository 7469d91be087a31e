// `truce worker`: extract the reports waiting in a PostgreSQL store's queue (stored by `truce
// ingest --queue`), sharing the work with any number of other workers. Runs until stopped
// (SIGINT/SIGTERM finish the report in hand), or with --drain until the queue is empty.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <csignal>

#include "cli/commands.hpp"
#include "cli/store_access.hpp"
#include "pipeline/extraction_worker.hpp"

namespace truce::cli {
namespace {

std::atomic<bool> stop_requested{false};

extern "C" void request_stop(int) { stop_requested = true; }

struct WorkerArgs {
  std::string name;
  int batch = 8;
  int lease = 300;
  double poll = 2;
  bool drain = false;
};

int run_worker_command(const WorkerArgs& args, const GlobalOptions& global) {
  if (args.batch < 1 || args.lease < 1 || args.poll <= 0) {
    return complain(make_error("worker: --batch, --lease and --poll must be positive", 2));
  }
  auto store = open_store_or_complain(global);
  if (!store) return 1;
  if (!store->has_work_queue()) return complain(store->queue_counts().error());
  auto runner = pipeline::ExtractionRunner::load();
  if (!runner) return complain(runner.error());
  if (!runner->warning().empty() && !global.quiet) {
    fmt::print(stderr, "truce: warning: {}\n", runner->warning());
  }
  pipeline::WorkerOptions options{
      .name = args.name.empty() ? pipeline::default_worker_name() : args.name,
      .batch = args.batch,
      .lease_seconds = args.lease,
      .poll = std::chrono::milliseconds(static_cast<int64_t>(args.poll * 1000)),
      .drain = args.drain};
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);

  std::vector<int64_t> extracted;
  std::vector<int64_t> lost;
  const Status finished = pipeline::run_worker(
      *store, *runner, options, stop_requested, [&](const pipeline::WorkedReport& report) {
        (report.stored ? extracted : lost).push_back(report.id);
        if (!global.quiet && !global.json) {
          fmt::print(stderr, "worker {}: report {} {}\n", options.name, report.id,
                     report.stored ? fmt::format("extracted ({} facts)", report.facts)
                                   : "taken over by another worker; not stored");
        }
      });
  if (global.json) {
    nlohmann::json out = {{"worker", options.name}, {"extracted", extracted}, {"lost", lost}};
    fmt::print("{}\n", out.dump(2));
  } else {
    fmt::print("worker {}: extracted {} report(s), {} taken over by other workers\n", options.name,
               extracted.size(), lost.size());
  }
  if (!finished) return complain(finished.error());
  return 0;
}

}  // namespace

void add_worker_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto args = std::make_shared<WorkerArgs>();
  auto* cmd = app.add_subcommand(
      "worker",
      "extract reports waiting in a PostgreSQL store's queue (`ingest --queue`), with other "
      "workers");
  cmd->add_option("--name", args->name, "this worker's name, unique among workers (host:pid)");
  cmd->add_option("--batch", args->batch, "reports leased at a time")->capture_default_str();
  cmd->add_option("--lease", args->lease,
                  "seconds a leased report is this worker's; then another worker takes it over")
      ->capture_default_str();
  cmd->add_option("--poll", args->poll, "seconds to wait when no report is waiting")
      ->capture_default_str();
  cmd->add_flag("--drain", args->drain, "stop once the queue is empty instead of waiting");
  cmd->callback([args, &global, &status] { status = run_worker_command(*args, global); });
}

}  // namespace truce::cli
