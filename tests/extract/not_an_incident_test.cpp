// Sentences that name hostilities without reporting a new incident (issue 8), added in session
// 6: hostilities a truce stops, a truce said to be breached, a reaction to an incident told
// before, and attacks that are the cause of a running total. Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

TEST_F(WorldExtraction, HostilitiesATruceStopsOrThatBreakItAreNoIncident) {
  EXPECT_TRUE(run("The president agreed to a 30-day halt on mutual strikes on energy facilities "
                  "during a telephone call on June 3, the ministry said.")
                  .incidents.empty());
  EXPECT_TRUE(run("A moratorium on strikes against power plants, agreed by the two leaders on "
                  "June 3, has also been repeatedly breached, both sides say.")
                  .incidents.empty());
  // A breakthrough is still a battle.
  EXPECT_EQ(run("Russian troops breached Ukrainian defences near Kharkiv on Monday, the General "
                "Staff said.")
                .incidents.size(),
            1u);
}

TEST_F(WorldExtraction, AReactionToAToldAttackIsNoNewIncident) {
  auto x =
      run("Russian missiles struck a school in Kharkiv on Monday, killing three teachers, the "
          "governor said. The mayor called the attack a war crime. The foreign ministry condemned "
          "this attack in a statement. The attack came despite the truce agreed on 2 June. The "
          "president said the attacks were aimed at forcing Kyiv to accept Moscow's demands.");
  EXPECT_EQ(x.incidents.size(), 1u);
}

TEST_F(WorldExtraction, AttacksOnlyConcededAreNoIncident) {
  EXPECT_TRUE(run("The Kremlin spokesman said on Friday that Moscow remained committed to the "
                  "moratorium despite the Ukrainian attacks.")
                  .incidents.empty());
}

TEST_F(WorldExtraction, AttacksThatCauseARunningTotalAreNoIncident) {
  auto x =
      run("Since 27 May, 60 civilians have been killed by Russian attacks on Kharkiv, the "
          "prosecutor's office said. In total 24 people have lost their lives as a result of "
          "Russian shelling since the start of the offensive, it said.");
  EXPECT_TRUE(x.incidents.empty());
  // The claims stay, as running totals.
  const LossClaim* sixty = claim_of(x, "killed", 60);
  ASSERT_NE(sixty, nullptr);
  EXPECT_TRUE(sixty->cumulative);
  // Killed in shelling since a day may still tell of the shelling.
  EXPECT_FALSE(run("The number of civilians killed in Russian shelling of Kharkiv since Monday "
                   "rose to 16, the governor said.")
                   .incidents.empty());
}

TEST_F(WorldExtraction, WhatARunningTotalCountsIsNoIncident) {
  // Published 2025-06-20.
  for (const char* text :
       {"Since the start of the second phase of operations, more than 3,000 militants have been "
        "eliminated and over 200 villages liberated, the ministry said.",
        "According to the army, since January the troops have suffered more than 40 attacks with "
        "drones, which left 7 soldiers dead.",
        "Since 15 March, more than 200 people have been killed in U.S. strikes across the north, "
        "the health ministry said."}) {
    EXPECT_TRUE(run(text).incidents.empty()) << text;
  }
  // Since a recent day, killed in shelling is still the shelling.
  EXPECT_FALSE(run("Nine civilians have been killed in Russian shelling of Kharkiv since Monday, "
                   "the governor said.")
                   .incidents.empty());
}

TEST_F(WorldExtraction, TheWholeWarsCountIsNoIncidentButItsDeadAreClaims) {
  auto x =
      run("Pakistan says 40 civilians and 11 soldiers were killed in the conflict; the Indian army "
          "said five soldiers and at least 16 civilians had died in Pakistani shelling and drone "
          "attacks. The number of people killed in Kharkiv by Russian rocket fire rose to 14 on "
          "Friday, the governor said.",
          "", "2025-05-12");
  EXPECT_TRUE(x.incidents.empty());
  const LossClaim* soldiers = claim_of(x, "killed", 5);
  ASSERT_NE(soldiers, nullptr);
  EXPECT_EQ(soldiers->about, "India");  // the dead of Pakistani shelling
  EXPECT_EQ(soldiers->provenance.at("about"), "victim-of-cause");
}

TEST_F(WorldExtraction, ATruceOrAnAttackTalkedAboutIsNoNewIncident) {
  for (const char* text :
       {"The shelling comes while the truce that started on 2 April is in its third month.",
        "The fighting has continued despite a ceasefire announced on 11 June, the group said.",
        "The rebels claimed that attack too, the agency reported.",
        "Four of its fighters were killed while confronting the attacks, the group said."}) {
    EXPECT_TRUE(run(text).incidents.empty()) << text;
  }
}

