// Extraction on reports of other wars (issue 8), added in session 6: the dead an attack left at
// each of its sites, counted after the attack is told. Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class AttackSites : public WorldExtraction {
 protected:
  void SetUp() override {
    WorldExtraction::SetUp();
    finder_.add("Haris", {town("Haris", "LB", 33.17, 35.37)});
    finder_.add("Tallousa", {town("Tallousa", "LB", 33.28, 35.55)});
    // A district has precision 2; a region no site of its own.
    geo::Place south = town("South Governorate", "LB", 33.27, 35.37);
    south.precision = 3;
    finder_.add("South Governorate", {south});
  }
};

TEST_F(AttackSites, EachSiteWithItsDeadIsAnIncidentOfItsOwn) {
  auto x = run(
      "Israeli strikes on two villages in southern Lebanon killed nine people on Monday, Lebanon's "
      "Health Ministry said. Both sides accused each other of breaking the truce. The ministry "
      "said five people were killed in Haris, a village in the Bint Jbeil district, and four more "
      "in Tallousa, in the Marjayoun district.");
  const Incident* haris = incident_at(x, "Haris");
  const Incident* tallousa = incident_at(x, "Tallousa");
  ASSERT_NE(haris, nullptr);
  ASSERT_NE(tallousa, nullptr);
  EXPECT_EQ(haris->fatalities, 5);
  EXPECT_EQ(tallousa->fatalities, 4);
  EXPECT_EQ(haris->type, "explosions_remote_violence");
  ASSERT_TRUE(haris->actor1);
  EXPECT_EQ(haris->actor1->side, "Israel");
  EXPECT_EQ(haris->claimant.side, "Lebanon");
  EXPECT_EQ(haris->provenance.at("type"), "casualty-at-another-site");
  // "four more" continues the list: a claim of its own.
  const LossClaim* four = claim_of(x, "killed", 4);
  ASSERT_NE(four, nullptr);
  EXPECT_EQ(four->category, "civilians");
}

TEST_F(AttackSites, ACountAtNoTownOrAtTheAttacksOwnPlaceIsItsToll) {
  // The same place as the attack: its toll, not a second incident.
  auto same =
      run("Israeli drones struck Haris on Monday, Lebanon's Health Ministry said. Five people were "
          "killed in Haris.");
  EXPECT_EQ(same.incidents.size(), 1u);
  EXPECT_EQ(same.incidents[0].fatalities, 5);
  // A region is no site.
  auto region = run(
      "Israeli drones struck Haris on Monday, Lebanon's Health Ministry said. Both sides traded "
      "blame. Five people were killed in the South Governorate.");
  EXPECT_EQ(region.incidents.size(), 1u);
  // With no attack told before, a count alone is no site of one.
  auto alone = run("Five people were killed in Tallousa, Lebanon's Health Ministry said.");
  for (const auto& inc : alone.incidents) {
    const auto type = inc.provenance.find("type");
    EXPECT_TRUE(type == inc.provenance.end() || type->second != "casualty-at-another-site");
  }
}

}  // namespace
}  // namespace truce::extract

namespace truce::extract {
namespace {

// Casualty shapes added in session 6 (issue 8, point 2).
TEST_F(WorldExtraction, ASoldierOfANationAndAnotherOneArePersonnel) {
  auto x = run(
      "Israeli drones struck Nabatieh on Monday, the health ministry said. Among the dead was a "
      "Lebanese soldier, the Lebanese army said, adding that another soldier was wounded.");
  const LossClaim* dead = claim_of(x, "killed", 1);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->category, "personnel");
  const LossClaim* hurt = claim_of(x, "wounded", 1);
  ASSERT_NE(hurt, nullptr);
  EXPECT_EQ(hurt->category, "personnel");
  // "another 17" counts 17.
  auto more =
      run("A car bomb exploded at a checkpoint in Kharkiv on Monday, killing four people, the "
          "governor said. Another 17 people were taken to hospital with wounds, he said.");
  EXPECT_NE(claim_of(more, "wounded", 17), nullptr);
  EXPECT_EQ(claim_of(more, "wounded", 1), nullptr);
}

TEST_F(WorldExtraction, ADetailOfACountIsNoCountOfItsOwn) {
  auto x =
      run("Russian missiles struck Kharkiv on Monday, killing five people, among them a woman and "
          "her daughter, the governor said. Since 27 May, 60 civilians, including the 5 killed in "
          "Kharkiv, have been killed, the prosecutor said.");
  EXPECT_NE(claim_of(x, "killed", 5), nullptr);
  EXPECT_NE(claim_of(x, "killed", 60), nullptr);
  EXPECT_EQ(claim_of(x, "killed", 1), nullptr);
  int fives = 0;
  for (const auto& c : x.claims) fives += c.value == 5 ? 1 : 0;
  EXPECT_EQ(fives, 1);
  // A figure among them is a count of its own.
  auto y = run(
      "Russian missiles struck Kharkiv on Monday, killing 12 people, among them 3 children, the "
      "governor said.");
  EXPECT_NE(claim_of(y, "killed", 3), nullptr);
}

}  // namespace
}  // namespace truce::extract

