// Throughput of the ingest pipeline's stages on the project's example reports: reading and
// cleaning, fingerprinting, extraction (with the gazetteer), and storing into a fresh SQLite file.
// Prints reports per second and bytes per second for each stage.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "ingest/duplicate_detector.hpp"
#include "ingest/report_reader.hpp"
#include "pipeline/extraction_runner.hpp"
#include "store/report_store.hpp"

namespace {

const std::string kExamples = std::string(TRUCE_DATA_DIR) + "/../examples";

std::vector<truce::Report> example_reports() {
  auto reader = truce::ingest::ReportReader::create({});
  std::vector<truce::Report> out;
  if (!reader) return out;
  std::vector<truce::Error> problems;
  for (const auto& input : reader->expand({kExamples}, problems)) {
    auto outcome = reader->read(input);
    out.insert(out.end(), outcome.reports.begin(), outcome.reports.end());
  }
  return out;
}

int64_t body_bytes(const std::vector<truce::Report>& reports) {
  int64_t total = 0;
  for (const auto& r : reports) total += static_cast<int64_t>(r.body.size());
  return total;
}

void BM_ReadAndClean(benchmark::State& state) {
  auto reader = truce::ingest::ReportReader::create({});
  if (!reader) return state.SkipWithError(reader.error().message.c_str());
  std::vector<truce::Error> problems;
  const auto inputs = reader->expand({kExamples}, problems);
  int64_t reports = 0;
  for (auto _ : state) {
    for (const auto& input : inputs) reports += reader->read(input).reports.size();
  }
  state.counters["reports/s"] = benchmark::Counter(reports, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadAndClean)->Unit(benchmark::kMillisecond);

void BM_Fingerprint(benchmark::State& state) {
  const auto reports = example_reports();
  const truce::ingest::DuplicateDetector detector;
  for (auto _ : state) {
    for (const auto& r : reports) benchmark::DoNotOptimize(detector.fingerprint(r.body));
  }
  state.SetBytesProcessed(state.iterations() * body_bytes(reports));
  state.counters["reports/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * reports.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Fingerprint)->Unit(benchmark::kMicrosecond);

void BM_Extract(benchmark::State& state) {
  const auto reports = example_reports();
  auto runner = truce::pipeline::ExtractionRunner::load();
  if (!runner) return state.SkipWithError(runner.error().message.c_str());
  for (auto _ : state) {
    for (const auto& r : reports) benchmark::DoNotOptimize(runner->run(r));
  }
  state.SetBytesProcessed(state.iterations() * body_bytes(reports));
  state.counters["reports/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * reports.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

// One transaction per report, as `truce ingest` does; distinct bodies so none is a duplicate.
void BM_StoreReports(benchmark::State& state) {
  const auto examples = example_reports();
  const auto path = std::filesystem::temp_directory_path() / "truce-pipeline-bench.db";
  std::filesystem::remove(path);
  auto store = truce::open_store(path.string());
  if (!store) return state.SkipWithError(store.error().message.c_str());
  const truce::ingest::DuplicateDetector detector;
  int64_t n = 0;
  for (auto _ : state) {
    truce::Report r = examples[static_cast<std::size_t>(n) % examples.size()];
    r.body += "\n\nbench " + std::to_string(n++);
    const auto fingerprint = detector.fingerprint(r.body);
    auto id = (*store)->insert_report(r, fingerprint, std::nullopt);
    if (!id) return state.SkipWithError(id.error().message.c_str());
  }
  state.counters["reports/s"] =
      benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
  std::filesystem::remove(path);
}
BENCHMARK(BM_StoreReports)->Unit(benchmark::kMicrosecond)->Iterations(500);

}  // namespace

BENCHMARK_MAIN();
