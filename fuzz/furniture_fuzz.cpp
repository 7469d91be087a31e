// The furniture cleaner on arbitrary text, with a title taken from the input's first line.
#include "fuzz_support.hpp"
#include "ingest/furniture_cleaner.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const truce::ingest::FurnitureCleaner cleaner(truce::fuzz::patterns());
  const std::string_view text = truce::fuzz::as_text(data, size);
  const std::string_view title = text.substr(0, std::min(text.find('\n'), text.size()));
  const auto cleaned = cleaner.clean(text, title);
  (void)cleaned;
  return 0;
}
