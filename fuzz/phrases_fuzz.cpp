// Number and date phrases: counts ("at least 3 thousand"), relative dates resolved against a
// publication date, and the dates ingest reads from pages and feeds.
#include "fuzz_support.hpp"
#include "ingest/date_parser.hpp"
#include "text/date_resolver.hpp"
#include "text/number_parser.hpp"
#include "text/tokenizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = truce::fuzz::as_text(data, size);
  (void)truce::ingest::parse_iso_date(text);
  (void)truce::ingest::parse_rfc822_date(text);
  (void)truce::ingest::parse_loose_date(text);
  const auto tokens = truce::text::tokenize(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    (void)truce::text::parse_count(tokens, i, {.allow_article = true});
  }
  const truce::ReportDate published{"2020-10-14", truce::DatePrecision::day};
  (void)truce::text::find_dates(tokens, 0, tokens.size(), published);
  return 0;
}
