// RSS and Atom through libxml2, with entity references charged to a 1 MB budget.
#include "fuzz_support.hpp"
#include "ingest/feed_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto feed = truce::ingest::read_feed(truce::fuzz::as_text(data, size), 1 << 20);
  if (feed) {
    for (const auto& item : feed->items) {
      if (item.content.size() > (1u << 20)) __builtin_trap();  // the budget must hold
    }
  }
  return 0;
}
