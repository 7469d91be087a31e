// Who did what to whom (issue 8, point 4), added in session 6: a state's people as a target are
// civilians, civilians never attack, and a passive's "by" past adverbs and a day. Every report
// here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

TEST_F(WorldExtraction, AStatesPeopleHitAreCivilians) {
  auto x =
      run("Israeli troops opened fire on crowds of Lebanese residents near Nabatieh on Sunday, "
          "killing 22 people, the health ministry said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor2);
  EXPECT_EQ(x.incidents[0].actor2->side, "civilians");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Israel");
}

TEST_F(WorldExtraction, CiviliansAreNeverTheAttacker) {
  auto x = run(
      "At least 21 civilians were killed on Wednesday when rockets struck the centre of Kharkiv, "
      "Ukrainian officials said.");
  ASSERT_FALSE(x.incidents.empty());
  for (const auto& inc : x.incidents)
    if (inc.actor1) EXPECT_NE(inc.actor1->side, "civilians");
}

TEST_F(WorldExtraction, APassivesDoerPastAdverbsAndADay) {
  auto x =
      run("The cathedral in Kherson was struck twice on Thursday by Russian forces, the regional "
          "governor said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Russia");
  EXPECT_EQ(x.incidents[0].actor1->rule, "by-agent");
}

TEST_F(WorldExtraction, TheAttackASideRepelledIsOneEvent) {
  auto x = run(
      "Russia's defence ministry said its troops had repelled Ukrainian attacks near Kharkiv "
      "overnight.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Ukraine");
}

}  // namespace
}  // namespace truce::extract
