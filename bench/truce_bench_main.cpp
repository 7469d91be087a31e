// truce-bench: times the ingest on a generated corpus of war reports (war_corpus.hpp), stage by
// stage on one thread (read and clean, fingerprint, split, geocode, extract, duplicates and
// store) and end to end on one thread and on --jobs threads, into an empty database or one
// already holding a corpus of the same size (--full). Prints sentences, MB and reports per
// second, microseconds per sentence and the peak resident memory. No test times anything: run it.
#include <fmt/core.h>
#include <sys/resource.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>

#include "core/data_dir.hpp"
#include "geo/gazetteer_text.hpp"
#include "ingest/report_reader.hpp"
#include "pipeline/parallel_ingest.hpp"
#include "store/report_store.hpp"
#include "text/sentence_splitter.hpp"
#include "war_corpus.hpp"

namespace {

namespace fs = std::filesystem;
using truce::pipeline::PreparedReport;

struct Args {
  truce::bench::CorpusOptions corpus;
  unsigned jobs = 0;
  bool full = false;
  std::string work;  // folder for the corpus and databases; a temporary one when empty
};

struct Totals {
  std::size_t sentences = 0, reports = 0, bytes = 0;
};

// Wall-clock and CPU seconds of the whole process: on a shared machine the CPU time of a
// one-thread stage is its cost; the wall-clock time of the threaded run is its throughput.
struct Timing {
  double wall = 0, cpu = 0;
};

double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

Timing seconds_of(const std::function<void()>& run) {
  const auto start = std::chrono::steady_clock::now();
  const double cpu_start = cpu_now();
  run();
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
          cpu_now() - cpu_start};
}

double peak_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

// Rates from CPU time, or from wall-clock time for a threaded run (`by_wall`).
void print_row(const std::string& stage, const Timing& t, const Totals& totals,
               bool by_wall = false) {
  const double seconds = by_wall ? t.wall : t.cpu;
  fmt::print("{:<32} {:>7.3f} {:>7.3f} {:>11.0f} {:>7.2f} {:>9.0f} {:>8.1f}\n", stage, t.wall,
             t.cpu, totals.sentences / seconds, totals.bytes / 1e6 / seconds,
             totals.reports / seconds, seconds * 1e6 / static_cast<double>(totals.sentences));
}

[[noreturn]] void fail(const std::string& message) {
  fmt::print(stderr, "truce-bench: {}\n", message);
  std::exit(1);
}

std::unique_ptr<truce::ReportStore> fresh_store(const fs::path& path, const fs::path& prefilled) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
  if (!prefilled.empty()) fs::copy_file(prefilled, path);
  auto store = truce::open_store(path.string());
  if (!store) fail(store.error().message);
  return std::move(*store);
}

// Ingests `inputs` into the database at `db` with `jobs` threads; fails on any problem.
void ingest(const truce::ingest::ReportReader& reader,
            const truce::pipeline::ExtractionRunner& runner, truce::ReportStore& store,
            const std::vector<std::string>& inputs, unsigned jobs) {
  truce::pipeline::IngestPipeline pipeline(store, &runner);
  auto done = truce::pipeline::ingest_inputs(reader, pipeline, store, inputs, {.jobs = jobs},
                                             [](truce::pipeline::InputOutcome&& out) {
                                               if (!out.problems.empty())
                                                 fail(out.problems.front().message);
                                               for (const auto& r : out.reports) {
                                                 if (!r.error.empty()) fail(r.error);
                                               }
                                             });
  if (!done) fail(done.error().message);
}

std::vector<std::string> write_corpus(const Args& args, uint64_t seed, const fs::path& folder,
                                      const truce::ingest::ReportReader& reader) {
  auto options = args.corpus;
  options.seed = seed;
  auto corpus = truce::bench::generate_corpus(TRUCE_BENCH_TEMPLATES, truce::data_dir(),
                                              truce::geo::text_gazetteer_path(), options);
  if (!corpus) fail(corpus.error().message);
  fs::remove_all(folder);
  if (auto written = truce::bench::write_corpus(*corpus, folder); !written) {
    fail(written.error().message);
  }
  fmt::print("corpus (seed {}): {} reports, {} near-copies, {} sentences written, {:.1f} MB\n",
             seed, corpus->reports, corpus->near_duplicates, corpus->sentences,
             corpus->bytes / 1e6);
  std::vector<truce::Error> problems;
  auto inputs = reader.expand({folder.string()}, problems);
  if (!problems.empty()) fail(problems.front().message);
  return inputs;
}

