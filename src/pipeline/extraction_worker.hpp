// `truce worker`'s loop: lease reports from the store's extraction queue, extract each and store
// the result with the lease check, until the queue is empty (drain) or the caller stops it.
// Many workers, on one machine or many, share a queue; each report is stored exactly once.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "core/result.hpp"
#include "pipeline/extraction_runner.hpp"
#include "store/report_store.hpp"

namespace truce::pipeline {

struct WorkerOptions {
  std::string name;                      // unique among the workers sharing the queue
  int batch = 8;                         // reports leased at a time
  int lease_seconds = 300;               // after this a report is taken over by another worker
  std::chrono::milliseconds poll{2000};  // wait when nothing is claimable
  bool drain = false;                    // return once the queue is empty
};

// What happened to one leased report: extracted and stored, or its lease lost to another worker
// (nothing stored).
struct WorkedReport {
  int64_t id = 0;
  bool stored = false;
  std::size_t facts = 0;
};

// A "<host>:<pid>" name for a worker.
std::string default_worker_name();

// Works the queue of `store` until it is empty (options.drain: nothing waiting and nothing
// leased to a live worker) or `stop` is set, calling `done` after each report. Fails, naming the
// store, when it cannot be read or written; a report leased then stays leased until its lease
// expires, when another worker takes it.
Status run_worker(ReportStore& store, const ExtractionRunner& runner, const WorkerOptions& options,
                  const std::atomic<bool>& stop,
                  const std::function<void(const WorkedReport&)>& done);

}  // namespace truce::pipeline
