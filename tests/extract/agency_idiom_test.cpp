// Agencies' idiom, added in session 14 (issue 8): a relay straight after the outlet ("informs
// Report with reference to the press service"), thousands grouped by a space, things counted
// that are no one's dead, a side's own "military deaths", a spokesperson who calls a report a
// lie, and talks that produce no truce. Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class AgencyIdiom : public WorldExtraction {
 protected:
  Extraction from(const std::string& outlet, const std::string& body, const char* day) {
    finder_.add("Aghdam", {town("Aghdam", "AZ", 39.99, 46.93)});
    finder_.add("Mahbes", {town("Mahbes", "EH", 27.22, -9.07)});
    report_.body = body;
    report_.title = "";
    report_.published = ReportDate{day, DatePrecision::day};
    report_.source = outlet;
    return extractor_->extract(report_, &finder_);
  }
};

TEST_F(AgencyIdiom, ARelayAfterTheOutletNamesTheSource) {
  auto x = from("Report.az",
                "Yesterday near the village of Sarijali in Aghdam district a farmer driving a "
                "tractor was hit by an anti-tank mine, informs Report with reference to the press "
                "service of the Ministry of Internal Affairs.",
                "2021-03-04");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Azerbaijan");
  EXPECT_EQ(x.incidents[0].claimant.rule, "relay");
}

TEST_F(AgencyIdiom, ACitedMinistryIsThePartyThatSpokeInTheSentence) {
  auto x =
      run("Russia's defence ministry said Ukrainian troops had shelled Kherson overnight, a news "
          "agency reported, citing the ministry. The ministry said 40 Ukrainian servicemen were "
          "killed.",
          "", "2024-05-06");
  ASSERT_FALSE(x.claims.empty());
  EXPECT_EQ(x.claims[0].claimant.side, "Russia");
}

TEST_F(AgencyIdiom, ASpaceGroupsThousands) {
  auto x = run(
      "According to the updated data of the Artsakh Defence Army the number of killed servicemen "
      "reached 1 221.",
      "", "2020-11-01");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].value, 1221);
}

TEST_F(AgencyIdiom, MinesNeutralisedAreNoOnesDead) {
  auto x =
      run("Yesterday the engineer units of the army neutralized 85 mines and 240 unexploded "
          "munitions in Fuzuli district.",
          "", "2021-02-10");
  EXPECT_TRUE(x.claims.empty());
}

TEST_F(AgencyIdiom, ASidesMilitaryDeathsAreItsOwn) {
  auto x =
      run("The Defence Army of Artsakh said fighting continued near Martuni. It reported 31 more "
          "military deaths.",
          "", "2020-10-24");
  const LossClaim* c = claim_of(x, "killed", 31);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "personnel");
  EXPECT_EQ(c->about, c->claimant.side);
}

TEST_F(AgencyIdiom, CallingAReportALieIsADenialNotAnIncident) {
  auto x =
      run("The spokesperson of the Armenian defence ministry called the information about the "
          "shelling of Martuni district \"complete fabrication\".",
          "", "2020-10-08");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(AgencyIdiom, TalksThatProduceNoTruceAreNoAgreement) {
  auto x =
      run("The two foreign ministers met in Geneva on Friday; the talks produced no agreement on a "
          "truce.",
          "", "2020-10-31");
  EXPECT_TRUE(agreements(x).empty());
}

TEST_F(AgencyIdiom, AnAgreementsDayAfterItsParties) {
  // The relative clause that dates the truce comes after the parties it is between.
  auto x =
      run("According to the agency, the ceasefire between the Islamic Republic of Iran and the "
          "Zionist regime, which the President of America announced in the night of Monday, "
          "established from the early hours of Tuesday morning.",
          "", "2025-06-24");
  const auto a = agreements(x);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].date);
  EXPECT_EQ(a[0].date->iso, "2025-06-23");
}

TEST_F(AgencyIdiom, ABodyThatWatchesATruceReachesNone) {
  auto x =
      run("The joint monitoring center for control of ceasefire in Kherson region officially "
          "started its work on Saturday, the deputy defence minister said.",
          "", "2021-01-30");
  EXPECT_TRUE(agreements(x).empty());
  // Agreeing to observe a truce is agreeing to it.
  auto y = run("The two sides agreed to observe a ceasefire from Monday.", "", "2021-01-30");
  EXPECT_EQ(agreements(y).size(), 1u);
}

