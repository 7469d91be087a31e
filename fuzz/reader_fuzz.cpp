// Any bytes as an input file: decoding, format detection, every reader, the furniture cleaner;
// whatever becomes a report must be valid UTF-8 within the size limit.
#include "core/utf8.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const truce::ingest::ReportReader reader = [] {
    truce::ingest::ReadOptions options;
    options.max_bytes = 1 << 20;
    return truce::ingest::ReportReader::with_patterns(options, truce::fuzz::patterns());
  }();
  // The first byte picks the name, so each format's path is reachable whatever the content.
  static const char* const kNames[] = {"in.txt", "in.html", "in.xml", "in.jsonl"};
  const std::string name = size ? kNames[data[0] % 4] : "in.txt";
  const std::string bytes(truce::fuzz::as_text(data, size));
  const auto outcome = reader.read_bytes(name, bytes);
  for (const auto& r : outcome.reports) {
    for (const std::string* field : {&r.body, &r.title, &r.url, &r.author, &r.source}) {
      if (!truce::is_valid_utf8(*field)) __builtin_trap();
    }
    if (r.body.size() > reader.options().max_bytes) __builtin_trap();
  }
  return 0;
}
