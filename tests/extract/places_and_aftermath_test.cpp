// Sentences that name an event word but report no incident, added in session 14 (issue 8): the
// past of a place in a relative clause, an event noun that names a site, mines cleared "from"
// the land, what follows a reaction or a stance. Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using Aftermath = WorldExtraction;

TEST_F(Aftermath, APlacesPastInARelativeClauseIsNoIncident) {
  EXPECT_TRUE(run("The new checkpoint stands near Kherson, which was liberated by the Ukrainian "
                  "army in November.",
                  "", "2023-01-30")
                  .incidents.empty());
  // The news of the sentence itself stays an incident.
  EXPECT_EQ(run("Russian artillery shelled Kherson, which was liberated by the Ukrainian army in "
                "November.",
                "", "2023-01-30")
                .incidents.size(),
            1u);
}

TEST_F(Aftermath, AnEventNounThatNamesASiteIsNoIncident) {
  EXPECT_TRUE(run("The Indian and Chinese troops have pulled back from the clash site, said the "
                  "Army.",
                  "", "2020-06-20")
                  .incidents.empty());
}

TEST_F(Aftermath, LandClearedFromMinesIsNoIncident) {
  EXPECT_TRUE(run("During the day the engineers cleared 15 hectares of territory near Kherson "
                  "from mines and unexploded munitions.",
                  "", "2023-01-30")
                  .incidents.empty());
}

TEST_F(Aftermath, AfterAReactionOrAStanceTheSentenceReportsNoOther) {
  EXPECT_TRUE(run("The information minister called the attack a \"massacre\" and said the militia "
                  "was taking revenge on civilians.",
                  "", "2024-06-10")
                  .incidents.empty());
  EXPECT_TRUE(
      run("Russia said its jets struck only militant targets near Kharkiv.", "", "2024-06-10")
          .incidents.empty());
  // An event told before the stance stands.
  EXPECT_EQ(run("Kyiv said Russian rockets hit a fuel station near Kharkiv, killing 8 civilians, "
                "but Moscow said its forces only target military objectives.",
                "", "2024-06-10")
                .incidents.size(),
            1u);
}

TEST_F(Aftermath, AClauseAfterAfterTheyIsTheTimeOfTheMainEvent) {
  auto x =
      run("Some families have accused Russian troops of killing elderly civilians after they "
          "captured Kherson in November.",
          "", "2022-12-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "violence_against_civilians");
}

TEST_F(Aftermath, AVerbAfterSinceMakesTheNounItsObjectNotAFrame) {
  // "since the outbreak of the fighting" frames; "since yesterday conducting the offensive"
  // tells the offensive.
  auto x =
      run("According to the general staff, Russian forces since yesterday conducting the "
          "offensive actions in the direction of Kherson.",
          "", "2022-10-20");
  EXPECT_EQ(x.incidents.size(), 1u);
}

TEST_F(Aftermath, AMonthNamedAloneMonthsBeforeTheReportIsBackground) {
  EXPECT_TRUE(run("The border dispute turned deadly in May when a soldier was killed in a brief "
                  "exchange of fire near Kharkiv.",
                  "", "2025-07-29")
                  .incidents.empty());
  // Last month's may still be the story; a relative clause's month dates that clause only.
  EXPECT_EQ(run("Russian forces captured the towns around Kharkiv in June, the governor said.", "",
                "2025-07-29")
                .incidents.size(),
            1u);
  EXPECT_EQ(
      run("Ukrainian forces advanced around Bakhmut, which Russia claimed to have captured in "
          "May, the ministry said.",
          "", "2025-07-29")
          .incidents.size(),
      1u);
}

}  // namespace
// Session 22: "shelled X from the direction of Y" hit X; Y is where the fire came from.
TEST_F(WorldExtraction, ThePlaceTheFireCameFromIsNoTarget) {
  auto x =
      run("Russian artillery shelled Kharkiv from the direction of Kherson on Friday evening, "
          "killing two civilians and wounding seven, the governor said.",
          "", "2025-06-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_EQ(x.incidents[0].places.size(), 1u);
  ASSERT_TRUE(x.incidents[0].places[0].place);
  EXPECT_EQ(x.incidents[0].places[0].place->name, "Kharkiv");
  EXPECT_EQ(x.incidents[0].fatalities, 2);
}

// Session 22: an observer's entry headed by its place ("- OSIJEK: ... fell on the outskirts
// of the city") is placed there.
TEST_F(WorldExtraction, AnObserversEntryHeadedByItsPlace) {
  auto x =
      run("Monitors' daily report.\n\n- Kharkiv: between 21:00 and 23:30 hours on 19 June, "
          "some 40 mortar and artillery rounds fell on the eastern outskirts of the city.",
          "", "2025-06-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_FALSE(x.incidents[0].places.empty());
  ASSERT_TRUE(x.incidents[0].places[0].place);
  EXPECT_EQ(x.incidents[0].places[0].place->name, "Kharkiv");
}

}  // namespace truce::extract
