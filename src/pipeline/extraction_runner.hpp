// Extraction as the commands run it: the lexicons and the gazetteer loaded once, each report's
// extraction flattened into the record the store keeps (whole JSON plus one row per fact).
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/report.hpp"
#include "core/result.hpp"
#include "extract/extractor.hpp"
#include "geo/place.hpp"
#include "store/extraction_record.hpp"

namespace truce::pipeline {

class ExtractionRunner {
 public:
  // Loads the lexicons (failing naming the bad file and line) and the gazetteer. A missing
  // gazetteer index is not fatal: extraction runs without places and `warning` says why.
  static Result<ExtractionRunner> load();

  // Returns the extraction of `report` as the store keeps it. Deterministic.
  ExtractionRecord run(const Report& report) const;

  // The gazetteer's place finder, or null when extraction runs without places.
  const geo::PlaceFinder* places() const { return places_.get(); }
  // Empty, or one line saying what extraction runs without.
  const std::string& warning() const { return warning_; }
  // The program version and a digest of the lexicon files, recorded with each extraction.
  const std::string& extractor_id() const { return extractor_id_; }

 private:
  ExtractionRunner(extract::Extractor extractor, std::shared_ptr<const geo::PlaceFinder> places,
                   std::string warning, std::string extractor_id)
      : extractor_(std::move(extractor)),
        places_(std::move(places)),
        warning_(std::move(warning)),
        extractor_id_(std::move(extractor_id)) {}

  extract::Extractor extractor_;
  std::shared_ptr<const geo::PlaceFinder> places_;
  std::string warning_;
  std::string extractor_id_;
};

// Returns the rows `truce events` and `truce claims` filter on, one per fact of `extraction`;
// `encoded` is the extraction as JSON, whose parts become the facts' JSON.
std::vector<FactRow> fact_rows(const extract::Extraction& extraction,
                               const nlohmann::json& encoded);

}  // namespace truce::pipeline
