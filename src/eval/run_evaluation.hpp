// The whole evaluation: read the reports as `truce ingest` would (furniture removed,
// meta.jsonl dates applied), extract, and score against an answer key.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "eval/scorer.hpp"
#include "extract/extractor.hpp"
#include "geo/place.hpp"

namespace truce::eval {

struct EvalRun {
  EvalResult result;
  std::vector<ScoredDocument> documents;
  std::vector<Error> problems;  // reports that could not be read
};

// Returns the scores of the reports under `paths` (files or folders) against the key at
// `key_path`. `places` may be null (then place figures are 0). Fails when the key or the
// furniture patterns cannot be read.
Result<EvalRun> run_evaluation(const std::filesystem::path& key_path,
                               const std::vector<std::string>& paths,
                               const extract::Extractor& extractor, const geo::PlaceFinder* places);

}  // namespace truce::eval
