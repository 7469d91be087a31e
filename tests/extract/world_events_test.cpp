// Incidents and parties in the shapes the reports of other wars give them (issue 8, session 7):
// what a party destroyed, the epithets of one war ("the junta", "the regime"), the acronyms a
// report defines, crowds. Every report
// here is invented for the test.
#include <filesystem>
#include <fstream>

#include "lexicon_copy.hpp"
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using WorldEvents = WorldExtraction;

TEST_F(WorldEvents, DestroyingMaterielAtATownIsAClash) {
  auto x =
      run("Its fighters destroyed two tanks and an armoured vehicle near Kharkiv on Monday, "
          "the brigade said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  ASSERT_FALSE(x.incidents[0].places.empty());
  EXPECT_EQ(x.incidents[0].places[0].place->name, "Kharkiv");
}

TEST_F(WorldEvents, ATallyOfDestroyedMaterielIsNoIncident) {
  // No town or site: the totals of a tally, which are claims only.
  auto x =
      run("The Russian defence ministry said its forces had destroyed 40 tanks and 12 "
          "armoured vehicles since the start of the month.");
  EXPECT_TRUE(x.incidents.empty());
  EXPECT_FALSE(x.claims.empty());
}

TEST_F(WorldEvents, DestroyingPeopleOrDronesIsNoMaterielClash) {
  // Drones destroyed in the air are an interception; houses are not materiel.
  auto x = run("Air defences destroyed nine drones over Kharkiv overnight, the air force said.");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(WorldEvents, WhatAnAttackDestroyedIsNoOtherIncident) {
  auto x = run("The strikes destroyed an air defence system near Kharkiv, the army said.");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(WorldEvents, AnEpithetNamesTheWarsParty) {
  finder_.add("Sittwe", {town("Sittwe", "MM", 20.15, 92.90)});
  auto x =
      run("Junta aircraft bombed a village near Sittwe on Thursday, killing four civilians, "
          "the Arakan Army said.",
          "", "2024-05-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Myanmar");
  EXPECT_EQ(x.incidents[0].claimant.side, "Arakan Army");
}

TEST_F(WorldEvents, OneEpithetNamesEachWarsOwnParty) {
  finder_.add("Sittwe", {town("Sittwe", "MM", 20.15, 92.90)});
  finder_.add("Saraqib", {town("Saraqib", "SY", 35.86, 36.80)});
  geo::Place turkey = town("Turkey", "TR", 39.0, 35.0);
  turkey.kind = geo::PlaceKind::country;
  finder_.add("Turkey", {turkey});  // as the gazetteer resolves it
  auto myanmar =
      run("The regime shelled a market near Sittwe, killing two people, the Arakan "
          "Army said.",
          "", "2024-05-10");
  auto syria =
      run("The regime shelled a market near Saraqib, killing two people, Turkey's "
          "defence ministry said.",
          "", "2020-02-10");
  ASSERT_EQ(myanmar.incidents.size(), 1u);
  ASSERT_EQ(syria.incidents.size(), 1u);
  ASSERT_TRUE(myanmar.incidents[0].actor1);
  ASSERT_TRUE(syria.incidents[0].actor1);
  EXPECT_EQ(myanmar.incidents[0].actor1->side, "Myanmar");
  EXPECT_EQ(syria.incidents[0].actor1->side, "Syria");
}

TEST_F(WorldEvents, AnEpithetOutsideItsWarNamesNobody) {
  // "the coalition" is the Saudi-led one only in a report about Yemen.
  auto x =
      run("Russian drones struck a depot near Kharkiv on Monday, and the coalition "
          "shelled positions near Kharkiv on Tuesday, the governor said.");
  for (const auto& inc : x.incidents) {
    if (inc.actor1) {
      EXPECT_NE(inc.actor1->side, "Saudi Arabia");
    }
  }
}

TEST_F(WorldEvents, AnAcronymTheReportDefinesNamesItsParty) {
  finder_.add("Sittwe", {town("Sittwe", "MM", 20.15, 92.90)});
  auto x =
      run("Junta aircraft bombed a village near Sittwe on Thursday, killing four civilians, "
          "the Arakan Army (AA) said.\n\nAccording to the AA, navy vessels shelled two "
          "villages near Sittwe on Friday, wounding six people.",
          "", "2024-05-10");
  ASSERT_EQ(x.incidents.size(), 2u);
  EXPECT_EQ(x.incidents[1].claimant.side, "Arakan Army");
}

TEST_F(WorldEvents, ADatelineAgencyIsNoAcronymOfItsCity) {
  finder_.add("Tartar", {town("Tartar", "AZ", 40.34, 46.93)});
  auto x =
      run("BAKU (AA) - Armenian forces shelled Tartar on Friday, killing two civilians.\n\n"
          "AA reported that shells also hit a school in Tartar.",
          "", "2020-10-10");
  for (const auto& inc : x.incidents) EXPECT_NE(inc.claimant.side, "Azerbaijan");
}

TEST_F(WorldEvents, CiviliansAnArmedGroupCountsAreTheStatesPeople) {
  finder_.add("Sittwe", {town("Sittwe", "MM", 20.15, 92.90)});
  auto x =
      run("Junta aircraft bombed a village near Sittwe on Thursday, killing four civilians, "
          "the Arakan Army said.",
          "", "2024-05-10");
  const LossClaim* dead = claim_of(x, "killed", 4);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->claimant.side, "Arakan Army");
  EXPECT_EQ(dead->about, "Myanmar");
}

TEST_F(WorldEvents, ACrowdStormingABuildingIsARiot) {
  auto x =
      run("In Kharkiv, hundreds of angry protesters stormed the regional administration "
          "building overnight, local media reported.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "riots");
}

TEST_F(WorldEvents, FightersAttackingNearResidentsIsNoRiot) {
  auto x =
      run("Three residents said that gunmen attacked an army position near Kharkiv in the "
          "early morning.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

TEST_F(WorldEvents, FireOnATownIsShelling) {
  auto x =
      run("Russian forces fired on the city of Kharkiv and two villages nearby in the early "
          "hours of Saturday, the governor said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Russia");
}

TEST_F(WorldEvents, FireAtPeopleIsNoShelling) {
  // Not a place: the "fired" of a weapon row, which needs a weapon named.
  auto x = run("Soldiers fired at suspects who approached the fence, the army said.");
  for (const auto& inc : x.incidents) EXPECT_NE(inc.type, "explosions_remote_violence");
}

TEST_F(WorldEvents, ABuildingHitIsAnIncident) {
  auto x = run("A hospital in Kharkiv was hit twice on Tuesday, the governor said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
}

TEST_F(WorldEvents, NothingHitIsNoIncident) {
  EXPECT_TRUE(
      run("The governor said no civilian facilities in Kharkiv were hit.").incidents.empty());
  EXPECT_TRUE(run("None of the villages near Kharkiv was hit overnight.").incidents.empty());
}

TEST_F(WorldEvents, ADenialAfterWhatItDeniesMakesNoIncident) {
  auto x = run("Reports that the school in Kharkiv was hit are false, the ministry said.");
  EXPECT_TRUE(x.incidents.empty());
  EXPECT_FALSE(x.denials.empty());
}

TEST_F(WorldEvents, WhatADisasterDidIsNoIncident) {
  auto x = run("The earthquake struck near Kharkiv on Monday, killing 40 people.");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(WorldEvents, FightingSomeoneTookPartInIsNoIncident) {
  auto x = run("Moscow said no Russian aircraft was involved in the fighting near Kharkiv.");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(WorldEvents, GovernmentForcesAreTheStateAtWarWhoeverSpeaks) {
  finder_.add("Marib", {town("Marib", "YE", 15.46, 45.33)});
  auto x =
      run("The Houthis' military spokesman said government forces had shelled their "
          "positions near Marib on Monday.",
          "", "2022-06-02");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Yemen");
  EXPECT_EQ(x.incidents[0].claimant.side, "Houthis");

  auto y =
      run("Government forces accused the Houthis of attacking their positions near Marib "
          "with drones on Tuesday, killing three soldiers.",
          "", "2022-06-02");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].claimant.side, "Yemen");
}

TEST_F(WorldEvents, ADroneStrikeIsThePartyThatAloneFliesDrones) {
  // In the Tigray war only the federal government flew armed drones (conflicts.tsv, drones).
  finder_.add("Mekelle", {town("Mekelle", "ET", 13.50, 39.47)});
  auto x =
      run("A drone strike on a camp for displaced people near Mekelle killed 50 people, aid "
          "workers said.",
          "", "2021-10-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Ethiopia");
}

TEST_F(WorldEvents, AnArmedGroupsAttackOnCiviliansIsViolenceAgainstThem) {
  auto x =
      run("Gunmen attacked villagers near El Fasher on Sunday, killing nine, "
          "the doctors' union said.",
          "", "2024-06-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "violence_against_civilians");
}

TEST_F(WorldEvents, AStatesAttackOnAVillageStaysAFight) {
  auto x =
      run("Russian troops attacked residents of a village near Kharkiv on Sunday, the "
          "governor said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_NE(x.incidents[0].type, "violence_against_civilians");
}

TEST_F(WorldEvents, ACeasefireBetweenNamedPartiesTakesEffect) {
  auto x =
      run("A six-month ceasefire between Colombia's government and the National Liberation "
          "Army (ELN) rebels came into force on Thursday, the army said.",
          "", "2023-08-04");
  const auto a = agreements(x);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].date);
  EXPECT_EQ(a[0].date->iso, "2023-08-03");
}

TEST_F(WorldEvents, ATruceSignedThenInForceIsOneAgreement) {
  auto x =
      run("Gunfire was heard in Khartoum on Tuesday despite a week-long ceasefire between "
          "Sudan's army and the Rapid Support Forces that took effect late on Monday.\n\n"
          "The truce, signed by both sides in Jeddah on Saturday, is monitored remotely.",
          "", "2023-05-23");
  const auto a = agreements(x);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].date);
  EXPECT_EQ(a[0].date->iso, "2023-05-20");
}

TEST_F(WorldEvents, WhatAPartyHasTakenSinceAnOffensiveBeganIsATotal) {
  finder_.add("Lashio", {town("Lashio", "MM", 22.93, 97.75)});
  auto x =
      run("The alliance has seized more than 400 military posts and several towns near "
          "Lashio since its campaign began on Oct. 27, the MNDAA said.",
          "", "2024-01-13");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(WorldEvents, RaidsOnTownsAreAirStrikes) {
  // "raids on towns" (Arabic ghara) are strikes from the air; "raided the village" stays a raid.
  auto x =
      run("The health ministry said Israeli enemy raids on towns near Nabatieh killed 21 citizens.",
          "", "2024-10-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  EXPECT_EQ(x.incidents[0].sub_event, "Air/drone strike");
  auto ground = run("Israeli troops raided the village near Nabatieh on Monday.", "", "2024-10-10");
  ASSERT_EQ(ground.incidents.size(), 1u);
  EXPECT_EQ(ground.incidents[0].type, "battles");
}

TEST(EpithetLoading, AnEpithetOfNoPartyIsRejected) {
  const auto dir = test::copy_lexicons("truce_epithet_test");
  {
    std::ofstream out(dir / "epithets.tsv", std::ios::app);
    out << "the regime\tArmenia\tstate\tSyrian civil war\ttest\n";
  }
  auto e = Extractor::load(dir);
  ASSERT_FALSE(e);
  EXPECT_NE(e.error().message.find("epithets.tsv:"), std::string::npos) << e.error().message;
  EXPECT_NE(e.error().message.find("no party"), std::string::npos) << e.error().message;
  std::filesystem::remove_all(dir);
}

TEST_F(WorldEvents, BorderProvocationsAndSubversiveActsAreClashes) {
  auto x =
      run("The ministry said Armenian units had committed large-scale provocations near the "
          "Kalbajar district on Tuesday.",
          "", "2022-09-14");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  // A bare "provocation" is also a political word.
  EXPECT_TRUE(
      run("The foreign ministry called the statement a provocation on Tuesday.", "", "2022-09-14")
          .incidents.empty());
}

TEST_F(WorldEvents, ATownReleasedFromOccupationIsRetaken) {
  auto x =
      run("The army has released the city of Zangilan and 24 villages from the occupation, "
          "the president said on Thursday.",
          "", "2020-10-22");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].sub_event, "Government regains territory");
  EXPECT_TRUE(
      run("The militia released the hostages on Thursday, the mediators said.", "", "2020-10-22")
          .incidents.empty());
}

TEST_F(WorldEvents, ForcesThatHitABuildingOrATownAttacked) {
  auto x =
      run("On 28 October the Azerbaijani forces hit the maternity hospital of Stepanakert, "
          "the president's office said.",
          "", "2020-10-29");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  EXPECT_TRUE(run("The storm hit the coast on Monday, officials said.", "", "2020-10-29")
                  .incidents.empty());
}

TEST_F(WorldEvents, KillingCiviliansIsViolenceAgainstThemWhateverTheAgent) {
  auto x =
      run("Monitors documented the killing of at least 52 civilians by fighters of the M23 in "
          "villages of Rutshuru territory between 9 and 21 July.",
          "", "2025-07-25");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "violence_against_civilians");
}

TEST_F(WorldEvents, ATownHitByRocketsIsShelledThoughNoBuildingIsNamed) {
  // "was hit" wants a building; "hit by rockets" inside it needs none.
  auto x = run("Yerevan said Stepanakert had been hit by rockets overnight.", "", "2020-10-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
}

// Session 10: taking a town is a battle when the town is the verb's object; "came under the
// control of" names the taker after it.
TEST_F(WorldEvents, TakingATownIsABattleWhenTheTownIsTheObject) {
  auto x = run("Russian forces had taken the town of Kherson on Sunday, the ministry said.", "",
               "2022-03-03");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Russia");
  EXPECT_TRUE(run("The talks took place in the village of Kherson on Monday, officials said.")
                  .incidents.empty());
  EXPECT_TRUE(run("The wounded were taken to the city hospital in Kherson, officials said.")
                  .incidents.empty());
  // Taking up positions takes nothing: no battle (since session 14, a strategic development).
  for (const auto& inc :
       run("Ukrainian forces took up positions in the villages near Kherson, she said.").incidents)
    EXPECT_NE(inc.type, "battles");
}

TEST_F(WorldEvents, ATownThatCameUnderTheControlOfAPartyWasTaken) {
  auto x =
      run("The city of Kherson came under the control of Russian forces on Wednesday, the "
          "regional governor said.",
          "", "2022-03-03");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

TEST_F(WorldEvents, CapturingANamedTownIsABattle) {
  auto x = run("The rebels captured Kharkiv on Friday after weeks of fighting, the group said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

TEST_F(WorldEvents, ShapesOfFireAndDestructionFromWorld9) {
  const char* const reports[] = {
      "Cambodian rockets slammed into a petrol station in Kharkiv on Thursday, officials said.",
      "In the night the enemy blew up the gas measuring station near Kharkiv, the ministry said.",
      "Units of the group of forces defeated the formations of the enemy in the areas of Kharkiv, "
      "the ministry said.",
      "From four o'clock in the morning mortars were falling on Kharkiv, residents said.",
      "The enemy is also firing at the city of Kharkiv, the ministry said.",
  };
  for (const char* report : reports) {
    EXPECT_EQ(run(report).incidents.size(), 1u) << report;
  }
}

// Session 11: an attempt that was stopped happened; materiel reported destroyed in the passive.
TEST_F(WorldEvents, AnAttemptToAttackThatWasStoppedIsABattle) {
  auto x =
      run("The adversary's attempt to advance in the direction of Kharkiv was stopped, the "
          "Ukrainian ministry said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  // "were attempting to attack": the infinitive is active, so the subject is the attacker.
  x = run("Russian units were attempting to attack near Kharkiv, the Ukrainian ministry said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Russia");
  // An intention is still none.
  EXPECT_TRUE(
      run("Russian units plan to attack Kharkiv, the Ukrainian ministry said.").incidents.empty());
}

TEST_F(WorldEvents, MaterielDestroyedInThePassiveAtANamedPlaceIsAStrike) {
  auto x =
      run("One more S-300 anti-aircraft missile system of the enemy was destroyed near "
          "Kharkiv, the Ukrainian ministry said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  // A tally's totals name no place: a claim, not an incident.
  EXPECT_TRUE(run("In total, 49 tanks of the enemy were destroyed, the Ukrainian ministry said.")
                  .incidents.empty());
  // A house destroyed is no materiel of war.
  EXPECT_TRUE(
      run("A house was destroyed in Kharkiv by the flood, officials said.").incidents.empty());
}

TEST_F(WorldEvents, ATownThatIsTheSubjectOfTheAttackIsItsPlace) {
  // An apposition or an adverb between the town and the verb leaves the town the subject.
  for (const char* report :
       {"Kharkiv, the region's main city, came under heavy shelling again overnight, residents "
        "said.",
        "The governor said Kharkiv was again targeted by Russian missiles on Monday."}) {
    auto x = run(report);
    ASSERT_EQ(x.incidents.size(), 1u) << report;
    EXPECT_NE(incident_at(x, "Kharkiv"), nullptr) << report;
  }
}

TEST_F(WorldEvents, FallingRocketsMinesAndDamageByStrikesAreExplosions) {
  const char* const reports[] = {
      "At night two rockets came down to the city center of Kharkiv, residents said.",
      "The church in Kharkiv was damaged by the strike on 8 October, the diocese said.",
      "Two civilians were killed when their car hit an anti-tank mine near Kharkiv, police said.",
  };
  for (const char* report : reports) {
    auto x = run(report, "", "2022-10-12");
    ASSERT_EQ(x.incidents.size(), 1u) << report;
    EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence") << report;
  }
  // Damage by a flood or by time is no attack.
  EXPECT_TRUE(run("The bridge in Kharkiv was damaged by the flood.").incidents.empty());
}

TEST_F(WorldEvents, AggressiveActionsOfTheEnemyAreFighting) {
  auto x =
      run("The Russian side continued the aggressive actions the whole night near Kharkiv, "
          "the Ukrainian General Staff said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

TEST_F(WorldEvents, AsInformedByNamesTheSourceNotTheWordBeforeTheVerb) {
  auto x =
      run("As informed by the Ukrainian General Staff, Russian forces shelled Kharkiv "
          "overnight.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Ukraine");
}

TEST_F(WorldEvents, MoreShapesOfIncidentsFromTheKarabakhSets) {
  struct Case {
    const char* text;
    const char* type;
  };
  const Case cases[] = {
      {"Hundreds of protesters broke into the parliament building in Kherson and beat the "
       "speaker, police said.",
       "riots"},
      {"Hundreds of protesters gathered in front of the government building in Kherson, police "
       "said.",
       "protests"},
      {"The Russian flag had been raised over the village of Kherson, the ministry said.",
       "strategic_developments"},
      {"The ombudsman said cluster munitions were used against residential areas of Kharkiv on "
       "Sunday night.",
       "explosions_remote_violence"},
      {"Kyiv accused Russia of hitting Kharkiv with Smerch rockets on Wednesday.",
       "explosions_remote_violence"},
      {"The Russian side is firing to the villages of Kharkiv district from the east, the "
       "ministry said.",
       "explosions_remote_violence"},
      {"The Ukrainian side confirmed the loss of the town of Kherson on Monday.", "battles"},
      {"Thousands of people demonstrated in the central square of Kherson on Friday.", "protests"},
      {"Government forces then took over the militia's stronghold in Kherson within hours.",
       "battles"},
      {"The rebels said they had captured the military command headquarters in Kherson.",
       "battles"},
      {"Russian units fired on the positions of the Ukrainian army near Kherson with small arms "
       "during the night, the ministry said.",
       "battles"},
  };
  for (const auto& c : cases) {
    auto x = run(c.text);
    ASSERT_EQ(x.incidents.size(), 1u) << c.text;
    EXPECT_EQ(x.incidents[0].type, c.type) << c.text;
  }
  // A loss of people is no fall of a town.
  EXPECT_TRUE(run("Ukraine confirmed the loss of 16 servicemen in Kherson, the ministry said.")
                  .incidents.empty());
}

// Two incidents of a sentence: a shelling and a clash, in either order.
void expect_a_shelling_and_a_clash(const Extraction& x) {
  ASSERT_EQ(x.incidents.size(), 2u);
  std::set<std::string> types{x.incidents[0].type, x.incidents[1].type};
  EXPECT_EQ(types, (std::set<std::string>{"battles", "explosions_remote_violence"}));
}

TEST_F(WorldEvents, AnAttackTheOtherSideIsAccusedOfIsAClashNotTheShelling) {
  expect_a_shelling_and_a_clash(
      run("Moscow said Ukrainian forces had shelled Kherson, while Kyiv accused Russia of "
          "launching an attack near Kharkiv."));
}

// An attack a light verb launches is an event of its own, not the shelling told before it.
TEST_F(WorldEvents, ALaunchedAttackAfterShellingIsAClashOfItsOwn) {
  expect_a_shelling_and_a_clash(
      run("The army said Russian forces fired artillery at villages near Kharkiv at 2:45 a.m. "
          "and launched an attack near Kherson at 7:20 a.m."));
}

// "destroyed a number of enemy forces in the Kharkiv direction": the enemy's men, a clash.
TEST_F(WorldEvents, DestroyingEnemyManpowerIsAClash) {
  auto x =
      run("The Ukrainian army destroyed a large number of enemy manpower near Kharkiv, the "
          "ministry said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

// "Israeli strikes hit Sanaa": where the event word is none by itself ("strikes" wants a
// casualty verb), the verb after it carries the event.
TEST_F(WorldEvents, StrikesThatHitATownAreAStrike) {
  auto x = run("Russian strikes hit Kharkiv late on Thursday, the governor said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
}

// "Soldiers killed 38 civilians ... after clashes with the militia": the clashes date the
// killing; the incident is the killing.
TEST_F(WorldEvents, ClashesAfterWhichCiviliansWereKilledDateTheKilling) {
  auto x =
      run("Government soldiers killed at least 38 civilians in Kharkiv after clashes with the "
          "militia on 29 January, residents said.",
          "", "2025-02-05");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "violence_against_civilians");
}

}  // namespace
}  // namespace truce::extract

namespace truce::extract {
namespace {

// The day that names a ceasefire is not the day of what a sentence reports; the day after
// "violated the truce on" is.
TEST_F(WorldExtraction, ACeasefiresOwnDayIsNotTheIncidentsDay) {
  auto x =
      run("Despite the humanitarian ceasefire from 10 June at 12 o'clock, Russian forces "
          "shelled Kharkiv, the Ukrainian ministry said.",
          "", "2025-06-12");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].date.iso, "2025-06-12");
  EXPECT_EQ(x.incidents[0].date.rule, "publication");
  x =
      run("Russian forces violated the truce on Monday, shelling Kharkiv, the Ukrainian ministry "
          "said.",
          "", "2025-06-12");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].date.iso, "2025-06-09");
}

}  // namespace
}  // namespace truce::extract

namespace truce::extract {
namespace {

// "The strikes killed 10 civilians" after the strikes were told is that incident, with its toll;
// "the attack on Kherson" names a place of its own and is another.
TEST_F(WorldExtraction, TheAttackJustToldIsNoNewIncident) {
  auto x =
      run("Russian missiles hit Kharkiv on Monday, the governor said. The strikes killed 10 "
          "civilians.",
          "", "2025-06-12");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].evidence.size(), 2u);
  EXPECT_EQ(x.incidents[0].fatalities, 10);
  x =
      run("Russian missiles hit Kharkiv on Monday, the governor said. The attack on Kherson "
          "killed two people.",
          "", "2025-06-12");
  EXPECT_EQ(x.incidents.size(), 2u);
  // The town the incident was told of is no new town.
  x =
      run("Rebels captured Kharkiv on Friday, the group said. Thousands of residents fled. The "
          "capture of Kharkiv cut the main supply road of the army.",
          "", "2025-06-12");
  EXPECT_EQ(x.incidents.size(), 1u);
  // The other side's word on the strikes is its own claim.
  x =
      run("Ukraine's army said Russian missiles hit Kharkiv on Monday. Russia's defence ministry "
          "said the strikes killed 30 Ukrainian soldiers.",
          "", "2025-06-12");
  ASSERT_EQ(x.incidents.size(), 2u);
  EXPECT_EQ(x.incidents[1].claimant.side, "Russia");
}

TEST_F(WorldExtraction, AMeetingStruckIsWhereTheAttackHitAndItsSoldiersStayTheTarget) {
  finder_.add("Sumy", {town("Sumy", "UA", 50.92, 34.80)});
  auto x = run(
      "Russia's Defence Ministry said on Sunday it had struck a meeting of Ukrainian commanders "
      "in Sumy with two Iskander-M missiles and killed more than 60 Ukrainian servicemen.",
      "", "2025-04-13");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_EQ(x.incidents[0].places.size(), 1u);
  EXPECT_EQ(x.incidents[0].places[0].mention, "Sumy");
  ASSERT_TRUE(x.incidents[0].actor2);
  EXPECT_EQ(x.incidents[0].actor2->side, "Ukraine");
}

TEST_F(WorldExtraction, MissilesFiredInTheDirectionOfDistrictsAreAStrike) {
  auto x =
      run("BAKU, 4 October. Earlier, missiles were fired in the direction of Siyazan and Khizi "
          "districts, the ministry said.",
          "", "2020-10-04");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
}

TEST_F(WorldExtraction, ARelativeClauseOnTheObjectDoesNotOutrankTheMainVerb) {
  finder_.add("Vardenis", {town("Vardenis", "AM", 40.18, 45.73)});
  auto x = run(
      "MOSCOW, 14 October. The Azerbaijani Defence Ministry said its forces had destroyed an "
      "S-300 air defence system near Vardenis, on the territory of Armenia, which was targeting "
      "Azerbaijani civilian settlements.",
      "", "2020-10-14");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Azerbaijan");
}

// Session 14: an attack on what is hit from afar is remote violence.
TEST_F(WorldExtraction, AnAttackOnInfrastructureIsRemoteViolence) {
  auto x =
      run("Russia's defence ministry said Ukraine had carried out five attacks on Russian "
          "energy infrastructure over the past day.",
          "", "2025-04-13");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  // Fighters who attack positions clash.
  auto y =
      run("About 150 insurgents attacked army positions near Kherson on Monday.", "", "2025-04-13");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "battles");
}

// Session 14: drones shot down in the sentence that tells their strike are part of it.
TEST_F(WorldExtraction, DronesShotDownArePartOfTheirStrike) {
  auto x =
      run("Ukraine's air force said Russia launched 55 drones overnight, of which 31 were shot "
          "down.",
          "", "2025-04-13");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
}

// Session 14: someone killed or wounded "by X fire" tells a clash; tank fire is shelling.
TEST_F(WorldExtraction, WoundedByAPartysFire) {
  auto x = run("Ukraine's army said a soldier was wounded by Russian fire near Kherson on Monday.",
               "", "2025-04-13");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  auto y =
      run("Two people were wounded by Russian tank fire near Kherson on Monday, the "
          "governor said.",
          "", "2025-04-13");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "explosions_remote_violence");
  // A fire with no one hurt is no event.
  EXPECT_TRUE(run("A fire broke out in a warehouse near Kherson on Monday.", "", "2025-04-13")
                  .incidents.empty());
}

// Session 14: posts set up and units withdrawn without a fight are strategic developments.
TEST_F(WorldExtraction, PostsSetUpAndUnitsWithdrawnAreStrategicDevelopments) {
  auto x =
      run("Russian troops took up positions on a stretch of the road near Kherson over the "
          "weekend, residents said.",
          "", "2022-12-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "strategic_developments");
  auto y =
      run("The Ministry of Defense withdrew its units from Kherson on Thursday.", "", "2022-12-20");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "strategic_developments");
}

// Session 19: "the enemy aircraft raided the road of Tyre": aircraft called the enemy's are the
// weapon of a raid, which is an air strike, not a clash.
TEST_F(WorldEvents, EnemyAircraftRaidingIsAnAirStrike) {
  auto x = run("Also the enemy aircraft raided the road near Nabatieh, the agency said.", "",
               "2024-10-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
}

// Session 19: "a French armoured vehicle exchanging fire with gunmen": the gerund of an exchange
// of fire is a clash, as "exchanged fire" is.
TEST_F(WorldEvents, ExchangingFireIsAClash) {
  auto x = run(
      "A reporter saw an armoured vehicle exchanging fire with gunmen near Kharkiv on Thursday.",
      "", "2025-01-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

// Session 19: an operation of the forces in a sentence that tells of people killed is a clash;
// one that tells of none is not an incident by itself.
TEST_F(WorldEvents, ASearchOperationThatKilledIsAClash) {
  auto x =
      run("In the army's search operation near Kharkiv on Friday, 8 militants were killed, the "
          "army said.",
          "", "2025-01-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  EXPECT_TRUE(run("The army said its search operation near Kharkiv would go on.", "", "2025-01-10")
                  .incidents.empty());
}

}  // namespace

}  // namespace truce::extract
