// Parties as they stood in a war's own years, and speakers named with their title after an
// inverted verb, added in session 15 (issue 8): before August 2021 the Taliban are the
// insurgency fighting Afghanistan's government (conflicts.tsv, epithets.tsv), since then they
// are that government; "..., said Abdul Aziz Bek, head of the provincial council" is a local
// official speaking, never the attackers the sentence opened with; the party whose soldiers a
// strike killed is its target. Every report is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class WarsOfTheirTime : public WorldExtraction {
 protected:
  Extraction on(const std::string& body, const char* day) {
    finder_.add("Badghis", {town("Badghis", "AF", 35.17, 63.77)});
    finder_.add("Kandahar", {town("Kandahar", "AF", 31.61, 65.71)});
    return run(body, "", day);
  }
};

TEST_F(WarsOfTheirTime, TheTalibanBefore2021AreTheInsurgency) {
  auto x =
      on("Taliban fighters attacked an army checkpoint in Badghis province on Monday, "
         "killing four soldiers, the defence ministry said.",
         "2018-06-19");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Taliban");
  EXPECT_EQ(x.incidents[0].claimant.side, "Afghanistan");
}

TEST_F(WarsOfTheirTime, TheTalibanSince2021AreAfghanistan) {
  auto x =
      on("Taliban forces said they had fired on Pakistani posts near Kandahar on Monday, "
         "killing four soldiers.",
         "2025-10-13");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.side, "Afghanistan");
}

TEST_F(WarsOfTheirTime, ATitledPersonAfterTheVerbSpeaks) {
  auto x =
      on("Hours later, insurgents attacked checkpoints in western Badghis province, killing "
         "14 soldiers and wounding five, said Abdul Aziz Bek, head of the provincial council.",
         "2018-06-18");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Afghanistan");
  EXPECT_NE(x.incidents[0].claimant.name.find("Abdul Aziz Bek"), std::string::npos)
      << x.incidents[0].claimant.name;
}

TEST_F(WarsOfTheirTime, ATitledPersonNobodyCanPlaceLeavesTheOutlet) {
  auto x =
      on("Hours later, insurgents attacked checkpoints in western Badghis province, killing "
         "14 soldiers and wounding five, said Abdul Aziz Bek, elder of Qala-i-Naw.",
         "2018-06-18");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "media");
}

// "Thirty-three Turkish soldiers were killed in an airstrike by regime forces in Idlib": the
// party whose soldiers were counted was hit, not the town's civilians.
TEST_F(WarsOfTheirTime, ThePartyWhoseSoldiersWereCountedWasHit) {
  finder_.add("Idlib", {town("Idlib", "SY", 35.93, 36.63)});
  auto x =
      run("Thirty-three Turkish soldiers were killed and 32 others injured in an airstrike by "
          "Syrian regime forces in Idlib, the governor of Turkey's Hatay province said.",
          "", "2020-02-28");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor2);
  EXPECT_EQ(x.incidents[0].actor2->side, "Turkey");
  EXPECT_EQ(x.incidents[0].actor2->rule, "counted-soldiers");
}

// "X accused Y of trying to hit the pipeline, saying rockets had been fired": Y did it; not
// past a statement of X's own ("and said its forces had killed 50 assailants in fighting").
TEST_F(WarsOfTheirTime, TheAccusedDidWhatTheAccusationTells) {
  finder_.add("Yevlakh", {town("Yevlakh", "AZ", 40.62, 47.15)});
  auto x =
      run("Azerbaijan accused Armenian forces on Tuesday of trying to hit an oil pipeline, "
          "saying cluster rockets had been fired towards the line in Yevlakh district.",
          "", "2020-10-06");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Armenia");
  EXPECT_EQ(x.incidents[0].actor1->rule, "accused");
  auto y =
      run("The army spokesman accused Rwanda of arming the rebels and said Congolese forces "
          "had killed 50 M23 fighters in fighting near Goma on Friday.",
          "", "2025-02-15");
  for (const auto& inc : y.incidents)
    EXPECT_FALSE(inc.actor1 && inc.actor1->rule == "accused") << inc.actor1->side;
}

}  // namespace
}  // namespace truce::extract
