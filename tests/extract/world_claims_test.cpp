// Loss claims in the shapes of session 8 (issue 8, point 2): a ministry's running tally of
// armour, and a side's own military toll named by its possessive or by "military deaths".
// Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using WorldClaims = WorldExtraction;

const LossClaim* claim_of(const Extraction& x, double value) {
  for (const auto& c : x.claims)
    if (c.value == value) return &c;
  return nullptr;
}

TEST_F(WorldClaims, TanksAndOtherArmouredCombatVehiclesAreOneCategory) {
  auto x =
      run("In total, since the beginning of the operation, 261 aircraft and 4,353 tanks and other "
          "armoured combat vehicles have been destroyed, the Russian defence ministry said.");
  const LossClaim* c = claim_of(x, 4353);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "tanks_and_armored_vehicles");
}

TEST_F(WorldClaims, ASidesOwnTollIsItsSoldiers) {
  auto its = run(
      "The Ukrainian general staff said 11 more of its soldiers were killed, bringing its toll to "
      "974 since the fighting began.");
  const LossClaim* c = claim_of(its, 974);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "personnel");
  auto deaths = run(
      "The Ukrainian general staff said it had published the names of 34 more servicemen killed "
      "in action, bringing the total number of military deaths to 1,177.");
  const LossClaim* d = claim_of(deaths, 1177);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->category, "personnel");
  EXPECT_EQ(d->measure, "killed");
}

TEST_F(WorldClaims, JournalistsAndWorkersHurtAreCivilians) {
  auto x =
      run("Russian forces shelled Kharkiv on Monday, and three journalists who had arrived at the "
          "site were injured, the governor said.");
  const LossClaim* c = claim_of(x, 3);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "civilians");
  EXPECT_EQ(c->measure, "wounded");
}

TEST_F(WorldClaims, HowTheWarBeganIsHistory) {
  auto x = run(
      "The war began when gunmen attacked southern Israel on October 7, 2023, killing about 1,200 "
      "people, according to Israeli tallies.",
      "", "2025-10-10");
  EXPECT_TRUE(x.claims.empty());
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(WorldClaims, ArmouredFightingVehiclesAreArmourCombatVehiclesAreVehicles) {
  auto x = run(
      "The Russian defence ministry said its forces destroyed 12 armoured fighting vehicles and "
      "22 combat vehicles near Kharkiv over the past day.");
  const LossClaim* afv = claim_of(x, 12);
  ASSERT_NE(afv, nullptr);
  EXPECT_EQ(afv->category, "armored_vehicles");
  const LossClaim* cv = claim_of(x, 22);
  ASSERT_NE(cv, nullptr);
  EXPECT_EQ(cv->category, "vehicles");
}

TEST_F(WorldClaims, ANamedSystemsItemEndsAtItsComma) {
  auto x = run(
      "The Armenian forces lost 3 S-300 anti-aircraft missile systems, 1 Tor-M2KM system, 2 D-20 "
      "howitzers and several ammunition depots, the Azerbaijani Defence Ministry said.",
      "", "2022-09-15");
  const LossClaim* tor = claim_of(x, 1);
  ASSERT_NE(tor, nullptr);
  EXPECT_EQ(tor->category, "air_defense");
  const LossClaim* guns = claim_of(x, 2);
  ASSERT_NE(guns, nullptr);
  EXPECT_EQ(guns->category, "artillery");
}

TEST_F(WorldClaims, AConnectiveBetweenCommasKeepsTheSpeaker) {
  auto x =
      run("Taliban spokesman Zabihullah Mujahid, however, told a news agency in Kabul that 58 "
          "Pakistani soldiers had been killed.",
          "", "2025-10-13");
  const LossClaim* c = claim_of(x, 58);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->claimant.side, "Afghanistan");
}

TEST_F(WorldClaims, APartysTollIsItsOwnDead) {
  auto x =
      run("The Artsakh Defence Army said 21 more servicemen had been killed, raising its "
          "military toll since 27 September to 525.",
          "", "2020-10-11");
  const LossClaim* c = claim_of(x, 525);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "Artsakh");
  auto y = run("The Artsakh authorities said the military death toll had risen to 974.", "",
               "2020-10-26");
  const LossClaim* d = claim_of(y, 974);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->about, "Artsakh");
}

