// Rules added from the invented development set: system names are not counts, participial
// casualty clauses, observer vocabulary, "including a <system>", spokespersons continuing an
// institution's statement, speakers after the verb, denials linked to what they deny.
#include <gtest/gtest.h>

#include "core/data_dir.hpp"
#include "extract/extractor.hpp"

namespace truce::extract {
namespace {

class GeneralisationTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto e = Extractor::load(data_dir());
    ASSERT_TRUE(e) << e.error().message;
    extractor_ = new Extractor(std::move(*e));
  }
  static void TearDownTestSuite() { delete extractor_; }

  Extraction run(const std::string& body, const char* published = "2021-05-20") {
    report_.body = body;
    report_.published = ReportDate{published, DatePrecision::day};
    report_.source = "Test Wire";
    return extractor_->extract(report_, nullptr);
  }

  static Extractor* extractor_;
  Report report_;
};
Extractor* GeneralisationTest::extractor_ = nullptr;

TEST_F(GeneralisationTest, NamedSystemIsOneNotItsNumber) {
  auto x =
      run("The Azerbaijani Defense Ministry said its units destroyed an S-300 air defense "
          "system near Kalbajar.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].value, 1);
  EXPECT_EQ(x.claims[0].category, "air_defense");
  EXPECT_EQ(x.claims[0].system, "S-300");
}

TEST_F(GeneralisationTest, ParticipialCasualtyClauses) {
  auto x =
      run("The Azerbaijani Defense Ministry said Armenian artillery shelled the town of "
          "Barda at dawn, killing four civilians and wounding eleven others.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].fatalities, 4);
  EXPECT_EQ(x.incidents[0].injuries, 11);
}

TEST_F(GeneralisationTest, ObserverVocabulary) {
  auto x =
      run("The monitors observed six fresh artillery impacts near the eastern road.\n\n"
          "In the evening the team heard at least nine explosions south of the river.\n\n"
          "Bursts of small-arms fire were recorded near the checkpoint.");
  // The two unattributed explosion sentences in a row join into one incident.
  ASSERT_EQ(x.incidents.size(), 2u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  EXPECT_EQ(x.incidents[0].evidence.size(), 2u);
  EXPECT_EQ(x.incidents[1].type, "battles");
}

TEST_F(GeneralisationTest, ExplosionsNeedSomeoneWhoObservedThem) {
  auto x = run("Officials discussed the impacts of the war on the regional economy at length.");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(GeneralisationTest, IncludingNamesTheSystemOfTheItemBefore) {
  auto x =
      run("The Armenian Defense Ministry said its forces destroyed four air defense systems, "
          "including a Buk system, and 12 tanks.");
  ASSERT_GE(x.claims.size(), 2u);
  EXPECT_EQ(x.claims[0].value, 4);
  EXPECT_EQ(x.claims[0].category, "air_defense");
  EXPECT_EQ(x.claims[1].value, 12);
}

TEST_F(GeneralisationTest, SpokespersonContinuesTheInstitution) {
  auto x =
      run("The Armenian Defense Ministry said on Wednesday that its units repelled an "
          "attack near the border.\n\n"
          "Spokeswoman Ani Petrosyan said enemy drones struck the town of Sisian, wounding "
          "two residents.");
  ASSERT_EQ(x.incidents.size(), 2u);
  EXPECT_EQ(x.incidents[1].claimant.side, "Armenia");
  EXPECT_EQ(x.incidents[1].claimant.rule, "spokesperson-carry-over");
}

TEST_F(GeneralisationTest, SpeakerAfterTheVerb) {
  auto x =
      run("Enemy artillery shelled the village overnight, said the Azerbaijani Defense "
          "Ministry.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Azerbaijan");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Armenia");
}

TEST_F(GeneralisationTest, DenialIsLinkedAndTheNextStatementIsNotDenied) {
  auto x =
      run("The Azerbaijani Defense Ministry said Armenian forces shelled the town of Tovuz.\n\n"
          "Armenia denied shelling Tovuz and said Azerbaijani troops attacked its positions.");
  ASSERT_EQ(x.denials.size(), 1u);
  EXPECT_EQ(x.denials[0].incident, "1");
  ASSERT_EQ(x.incidents.size(), 2u);
  EXPECT_EQ(x.incidents[1].claimant.side, "Armenia");
}

TEST_F(GeneralisationTest, StatesAreNotEvents) {
  auto x = run("The spokesman said Armenian units remained in control of the town of Hadrut.");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(GeneralisationTest, CiviliansCountedByAPartyAreItsOwn) {
  auto x = run("The Armenian government said 52 civilians have been killed and 140 wounded.");
  ASSERT_EQ(x.claims.size(), 2u);
  EXPECT_EQ(x.claims[0].about, "Armenia");
  EXPECT_EQ(x.claims[1].about, "Armenia");
  EXPECT_EQ(x.claims[1].measure, "wounded");
}

}  // namespace
}  // namespace truce::extract