TEST_F(AgencyIdiom, AReportsOwnAcronymOutranksTheLexicons) {
  // SPLA is South Sudan's army in the lexicons; this communique defines it as the Polisario's.
  auto x = from("Sahara Press Service",
                "The Ministry of Defense of the Sahrawi Republic said that the units of the "
                "Sahrawi People's Liberation Army (SPLA) continued yesterday intense bombardment "
                "against the entrenchments of the Moroccan occupation army. According to the "
                "communique, the units of the SPLA targeted the bases of the enemy in the sector "
                "of Mahbes.",
                "2020-11-15");
  ASSERT_EQ(x.incidents.size(), 1u);  // the second sentence says where the first happened
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Polisario");
  EXPECT_EQ(x.incidents[0].claimant.side, "Polisario");
  EXPECT_EQ(x.incidents[0].evidence.size(), 2u);
}

TEST_F(AgencyIdiom, ASpeakerAfterTheVerbIsNeverTheDoerBeforeIt) {
  auto x = from("RIA Novosti",
                "The Ukrainian armed forces yesterday again fired on Kherson from multiple launch "
                "rocket systems, said the member of the main council of the regional "
                "administration Ivan Petrov in his Telegram channel.",
                "2022-08-12");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_NE(x.incidents[0].claimant.side, "Ukraine");
  // An official of the region's administration speaks for the side that holds it then.
  EXPECT_EQ(x.incidents[0].claimant.side, "Russia");
  // A name between commas before the verb is its subject's: the ombudsman speaks.
  auto y =
      run("Ukraine's ombudsman, Dmytro Lubinets, said the strike on Kherson killed two "
          "civilians.",
          "", "2022-08-12");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].claimant.side, "Ukraine");
}

TEST_F(AgencyIdiom, LocalOfficialsOfTheSideWhoseSoldierWasKilled) {
  // The soldier named is the victim, not the forces that would make the officials the foe's.
  auto x =
      run("An explosion on Friday near Kharkiv killed a Ukrainian serviceman who was "
          "clearing shells from a field, local officials told a news agency.",
          "", "2022-10-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Ukraine");
}

TEST_F(AgencyIdiom, TheGeneralStaffIsNotTheEnemyArmyTheLastSpeakerToldOf) {
  auto x = run(
      "In the Kherson region Russian troops shelled a village from a drone, so one man received "
      "wounds, reported the head of the regional military administration in Telegram. The enemy "
      "during the day lost 1,170 persons and 5 tanks, the General Staff reported.",
      "", "2025-04-20");
  const LossClaim* c = claim_of(x, "killed", 1170);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->claimant.side, "Ukraine");
  EXPECT_EQ(c->about, "Russia");
}

TEST_F(AgencyIdiom, ADatelinesCityIsNoSpeakersHome) {
  finder_.add("CAIRO", {town("Cairo", "EG", 30.04, 31.24)});
  auto x =
      run("CAIRO (Wire) - Israeli air strikes killed at least 404 Palestinians across the "
          "enclave early on Tuesday, the enclave's health ministry said. The strikes hit "
          "houses and tents in Khan Younis, residents said. Egypt and Qatar, which "
          "brokered the truce with Egypt's intelligence service, urged restraint; Egypt "
          "said it was in contact with both sides.",
          "", "2025-03-18");
  const LossClaim* c = claim_of(x, "killed", 404);
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->claimant.side, "Egypt");
}

TEST_F(AgencyIdiom, TheMonthMayInADatelineIsNoModalVerb) {
  // "May" read as the modal verb had made everything after it hypothetical.
  auto x =
      run("KHARTOUM, May 3 (Reuters) - The Rapid Support Forces shelled a market in El Fasher "
          "on Saturday, killing 12 people, a local medical group said.",
          "", "2025-05-03");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].fatalities, 12);
  // The verb still makes a sentence hypothetical.
  EXPECT_TRUE(run("The Rapid Support Forces may shell El Fasher again, the governor warned.", "",
                  "2025-05-03")
                  .incidents.empty());
}

TEST_F(AgencyIdiom, AnAbbreviatedRankDoesNotEndTheSentence) {
  auto x =
      run("The army's spokesman, Brig. Nabil Abdallah, told a news agency the RSF had "
          "attacked El Fasher from three directions.",
          "", "2025-05-03");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Sudan");
}

}  // namespace
}  // namespace truce::extract
