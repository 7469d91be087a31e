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

// Session 14: the war itself as the killer, an event noun's toll over the whole war, a count
// since the signing of an agreement; none is an incident, the figures stay claims.
TEST_F(RunningTolls, TheWarsOwnTollIsNoIncident) {
  auto war = run("Officials in Kharkiv say the eight-month war killed 1,840 Ukrainian soldiers.",
                 "", "2022-10-20");
  EXPECT_TRUE(war.incidents.empty());
  EXPECT_NE(claim_of(war, "killed", 1840), nullptr);
  auto fighting =
      run("The fighting killed more than 6,000 soldiers on both sides.", "", "2022-10-20");
  EXPECT_TRUE(fighting.incidents.empty());
  // One spell of fighting at a town on a day is an incident.
  auto spell = run("Fighting near Kharkiv killed five soldiers on Monday.", "", "2022-10-20");
  EXPECT_EQ(spell.incidents.size(), 1u);
}

TEST_F(RunningTolls, ACountSinceTheSigningIsNoIncident) {
  auto x =
      run("According to the mine action agency, since the signing of the trilateral statement in "
          "total 14 civilians were killed and 41 were injured in mine explosions on the liberated "
          "territories.",
          "", "2021-03-01");
  EXPECT_TRUE(x.incidents.empty());
}

}  // namespace
}  // namespace truce::extract