TEST_F(WorldExtraction, AnIncidentRetoldByItsDefiniteSubjectIsTheSameIncident) {
  auto x = run(
      "On November 9, a Russian Mi-24 helicopter was shot down over Armenian territory near the "
      "border with Nakhchivan, the Russian Ministry of Defence said. Two crew members were killed "
      "and one was wounded.\n\n"
      "Azerbaijan's Foreign Ministry acknowledged that the helicopter was shot down by mistake "
      "and apologised.",
      "", "2020-11-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].evidence.size(), 3u);
  EXPECT_EQ(x.incidents[0].fatalities, 2);
  EXPECT_EQ(x.incidents[0].injuries, 1);
}

TEST_F(WorldExtraction, DeminingTakesBackNoTerritory) {
  auto x =
      run("Engineering units cleared 15 hectares of territory and 3 km of roads of mines and "
          "unexploded ordnance near Aghdam, the Russian Defence Ministry said.",
          "", "2020-12-03");
  EXPECT_TRUE(x.incidents.empty());
  EXPECT_TRUE(run("Azerbaijani sappers have cleared more than 10,000 mines and unexploded shells "
                  "near Aghdam, the agency said.",
                  "", "2021-01-25")
                  .incidents.empty());
  // A mine that went off and killed is an incident, during demining or not.
  EXPECT_EQ(run("A sapper was killed when a mine exploded near Aghdam, the ministry said.", "",
                "2021-01-25")
                .incidents.size(),
            1u);
}

TEST_F(WorldExtraction, TheOutbreakNamedByItsDayInAppositionIsBackground) {
  auto x =
      run("YEREVAN, 5 October. Armenia declared martial law and general mobilisation on 27 "
          "September, the day fighting began.",
          "", "2020-10-05");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(WorldExtraction, TheWarGoingOnWithNoSideTownOrDayIsNoIncident) {
  finder_.add("Fuzuli", {town("Fuzuli", "AZ", 39.60, 47.15)});
  auto x = run(
      "ANKARA, 17 October. Azerbaijani forces shelled Armenian positions near Fuzuli on Friday, "
      "the ministry said.\n\n"
      "Fighting erupted on Sept. 27 and the clashes continue despite calls for a halt from "
      "Moscow, Paris and Washington.",
      "", "2020-10-17");
  EXPECT_EQ(x.incidents.size(), 1u);  // the shelling only
  // A front named is fighting of its own.
  EXPECT_EQ(run("BAKU, 17 October. The battles have continued in the Fuzuli and Jabrayil "
                "directions, the ministry said.",
                "", "2020-10-17")
                .incidents.size(),
            1u);
}

TEST_F(WorldExtraction, ATownsLastingStateUnderAttackIsNoIncident) {
  for (const char* text :
       {"Sumy lies about 30 km from the Russian border and has been under regular attack since "
        "Ukraine's incursion into Russia's Kursk region last August.",
        "The town has been under constant shelling for weeks, residents said."}) {
    EXPECT_TRUE(run(text, "", "2025-04-13").incidents.empty()) << text;
  }
  EXPECT_EQ(
      run("The town came under heavy shelling on Sunday morning, residents said.", "", "2025-04-13")
          .incidents.size(),
      1u);
}

// Session 20: an open question ("did not say whether ..."), a norm ("the laws of war prohibit
// attacks"), drills of protection against attacks, "no reports of fighting", a verb's word
// used as a plain noun ("did not comment on the target") and how told clashes rank ("are the
// deadliest since") tell of no incident; beside an attack the noun still counts ("struck the
// targets").
TEST_F(WorldExtraction, QuestionsNormsDrillsAndPlainNounsAreNoIncident) {
  for (const char* sentence :
       {"The army did not say whether its troops had fired on the town.",
        "The laws of war prohibit attacks on civilians and require precautions to spare them.",
        "Residents of Kharkiv took part on Tuesday in drills of protection against air attacks.",
        "The mission said it had received no reports of fighting since the truce took effect.",
        "The ministry did not comment on the target.",
        "The clashes are the deadliest since the ceasefire of 1994."}) {
    EXPECT_TRUE(run(sentence).incidents.empty()) << sentence;
  }
  auto x =
      run("Russian missiles struck the targets in the area of Kharkiv overnight, the "
          "governor said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
}

// Session 20: a demonstrative subject names what was told before; the attack its copula calls
// it is no other incident.
TEST_F(WorldExtraction, ThisIsTheAttackNamesAToldOne) {
  auto x =
      run("Russian missiles struck a school in Kharkiv on Monday, killing three teachers, the "
          "governor said. \"This is a criminal attack on civilians,\" the mayor said. After the "
          "truce of May ended, this is the first attack in the city.");
  EXPECT_EQ(x.incidents.size(), 1u);
}

}  // namespace
}  // namespace truce::extract
