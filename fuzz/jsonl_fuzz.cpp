// JSON Lines, each line decoded and parsed on its own.
#include "core/utf8.hpp"
#include "fuzz_support.hpp"
#include "ingest/jsonl_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<truce::ingest::JsonlProblem> problems;
  const auto records = truce::ingest::read_jsonl(truce::fuzz::as_text(data, size), problems);
  for (const auto& r : records) {
    if (!truce::is_valid_utf8(r.text) || !truce::is_valid_utf8(r.title)) __builtin_trap();
  }
  return 0;
}
