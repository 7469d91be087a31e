// Helpers shared by the ingest tests: the project's furniture patterns and a reader over them.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/data_dir.hpp"
#include "ingest/report_reader.hpp"

namespace truce::ingest::testing {

inline const std::string kData = std::string(TRUCE_TEST_DATA_DIR) + "/ingest";

// The patterns in data/furniture.tsv; the test fails if they do not load.
inline FurniturePatterns project_patterns() {
  auto patterns = load_furniture_patterns(data_dir() / kFurnitureFile);
  EXPECT_TRUE(patterns) << patterns.error().message;
  return patterns ? *patterns : FurniturePatterns{};
}

inline ReportReader make_reader(ReadOptions options = {}) {
  return ReportReader::with_patterns(std::move(options), project_patterns());
}

}  // namespace truce::ingest::testing