TEST_F(WorldClaims, ManpowerIsPersonnelAndOneOfThemIsNoCount) {
  auto x =
      run("The enemy has lost 1 tank and more than 30 manpower, the Azerbaijani ministry said.", "",
          "2020-10-22");
  const LossClaim* c = claim_of(x, 30);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "personnel");
  auto y =
      run("Two civilians were killed and four wounded, one of them a rescuer, the Artsakh "
          "ombudsman said.",
          "", "2020-10-29");
  EXPECT_EQ(y.claims.size(), 2u);
}

TEST_F(WorldClaims, AVerbOfSayingJoinedToTheFirstVerbHasItsSubject) {
  auto x =
      run("The Nagorno-Karabakh authorities put their military death toll at 974, and said 37 "
          "civilians had died.",
          "", "2020-10-26");
  const LossClaim* c = claim_of(x, 37);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->claimant.side, "Artsakh");
}

TEST_F(WorldClaims, ACountSinceADayIsAsOfTheReportsDay) {
  auto x = run("Armenian officials said about 1,300 soldiers had been killed since 27 September.",
               "", "2020-11-10");
  const LossClaim* c = claim_of(x, 1300);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->as_of.iso, "2020-11-10");
}

// Session 10, from world9: the people of a tally are servicemen, the Russian ministry's names of
// air defence and rocket artillery, a victim with an age glued by hyphens, "losing their lives".
TEST_F(WorldClaims, PeopleInATallyOfMaterielAreServicemen) {
  auto x = run(
      "The Russian army lost 1,170 persons, 5 tanks and 64 operative-tactical level drones during "
      "the day, the General Staff of Ukraine reported.");
  const LossClaim* people = claim_of(x, 1170);
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->category, "personnel");
  const LossClaim* drones = claim_of(x, 64);
  ASSERT_NE(drones, nullptr);
  EXPECT_EQ(drones->category, "drones");
}

TEST_F(WorldClaims, TheMinistrysNamesOfAirDefenceAndRocketArtillery) {
  auto x =
      run("In total the Ukrainian army lost 605 anti-aircraft missile complexes and 1,505 combat "
          "vehicles of multiple launch rocket systems, the Russian Ministry of Defence said.");
  const LossClaim* air = claim_of(x, 605);
  ASSERT_NE(air, nullptr);
  EXPECT_EQ(air->category, "air_defense");
  const LossClaim* rockets = claim_of(x, 1505);
  ASSERT_NE(rockets, nullptr);
  EXPECT_EQ(rockets->category, "artillery");
}

TEST_F(WorldClaims, OneVictimWithAnAgeAndLivesLost) {
  auto x =
      run("A Russian drone hit a bus near Kharkiv, killing a 63-year-old man, the governor said.");
  const LossClaim* man = claim_of(x, 1);
  ASSERT_NE(man, nullptr);
  EXPECT_EQ(man->measure, "killed");
  x =
      run("Russian shelling hit Kharkiv, with 13 residents losing their lives on the first night "
          "alone, the governor said.");
  const LossClaim* residents = claim_of(x, 13);
  ASSERT_NE(residents, nullptr);
  EXPECT_EQ(residents->measure, "killed");
}

TEST_F(WorldClaims, CompatriotsMigrantsAndACivilianCar) {
  auto x =
      run("610 of our dear compatriots were martyred in the Russian strikes on Kharkiv, the "
          "health ministry said.");
  const LossClaim* compatriots = claim_of(x, 610);
  ASSERT_NE(compatriots, nullptr);
  EXPECT_EQ(compatriots->category, "civilians");
  x = run("A Russian drone bombed a civilian car near Kharkiv, killing three people, police said.");
  EXPECT_EQ(claim_of(x, 1), nullptr) << "the car's adjective is no victim";
  ASSERT_NE(claim_of(x, 3), nullptr);
}

// "X published a tally. ..., the ministry said": publishing is saying, so "the ministry" is X.
TEST_F(WorldClaims, APublishedTallyIsItsPublishersWord) {
  auto x = run(
      "Later in the day the Ministry of Defence of Ukraine published an updated tally. The enemy "
      "lost 4 helicopters and no fewer than 200 servicemen, the ministry said.");
  const LossClaim* helicopters = claim_of(x, 4);
  ASSERT_NE(helicopters, nullptr);
  EXPECT_EQ(helicopters->claimant.side, "Ukraine");
}

