// Attacks in the idioms reports use (issue 8, session 15, moved from world_events_test.cpp): a
// suicide bombing and who detonated a bomb, a passive killing by an armed party, the Russian
// ministry's "defeated the manpower", fire from small arms or mortars, a verdict and a riot, and
// "unprovoked firing" and "martyring"; session 22: "the combats" of translated Spanish and
// French, "murdered", and a destroyed post. Every report here is invented for the test.
#include "world_fixture.hpp"

namespace truce::extract {

// Session 15: a suicide bombing is an explosion of its own sub-event, and who detonates a bomb
// made the attack ("detonated" a light verb).
TEST_F(WorldExtraction, ASuicideBombingAndWhoDetonatedABomb) {
  auto x =
      run("At least 26 people were killed and 54 wounded when a suicide bomber exploded himself "
          "in a gathering in Kherson today, an official said.",
          "", "2018-06-16");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  EXPECT_EQ(x.incidents[0].sub_event, "Suicide bomb");
  EXPECT_EQ(x.incidents[0].fatalities, 26);
  auto y =
      run("Hamas militants detonated a car bomb at the gate of a hotel in Khan Younis on Tuesday, "
          "killing at least nine people, a police officer said.",
          "", "2024-03-12");
  ASSERT_EQ(y.incidents.size(), 1u);
  ASSERT_TRUE(y.incidents[0].actor1);
  EXPECT_EQ(y.incidents[0].actor1->side, "Hamas");
}

// Session 15: "killed" in the passive is an incident where an armed doer follows "by".
TEST_F(WorldExtraction, APassiveKillingByAnArmedPartyIsAnIncident) {
  auto x =
      run("A citizen was killed and two others were wounded by RSF snipers in El Fasher on "
          "Monday, the health ministry said.",
          "", "2024-06-11");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "RSF");
  EXPECT_EQ(x.incidents[0].fatalities, 1);
  // Without a doer, a death is counted but is no incident of its own.
  auto y = run("A citizen was killed in El Fasher on Monday, the health ministry said.", "",
               "2024-06-11");
  EXPECT_TRUE(y.incidents.empty());
}

// Session 15: the Russian defence ministry's idiom: "defeated the manpower and equipment of
// two brigades near X", "inflicted defeat on formations of ... near Y" are clashes (the
// preposition that ends the trigger governs "formations", no compound noun).
TEST_F(WorldExtraction, TheRussianMinistrysIdiomIsAClash) {
  for (const char* text :
       {"Units of the Dnepr group of forces defeated the manpower and equipment of two brigades "
        "of the armed forces of Ukraine near Kherson, the Russian defence ministry said.",
        "Units of the Center group of forces inflicted defeat on formations of three brigades of "
        "the armed forces of Ukraine near Kherson, the Russian defence ministry said."}) {
    auto x = run(text, "", "2025-05-10");
    ASSERT_EQ(x.incidents.size(), 1u) << text;
    EXPECT_EQ(x.incidents[0].type, "battles") << text;
    ASSERT_TRUE(x.incidents[0].actor2) << text;
    EXPECT_EQ(x.incidents[0].actor2->side, "Ukraine") << text;
  }
}

// Session 15: "fired from the weapons of different caliber toward the positions" (the Armenian
// and Azerbaijani ministries' idiom) is a clash; "fired from mortars" is shelling.
TEST_F(WorldExtraction, FiredFromSmallArmsOrFromMortars) {
  auto x =
      run("Yesterday the Azerbaijani units fired from the weapons of different caliber toward "
          "the Defense Army positions in the eastern direction, the ministry said.",
          "", "2020-10-05");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  auto y =
      run("Yesterday the Azerbaijani units fired from mortars and artillery toward the Defense "
          "Army positions in the eastern direction, the ministry said.",
          "", "2020-10-05");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "explosions_remote_violence");
}

// Session 15: a court's verdict ("found guilty of killing soldiers during the war") tells of
// no incident; protesters who storm their parliament are not the enemy's army.
TEST_F(WorldExtraction, AVerdictIsNoIncidentAndARiotHasNoEnemyArmy) {
  auto x =
      run("A military court in Baku on Friday sentenced an Armenian prisoner of war to 20 "
          "years in prison after finding him guilty of killing Azerbaijani soldiers during "
          "the 2020 war, the prosecutor's office said.",
          "", "2021-07-02");
  EXPECT_TRUE(x.incidents.empty());
  auto y =
      run("Protesters stormed the parliament building in Yerevan early on Wednesday after the "
          "government announced it had signed a deal ending the fighting in Karabakh.",
          "", "2020-11-10");
  for (const auto& inc : y.incidents) {
    EXPECT_FALSE(inc.actor1 && inc.actor1->side == "Azerbaijan") << inc.type;
  }
}

// Session 15: South Asian militaries' idiom: "resorted to unprovoked firing ..., martyring a
// civilian and injuring two others" is an incident with one dead and two wounded.
TEST_F(WorldExtraction, UnprovokedFiringMartyringACivilian) {
  auto x =
      run("The ISPR said Indian troops had resorted to unprovoked firing in the Battal sector "
          "near Muzaffarabad on Friday night, martyring a civilian and injuring two others.",
          "", "2021-01-16");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].fatalities, 1);
  EXPECT_EQ(x.incidents[0].injuries, 2);
  EXPECT_NE(claim_of(x, "killed", 1), nullptr);
}

