// Whose voice an outlet's own sentences are (issue 8, point 1d), added in session 6: a party's
// state media speaks for that party; a state's agency far from the war, and a wire, stay media.
// Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class OutletVoice : public WorldExtraction {
 protected:
  Extraction from(const std::string& outlet, const std::string& body) {
    report_.body = body;
    report_.title = "";
    report_.published = ReportDate{"2024-12-03", DatePrecision::day};
    report_.source = outlet;
    return extractor_->extract(report_, &finder_);
  }
};

constexpr const char* kRaid =
    "Israeli warplanes carried out a raid on a house in Nabatieh this evening, killing five "
    "people.";

TEST_F(OutletVoice, APartysStateMediaSpeaksForIt) {
  for (const char* outlet :
       {"NNA (Lebanese state agency)", "Lebanese state-run television", "National News Agency"}) {
    auto x = from(outlet, kRaid);
    ASSERT_EQ(x.incidents.size(), 1u) << outlet;
    EXPECT_EQ(x.incidents[0].claimant.side, "Lebanon") << outlet;
    EXPECT_EQ(x.incidents[0].claimant.rule, "party-state-media") << outlet;
  }
}

TEST_F(OutletVoice, OtherStatesMediaAndWiresStayMedia) {
  for (const char* outlet : {"Xinhua (Chinese state agency)", "Test Wire", "Lebanese weekly"}) {
    auto x = from(outlet, kRaid);
    ASSERT_EQ(x.incidents.size(), 1u) << outlet;
    EXPECT_EQ(x.incidents[0].claimant.side, "media") << outlet;
  }
}

TEST_F(OutletVoice, AStateNamedBeforeEnemyIsTheEnemyMeant) {
  auto x = from("Test Wire", "Israeli enemy warplanes raided a house in Nabatieh this evening.");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Israel");
  EXPECT_EQ(x.incidents[0].actor1->name, "Israeli enemy");
}

