// See extraction_worker.hpp.
#include "pipeline/extraction_worker.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include <thread>

namespace truce::pipeline {
namespace {

// Sleeps `total` in short steps so that a stop request is noticed quickly.
void wait_for(std::chrono::milliseconds total, const std::atomic<bool>& stop) {
  const auto step = std::chrono::milliseconds(50);
  for (auto slept = std::chrono::milliseconds(0); slept < total && !stop; slept += step) {
    std::this_thread::sleep_for(step);
  }
}

}  // namespace

std::string default_worker_name() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return fmt::format("{}:{}", host[0] ? host : "localhost", getpid());
}

Status run_worker(ReportStore& store, const ExtractionRunner& runner, const WorkerOptions& options,
                  const std::atomic<bool>& stop,
                  const std::function<void(const WorkedReport&)>& done) {
  while (!stop) {
    auto claimed = store.claim_reports(options.name, options.batch, options.lease_seconds);
    if (!claimed) return claimed.error();
    if (claimed->empty()) {
      if (options.drain) {
        // Reports another worker holds may come back when its lease expires: wait for them.
        auto counts = store.queue_counts();
        if (!counts) return counts.error();
        if (counts->waiting == 0 && counts->leased == 0) return {};
      }
      wait_for(options.poll, stop);
      continue;
    }
    for (const int64_t id : *claimed) {
      if (stop) break;  // the rest go back when their lease expires
      auto stored = store.get_report(id);
      if (!stored) return stored.error();
      WorkedReport outcome{id};
      if (stored->has_value()) {
        const ExtractionRecord record = runner.run((*stored)->report);
        auto completed = store.complete_report(id, options.name, record);
        if (!completed) return completed.error();
        outcome.stored = *completed;
        outcome.facts = record.facts.size();
      }
      done(outcome);
    }
  }
  return {};
}

}  // namespace truce::pipeline
