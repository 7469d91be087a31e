// Added in session 17 (issue 8), from world17's misses: words of machine-translated Russian and
// Armenian reports, and the idioms of state media: "two got wounded" counts the wounded, "hit
// down a UAV" shoots it down, "the NKR" is the Karabakh authorities, "sent to hell" is killed.
// Every report is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using TranslatedWords = WorldExtraction;

TEST_F(TranslatedWords, GotWoundedCountsTheWounded) {
  auto x = run(
      "The enemy shelled the positions near Martuni today, as a result one serviceman was killed "
      "and two got wounded, the Ministry of Defense of Armenia informed.",
      "", "2020-10-02");
  EXPECT_NE(claim_of(x, "wounded", 2), nullptr);
}

TEST_F(TranslatedWords, HitDownIsShotDown) {
  auto x =
      run("In the evening the Armenian air defense in the direction of Martuni hit down 1 more "
          "Azerbaijani UAV, the Ministry of Defense of Armenia informed.",
          "", "2020-10-02");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  EXPECT_NE(claim_of(x, "shot_down", 1), nullptr);
}

TEST_F(TranslatedWords, TheNkrIsTheKarabakhAuthorities) {
  auto x = run(
      "The Azerbaijani armed forces in the night subjected to shelling the town of Martuni, two "
      "persons were wounded, the Information headquarters of the NKR said.",
      "", "2020-11-02");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Artsakh");
}

}  // namespace
// "21 terrorists were sent to hell", "6 terrorists were rendered ineffective": the idioms of
// Urdu and Turkish state media for militants killed.
TEST_F(TranslatedWords, SentToHellAndRenderedIneffectiveAreKilled) {
  finder_.add("Kalat", {town("Kalat", "PK", 29.03, 66.59)});
  finder_.add("Cizre", {town("Cizre", "TR", 37.33, 42.19)});
  auto x =
      run("In the reaction operations near Kalat 21 terrorists were sent to hell, said the ISPR.",
          "", "2024-08-26");
  EXPECT_NE(claim_of(x, "killed", 21), nullptr);
  auto y = run(
      "Yesterday in Cizre 6 terrorists were rendered ineffective in the operations, the General "
      "Staff said.",
      "", "2016-01-07");
  EXPECT_NE(claim_of(y, "killed", 6), nullptr);
}

}  // namespace truce::extract
