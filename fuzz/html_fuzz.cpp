// HTML pages: gumbo, the depth check, the iterative walks, JSON-LD metadata.
#include "fuzz_support.hpp"
#include "ingest/html_extractor.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto doc =
      truce::ingest::extract_html(truce::fuzz::as_text(data, size), truce::fuzz::patterns());
  (void)doc;
  return 0;
}