// "The Health Ministry of X released new figures. ..., the ministry said": the ministry named
// just before, though no verb of saying made it a speaker.
TEST_F(WorldClaims, TheMinistrySaidIsTheMinistryNamedJustBefore) {
  auto x =
      run("The Ministry of Health of Ukraine released new figures on Tuesday.\n\nAt least 14 "
          "civilians were killed in Kharkiv overnight, the ministry said.");
  const LossClaim* dead = claim_of(x, 14);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->claimant.side, "Ukraine");
  EXPECT_EQ(dead->claimant.rule, "same-head-before");
}

}  // namespace
}  // namespace truce::extract

namespace truce::extract {
namespace {

// Session 11: the General Staff's tally written inside one sentence, after a colon, its items
// between commas; the bracketed day's count is the tally's increment, not a prose claim.
TEST_F(WorldExtraction, ATallyInsideOneSentenceGivesOneClaimAnItem) {
  auto x = run(
      "The General Staff of the Armed Forces of Ukraine informs the total combat losses of the "
      "enemy from 24.02.22 to 11.11.22: personnel - about 80,000 (plus 590 liquidated during the "
      "day), tanks - 2,832, artillery systems - 1,818, helicopters - 261.",
      "", "2022-11-11");
  ASSERT_EQ(x.claims.size(), 5u);
  const LossClaim* tanks = claim_of(x, "destroyed", 2832);
  ASSERT_NE(tanks, nullptr);
  EXPECT_EQ(tanks->category, "tanks");
  EXPECT_EQ(tanks->about, "Russia");
  EXPECT_EQ(tanks->claimant.side, "Ukraine");
  const LossClaim* day = claim_of(x, "killed", 590);
  ASSERT_NE(day, nullptr);
  EXPECT_EQ(day->category, "personnel");
  EXPECT_FALSE(day->cumulative);
}

}  // namespace
}  // namespace truce::extract

namespace truce::extract {
namespace {

// A named system keeps its category before a generic word ("S-300 launchers" are air defence),
// in quotation marks too; "units of armored equipment", "armored machine" (machine translation).
TEST_F(WorldExtraction, NamedSystemsInQuotesAndUnitsOfEquipmentAreCounted) {
  auto x =
      run("Ukraine's Ministry of Defence said the enemy lost 4 \"S-300\" launchers, 2 \"Osa\" air "
          "defense systems, 12 units of armored equipment and one armored machine near Kharkiv.",
          "", "2022-09-15");
  const LossClaim* s300 = claim_of(x, "destroyed", 4);
  ASSERT_NE(s300, nullptr);
  EXPECT_EQ(s300->category, "air_defense");
  EXPECT_EQ(s300->system, "S-300");
  const LossClaim* osa = claim_of(x, "destroyed", 2);
  ASSERT_NE(osa, nullptr);
  EXPECT_EQ(osa->system, "Osa");
  const LossClaim* armour = claim_of(x, "destroyed", 12);
  ASSERT_NE(armour, nullptr);
  EXPECT_EQ(armour->category, "armored_vehicles");
  const LossClaim* machine = claim_of(x, "destroyed", 1);
  ASSERT_NE(machine, nullptr);
  EXPECT_EQ(machine->category, "armored_vehicles");
}

// Prisoners: "holds at least 60 servicemen", "taken to captivity", "had surrendered".
TEST_F(WorldExtraction, PrisonersHeldOrSurrenderedAreCaptured) {
  for (const char* report :
       {"Kyiv said Russia holds at least 60 Ukrainian servicemen near Kharkiv.",
        "The Ukrainian ministry said 60 Russian soldiers were taken to captivity near Kharkiv.",
        "The Ukrainian ministry said 60 Russian soldiers had surrendered near Kharkiv."}) {
    auto x = run(report, "", "2022-09-15");
    const LossClaim* c = claim_of(x, "captured", 60);
    ASSERT_NE(c, nullptr) << report;
    EXPECT_EQ(c->category, "personnel") << report;
  }
}

// "According to the ministry" with the institution alone: the ministry of the party speaking;
// a description ("defense ministries of both countries") stays unplaced.
TEST_F(WorldExtraction, ABareInstitutionCitedAsSourceIsThePartySpeakingsOwn) {
  auto x = run(
      "Ukraine's army said it repelled attacks near Kharkiv. As informed by Defence Ministry, the "
      "enemy lost 2 tanks and 3 armored vehicles near Kharkiv.",
      "", "2022-09-15");
  const LossClaim* tanks = claim_of(x, "destroyed", 2);
  ASSERT_NE(tanks, nullptr);
  EXPECT_EQ(tanks->claimant.side, "Ukraine");
  EXPECT_EQ(tanks->about, "Russia");
}

TEST_F(WorldExtraction, AnotherWoundedIsOneMoreOfTheKindJustCounted) {
  finder_.add("Aghdam", {town("Aghdam", "AZ", 39.99, 46.93)});
  auto x =
      run("BAKU, 25 January. A civilian was killed and another wounded when their tractor hit an "
          "anti-tank mine near Aghdam on Sunday, the Prosecutor General's Office said.",
          "", "2021-01-25");
  const LossClaim* wounded = claim_of(x, "wounded", 1);
  ASSERT_NE(wounded, nullptr);
  EXPECT_EQ(wounded->category, "civilians");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].injuries, 1);
}

