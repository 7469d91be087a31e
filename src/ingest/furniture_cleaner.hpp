// Removes page furniture from the text of a page (breadcrumbs, repeated titles, "Source link",
// comment forms, "Check Also" blocks, photo credits and captions) using the patterns in
// data/furniture.tsv, and finds the title and the page-header date on the way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/report.hpp"
#include "ingest/furniture_patterns.hpp"

namespace truce::ingest {

struct CleanedText {
  std::string body;   // paragraphs separated by one blank line, lines within one kept as they were
  std::string title;  // the known title, else one found in the page (breadcrumb, repeated line)
  std::optional<ReportDate> page_date;  // a date printed in the page header, if any
};

class FurnitureCleaner {
 public:
  explicit FurnitureCleaner(FurniturePatterns patterns) : patterns_(std::move(patterns)) {}

  // Returns the article text of `text` without furniture. `known_title` is a title the caller
  // already has (HTML metadata, a feed item's title); every line equal to the title is removed
  // from the body. Never fails: a page that is all furniture yields an empty body.
  CleanedText clean(std::string_view text, std::string_view known_title = {}) const;

  const FurniturePatterns& patterns() const { return patterns_; }

 private:
  FurniturePatterns patterns_;
};

// Returns `s` with runs of white space folded to one space and the ends trimmed.
std::string collapse_space(std::string_view s);

}  // namespace truce::ingest
