// Added in session 17 (issue 8), from world17's misses: words of machine-translated Russian and
// Armenian reports: "two got wounded" counts the wounded, "hit down a UAV" shoots it down, and
// "the NKR" is the Karabakh authorities. Every report is invented.
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
  auto x = run(
      "In the evening the Armenian air defense in the direction of Martuni hit down 1 more "
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
}  // namespace truce::extract
