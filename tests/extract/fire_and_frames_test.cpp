// Added in session 16 (issue 8): fire on positions or troops with no weapon named is a clash,
// as a sniper's is, while fire on a town is shelling; a drone set before "attacked" makes the
// attack remote; a year inside an aside ("Talish, evacuated in 2016,") does not make the
// sentence history; "Fighting, however, continued" is the war going on; a parade "to celebrate
// the liberation" is no incident. Every report is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class FireAndFrames : public WorldExtraction {
 protected:
  Extraction karabakh(const std::string& body) {
    finder_.add("Sotk", {town("Sotk", "AM", 40.20, 45.85)});
    finder_.add("Stepanakert", {town("Stepanakert", "AZ", 39.82, 46.75)});
    finder_.add("Hadrut", {town("Hadrut", "AZ", 39.52, 47.03)});
    finder_.add("Talish", {town("Talish", "AZ", 40.21, 46.82)});
    finder_.add("Baku", {town("Baku", "AZ", 40.38, 49.89)});
    return run(body, "", "2020-10-08");
  }
};

TEST_F(FireAndFrames, FireOnPositionsIsAClash) {
  auto x = karabakh(
      "Armenian officials reported that Azerbaijani forces had fired on Armenian positions near "
      "Sotk on Thursday, lightly wounding one soldier.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

TEST_F(FireAndFrames, FireOnATownIsShelling) {
  auto x = karabakh("Azerbaijani forces fired on Stepanakert on Thursday, the ombudsman said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
}

TEST_F(FireAndFrames, ASnipersFireIsAClash) {
  auto x = karabakh(
      "An Armenian sniper fired at Azerbaijani troops near Hadrut on Wednesday, wounding a "
      "soldier, the ministry said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

TEST_F(FireAndFrames, ADroneBeforeTheVerbMakesTheAttackRemote) {
  auto x = karabakh(
      "In the night the Azerbaijani armed forces with the UAV attacked the Hadrut regional "
      "medical center, the ombudsman said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
}

TEST_F(FireAndFrames, AYearInAnAsideIsNoHistory) {
  auto x = karabakh(
      "According to the Defense Army, the village of Talish, evacuated in 2016, was again "
      "shelled on Wednesday.");
  EXPECT_EQ(x.incidents.size(), 1u);
}

TEST_F(FireAndFrames, FightingThatContinuesIsTheWarGoingOn) {
  auto x = karabakh("Fighting, however, continued on the ground.");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(FireAndFrames, AParadeToCelebrateALiberationIsNoIncident) {
  auto x = karabakh(
      "Azerbaijan on Thursday held a military parade in Baku to celebrate the liberation of "
      "its lands, with the Turkish president as guest of honour.");
  EXPECT_TRUE(x.incidents.empty());
}

// Machine-translated forms: "were subjected to the fire of large-caliber weapons" is shelling;
// "from the beginning of the war the civilian losses reached 22 killed" is a running total,
// claimed, no incident.
TEST_F(FireAndFrames, SubjectedToTheFireIsShelling) {
  finder_.add("Tartar", {town("Tartar", "AZ", 40.34, 46.93)});
  auto x = karabakh(
      "Yesterday in the evening the Tartar city was subjected to the fire of large-caliber "
      "weapons of the enemy, the ministry said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
}

TEST_F(FireAndFrames, LossesFromTheBeginningOfTheWarAreARunningTotal) {
  auto x = karabakh(
      "The Artsakh side informed that from the beginning of the war the civilian losses in "
      "Hadrut reached 22 killed and 97 wounded.");
  EXPECT_TRUE(x.incidents.empty());
  bool found = false;
  for (const auto& c : x.claims) {
    if (c.value == 22) {
      found = true;
      EXPECT_TRUE(c.cumulative);
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace truce::extract
