// The extractor with its lexicons and gazetteer on arbitrary text as a report's body.
#include <cstdio>
#include <cstdlib>

#include "core/utf8.hpp"
#include "fuzz_support.hpp"
#include "pipeline/extraction_runner.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const truce::pipeline::ExtractionRunner runner = [] {
    auto loaded = truce::pipeline::ExtractionRunner::load();
    if (!loaded) {  // a run without its data would test nothing
      std::fprintf(stderr, "extract_fuzz: %s\n", loaded.error().message.c_str());
      std::abort();
    }
    return std::move(*loaded);
  }();
  truce::Report report;
  report.origin = "fuzz.txt";
  // Stored bodies are valid UTF-8 (ingest repairs them), so that is what extraction sees.
  report.body = truce::repair_utf8(truce::fuzz::as_text(data, size));
  report.published = {"2020-10-14", truce::DatePrecision::day};
  const auto record = runner.run(report);
  (void)record;
  return 0;
}
