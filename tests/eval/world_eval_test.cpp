// Floors on the world development sets (tests/data/eval/world: eighteen invented reports of six
// wars other than Karabakh; tests/data/eval/world2: twenty-four of eight wars), keyed blind;
// rules of issue 8 were written from their misses, so these
// floors guard against regressions, not the generalisation estimate (that is the frozen set's,
// which has no floor on purpose: nothing may be fitted to it). Floors may only be raised.
#include <gtest/gtest.h>

#include <iostream>

#include "core/data_dir.hpp"
#include "eval/run_evaluation.hpp"
#include "geo/geoparser.hpp"

namespace {

TEST(WorldEvaluation, MeetsTheFloors) {
  const std::filesystem::path world = std::filesystem::path(TRUCE_TEST_DATA_DIR) / "eval" / "world";
  auto extractor = truce::extract::Extractor::load(truce::data_dir());
  ASSERT_TRUE(extractor) << extractor.error().message;
  auto finder = truce::geo::load_place_finder();
  ASSERT_TRUE(finder) << finder.error().message;
  auto run = truce::eval::run_evaluation(world / "world_key.jsonl", {world.string()}, *extractor,
                                         finder->get());
  ASSERT_TRUE(run) << run.error().message;
  const auto& r = run->result;
  std::cout << truce::eval::render(r);
  EXPECT_EQ(run->documents.size(), 18u);
  // Reached: incidents F1 0.834, claims F1 0.903, ceasefires 1.00, claimant side 0.88, actors
  // 0.81, no violation (first run, before issue 8: 0.761, 0.017, 0.308, 0.36, 0.24, one).
  EXPECT_GE(r.incidents.f1(), 0.82);
  EXPECT_GE(r.claims.f1(), 0.89);
  EXPECT_GE(r.ceasefires.f1(), 0.95);
  EXPECT_EQ(r.no_event_violations, 0u);
  ASSERT_GT(r.incident_fields.count("claimant_side"), 0u);
  EXPECT_GE(r.incident_fields.at("claimant_side").value(), 0.85);
  ASSERT_GT(r.incident_fields.count("actors"), 0u);
  EXPECT_GE(r.incident_fields.at("actors").value(), 0.79);
}

TEST(WorldEvaluation, SecondSetMeetsTheFloors) {
  const std::filesystem::path set = std::filesystem::path(TRUCE_TEST_DATA_DIR) / "eval" / "world2";
  auto extractor = truce::extract::Extractor::load(truce::data_dir());
  ASSERT_TRUE(extractor) << extractor.error().message;
  auto finder = truce::geo::load_place_finder();
  ASSERT_TRUE(finder) << finder.error().message;
  auto run = truce::eval::run_evaluation(set / "world2_key.jsonl", {set.string()}, *extractor,
                                         finder->get());
  ASSERT_TRUE(run) << run.error().message;
  const auto& r = run->result;
  std::cout << truce::eval::render(r);
  EXPECT_EQ(run->documents.size(), 24u);
  // Reached: incidents F1 0.726, claims F1 0.815, ceasefires 0.941, claimant side 0.87, actors
  // 0.68, 2 violations (first run: 0.687, 0.780, 0.593, 0.82, 0.54, 5). Actors were 0.72 before
  // whole-name place matching (issue 13) stopped "Kfar Kila" resolving by its first word, which
  // had named the attacker of three strikes by luck.
  EXPECT_GE(r.incidents.f1(), 0.71);
  EXPECT_GE(r.claims.f1(), 0.80);
  EXPECT_GE(r.ceasefires.f1(), 0.92);
  EXPECT_LE(r.no_event_violations, 2u);
  ASSERT_GT(r.incident_fields.count("claimant_side"), 0u);
  EXPECT_GE(r.incident_fields.at("claimant_side").value(), 0.85);
  ASSERT_GT(r.incident_fields.count("actors"), 0u);
  EXPECT_GE(r.incident_fields.at("actors").value(), 0.67);
}

TEST(WorldEvaluation, ThirdSetMeetsTheFloors) {
  const std::filesystem::path set = std::filesystem::path(TRUCE_TEST_DATA_DIR) / "eval" / "world3";
  auto extractor = truce::extract::Extractor::load(truce::data_dir());
  ASSERT_TRUE(extractor) << extractor.error().message;
  auto finder = truce::geo::load_place_finder();
  ASSERT_TRUE(finder) << finder.error().message;
  auto run = truce::eval::run_evaluation(set / "world3_key.jsonl", {set.string()}, *extractor,
                                         finder->get());
  ASSERT_TRUE(run) << run.error().message;
  const auto& r = run->result;
  std::cout << truce::eval::render(r);
  EXPECT_EQ(run->documents.size(), 24u);
  // Reached in session 6: incidents F1 0.765, claims F1 0.821, ceasefires 0.833, claimant side
  // 0.81, actors 0.71, 3 violations (session 5: 0.738, 0.815, 0.833, 0.79, 0.69, 3; first run,
  // before any rule from it: 0.705, 0.680, 0.696, 0.59, 0.46, 9).
  EXPECT_GE(r.incidents.f1(), 0.75);
  EXPECT_GE(r.claims.f1(), 0.80);
  EXPECT_GE(r.ceasefires.f1(), 0.80);
  EXPECT_LE(r.no_event_violations, 3u);
  ASSERT_GT(r.incident_fields.count("claimant_side"), 0u);
  EXPECT_GE(r.incident_fields.at("claimant_side").value(), 0.78);
  ASSERT_GT(r.incident_fields.count("actors"), 0u);
  EXPECT_GE(r.incident_fields.at("actors").value(), 0.68);
}

TEST(WorldEvaluation, FourthSetMeetsTheFloors) {
  const std::filesystem::path set = std::filesystem::path(TRUCE_TEST_DATA_DIR) / "eval" / "world4";
  auto extractor = truce::extract::Extractor::load(truce::data_dir());
  ASSERT_TRUE(extractor) << extractor.error().message;
  auto finder = truce::geo::load_place_finder();
  ASSERT_TRUE(finder) << finder.error().message;
  auto run = truce::eval::run_evaluation(set / "world4_key.jsonl", {set.string()}, *extractor,
                                         finder->get());
  ASSERT_TRUE(run) << run.error().message;
  const auto& r = run->result;
  std::cout << truce::eval::render(r);
  EXPECT_EQ(run->documents.size(), 24u);
  // Reached in session 6: incidents F1 0.819, claims F1 0.876, ceasefires 0.900, claimant side
  // 0.95, actors 0.78, no violation (first run, before any rule from it: 0.769, 0.845, 0.579,
  // 0.89, 0.76, 1).
  EXPECT_GE(r.incidents.f1(), 0.80);
  EXPECT_GE(r.claims.f1(), 0.85);
  EXPECT_GE(r.ceasefires.f1(), 0.85);
  EXPECT_LE(r.no_event_violations, 1u);
  ASSERT_GT(r.incident_fields.count("claimant_side"), 0u);
  EXPECT_GE(r.incident_fields.at("claimant_side").value(), 0.90);
  ASSERT_GT(r.incident_fields.count("actors"), 0u);
  EXPECT_GE(r.incident_fields.at("actors").value(), 0.74);
}

}  // namespace
