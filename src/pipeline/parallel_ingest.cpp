// See parallel_ingest.hpp. Workers claim inputs in order within a window ahead of the storing
// thread, which bounds memory to a few inputs per thread.
#include "pipeline/parallel_ingest.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace truce::pipeline {
namespace {

struct PreparedInput {
  bool ready = false;
  std::vector<Error> problems;
  std::vector<PreparedReport> reports;
};

PreparedInput prepare_input(const ingest::ReportReader& reader, const IngestPipeline& pipeline,
                            const std::string& input) {
  PreparedInput out;
  try {
    auto read = reader.read(input);
    out.problems = std::move(read.problems);
    for (auto& report : read.reports) out.reports.push_back(pipeline.prepare(std::move(report)));
  } catch (const std::exception& e) {
    // Nothing of the input is stored: say so rather than end every other input's ingest.
    out.reports.clear();
    out.problems.push_back(make_error(fmt::format("{}: cannot be processed: {}", input, e.what())));
  }
  out.ready = true;
  return out;
}

// Prepares inputs on worker threads, handing them out in order.
class PreparingPool {
 public:
  PreparingPool(const ingest::ReportReader& reader, const IngestPipeline& pipeline,
                const std::vector<std::string>& inputs, unsigned jobs)
      : reader_(reader),
        pipeline_(pipeline),
        inputs_(inputs),
        slots_(inputs.size()),
        window_(4 * static_cast<std::size_t>(jobs) + 2) {
    for (unsigned i = 0; i < jobs; ++i) threads_.emplace_back([this] { work(); });
  }
  ~PreparingPool() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    space_.notify_all();
    for (auto& thread : threads_) thread.join();
  }

  // Waits for input `i` (taken in order 0, 1, 2...) and hands it over.
  PreparedInput take(std::size_t i) {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return slots_[i].ready; });
    PreparedInput out = std::move(slots_[i]);
    slots_[i] = {};
    taken_ = i + 1;
    space_.notify_all();
    return out;
  }

 private:
  void work() {
    for (;;) {
      std::unique_lock lock(mutex_);
      space_.wait(lock,
                  [&] { return stopping_ || next_ >= inputs_.size() || next_ < taken_ + window_; });
      if (stopping_ || next_ >= inputs_.size()) return;
      const std::size_t i = next_++;
      lock.unlock();
      PreparedInput prepared = prepare_input(reader_, pipeline_, inputs_[i]);
      lock.lock();
      slots_[i] = std::move(prepared);
      ready_.notify_all();
    }
  }

  const ingest::ReportReader& reader_;
  const IngestPipeline& pipeline_;
  const std::vector<std::string>& inputs_;
  std::vector<PreparedInput> slots_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable ready_, space_;
  std::size_t next_ = 0, taken_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

unsigned resolve_jobs(unsigned jobs) {
  return jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

Status ingest_inputs(const ingest::ReportReader& reader, IngestPipeline& pipeline,
                     ReportStore& store, const std::vector<std::string>& inputs,
                     const ParallelOptions& options,
                     const std::function<void(InputOutcome&&)>& done) {
  const unsigned jobs = resolve_jobs(options.jobs);
  std::optional<PreparingPool> pool;
  if (jobs > 1) pool.emplace(reader, pipeline, inputs, jobs);

  using Clock = std::chrono::steady_clock;
  bool batch_open = false;
  std::size_t in_batch = 0;
  Clock::time_point batch_start;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    PreparedInput prepared = pool ? pool->take(i) : prepare_input(reader, pipeline, inputs[i]);
    if (!batch_open && !prepared.reports.empty()) {
      if (Status begun = store.begin_batch(); !begun) return begun;
      batch_open = true;
      in_batch = 0;
      batch_start = Clock::now();
    }
    InputOutcome outcome{inputs[i], std::move(prepared.problems), {}};
    for (const auto& report : prepared.reports) outcome.reports.push_back(pipeline.store(report));
    in_batch += prepared.reports.size();
    if (batch_open &&
        (in_batch >= options.batch_reports || Clock::now() - batch_start >= options.batch_time)) {
      batch_open = false;
      if (Status committed = store.end_batch(); !committed) return committed;
    }
    done(std::move(outcome));
  }
  if (batch_open) return store.end_batch();
  return {};
}

}  // namespace truce::pipeline