// Session 14: those who repel an attack kill the attackers.
TEST_F(WorldClaims, ThoseKilledRepellingAnAttackAreTheAttackers) {
  auto x =
      run("The Sudanese army said its troops had repelled an RSF attack on El Fasher on Saturday, "
          "killing more than 100 militia fighters.",
          "", "2023-06-10");
  const LossClaim* c = claim_of(x, 100);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "RSF");
}

// Session 19: "the adversary retreated leaving more than 40 dead": the dead the retreating
// party left are its own soldiers; a town's dead that a shelling left are civilians still.
TEST_F(WorldClaims, TheDeadARetreatingForceLeftAreItsOwn) {
  auto x =
      run("The units of the Azerbaijani Army repelled all the attacks and the adversary retreated "
          "leaving more than 40 dead, the Azerbaijani defence ministry said.",
          "", "2020-11-01");
  const LossClaim* c = claim_of(x, 40);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "personnel");
  EXPECT_EQ(c->about, "Armenia");
  auto y =
      run("Armenian forces shelled Tartar on Sunday, leaving two dead, the Azerbaijani defence "
          "ministry said.",
          "", "2020-11-01");
  const LossClaim* d = claim_of(y, 2);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->category, "civilians");
}

// Session 19: "a bus carrying volunteers" counts no one ("a" before a plural); "killing five of
// them" counts the volunteers named before, though a drone was counted first; one person
// "among those killed" is a detail of a count, no count of its own.
TEST_F(WorldClaims, FiveOfThemCountsThePeopleNamedBefore) {
  auto x = run(
      "An Azerbaijani drone hit a bus carrying volunteers near Martakert on Tuesday, killing five "
      "of them, the Armenian defence ministry said.",
      "", "2016-04-06");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].value, 5);
  EXPECT_EQ(x.claims[0].category, "personnel");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].fatalities, 5);
  auto y =
      run("A missile struck the city centre of Barda on Wednesday, killing 21 civilians, the "
          "Azerbaijani prosecutor's office said. Among those killed was a volunteer of the Red "
          "Crescent Society, it said.",
          "", "2020-10-29");
  EXPECT_EQ(claim_of(y, 1), nullptr);
  EXPECT_NE(claim_of(y, 21), nullptr);
}

