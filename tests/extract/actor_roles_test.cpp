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
  auto x =
      run("Russia's defence ministry said its troops had repelled Ukrainian attacks near Kharkiv "
          "overnight.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Ukraine");
}

TEST_F(WorldExtraction, VerbsJoinedByAndShareTheirSpeaker) {
  auto x =
      run("The Ukrainian army spokesman accused the Russian army of leading the offensive and said "
          "Ukrainian forces had killed no fewer than 50 assailants near Kharkiv on Friday.");
  const LossClaim* c = claim_of(x, "killed", 50);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->claimant.side, "Ukraine");
  EXPECT_EQ(c->claimant.rule, "coordinated-verb");
  EXPECT_EQ(c->about, "Russia");  // the attackers are the speaker's enemy
  EXPECT_EQ(c->provenance.at("about"), "the-attackers");
}

}  // namespace
}  // namespace truce::extract
