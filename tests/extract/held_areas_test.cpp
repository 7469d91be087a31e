// Land a side held inside another country (data/held_areas.tsv, issue 8, session 8): a strike
// on a place the Karabakh authorities held is Azerbaijan's, until Azerbaijan took it back.
// Every report here is invented.
#include <filesystem>
#include <fstream>

#include "lexicon_copy.hpp"
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using HeldAreas = WorldExtraction;

geo::Place shusha() {
  geo::Place p = town("Shusha", "AZ", 39.76, 46.75);
  p.id = "geonames:147105";  // the id held_areas.tsv names
  p.admin1 = "Shusha District";
  return p;
}

TEST_F(HeldAreas, AStrikeOnAHeldTownIsItsHoldersEnemys) {
  finder_.add("Shusha", {shusha()});
  auto x = run("Shusha was shelled again on Wednesday, the ombudsman said.", "", "2020-10-29");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Azerbaijan");
  EXPECT_EQ(x.incidents[0].provenance.at("actor1"), "held-place");
}

TEST_F(HeldAreas, OnceTakenBackItIsTheCountrysAgain) {
  // Azerbaijan took Shusha on 8 November 2020: shelled after that, by Armenia.
  finder_.add("Shusha", {shusha()});
  auto x = run("Shusha was shelled again on Monday, the ministry said.", "", "2020-11-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(extractor_->lexicons().counts_as(x.incidents[0].actor1->side), "Armenia");
}

TEST(HeldAreaLoading, ARowOfAnUnknownSideIsRejected) {
  const auto dir = test::copy_lexicons("truce_held_areas_test");
  {
    std::ofstream out(dir / "held_areas.tsv", std::ios::app);
    out << "Atlantis\tAZ\tShusha District\t-\t2020-01-01\t-\ttest\n";
  }
  auto e = Extractor::load(dir);
  ASSERT_FALSE(e);
  EXPECT_NE(e.error().message.find("held_areas.tsv:"), std::string::npos) << e.error().message;
  EXPECT_NE(e.error().message.find("Atlantis"), std::string::npos) << e.error().message;
  std::filesystem::remove_all(dir);
}

TEST_F(HeldAreas, OfficialsInAHeldTownSpeakForItsHolder) {
  geo::Place stepanakert = town("Stepanakert", "AZ", 39.82, 46.75);
  stepanakert.admin1 = "Shusha District";  // Khankendi lies in the district held_areas.tsv lists
  finder_.add("Stepanakert", {stepanakert});
  auto x =
      run("Officials in Stepanakert said about 1,300 soldiers had been killed since 27 "
          "September.",
          "", "2020-11-10");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].claimant.side, "Artsakh");
}

TEST_F(HeldAreas, AListOfDistrictsShelledIsTheStatesNotATownsPeople) {
  finder_.add("Tartar", {town("Tartar", "AZ", 40.34, 46.93)});
  finder_.add("Aghdam", {town("Aghdam", "AZ", 39.99, 46.93)});
  finder_.add("Aghjabadi", {town("Aghjabadi", "AZ", 40.05, 47.46)});
  auto x =
      run("The Azerbaijani Defence Ministry said Armenian forces had shelled the Tartar, "
          "Aghdam and Aghjabadi districts overnight.",
          "", "2020-10-11");
  ASSERT_FALSE(x.incidents.empty());
  for (const auto& i : x.incidents) {
    ASSERT_TRUE(i.actor2);
    EXPECT_EQ(i.actor2->side, "Azerbaijan");
  }
}

}  // namespace
}  // namespace truce::extract