// Session 19: one person a casualty verb before governs counts one: "killing the driver",
// "killing its 49-year-old driver" (an age glued by hyphens before the noun).
TEST_F(WorldClaims, KillingItsDriverCountsOne) {
  for (const char* text :
       {"A drone struck a car near Kharkiv on Thursday, killing the driver, the governor said.",
        "A drone struck a car near Kharkiv on Thursday, killing its 49-year-old driver and "
        "wounding two other men, the governor said."}) {
    auto x = run(text, "", "2025-01-10");
    ASSERT_EQ(x.incidents.size(), 1u) << text;
    EXPECT_EQ(x.incidents[0].fatalities, 1) << text;
  }
}

}  // namespace
// Session 15 (an invented Somali report): "fighters" lost are people, not fighter jets; and
// "the government said" after the armed group spoke is the state's government.
TEST_F(WorldExtraction, FightersLostAndTheGovernmentAfterTheGroup) {
  finder_.add("Middle Shabelle", {town("Middle Shabelle", "SO", 2.92, 45.90)});
  auto x =
      run("Al-Shabaab fighters overran a military base in the Middle Shabelle region on "
          "Saturday, a Somali officer said. In a statement on its radio, al-Shabaab said it had "
          "killed 40 soldiers and seized three vehicles. The government said the attackers lost "
          "more than 60 fighters.",
          "", "2024-06-03");
  const LossClaim* lost = claim_of(x, "killed", 60);
  ASSERT_NE(lost, nullptr);
  EXPECT_EQ(lost->category, "personnel");
  EXPECT_EQ(lost->claimant.side, "Somalia");
  EXPECT_EQ(lost->about, "al-Shabaab");
}

// Session 15: civilians killed in a war conflicts.tsv does not list are the people of the
// state the report's places lie in; the claim is not lost for want of a war on file.
TEST_F(WorldExtraction, CiviliansOfAWarNotOnFileAreThePlacesPeople) {
  finder_.add("Pont-Sonde", {town("Pont-Sonde", "HT", 19.15, -72.61)});
  auto x =
      run("The gang attack on Pont-Sonde on Thursday killed at least 70 civilians, the United "
          "Nations said.",
          "", "2024-10-04");
  const LossClaim* killed = claim_of(x, "killed", 70);
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->about, "Haiti");
}

// Session 15: "received wounds", "sustained a shrapnel wound" count the wounded, not the dead
// counted just before.
TEST_F(WorldExtraction, WoundsReceivedCountTheWounded) {
  finder_.add("Martakert", {town("Martakert", "AZ", 40.21, 46.82)});
  auto x =
      run("Azerbaijani forces shelled Martakert on Sunday. 21 civilian person killed, about 70 "
          "person received wounds, among them children, the prosecutor said. As a result, a "
          "serviceman of the Defense Army received a shrapnel wound, the ministry said.",
          "", "2020-10-05");
  EXPECT_NE(claim_of(x, "wounded", 70), nullptr);
  EXPECT_EQ(claim_of(x, "killed", 70), nullptr);
  EXPECT_NE(claim_of(x, "wounded", 1), nullptr);
}

// Session 15: a figure its measure closes ("four wounded when Pakistani troops shelled") is
// not counted by the next clause's noun ("troops").
TEST_F(WorldExtraction, AFigureItsMeasureClosesTakesNoLaterNoun) {
  finder_.add("Poonch", {town("Poonch", "IN", 33.77, 74.09)});
  auto x =
      run("Two civilians were killed and four wounded when Pakistani troops shelled villages in "
          "Poonch district overnight, the Indian army said.",
          "", "2025-05-08");
  const LossClaim* wounded = claim_of(x, "wounded", 4);
  ASSERT_NE(wounded, nullptr);
  EXPECT_EQ(wounded->category, "civilians");
  EXPECT_EQ(claim_of(x, "killed", 4), nullptr);
}

// Session 15: "received 30 wounded civilians" counts 30 wounded; a verb of the clause still
// outranks the word before the noun ("the execution of two captured men").
TEST_F(WorldExtraction, AMeasureBeforeItsNounCountsWhereNoVerbDoes) {
  auto x =
      run("The hospital in Kharkiv received 30 wounded civilians after shelling hit a "
          "residential area on Monday, the Red Cross said.",
          "", "2022-04-05");
  const LossClaim* wounded = claim_of(x, "wounded", 30);
  ASSERT_NE(wounded, nullptr);
  EXPECT_EQ(wounded->category, "civilians");
}

// Session 15: an organisation's own staff counted ("Two of our staff were injured").
TEST_F(WorldExtraction, AnOrganisationsStaffAreCivilians) {
  auto x =
      run("Two of our staff were injured while distributing food in Kharkiv on 4 April, the "
          "Red Cross said.",
          "", "2022-04-05");
  const LossClaim* wounded = claim_of(x, "wounded", 2);
  ASSERT_NE(wounded, nullptr);
  EXPECT_EQ(wounded->category, "civilians");
}

}  // namespace truce::extract