// Session 20: a town taken, told with the town as subject ("fell to Armenian forces", "came
// under full control of"): its taker follows; a toll that falls is no town taken. And a quoted
// object is still the verb's ("had taken "strategic heights"").
TEST_F(WorldExtraction, ATownFallsToItsTaker) {
  finder_.add("Kelbajar", {town("Kelbajar", "AZ", 40.10, 46.04)});
  auto x = run("Kelbajar fell to Armenian forces on Saturday after a week of fighting.", "",
               "1993-04-05");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Armenia");
  auto y = run("The town of Kelbajar came under full control of Azerbaijani forces on Sunday.", "",
               "2020-11-25");
  ASSERT_EQ(y.incidents.size(), 1u);
  ASSERT_TRUE(y.incidents[0].actor1);
  EXPECT_EQ(y.incidents[0].actor1->side, "Azerbaijan");
  EXPECT_TRUE(
      run("The death toll in Kelbajar fell to 17 on Monday.", "", "1993-04-05").incidents.empty());
  auto z = run("The ministry said its units had taken \"strategic heights\" near Kelbajar.", "",
               "1993-04-05");
  ASSERT_EQ(z.incidents.size(), 1u);
  EXPECT_EQ(z.incidents[0].type, "battles");
}

// Session 20: aircraft that attack make an air strike; troops that attack "with the support of
// helicopters" fight a battle.
TEST_F(WorldExtraction, AircraftStrikeButSupportedTroopsFight) {
  finder_.add("Aleksinac", {town("Aleksinac", "RS", 43.54, 21.71)});
  finder_.add("Tiwinza", {town("Tiwinza", "EC", -3.43, -78.25)});
  auto x =
      run("The NATO spokesman said the alliance's aircraft attacked military barracks near "
          "Aleksinac on Monday night.",
          "", "1999-04-06");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  auto y =
      run("Peruvian troops with the support of helicopters attacked the Ecuadorian posts at "
          "Tiwinza on Friday morning, the command said.",
          "", "1995-02-11");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "battles");
  // A killing whose subject is a weapon is a strike from afar.
  finder_.add("Vavoua", {town("Vavoua", "CI", 7.38, -6.48)});
  auto z =
      run("The rebels said a helicopter of the army killed six civilians at the market of "
          "Vavoua on Wednesday.",
          "", "2002-10-18");
  ASSERT_EQ(z.incidents.size(), 1u);
  EXPECT_EQ(z.incidents[0].type, "explosions_remote_violence");
  EXPECT_EQ(z.incidents[0].sub_event, "Shelling/artillery/missile attack");
}

// Session 22, from world22's misses: translated Spanish and French say "the combats".
TEST_F(WorldExtraction, TheCombatsAreABattle) {
  auto x =
      run("The combats concentrated near Kharkiv on Sunday, the governor said.", "", "2025-06-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

// Session 22: "murdered" people is violence against them.
TEST_F(WorldExtraction, MurderedIsViolenceAgainstCivilians) {
  auto x = run("Gunmen murdered six teachers in a school near Kharkiv on Sunday, the police said.",
               "", "2025-06-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "violence_against_civilians");
  EXPECT_EQ(x.incidents[0].fatalities, 6);
}

// Session 22: "destroyed a combat position" is a strike on a post, a clash; a count of
// destroyed tanks alone is a claim.
TEST_F(WorldExtraction, ADestroyedPostIsAClash) {
  auto x = run("Russian troops destroyed a combat position near Kharkiv on Sunday, the army said.",
               "", "2025-06-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

// Session 22: "The same evening" dates a sentence by the day the sentence before named.
TEST_F(WorldExtraction, TheSameEveningIsTheDayJustNamed) {
  auto x =
      run("On the evening of 14 June, rockets struck Kharkiv, killing a man, the governor said. "
          "The same evening, shells also hit Kherson, where one woman was injured, the regional "
          "administration said.",
          "", "2025-06-20");
  const Incident* kherson = incident_at(x, "Kherson");
  ASSERT_NE(kherson, nullptr);
  EXPECT_EQ(kherson->date.iso, "2025-06-14");
}

// Session 22, from world22: an exchange of mortar fire is a clash, not shelling; forces that
// infiltrated into a town fought; a column destroyed is a clash; a man taken from his home by
// armed men was abducted.
TEST_F(WorldExtraction, FireExchangedInfiltrationAColumnAndAnAbduction) {
  auto x =
      run("Russian and Ukrainian positions exchanged mortar fire near Kharkiv on Sunday, the "
          "governor said.",
          "", "2025-06-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  auto y =
      run("Russian forces infiltrated into the town of Kharkiv on Sunday night, the army said.", "",
          "2025-06-20");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "battles");
  auto z =
      run("Ukrainian troops destroyed a Russian armoured column near Kharkiv on Sunday, the "
          "army said.",
          "", "2025-06-20");
  ASSERT_EQ(z.incidents.size(), 1u);
  EXPECT_EQ(z.incidents[0].type, "battles");
  auto w =
      run("A local official was taken from his home in Kharkiv on Sunday evening by armed men "
          "in uniform, his family said.",
          "", "2025-06-20");
  ASSERT_EQ(w.incidents.size(), 1u);
  EXPECT_EQ(w.incidents[0].type, "violence_against_civilians");
  EXPECT_EQ(w.incidents[0].sub_event, "Abduction/forced disappearance");
}

// Session 22: "M23 rebels backed by Rwanda attacked": the backer qualifies the rebels; it is
// not the attacker (cue class backer).
TEST_F(WorldExtraction, TheBackerIsNotTheSubject) {
  finder_.add("Goma", {town("Goma", "CD", -1.68, 29.23)});
  auto x =
      run("M23 rebels backed by Rwanda attacked the positions of the Congolese army near Goma "
          "on Friday, the army said.",
          "", "2025-01-25");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "M23");
}

}  // namespace truce::extract
