// Actors named in looser phrases (issue 8, point 4), added in session 12: a state's forces and
// their allies, forces a possessive gives to the speaker, a state named a few words before its
// head noun, who was "killed by" the event, a light verb that renews an attack, and epithets
// that choose the war when no party is named. Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using ActorPhrases = WorldExtraction;

std::string side1(const Incident& inc) { return inc.actor1 ? inc.actor1->side : ""; }
std::string side2(const Incident& inc) { return inc.actor2 ? inc.actor2->side : ""; }

TEST_F(ActorPhrases, AStatesForcesAndTheirAlliesLead) {
  auto x = run("The Sudanese army and allied forces recaptured El Fasher on Saturday.", "",
               "2025-01-15");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side1(x.incidents[0]), "Sudan");
}

TEST_F(ActorPhrases, ItsForcesAreTheSpeakers) {
  auto x =
      run("Ukraine's defence ministry announced that its forces took control of two "
          "villages near Kharkiv on Friday.",
          "", "2025-01-15");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side1(x.incidents[0]), "Ukraine");
}

TEST_F(ActorPhrases, AStateBeforeItsHeadNounNamesTheVictim) {
  auto x =
      run("A Russian Mi-8 military helicopter was shot down near Kharkiv on Monday, the "
          "Russian defence ministry said.",
          "", "2025-01-15");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side2(x.incidents[0]), "Russia");
}

TEST_F(ActorPhrases, TheKilledByTheEventAreItsTarget) {
  auto x =
      run("On Friday, two members of the Sudanese army were killed by sniper fire near El "
          "Fasher, a military source said.",
          "", "2025-01-15");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side2(x.incidents[0]), "Sudan");
}

TEST_F(ActorPhrases, ARenewedAttackIsTheSubjects) {
  auto x = run("The Rapid Support militia renewed on Tuesday the attack with drones on El Fasher.",
               "", "2025-05-06");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side1(x.incidents[0]), "RSF");
}

TEST_F(ActorPhrases, AnEpithetChoosesTheWar) {
  finder_.add("Maarat al-Numan", {town("Maarat al-Numan", "SY", 35.64, 36.67)});
  auto x =
      run("On Friday evening, a member of the regime forces was killed by sniper fire near "
          "Maarat al-Numan.",
          "", "2020-03-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side2(x.incidents[0]), "Syria");
}

// Operatives, elements and mercenaries are fighters; a camp or a checkpoint is ground taken.
TEST_F(ActorPhrases, OperativesAreFightersAndACampIsGroundTaken) {
  auto killed =
      run("The Israeli military said its troops had killed some 50 Hezbollah operatives "
          "near Nabatieh.",
          "", "2024-10-05");
  ASSERT_EQ(killed.incidents.size(), 1u);
  EXPECT_EQ(killed.incidents[0].type, "battles");
  finder_.add("Boulkessi", {town("Boulkessi", "ML", 14.97, -1.53)});
  auto camp =
      run("JNIM said its fighters had taken control of the army camp near Boulkessi on "
          "Monday.",
          "", "2024-09-05");
  ASSERT_EQ(camp.incidents.size(), 1u);
  EXPECT_EQ(side1(camp.incidents[0]), "JNIM");
}

// Session 12's event words: an encounter, a drone brought down, and a creeping attempt (Houthi
// usage for an infiltration) are clashes.
TEST_F(ActorPhrases, EncountersDronesBroughtDownAndCreepingAttemptsAreClashes) {
  for (const char* text :
       {"A militant was killed in an encounter near Muzaffarabad on Saturday, police said.",
        "A spy drone was brought down near Kharkiv yesterday, the air force said.",
        "The violations included a creeping attempt of the mercenaries near Kherson, the source "
        "said."}) {
    auto x = run(text, "", "2025-06-20");
    ASSERT_EQ(x.incidents.size(), 1u) << text;
    EXPECT_EQ(x.incidents[0].type, "battles") << text;
  }
  // A side's lost materiel is its tally, no incident of its own.
  EXPECT_TRUE(run("The enemy lost 2 tanks and 3 armoured vehicles near Kharkiv, the ministry said.")
                  .incidents.empty());
}

// An attack "with drones and missiles", however long its object, and helicopters that open fire
// are remote violence; fighters who attack with drones are a clash.
TEST_F(ActorPhrases, AttacksTypedByTheirWeapons) {
  auto x =
      run("Russia attacked the Ukrainian port city of Kherson with drones and missiles "
          "overnight, Ukrainian officials said.",
          "", "2023-07-18");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  auto y =
      run("Russian military helicopters opened fire on a school near Kharkiv on Monday, "
          "officials said.",
          "", "2023-07-18");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "explosions_remote_violence");
  auto z =
      run("About 150 Russian soldiers attacked the Ukrainian border outposts north of the town "
          "of Kharkiv with drones and heavy weapons, officials said.",
          "", "2023-07-18");
  ASSERT_EQ(z.incidents.size(), 1u);
  EXPECT_EQ(z.incidents[0].type, "battles");
}

}  // namespace
}  // namespace truce::extract
