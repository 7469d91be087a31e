// Gazetteer load time and peak resident memory: loads the index, then times find() on a war
// report sized text. Prints the peak RSS (VmHWM) after loading.
#include <benchmark/benchmark.h>
#include <fmt/core.h>

#include <chrono>
#include <fstream>
#include <string>

#include "geo/geoparser.hpp"

namespace {

long peak_rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

void BM_LoadGazetteer(benchmark::State& state) {
  for (auto _ : state) {
    auto parser = truce::geo::load_geoparser();
    if (!parser) {
      state.SkipWithError(parser.error().message.c_str());
      return;
    }
    benchmark::DoNotOptimize(parser);
  }
  state.counters["peak_rss_MB"] = static_cast<double>(peak_rss_kb()) / 1024.0;
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_FindPlaces(benchmark::State& state) {
  auto parser = truce::geo::load_geoparser();
  if (!parser) {
    state.SkipWithError(parser.error().message.c_str());
    return;
  }
  std::string text;
  for (int i = 0; i < 20; ++i) {
    text +=
        "Battles continued over the cities of Fozuli, Gabriel and Tatar, while shells hit "
        "the city of Tartar and Stepanakert. Iran warned about Aslanduz (Ardabil Province) "
        "and Khadakafrin (East Azerbaijan). A meeting in Washington was planned. ";
  }
  for (auto _ : state) benchmark::DoNotOptimize((*parser)->find(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_FindPlaces)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  const auto start = std::chrono::steady_clock::now();
  auto parser = truce::geo::load_geoparser();
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!parser) {
    fmt::print(stderr, "geo_load_bench: {}\n", parser.error().message);
    return 1;
  }
  fmt::print("gazetteer: {} places, {} names; first load {:.0f} ms; peak RSS {:.1f} MB\n",
             (*parser)->gazetteer().place_count(), (*parser)->gazetteer().name_count(), ms,
             static_cast<double>(peak_rss_kb()) / 1024.0);
  parser->reset();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
