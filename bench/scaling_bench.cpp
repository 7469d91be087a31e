// Cost against input size on hostile-looking input (issue 11): one sentence repeated to 1, 4 and
// 16 MB, through extraction and through HTML reading. Linear work shows the same bytes per
// second at every size; the fitted complexity is printed as well.
#include <benchmark/benchmark.h>

#include <string>

#include "ingest/report_reader.hpp"
#include "pipeline/extraction_runner.hpp"

namespace {

constexpr const char* kSentence =
    "The defence ministry said that two soldiers were killed in shelling near Tartar on "
    "Monday. ";

std::string repeated(std::size_t bytes, const std::string& unit) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

void BM_ExtractRepeatedSentence(benchmark::State& state) {
  auto runner = truce::pipeline::ExtractionRunner::load();
  if (!runner) return state.SkipWithError(runner.error().message.c_str());
  truce::Report report;
  report.origin = "repeated.txt";
  report.body = repeated(static_cast<std::size_t>(state.range(0)) << 20, kSentence);
  report.published = {"2020-10-14", truce::DatePrecision::day};
  for (auto _ : state) benchmark::DoNotOptimize(runner->run(report));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(report.body.size()));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ExtractRepeatedSentence)
    ->Arg(1)
    ->Arg(4)
    ->Arg(16)
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->Complexity(benchmark::oN);

void BM_ReadRepeatedHtml(benchmark::State& state) {
  auto reader = truce::ingest::ReportReader::create({});
  if (!reader) return state.SkipWithError(reader.error().message.c_str());
  const std::string html = "<html><body><article>" +
                           repeated(static_cast<std::size_t>(state.range(0)) << 20,
                                    std::string("<p>") + kSentence + "</p>") +
                           "</article></body></html>";
  for (auto _ : state) benchmark::DoNotOptimize(reader->read_bytes("page.html", html));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(html.size()));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ReadRepeatedHtml)
    ->Arg(1)
    ->Arg(4)
    ->Arg(16)
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->Complexity(benchmark::oN);

}  // namespace

BENCHMARK_MAIN();
