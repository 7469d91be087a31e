// Sentences of a report that tell no new incident (issue 8, session 12): the war's toll given
// with the war as subject or counted since a calendar day, a count over many days, a threat
// ("are legitimate targets"), what a party "will not tolerate", the outbreak dated days before
// the report; and the incidents beside them that must stay. Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using BackgroundCounts = WorldExtraction;

TEST_F(BackgroundCounts, TheWarsOwnTollIsNoIncident) {
  EXPECT_TRUE(run("The war erupted on 3 March and has killed at least 640 civilians, the "
                  "monitor said.",
                  "", "2025-05-02")
                  .incidents.empty());
  // The toll of one attack in the perfect stays an incident.
  EXPECT_FALSE(
      run("A drone has killed two farmers near Kharkiv, the governor said.", "", "2025-05-02")
          .incidents.empty());
}

TEST_F(BackgroundCounts, TollsSinceACalendarDayAreATotal) {
  EXPECT_TRUE(run("The health ministry says at least 224 people have been killed in strikes "
                  "since 13 June.",
                  "", "2025-06-19")
                  .incidents.empty());
  EXPECT_TRUE(run("The prosecutor said enemy shelling had killed 31 civilians in Kharkiv since "
                  "the fighting began on 2 May.",
                  "", "2025-05-20")
                  .incidents.empty());
  // Since a recent day, but in the hundreds: the war's toll so far.
  EXPECT_TRUE(run("The health ministry said on Sunday that 224 people had been killed in strikes "
                  "on Kharkiv since Friday.",
                  "", "2025-06-15")
                  .incidents.empty());
  // "since Wednesday" is this spell of fighting, told on Friday: an incident.
  EXPECT_FALSE(run("Shelling has killed four people in Kharkiv since Wednesday, the governor "
                   "said.",
                   "", "2025-06-20")
                   .incidents.empty());
}

TEST_F(BackgroundCounts, ADayOfTheWarDatesTheSentence) {
  const auto x =
      run("Missiles have struck a hospital in Kharkiv, wounding dozens of people, officials say, "
          "on the seventh day of the war between the two countries.",
          "", "2025-06-19");
  EXPECT_EQ(x.incidents.size(), 1u);
}

TEST_F(BackgroundCounts, ACountOverManyDaysIsATotal) {
  EXPECT_TRUE(run("He said that during 44 days the army liberated over 300 settlements, "
                  "including Kupiansk.",
                  "", "2025-05-20")
                  .incidents.empty());
  EXPECT_FALSE(
      run("The army liberated two villages near Kupiansk on Monday, he said.", "", "2025-05-20")
          .incidents.empty());
}

TEST_F(BackgroundCounts, ThreatsAndWhatAPartyWillNotTolerateAreNoIncident) {
  EXPECT_TRUE(run("\"From now on, the military facilities in the cities of the enemy are "
                  "legitimate targets,\" he said.")
                  .incidents.empty());
  EXPECT_TRUE(run("The spokesman warned both sides that the border is a red line, and the armed "
                  "forces will not tolerate the landing of shells.")
                  .incidents.empty());
  // A passive is no predicate: the towns were shelled.
  EXPECT_FALSE(
      run("Two towns near Kharkiv were shelled on Monday, the governor said.").incidents.empty());
}

TEST_F(BackgroundCounts, TheOutbreakDatedDaysBeforeIsBackground) {
  EXPECT_TRUE(run("Fighting on the line of contact near Kharkiv resumed on the morning of "
                  "June 12.",
                  "", "2025-06-16")
                  .incidents.empty());
  EXPECT_FALSE(
      run("Fighting near Kharkiv resumed on June 15.", "", "2025-06-16").incidents.empty());
}

TEST_F(BackgroundCounts, CountsOverWeeksOrMonthsInWordsAreTotals) {
  EXPECT_TRUE(run("The army said that in two months its troops killed more than 400 rebels near "
                  "Kharkiv.",
                  "", "2025-05-20")
                  .incidents.empty());
  // "over the past three days" may be one operation.
  EXPECT_FALSE(run("The army said its troops killed more than 70 militants near Kharkiv over the "
                   "past three days.",
                   "", "2025-05-20")
                   .incidents.empty());
}

}  // namespace
}  // namespace truce::extract
