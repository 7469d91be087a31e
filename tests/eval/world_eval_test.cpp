// Floors on the world development sets (tests/data/eval/world: eighteen invented reports of six
// wars other than Karabakh; world2 to world18: twenty-four each, of Karabakh and other wars),
// keyed blind; rules of issue 8 were written from their misses, so these
// floors guard against regressions, not the generalisation estimate (that is the frozen set's,
// which has no floor on purpose: nothing may be fitted to it). Floors may only be raised.
#include <gtest/gtest.h>

#include <iostream>

#include "core/data_dir.hpp"
#include "eval/run_evaluation.hpp"
#include "geo/geoparser.hpp"

namespace {

// The least each development set must still reach; violations at most.
struct Floors {
  double incidents, claims, ceasefires, claimant_side, actors;
  std::size_t violations;
};

// Evaluates the set in tests/data/eval/`name` (`documents` reports) against its key and checks
// `floors`.
void check_floors(const std::string& name, std::size_t documents, const Floors& floors) {
  const std::filesystem::path set = std::filesystem::path(TRUCE_TEST_DATA_DIR) / "eval" / name;
  auto extractor = truce::extract::Extractor::load(truce::data_dir());
  ASSERT_TRUE(extractor) << extractor.error().message;
  auto finder = truce::geo::load_place_finder();
  ASSERT_TRUE(finder) << finder.error().message;
  auto run = truce::eval::run_evaluation(set / (name + "_key.jsonl"), {set.string()}, *extractor,
                                         finder->get());
  ASSERT_TRUE(run) << run.error().message;
  const auto& r = run->result;
  std::cout << truce::eval::render(r);
  EXPECT_EQ(run->documents.size(), documents);
  EXPECT_GE(r.incidents.f1(), floors.incidents);
  EXPECT_GE(r.claims.f1(), floors.claims);
  EXPECT_GE(r.ceasefires.f1(), floors.ceasefires);
  EXPECT_LE(r.no_event_violations, floors.violations);
  ASSERT_GT(r.incident_fields.count("claimant_side"), 0u);
  EXPECT_GE(r.incident_fields.at("claimant_side").value(), floors.claimant_side);
  ASSERT_GT(r.incident_fields.count("actors"), 0u);
  EXPECT_GE(r.incident_fields.at("actors").value(), floors.actors);
}

TEST(WorldEvaluation, MeetsTheFloors) {
  // Reached in session 7: incidents F1 0.869, claims F1 0.924, ceasefires 1.00, claimant side
  // 0.96, actors 0.85, no violation (first run, before issue 8: 0.761, 0.017, 0.308, 0.36, 0.24,
  // one).
  check_floors("world", 18, {0.89, 0.94, 0.95, 0.94, 0.86, 0});
}

TEST(WorldEvaluation, SecondSetMeetsTheFloors) {
  // Reached in session 8: incidents F1 0.804, claims F1 0.847, ceasefires 0.941, claimant side
  // 0.89, actors 0.80, 1 violation (first run: 0.687, 0.780, 0.593, 0.82, 0.54, 5). Session 10:
  // incidents 0.838, two more matched ("captured" a named town) whose claimant side is wrong,
  // so claimant side 71 of 80 (0.8875) where it was 71 of 78.
  check_floors("world2", 24, {0.81, 0.86, 0.92, 0.88, 0.77, 1});
}

TEST(WorldEvaluation, ThirdSetMeetsTheFloors) {
  // Reached in session 7: incidents F1 0.773, claims F1 0.894, ceasefires 0.833, claimant side
  // 0.89, actors 0.71, 3 violations (first run, before any rule from it: 0.705, 0.680, 0.696,
  // 0.59, 0.46, 9).
  check_floors("world3", 24, {0.82, 0.88, 0.86, 0.89, 0.72, 1});
}

TEST(WorldEvaluation, FourthSetMeetsTheFloors) {
  // Reached in session 7: incidents F1 0.842, claims F1 0.884, ceasefires 0.900, claimant side
  // 0.95, actors 0.80, no violation (first run, before any rule from it: 0.769, 0.845, 0.579,
  // 0.89, 0.76, 1).
  check_floors("world4", 24, {0.88, 0.90, 0.95, 0.95, 0.82, 0});
}

TEST(WorldEvaluation, FifthSetMeetsTheFloors) {
  // Reached in session 8: incidents F1 0.800, claims F1 0.901, ceasefires 0.872, claimant side
  // 0.86, actors 0.71, no violation (first run, before any rule from it: 0.713, 0.896, 0.821,
  // 0.70, 0.54, 4).
  check_floors("world5", 24, {0.80, 0.92, 0.93, 0.89, 0.73, 0});
}

TEST(WorldEvaluation, SixthSetMeetsTheFloors) {
  // Reached in session 8: incidents F1 0.836, claims F1 0.946, ceasefires 0.958, claimant side
  // 0.82, actors 0.74, no violation (first run, before any rule from it: 0.796, 0.909, 0.667,
  // 0.78, 0.68, 4).
  check_floors("world6", 24, {0.87, 0.94, 0.94, 0.86, 0.77, 0});
}

TEST(WorldEvaluation, SeventhSetMeetsTheFloors) {
  // Reached in session 9: incidents F1 0.840, claims F1 0.911, ceasefires 0.913, claimant side
  // 0.93, actors 0.84, no violation (first run, before any rule from it: 0.725, 0.866, 0.844,
  // 0.89, 0.79, 1).
  check_floors("world7", 24, {0.85, 0.91, 0.95, 0.92, 0.84, 0});
}

TEST(WorldEvaluation, EighthSetMeetsTheFloors) {
  // Reached in session 9: incidents F1 0.824, claims F1 0.897, ceasefires 0.759, claimant side
  // 0.82, actors 0.77, 2 violations (first run, before any rule from it: 0.819, 0.888, 0.759,
  // 0.74, 0.74, 3). Session 11: 0.893, 0.903, 0.759, 0.90, 0.82, no violation. Session 15:
  // ceasefires 0.733, because an undated truce of 2025 is no longer merged into the agreement of
  // October 2020 that the report names later (which had dated it five years early); the truce's
  // day is in no words of the report.
  check_floors("world8", 24, {0.88, 0.89, 0.73, 0.88, 0.80, 0});
}

TEST(WorldEvaluation, NinthSetMeetsTheFloors) {
  // Reached in session 10: incidents F1 0.826, claims F1 0.867, ceasefires 0.756, claimant side
  // 0.79, actors 0.72, 3 violations (first run, before any rule from it: 0.759, 0.809, 0.636,
  // 0.71, 0.72, 5). Session 11: 0.824, 0.871, 0.875, 0.80, 0.73, no violation.
  check_floors("world9", 24, {0.81, 0.86, 0.86, 0.79, 0.72, 0});
}

TEST(WorldEvaluation, TenthSetMeetsTheFloors) {
  // Reached in session 10: incidents F1 0.835, claims F1 0.881, ceasefires 0.851, claimant side
  // 0.84, actors 0.72, 1 violation (first run, before any rule from it: 0.792, 0.850, 0.809,
  // 0.82, 0.65, 1). Session 11: 0.870, 0.886, 0.875, 0.84, 0.73, no violation.
  check_floors("world10", 24, {0.86, 0.88, 0.86, 0.86, 0.71, 0});
}

TEST(WorldEvaluation, EleventhSetMeetsTheFloors) {
  // The holdout of session 10 (its first run at 5b3a8fb: 0.729, 0.840, 0.636, 0.82, 0.86, 1),
  // a development set since. Reached in session 11: 0.817, 0.928, 0.957, 0.82, 0.86, no
  // violation.
  check_floors("world11", 24, {0.83, 0.92, 0.94, 0.81, 0.84, 0});
}

TEST(WorldEvaluation, TwelfthSetMeetsTheFloors) {
  // The holdout of session 11, no rule written from it: first run at 8349ef9 0.828, 0.911,
  // 0.897, 0.85, 0.80, 5 violations; at the end of session 11 0.848, 0.911, 0.897, 0.85, 0.79,
  // 5. A development set from session 12, which reached 0.916, 0.924, 0.968, 0.87, 0.77, 1;
  // session 13: actors 0.82.
  check_floors("world12", 24, {0.90, 0.91, 0.95, 0.85, 0.80, 1});
}

TEST(WorldEvaluation, ThirteenthSetMeetsTheFloors) {
  // The holdout of session 12, no rule written from it: first run at ca972db 0.732, 0.846,
  // 0.769, 0.83, 0.69, 2 violations; at the end of session 12 0.723, 0.846, 0.769, 0.82, 0.69, 2.
  // A development set from session 13, which reached 0.763, 0.883, 0.846, 0.96, 0.79, none.
  // Session 14: 0.809, 0.883, 0.846, 0.95, 0.81, none.
  check_floors("world13", 24, {0.79, 0.87, 0.83, 0.93, 0.79, 0});
}

TEST(WorldEvaluation, FourteenthSetMeetsTheFloors) {
  // The holdout of session 13, no rule written from it: first run at 399ea91 0.743, 0.904,
  // 0.762, 0.79, 0.63, 8 violations; at the end of session 13 0.752, 0.904, 0.762, 0.79, 0.66, 8.
  // A development set from session 14, which reached 0.832, 0.947, 0.842, 0.88, 0.84, 3.
  check_floors("world14", 24, {0.81, 0.93, 0.82, 0.86, 0.82, 3});
}

TEST(WorldEvaluation, FifteenthSetMeetsTheFloors) {
  // The holdout of session 14, no rule written from it: first run at d827fb0 0.772, 0.933,
  // 0.692, 0.82, 0.71, 1 violation; at the end of session 14 0.778 (the rest the same). A
  // development set from session 15, which reached 0.822, 0.933, 0.741, 0.85, 0.79, 1.
  check_floors("world15", 24, {0.80, 0.91, 0.72, 0.83, 0.77, 1});
}

TEST(WorldEvaluation, SixteenthSetMeetsTheFloors) {
  // The holdout of session 15, no rule written from it: first run at 5c8b2db 0.652, 0.759,
  // 0.667, 0.58, 0.51, 2 violations; at the end of session 15 0.652, 0.759, 0.778, 0.58, 0.51,
  // 2. A development set from session 16, which reached 0.738, 0.846, 0.842, 0.69, 0.67, 1.
  check_floors("world16", 24, {0.72, 0.83, 0.82, 0.65, 0.65, 1});
}

TEST(WorldEvaluation, SeventeenthSetMeetsTheFloors) {
  // The holdout of session 16, no rule written from it: first run at f7e66e4 0.738, 0.782,
  // 0.556, 0.76, 0.62, 2 violations; at the end of session 16 0.738, 0.791, 0.556, 0.80, 0.62,
  // 2. A development set from session 17, which reached 0.748, 0.818, 0.737, 0.85, 0.80, 2.
  check_floors("world17", 24, {0.73, 0.80, 0.72, 0.83, 0.78, 2});
}

TEST(WorldEvaluation, EighteenthSetMeetsTheFloors) {
  // The holdout of session 17, no rule written from it: first run at d778e5a 0.781, 0.827,
  // 0.889, 0.62, 0.48, 3 violations; at the end of session 17 0.781, 0.853, 0.889, 0.64, 0.48,
  // 3. A development set from session 18, which reached 0.806, 0.872, 0.889, 0.75, 0.56, 2;
  // session 19 (the rows of its wars in data/) reached 0.815, 0.923, 0.919, 0.75, 0.77, 2.
  check_floors("world18", 24, {0.79, 0.90, 0.90, 0.73, 0.75, 2});
}

TEST(WorldEvaluation, NineteenthSetMeetsTheFloors) {
  // The holdout of session 18, no rule written from it: first run at 4995eaa 0.817, 0.843,
  // 0.757, 0.75, 0.70, 3 violations; at the end of session 18 0.817, 0.892, 0.757, 0.77, 0.71,
  // 3. A development set from session 19, which reached 0.831, 0.909, 0.878, 0.84, 0.84, 1
  // (claimant side and actors with the scorer reading keys' party names through the lexicons).
  check_floors("world19", 24, {0.81, 0.89, 0.86, 0.82, 0.82, 1});
}

TEST(WorldEvaluation, TwentiethSetMeetsTheFloors) {
  // The holdout of session 19, no rule written from it: first run at 12b7f3f 0.718, 0.834,
  // 0.773, 0.76, 0.69, 11 violations; unchanged at the end of session 19. A development set
  // from session 20 (data rows for its wars, then rules from its misses), which reached 0.812,
  // 0.923, 0.884, 0.96, 0.83, 4.
  check_floors("world20", 24, {0.80, 0.91, 0.87, 0.94, 0.81, 4});
}

TEST(WorldEvaluation, TwentyFirstSetMeetsTheFloors) {
  // The holdout of session 20, no rule written from it: first run at 9b99674 0.852, 0.808,
  // 0.824, 0.67, 0.54, 2 violations; unchanged at the end of session 20. A development set
  // from session 21 (data rows for its wars, then rules from its misses), which reached 0.869,
  // 0.892, 0.882, 0.88, 0.82, 2.
  check_floors("world21", 24, {0.85, 0.87, 0.86, 0.86, 0.80, 2});
}

TEST(WorldEvaluation, TwentySecondSetMeetsTheFloors) {
  // The holdout of session 21, no rule written from it: first run at 262c038 0.734, 0.792,
  // 0.839, 0.58, 0.50, 6 violations; 0.734, 0.796, 0.839, 0.60, 0.50, 6 at the end of session
  // 21. A development set from session 22 (data rows for its wars, then rules from its misses),
  // which reached 0.795, 0.930, 0.875, 0.94, 0.80, 6.
  check_floors("world22", 24, {0.78, 0.91, 0.86, 0.92, 0.78, 6});
}

}  // namespace