namespace truce::extract {
namespace {

TEST_F(AttackSites, ACountAtATownOfItsOwnIsAnIncidentOfItsOwn) {
  auto x = run(
      "Israeli drones struck Nabatieh on Monday, the Lebanese army said. Talks on the truce went "
      "on in Paris. Officials met again. Later on Tuesday two civilians were wounded in Tallousa, "
      "the state news agency said.");
  const Incident* own = incident_at(x, "Tallousa");
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->provenance.at("type"), "casualty-of-its-own");
  EXPECT_EQ(own->type, "explosions_remote_violence");  // the kind of the incident told before
  EXPECT_EQ(own->injuries, 2);
  ASSERT_TRUE(own->actor2);
  EXPECT_EQ(own->actor2->side, "civilians");
  EXPECT_FALSE(own->actor1);
}

TEST_F(AttackSites, ARunningTotalAtATownIsNoIncident) {
  auto x =
      run("Israeli drones struck Nabatieh on Monday, the Lebanese army said. Between 1 May and 18 "
          "June, 46 people were killed in Tallousa, the ministry said.");
  EXPECT_EQ(incident_at(x, "Tallousa"), nullptr);
}

}  // namespace
}  // namespace truce::extract

namespace truce::extract {
namespace {

TEST_F(WorldExtraction, SoldiersInAWarOfOneStateAreThatStates) {
  auto x =
      run("Al-Shabaab fighters attacked a base near Mogadishu on Monday and four soldiers were "
          "killed, a local elder said.",
          "", "2025-04-20");
  const LossClaim* c = claim_of(x, "killed", 4);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "Somalia");
  // Where states fight on both sides, soldiers are whoever the sentence makes them.
  auto y = run("Four soldiers were killed near Kharkiv on Monday, a local official said.");
  const LossClaim* d = claim_of(y, "killed", 4);
  if (d) EXPECT_NE(d->provenance.at("about"), "state-soldiers");
}

TEST_F(WorldExtraction, CiviliansWhereTheHouthisGovernAreYemens) {
  auto x =
      run("U.S. air strikes on the port of Hodeidah killed at least 58 people and wounded 126 "
          "others, the Houthi-run health ministry said.",
          "", "2025-04-18");
  const LossClaim* c = claim_of(x, "killed", 58);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "Yemen");
  EXPECT_EQ(c->claimant.side, "Houthis");
}

}  // namespace
}  // namespace truce::extract

namespace truce::extract {
namespace {

TEST_F(WorldExtraction, CountedWordsOfMoreWars) {
  auto x = run(
      "In the operations against al-Shabaab, 312 extremists were killed and 97 wounded, while 146 "
      "were captured, the Somali army said. A local official said the army had buried no fewer "
      "than 31 soldiers. Two elders were killed in the crossfire, the army said.",
      "", "2025-04-20");
  for (double n : {312.0, 31.0}) {
    const LossClaim* c = claim_of(x, "killed", n);
    ASSERT_NE(c, nullptr) << n;
    EXPECT_EQ(c->category, "personnel") << n;
  }
  const LossClaim* wounded = claim_of(x, "wounded", 97);
  ASSERT_NE(wounded, nullptr);
  EXPECT_EQ(wounded->category, "personnel");
  const LossClaim* elders = claim_of(x, "killed", 2);
  ASSERT_NE(elders, nullptr);
  EXPECT_EQ(elders->category, "civilians");
}

TEST_F(WorldExtraction, ASpeakerAConvoyAndAWarsDecadesAreNoCounts) {
  auto x = run(
      "A Russian drone strike on a convoy of civilians near Kharkiv killed at least nine people, "
      "the governor said. One woman said her husband was among the dead. The decade-long war has "
      "killed hundreds of thousands of people, the agency said.");
  EXPECT_NE(claim_of(x, "killed", 9), nullptr);
  EXPECT_EQ(claim_of(x, "killed", 1), nullptr);
  for (const auto& c : x.claims) EXPECT_LT(c.value, 100) << c.value;
}

}  // namespace
}  // namespace truce::extract
