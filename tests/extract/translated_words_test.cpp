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

TEST_F(TranslatedWords, AsInformsNamesTheSourceTheReportRelays) {
  auto x = run(
      "As informs the press-service of the Ministry of Defense of the Azerbaijan Republic, on 6 "
      "January the units of the National Army liberated the settlement Martuni.\n\n"
      "According to the specified data, more than 150 Armenian fighters were destroyed and 7 "
      "tanks were destroyed.\n\n"
      "In the battles the National Army lost 14 servicemen killed.",
      "", "1994-01-07");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.side, "Azerbaijan");
  const LossClaim* fighters = claim_of(x, "killed", 150);
  ASSERT_NE(fighters, nullptr);
  EXPECT_EQ(fighters->category, "personnel");
  EXPECT_EQ(fighters->claimant.side, "Azerbaijan");
  EXPECT_EQ(fighters->about, "Armenia");
  const LossClaim* own = claim_of(x, "killed", 14);
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->claimant.side, "Azerbaijan");
}

TEST_F(TranslatedWords, FightersShotDownStayAircraft) {
  auto x =
      run("The air defence shot down two Azerbaijani army fighters near Martuni, the Ministry of "
          "Defense of Armenia informed.",
          "", "2020-10-02");
  const LossClaim* c = claim_of(x, "shot_down", 2);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "aircraft");
}

TEST_F(TranslatedWords, FiringOnCiviliansIsViolenceAgainstThem) {
  auto x = run(
      "Today, at about 12:30, the units of the armed forces of Azerbaijan opened the fire on the 4 "
      "civilians who were repairing the water pipe near Martuni, informs the Police of the "
      "Artsakh Republic.",
      "", "2021-11-08");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "violence_against_civilians");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Azerbaijan");
}

TEST_F(TranslatedWords, FireOnAVillageThatWoundsCiviliansIsNoAttackOnThem) {
  auto x =
      run("Azerbaijani forces opened fire on the village near Martuni, wounding two civilians, the "
          "Ministry of Defense of Armenia informed.",
          "", "2020-10-02");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_NE(x.incidents[0].type, "violence_against_civilians");
}

TEST_F(TranslatedWords, TheFireFromTheArtilleryIsShelling) {
  auto x = run(
      "In the night, the armed forces of Armenia, rudely violating the humanitarian truce, "
      "subjected the villages near Martuni to the fire from the large-calibre artillery, informs "
      "the Prosecutor General's Office of Azerbaijan Republic.",
      "", "2020-10-30");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  ASSERT_TRUE(x.incidents[0].actor2);
  EXPECT_EQ(x.incidents[0].actor2->side, "civilians");
}

TEST_F(TranslatedWords, AutoMachinesAreVehicles) {
  auto x = run(
      "Near Martuni 3 T-72 tanks and 4 auto-machines of the enemy were destroyed, the Ministry of "
      "Defense of Azerbaijan informs.",
      "", "2020-10-30");
  const LossClaim* cars = claim_of(x, "destroyed", 4);
  ASSERT_NE(cars, nullptr);
  EXPECT_EQ(cars->category, "vehicles");
}

}  // namespace truce::extract
