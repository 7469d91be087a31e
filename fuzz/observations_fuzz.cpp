// Observers' field reports: JSON, validated against the schema with valijson.
#include "fuzz_support.hpp"
#include "monitor/observations.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto parsed = truce::monitor::parse_observations("fuzz.json",
                                                   std::string(truce::fuzz::as_text(data, size)));
  (void)parsed;
  return 0;
}
