// The extraction facade: lexicons loaded once, then one call per report.
#pragma once

#include <filesystem>
#include <memory>

#include "core/report.hpp"
#include "core/result.hpp"
#include "extract/extraction.hpp"
#include "extract/lexicons.hpp"
#include "geo/place.hpp"

namespace truce::extract {

class Extractor {
 public:
  // Returns an extractor with the lexicons of `data_dir`; fails naming the file and line of
  // the first bad entry.
  static Result<Extractor> load(const std::filesystem::path& data_dir);

  // Returns what `report.body` says, with dates resolved against `report.published`. With a
  // `places` finder, toponyms are linked and incidents get their places; without, none.
  // Deterministic; never fails (an empty body gives an empty extraction).
  Extraction extract(const Report& report, const geo::PlaceFinder* places) const;

  const Lexicons& lexicons() const { return *lexicons_; }

 private:
  explicit Extractor(std::shared_ptr<const Lexicons> lexicons) : lexicons_(std::move(lexicons)) {}
  std::shared_ptr<const Lexicons> lexicons_;
};

}  // namespace truce::extract
