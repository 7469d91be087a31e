// Extraction on invented war-report sentences: attribution and carry-over, list parsing,
// filters for calm, history, conditions and denials, ceasefire agreements with dates.
#include "extract/extractor.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "core/data_dir.hpp"
#include "lexicon_copy.hpp"

namespace truce::extract {
namespace {

class ExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto e = Extractor::load(data_dir());
    ASSERT_TRUE(e) << e.error().message;
    extractor_ = new Extractor(std::move(*e));
  }
  static void TearDownTestSuite() { delete extractor_; }

  Extraction run(const std::string& body, const char* published = "2021-03-11") {
    report_.body = body;
    report_.published = ReportDate{published, DatePrecision::day};
    report_.source = "Test Wire";
    return extractor_->extract(report_, nullptr);
  }
  std::string text(Span s) const { return report_.body.substr(s.begin, s.end - s.begin); }

  static Extractor* extractor_;
  Report report_;
};
Extractor* ExtractorTest::extractor_ = nullptr;

TEST_F(ExtractorTest, SpeechVerbAndPronounCarryOver) {
  auto x =
      run("The Armenian Defense Ministry said on Tuesday that its troops repelled an attack by "
          "Azerbaijani units near the village.\n"
          "It added that the enemy shelled the town of Martuni overnight.");
  ASSERT_GE(x.incidents.size(), 2u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Armenia");
  EXPECT_EQ(x.incidents[0].type, "battles");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Azerbaijan");
  EXPECT_EQ(x.incidents[0].date.iso, "2021-03-09");
  EXPECT_EQ(x.incidents[1].claimant.side, "Armenia");
  EXPECT_EQ(x.incidents[1].claimant.rule, "carry-over");
  EXPECT_EQ(x.incidents[1].type, "explosions_remote_violence");
  ASSERT_TRUE(x.incidents[1].actor1);
  EXPECT_EQ(x.incidents[1].actor1->side, "Azerbaijan");  // "the enemy" of Armenia
}

TEST_F(ExtractorTest, AccordingToAndOutletVoice) {
  auto x =
      run("Heavy clashes erupted along the northern front, according to Reuters.\n"
          "Artillery shelled the outskirts of the city for hours.");
  ASSERT_GE(x.incidents.size(), 2u);
  EXPECT_EQ(x.incidents[0].claimant.side, "media");
  EXPECT_EQ(x.incidents[0].claimant.rule, "according-to");
  EXPECT_EQ(x.incidents[1].claimant.rule, "outlet");
}

TEST_F(ExtractorTest, ListsShareTheVerbAndTheOwner) {
  auto x = run(
      "The Azerbaijani Defense Ministry announced that its units destroyed 14 tanks, 9 "
      "multiple rocket launchers and a helicopter of the Armenian army, and captured 3 others.");
  ASSERT_EQ(x.claims.size(), 4u);
  EXPECT_EQ(x.claims[0].category, "tanks");
  EXPECT_EQ(x.claims[0].value, 14);
  EXPECT_EQ(x.claims[1].category, "artillery");
  EXPECT_EQ(x.claims[2].category, "helicopters");
  EXPECT_EQ(x.claims[2].value, 1);
  EXPECT_EQ(x.claims[3].measure, "captured");
  EXPECT_EQ(x.claims[3].category, "helicopters");
  for (const auto& c : x.claims) {
    EXPECT_EQ(c.about, "Armenia");
    EXPECT_EQ(c.claimant.side, "Azerbaijan");
  }
  EXPECT_EQ(text(x.claims[1].item), "9 multiple rocket launchers");
}

TEST_F(ExtractorTest, PassiveListAndQualifiers) {
  auto x = run("Baku said that more than 40 Armenian servicemen were killed and 95 wounded.");
  ASSERT_EQ(x.claims.size(), 2u);
  EXPECT_EQ(x.claims[0].qualifier, "more_than");
  EXPECT_EQ(x.claims[0].about, "Armenia");
  EXPECT_EQ(x.claims[0].measure, "killed");
  EXPECT_EQ(x.claims[1].measure, "wounded");
  EXPECT_EQ(x.claims[1].category, "personnel");
}

TEST_F(ExtractorTest, NamedSystem) {
  auto x = run("The ministry said its air defenses shot down a Su-25 jet of the Armenian side.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].system, "Su-25");
  EXPECT_EQ(x.claims[0].category, "aircraft");
  EXPECT_EQ(x.claims[0].measure, "shot_down");
}

TEST_F(ExtractorTest, CalmHistoryConditionsAndDenials) {
  auto x =
      run("The border town of Tavush was quiet overnight, residents said.\n"
          "The two armies fought a long war in the 1990s that killed thousands.\n"
          "The minister warned that his forces would strike the capital if provoked.\n"
          "The ministry denied that its artillery shelled any villages.\n"
          "Both sides accused each other of shelling civilian areas.");
  EXPECT_TRUE(x.incidents.empty());
  EXPECT_EQ(x.denials.size(), 1u);
}

TEST_F(ExtractorTest, CasualtiesAreFatalitiesNotClaims) {
  auto x =
      run("Rockets hit a market in the city, killing at least 4 civilians, local officials said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].fatalities, 4);
  ASSERT_TRUE(x.incidents[0].actor2);
  EXPECT_EQ(x.incidents[0].actor2->side, "civilians");
  EXPECT_TRUE(x.claims.empty());
}

TEST_F(ExtractorTest, CeasefireAgreementsWithDaysAndCalls) {
  auto x =
      run("The sides must respect the truce agreed on the 3rd and the ceasefire "
          "that was signed on the 8th of this month.\n"
          "The European Union called for an immediate ceasefire.");
  int agreements = 0, calls = 0;
  for (const auto& c : x.ceasefires) {
    if (c.kind == "agreement") {
      ++agreements;
      ASSERT_TRUE(c.date);
    }
    if (c.kind == "call") ++calls;
  }
  EXPECT_EQ(agreements, 2);
  EXPECT_EQ(calls, 1);
}

TEST(LexiconLoading, BadLineNamesFileAndLine) {
  const auto dir = test::copy_lexicons("truce_lexicon_test");
  {
    std::ofstream out(dir / "equipment.tsv", std::ios::app);
    out << "catapult\tsiege_engines\t-\n";
  }
  auto e = Extractor::load(dir);
  ASSERT_FALSE(e);
  EXPECT_NE(e.error().message.find("equipment.tsv:"), std::string::npos) << e.error().message;
  EXPECT_NE(e.error().message.find("siege_engines"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace truce::extract