TEST_F(OutletVoice, AMinistryWhereTheHouthisGovernSpeaksForThem) {
  finder_.add("Sanaa", {town("Sanaa", "YE", 15.35, 44.21)});
  auto x = from("Test Wire",
                "Israeli warplanes struck the airport in Sanaa on Tuesday, killing three people, "
                "the ministry said. The spokesman of the Yemeni Armed Forces said its missile "
                "force had struck an airport in Israel with a ballistic missile.");
  ASSERT_EQ(x.incidents.size(), 2u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Houthis");
  EXPECT_EQ(x.incidents[1].claimant.side, "Houthis");
}

TEST_F(OutletVoice, AnEmergencyServiceSpeaksForItsStateAndIsNoTarget) {
  finder_.add("Bat Yam", {town("Bat Yam", "IL", 32.02, 34.75)});
  auto x = from("Test Wire",
                "Six people were killed when an Iranian ballistic missile struck a residential "
                "building in Bat Yam overnight, Magen David Adom said on Sunday.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Israel");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Iran");
  ASSERT_TRUE(x.incidents[0].actor2);
  EXPECT_EQ(x.incidents[0].actor2->side, "civilians");
}

TEST_F(OutletVoice, AWarLeadersLocalSiteSpeaksForItWhereItSaysTheEnemy) {
  finder_.add("Tartar", {town("Tartar", "AZ", 40.34, 46.93)});
  report_.published = ReportDate{"2020-10-05", DatePrecision::day};
  const std::string body =
      "The enemy shelled the villages of Tartar district with artillery in the night.";
  report_.body = body;
  report_.source = "Azerbaijani local news site (machine-translated)";
  auto x = extractor_->extract(report_, &finder_);
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Azerbaijan");
  EXPECT_EQ(x.incidents[0].claimant.rule, "outlet-party-voice");
  // A site of a party that leads no camp keeps its own voice ("Lebanese weekly" above).
  report_.source = "Test Wire";
  auto wire = extractor_->extract(report_, &finder_);
  ASSERT_EQ(wire.incidents.size(), 1u);
  EXPECT_EQ(wire.incidents[0].claimant.side, "media");
}

// Session 15: an unnamed military source of a party's agency is that party's, before "the
// army" of the one state at war in the report ("a military source told Saba" is the Houthis').
TEST_F(OutletVoice, APartyAgencysMilitarySourceIsThatPartys) {
  finder_.add("Hodeidah", {town("Hodeidah", "YE", 14.80, 42.95)});
  finder_.add("Hays", {town("Hays", "YE", 13.93, 43.48)});
  auto x = from("Saba (Houthi-run agency)",
                "HODEIDAH, Dec. 27 (Saba) - The US-Saudi aggression forces and their mercenaries "
                "committed 97 violations of the ceasefire in Hodeidah province during the past 24 "
                "hours, a military source told Saba on Thursday. The source explained that the "
                "mercenaries fired more than 50 artillery shells on the citizens' houses in the "
                "district of Hays.");
  ASSERT_FALSE(x.incidents.empty());
  for (const auto& inc : x.incidents) EXPECT_EQ(inc.claimant.side, "Houthis");
}

// Session 15: the country of a dateline is where the report is filed, not the home party's
// forces named in the sentence ("MAIDUGURI, Nigeria (AP) - ..., a local official said" is
// Nigeria's official, not Boko Haram's).
TEST_F(OutletVoice, ADatelinesCountryIsNoForceBesideALocalOfficial) {
  finder_.add("Maiduguri", {town("Maiduguri", "NG", 11.85, 13.16)});
  auto x = from("Test Wire",
                "MAIDUGURI, Nigeria (AP) - Boko Haram fighters killed 12 farmers in a village near "
                "Maiduguri on Saturday, a local official said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Nigeria");
}

// Session 20: an international organisation publishing in its own name tells on its own
// account; a news service it runs, its humanitarian office, and a rights group the lexicon
// counts as media, stay media.
TEST_F(OutletVoice, AnOrganisationsOwnReportIsItsWord) {
  finder_.add("Shyrokyne", {town("Shyrokyne", "UA", 47.09, 37.87)});
  const char* body =
      "Artillery shells hit two houses in Shyrokyne on Monday, killing one resident.";
  auto own = from("OSCE Special Monitoring Mission daily report", body);
  ASSERT_EQ(own.incidents.size(), 1u);
  EXPECT_EQ(own.incidents[0].claimant.side, "OSCE");
  EXPECT_EQ(own.incidents[0].claimant.rule, "organisation-outlet");
  for (const char* outlet :
       {"Kyiv news service (OSCE-funded)", "Amnesty International", "UN OCHA flash update"}) {
    auto x = from(outlet, body);
    ASSERT_EQ(x.incidents.size(), 1u) << outlet;
    EXPECT_EQ(x.incidents[0].claimant.side, "media") << outlet;
  }
}

// Session 21: a force's own release ("INTERFET media release") tells on its side's account,
// as an organisation's does; a wire stays media.
TEST_F(OutletVoice, AForcesOwnReleaseIsItsSidesWord) {
  finder_.add("Nabatieh", {town("Nabatieh", "LB", 33.38, 35.48)});
  auto own = from("IDF statement", kRaid);
  ASSERT_EQ(own.incidents.size(), 1u);
  EXPECT_EQ(own.incidents[0].claimant.side, "Israel");
  EXPECT_EQ(own.incidents[0].claimant.rule, "organisation-outlet");
  auto wire = from("Reuters", kRaid);
  ASSERT_EQ(wire.incidents.size(), 1u);
  EXPECT_EQ(wire.incidents[0].claimant.side, "media");
}

// Session 20: a state's agency named as the source ("informs the correspondent of ITAR-TASS")
// speaks for its state only where the state is a party to the report's war.
TEST_F(OutletVoice, ANamedAgencyOfAStateNotAtWarIsMedia) {
  finder_.add("Gagra", {town("Gagra", "GE", 43.28, 40.27)});
  report_.published = ReportDate{"1992-10-03", DatePrecision::day};
  report_.body =
      "The Abkhaz formations took the city of Gagra on 2 October after heavy battles with the "
      "Georgian guard, informs the correspondent of ITAR-TASS from the place.";
  report_.source = "Test Wire";
  auto x = extractor_->extract(report_, &finder_);
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "media");
}

}  // namespace
}  // namespace truce::extract
