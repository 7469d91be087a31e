// Alleged violations of a ceasefire as incidents (issue 8, session 8): the accused is the
// attacker; a threat, a predicate or mutual accusations are none; the violation the next sentence
// tells of is one incident. Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using CeasefireViolations = WorldExtraction;

TEST_F(CeasefireViolations, TheAccusedViolatedTheTruce) {
  auto x =
      run("Russian forces violated the Easter truce near Kharkiv within minutes, the Ukrainian "
          "general staff said.",
          "", "2025-04-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Russia");
  EXPECT_EQ(x.incidents[0].claimant.side, "Ukraine");
}

TEST_F(CeasefireViolations, ViolatedItAfterTheTruceWasNamed) {
  auto x = run(
      "Moscow declared a 30-hour Easter truce on Saturday.\n\n"
      "The Russian defence ministry said Ukrainian formations violated it 1,170 times overnight.",
      "", "2025-04-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Ukraine");
}

TEST_F(CeasefireViolations, ThreatsPredicatesAndMutualAccusationsAreNone) {
  for (const char* text : {
           "Kyiv warned that any Russian violation of the truce will be met with a response.",
           "\"Russia's firing at our positions is a serious violation of the ceasefire,\" he said.",
           "The two sides accused each other of violating the truce near Kharkiv.",
           "Russia has repeatedly violated the truce since it took effect, Kyiv said.",
       }) {
    EXPECT_TRUE(run(text, "", "2025-04-20").incidents.empty()) << text;
  }
}

TEST_F(CeasefireViolations, TheViolationTheNextSentenceTellsOfIsOneIncident) {
  auto x =
      run("Kyiv, for its part, accused Moscow of violating the truce.\n\n"
          "The Ukrainian general staff said Russian artillery shelled Kharkiv in the morning.",
          "", "2025-04-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  EXPECT_EQ(x.incidents[0].evidence.size(), 2u);
}

TEST_F(CeasefireViolations, TheTruceBrokenIsDatedByTheDayItTookEffect) {
  auto x =
      run("Azerbaijan has violated the humanitarian ceasefire less than a day after it took "
          "effect at noon on 10 October, the ministry said.\n\nThe ceasefire was agreed in "
          "Moscow after ten hours of talks.",
          "", "2020-10-11");
  std::vector<const CeasefireRef*> agreements;
  for (const auto& c : x.ceasefires)
    if (c.kind == "agreement") agreements.push_back(&c);
  ASSERT_EQ(agreements.size(), 1u);
  ASSERT_TRUE(agreements[0]->date);
  EXPECT_EQ(agreements[0]->date->iso, "2020-10-10");
}

TEST_F(CeasefireViolations, AStatementEndingWeeksOfWarIsTheAgreementItsDealProvidesFor) {
  auto x =
      run("Armenia, Azerbaijan and Russia have signed a statement ending six weeks of war over "
          "Nagorno-Karabakh.\n\nThe deal, signed late on Monday by the three leaders, "
          "provides for a complete ceasefire from 00:00 Moscow time on 10 November.",
          "", "2020-11-10");
  std::vector<const CeasefireRef*> agreements;
  for (const auto& c : x.ceasefires)
    if (c.kind == "agreement") agreements.push_back(&c);
  ASSERT_EQ(agreements.size(), 1u);
  ASSERT_TRUE(agreements[0]->date);
  EXPECT_EQ(agreements[0]->date->iso, "2020-11-10");
}

TEST_F(CeasefireViolations, TheAccusedDidWhatTheSentenceTellsOf) {
  auto x =
      run("NEW DELHI - India accused Pakistan late Saturday of repeatedly violating a ceasefire "
          "agreement reached only hours earlier, as explosions were heard over several cities.",
          "", "2025-05-11");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Pakistan");
  EXPECT_EQ(x.incidents[0].actor1->rule, "accused");
}

}  // namespace
// Session 20: a passive breach with no one who broke it, no place and no day is a summary; the
// same breach by a named party is an alleged violation.
TEST_F(WorldExtraction, ABreachWithNoOneNoPlaceAndNoDayIsASummary) {
  const char* before = "The ceasefire agreed in Moscow took effect on 5 September. ";
  EXPECT_TRUE(run(std::string(before) + "The ceasefire was violated repeatedly.", "", "1992-10-03")
                  .incidents.empty());
  EXPECT_FALSE(run(std::string(before) + "The ceasefire was violated by the Georgian guard.", "",
                   "1992-10-03")
                   .incidents.empty());
}

}  // namespace truce::extract
