// Tolls told as a number that rose to a figure (issue 8, point 2), added in session 12: "the
// (total) number of civilians killed ... has reached 90", "bringing the total to 1,221", "taking
// its toll to 525", "puts the number at 639"; whose losses they are when the words name the
// cause ("killed by Armenian aggression"). Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using RunningTolls = WorldExtraction;

TEST_F(RunningTolls, TheNumberOfTheKilledThatReachedAFigure) {
  auto x =
      run("The total number of civilians killed by Russian shelling in Kharkiv since 24 "
          "February has reached 90, the prosecutor's office said.",
          "", "2022-05-20");
  const LossClaim* c = claim_of(x, "killed", 90);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "civilians");
  // Killed by the Russian shelling: Ukraine's dead, not Russia's.
  EXPECT_EQ(c->about, "Ukraine");
  EXPECT_TRUE(c->cumulative);
  auto y =
      run("Ukraine's defence ministry said the number of its servicemen killed near Kharkiv "
          "since Sunday reached 404.",
          "", "2022-05-20");
  ASSERT_NE(claim_of(y, "killed", 404), nullptr);
  EXPECT_EQ(claim_of(y, "killed", 404)->category, "personnel");
}

TEST_F(RunningTolls, TheTotalATollIsBroughtTo) {
  auto x =
      run("The Ukrainian defence ministry said 44 more servicemen had been killed near "
          "Kharkiv, bringing the total to 1,221.",
          "", "2022-05-20");
  ASSERT_NE(claim_of(x, "killed", 44), nullptr);
  const LossClaim* total = claim_of(x, "killed", 1221);
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->category, "personnel");
  auto y =
      run("Ukraine reported 44 more military deaths near Kharkiv on Sunday, taking its toll "
          "to 525.",
          "", "2022-05-20");
  ASSERT_NE(claim_of(y, "killed", 525), nullptr);
  EXPECT_EQ(claim_of(y, "killed", 525)->category, "personnel");
}

TEST_F(RunningTolls, AnotherCountOfTheSameToll) {
  auto x =
      run("The health ministry says at least 224 people have been killed in strikes on "
          "Kharkiv since 13 May. A rights group based in Washington puts the number at 639.",
          "", "2022-05-20");
  ASSERT_NE(claim_of(x, "killed", 224), nullptr);
  ASSERT_NE(claim_of(x, "killed", 639), nullptr);
}

// "N of them were shot down": a part of the count before, of its kind; the whole keeps no
// measure of the part's. "two of them in serious condition" is a detail, no count.
TEST_F(RunningTolls, APartOfTheCountBefore) {
  auto x =
      run("Russia launched 40 drones at Kharkiv overnight and 34 of them were shot down, "
          "Ukraine's air force said.",
          "", "2025-05-08");
  const LossClaim* part = claim_of(x, "shot_down", 34);
  ASSERT_NE(part, nullptr);
  EXPECT_EQ(part->category, "drones");
  EXPECT_EQ(claim_of(x, "shot_down", 40), nullptr);
  auto y =
      run("Thirteen residents of Kharkiv were taken to hospital, two of them in serious "
          "condition, the governor said.",
          "", "2025-05-08");
  EXPECT_NE(claim_of(y, "wounded", 13), nullptr);
  EXPECT_EQ(claim_of(y, "wounded", 2), nullptr);
}

// "causing no injuries", "no loss of life": a toll of nobody is 0, not unknown.
TEST_F(RunningTolls, NobodyHurtIsATollOfNought) {
  auto x =
      run("Two Russian missiles hit an open field near Kharkiv on Monday, causing no "
          "injuries, the governor said.",
          "", "2025-05-08");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].fatalities, 0);
  EXPECT_EQ(x.incidents[0].injuries, 0);
  auto y =
      run("A Russian missile hit a depot near Kharkiv on Monday, causing damage but no loss "
          "of life, the governor said.",
          "", "2025-05-08");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].fatalities, 0);
  EXPECT_FALSE(y.incidents[0].injuries.has_value());
}

}  // namespace
}  // namespace truce::extract
