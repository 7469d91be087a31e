// Floors on the development set of invented reports (tests/data/eval/dev): text that no rule
// was written from, so these figures say how extraction generalises. Floors may only be raised.
#include <gtest/gtest.h>

#include <iostream>

#include "core/data_dir.hpp"
#include "eval/run_evaluation.hpp"
#include "geo/geoparser.hpp"

namespace {

TEST(DevEvaluation, MeetsTheFloors) {
  const std::filesystem::path dev = std::filesystem::path(TRUCE_TEST_DATA_DIR) / "eval" / "dev";
  auto extractor = truce::extract::Extractor::load(truce::data_dir());
  ASSERT_TRUE(extractor) << extractor.error().message;
  // Place figures need the gazetteer index; the floors below do not depend on them.
  auto finder = truce::geo::load_place_finder();
  const truce::geo::PlaceFinder* places = finder ? finder->get() : nullptr;
  auto run = truce::eval::run_evaluation(dev / "dev_key.jsonl", {dev.string()}, *extractor, places);
  ASSERT_TRUE(run) << run.error().message;
  const auto& r = run->result;
  std::cout << truce::eval::render(r);
  EXPECT_EQ(run->documents.size(), 10u);
  // Reached: incidents F1 0.982, claims F1 0.870, no violation, claimant side 1.00
  // (before this work: 0.776, 0.722, 1 violation, 0.84).
  EXPECT_GE(r.incidents.f1(), 0.95);
  EXPECT_GE(r.claims.f1(), 0.85);
  EXPECT_EQ(r.no_event_violations, 0u);
  ASSERT_GT(r.incident_fields.count("claimant_side"), 0u);
  EXPECT_GE(r.incident_fields.at("claimant_side").value(), 0.95);
}

}  // namespace