int run(const Args& args) {
  const fs::path work = args.work.empty()
                            ? fs::temp_directory_path() / fmt::format("truce-bench-{}", getpid())
                            : fs::path(args.work);
  fs::create_directories(work);
  auto reader = truce::ingest::ReportReader::create({});
  if (!reader) fail(reader.error().message);
  std::optional<truce::pipeline::ExtractionRunner> runner;
  const Timing load = seconds_of([&] {
    auto loaded = truce::pipeline::ExtractionRunner::load();
    if (!loaded) fail(loaded.error().message);
    runner.emplace(std::move(*loaded));
  });
  if (!runner->warning().empty()) fail(runner->warning());
  fmt::print("start-up (lexicons and gazetteer): {:.3f} s ({:.3f} s CPU), {:.0f} MiB resident\n",
             load.wall, load.cpu, peak_mib());

  const auto inputs = write_corpus(args, args.corpus.seed, work / "corpus", *reader);
  fs::path prefilled;
  if (args.full) {
    const auto other = write_corpus(args, args.corpus.seed + 1000, work / "prefill", *reader);
    prefilled = work / "prefilled.db";
    auto store = fresh_store(prefilled, {});
    ingest(*reader, *runner, *store, other, args.jobs);
  }
  const unsigned jobs = truce::pipeline::resolve_jobs(args.jobs);

  // One thread, stage by stage.
  std::vector<truce::Report> reports;
  Totals totals;
  const Timing read_s = seconds_of([&] {
    for (const auto& input : inputs) {
      auto read = reader->read(input);
      for (auto& report : read.reports) reports.push_back(std::move(report));
    }
  });
  totals.reports = reports.size();
  for (const auto& r : reports) {
    totals.bytes += r.raw.size();
    totals.sentences += truce::text::split_sentences(r.body).size();
  }
  truce::ingest::DuplicateDetector detector;
  std::vector<truce::Fingerprint> fingerprints;
  const Timing fingerprint_s = seconds_of([&] {
    for (const auto& r : reports) fingerprints.push_back(detector.fingerprint(r.body));
  });
  std::size_t split = 0;
  const Timing split_s = seconds_of([&] {
    for (const auto& r : reports) split += truce::text::split_sentences(r.body).size();
  });
  std::size_t places = 0;
  const Timing geocode_s = seconds_of([&] {
    for (const auto& r : reports) places += runner->places()->find(r.body).size();
  });
  std::vector<PreparedReport> prepared;
  const Timing extract_s = seconds_of([&] {
    for (std::size_t i = 0; i < reports.size(); ++i) {
      prepared.push_back({reports[i], fingerprints[i], runner->run(reports[i])});
    }
  });
  std::size_t stored = 0;
  auto stages_store = fresh_store(work / "stages.db", prefilled);
  const Timing store_s = seconds_of([&] {
    auto& store = stages_store;
    truce::pipeline::IngestPipeline pipeline(*store, nullptr);
    if (auto begun = store->begin_batch(); !begun) fail(begun.error().message);
    for (std::size_t i = 0; i < prepared.size(); ++i) {
      const auto outcome = pipeline.store(prepared[i]);
      if (!outcome.error.empty()) fail(outcome.error);
      stored += outcome.status != truce::pipeline::IngestOutcome::Status::already_stored;
      if (i % 256 == 255 || i + 1 == prepared.size()) {
        if (auto committed = store->end_batch(); !committed) fail(committed.error().message);
        if (i + 1 < prepared.size()) (void)store->begin_batch();
      }
    }
  });
  prepared.clear();
  reports.clear();

  stages_store.reset();
  auto one_store = fresh_store(work / "one.db", prefilled);
  const Timing one_s = seconds_of([&] { ingest(*reader, *runner, *one_store, inputs, 1); });
  one_store.reset();
  auto all_store = fresh_store(work / "all.db", prefilled);
  const Timing all_s = seconds_of([&] { ingest(*reader, *runner, *all_store, inputs, jobs); });
  all_store.reset();

  fmt::print(
      "\n{} reports, {} sentences (as split), {:.1f} MB, {} places found, {} stored, "
      "database {}\n\n",
      totals.reports, totals.sentences, totals.bytes / 1e6, places, stored,
      args.full ? "already holding a corpus of the same size" : "empty");
  fmt::print("rates per CPU second, except the threaded run: per wall-clock second\n");
  fmt::print("{:<32} {:>7} {:>7} {:>11} {:>7} {:>9} {:>8}\n", "stage", "wall s", "cpu s",
             "sentences/s", "MB/s", "reports/s", "us/sent.");
  print_row("read and clean", read_s, totals);
  print_row("fingerprint", fingerprint_s, totals);
  print_row("split sentences", split_s, totals);
  print_row("geocode (alone)", geocode_s, totals);
  print_row("extract (split, geocode, JSON)", extract_s, totals);
  print_row("duplicates and store", store_s, totals);
  print_row("end to end, 1 thread", one_s, totals);
  print_row(fmt::format("end to end, {} threads (wall)", jobs), all_s, totals, true);
  fmt::print("\npeak resident memory {:.0f} MiB\n", peak_mib());
  if (args.work.empty()) fs::remove_all(work);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Times truce's ingest, stage by stage and end to end, on generated war reports"};
  Args args;
  app.add_option("--sentences", args.corpus.sentences, "corpus size in sentences")
      ->capture_default_str();
  app.add_option("--seed", args.corpus.seed, "the corpus's seed")->capture_default_str();
  app.add_option("--jobs", args.jobs, "threads of the parallel run (0: one per core)")
      ->capture_default_str();
  app.add_flag("--full", args.full,
               "ingest into a database already holding another corpus of the same size");
  app.add_option("--work", args.work, "keep the corpus and databases in this folder");
  CLI11_PARSE(app, argc, argv);
  return run(args);
}
