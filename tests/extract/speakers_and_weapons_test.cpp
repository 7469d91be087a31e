// Added in session 18 (issue 8), from world18's misses: who fired a weapon a demonym qualifies
// across a word ("an Azerbaijani combat drone"), who speaks a bare institution's words beside "the
// enemy", who gives a toll ("put the number of people killed at"), whose dead a second count
// of a toll is, who speaks where an outlet was told ("reported to Interfax in the press center"),
// who is no count ("shot dead by a soldier"), what both camps say ("officials on both sides
// said"), and machine translation's transitive fire ("fired the villages"). Every report is
// invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using SpeakersAndWeapons = WorldExtraction;

// "An Azerbaijani combat drone struck", "wounded by Israeli tank fire": the demonym two words
// before the event noun still names the attacker.
TEST_F(SpeakersAndWeapons, ADemonymBeforeAQualifiedWeaponIsTheAttacker) {
  auto x =
      run("An Azerbaijani combat drone struck a truck near Martuni on Thursday, killing two "
          "servicemen and wounding three, the Ministry of Defense of Armenia said.",
          "", "2020-10-30");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Azerbaijan");
  EXPECT_EQ(x.incidents[0].actor1->rule, "modifier-agent");
  EXPECT_EQ(x.incidents[0].injuries, 3);
  auto y =
      run("Two people were wounded by Israeli tank fire in Nabatieh, Lebanon's state news agency "
          "said.",
          "", "2024-11-28");
  ASSERT_EQ(y.incidents.size(), 1u);
  ASSERT_TRUE(y.incidents[0].actor1);
  EXPECT_EQ(y.incidents[0].actor1->side, "Israel");
  // A capitalised word between is a name of its own, not a modifier.
  auto z = run("Armenian Grad rockets hit Martuni on Sunday, the ministry said.", "", "2020-10-04");
  ASSERT_EQ(z.incidents.size(), 1u);
  EXPECT_TRUE(!z.incidents[0].actor1 || z.incidents[0].actor1->rule != "modifier-agent");
}

// "The units of the armed forces of Armenia subjected to fire the villages of ...": the machine
// translation's active subject fired, though villages, not forces, were hit.
TEST_F(SpeakersAndWeapons, TheSubjectOfSubjectedToFireFiredAtVillages) {
  auto x =
      run("Today the units of the armed forces of Armenia subjected to fire the villages near "
          "Martuni, the Ministry of Defense of Azerbaijan informs.",
          "", "2020-10-21");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Armenia");
  ASSERT_TRUE(x.incidents[0].actor2);
  EXPECT_EQ(x.incidents[0].actor2->side, "civilians");
}

// The English order, "subjected the villages of X of the Y region of Artsakh to artillery fire",
// hits the villages' people too, not the party the region's name gives (session 22).
TEST_F(SpeakersAndWeapons, TheVillagesSubjectedToFireAreCiviliansWhateverRegionIsNamed) {
  auto x =
      run("This morning the Azerbaijani armed forces subjected the villages near Martuni of the "
          "Martuni region of Artsakh to artillery fire, the State Service of Emergency Situations "
          "of Artsakh informs.",
          "", "2020-10-07");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor2);
  EXPECT_EQ(x.incidents[0].actor2->side, "civilians");
}

// After the enemy's ministry spoke, "..., the Ministry of Defense informed" of a sentence in
// which one party's army fights "the enemy" is that party's ministry.
TEST_F(SpeakersAndWeapons, WhoWritesTheEnemySpeaksForTheOtherParty) {
  auto x = run(
      "The press secretary of the Ministry of Defense of Armenia Shushan Stepanyan wrote that "
      "the claims of Baku are fiction.\n\nMeanwhile, near Martuni the Azerbaijan Army destroyed "
      "3 tanks and up to 40 manpower of the enemy, the Ministry of Defense informed.",
      "", "2020-10-21");
  const LossClaim* tanks = claim_of(x, "destroyed", 3);
  ASSERT_NE(tanks, nullptr);
  EXPECT_EQ(tanks->claimant.side, "Azerbaijan");
  EXPECT_EQ(tanks->about, "Armenia");
  // Without a word for the enemy, the bare ministry is still the one that spoke.
  auto y =
      run("The Ministry of Defense of Armenia said Azerbaijani forces shelled Martuni.\n\nTwo "
          "Armenian soldiers were wounded near Martuni, the Ministry of Defense said.",
          "", "2020-10-21");
  const LossClaim* wounded = claim_of(y, "wounded", 2);
  ASSERT_NE(wounded, nullptr);
  EXPECT_EQ(wounded->claimant.side, "Armenia");
}

// "A local official put the number of people killed at more than 45": the official gives the
// toll; "a rights group puts the number at 639" counts the dead just told, whoever says so.
TEST_F(SpeakersAndWeapons, AVerbThatGivesATollSpeaks) {
  auto x =
      run("Azerbaijani forces shelled Martuni overnight. A local official put the number of people "
          "killed at more than 45.",
          "", "2020-10-21");
  const LossClaim* dead = claim_of(x, "killed", 45);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->claimant.name, "A local official");
  auto y =
      run("Lebanon's health ministry says at least 224 people have been killed in Israeli strikes "
          "since October. A human rights group based in Washington puts the number at 639.",
          "", "2024-10-20");
  const LossClaim* first = claim_of(y, "killed", 224);
  const LossClaim* second = claim_of(y, "killed", 639);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->about, first->about);
  EXPECT_EQ(second->claimant.side, "media");
}

// "up to 50 military men of the opponent were destroyed": soldiers, not civilians.
TEST_F(SpeakersAndWeapons, MilitaryMenAreSoldiers) {
  auto x = run(
      "The Ministry of Defense of Azerbaijan informs that near Martuni up to 50 military men of "
      "the opponent were destroyed.",
      "", "2020-10-08");
  const LossClaim* men = claim_of(x, "killed", 50);
  ASSERT_NE(men, nullptr);
  EXPECT_EQ(men->category, "personnel");
  EXPECT_EQ(men->about, "Armenia");
}

// "..., reported to Interfax in the press center of the Joint Grouping of Federal Forces": the
// outlet was told, the press center speaks; with no war on file, for the state of the report's
// places.
TEST_F(SpeakersAndWeapons, ThePressCenterAnOutletWasToldInSpeaks) {
  finder_.add("Grozny", {town("Grozny", "RU", 43.31, 45.69)});
  auto x =
      run("In Grozny for the second day heavy fights between the federal troops and the armed "
          "formations continue, reported to Interfax in the press center of the Joint Grouping of "
          "Federal Forces.",
          "", "1996-08-07");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Russia");
  EXPECT_EQ(x.incidents[0].claimant.name, "press center of the Joint Grouping of Federal Forces");
}

// "a resident was shot dead by a UPDF soldier": the doer after "by" is no count; policemen
// killed are personnel.
TEST_F(SpeakersAndWeapons, TheDoerAfterByIsNoCountAndPolicemenAreCounted) {
  finder_.add("Kathmandu", {town("Kathmandu", "NP", 27.70, 85.32)});
  auto x = run(
      "In Kathmandu, a resident was shot dead by a soldier on Monday, and 11 policemen have been "
      "killed in an attack on a police post, the police headquarters said.",
      "", "2006-01-15");
  for (const auto& c : x.claims) EXPECT_FALSE(c.value == 1 && c.category == "personnel");
  const LossClaim* resident = claim_of(x, "killed", 1);
  ASSERT_NE(resident, nullptr);
  EXPECT_EQ(resident->category, "civilians");
  const LossClaim* police = claim_of(x, "killed", 11);
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->category, "personnel");
}

// "..., officials on both sides said": the outlet answers for what both camps say.
TEST_F(SpeakersAndWeapons, OfficialsOnBothSidesAreTheOutletsWord) {
  auto x =
      run("Azerbaijani and ethnic Armenian forces fought for a second day on Tuesday near Martuni, "
          "officials on both sides said.",
          "", "2020-10-13");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "media");
  EXPECT_EQ(x.incidents[0].claimant.rule, "both-sides");
}

// Words of machine-translated state media: "were taken under control" is a capture, "saboteurs"
// are soldiers, and "was not the result of an attack" denies the attack.
TEST_F(SpeakersAndWeapons, TakenUnderControlSaboteursAndNotTheResultOfAnAttack) {
  auto x =
      run("The heights near Martuni were taken under control by the units of the Azerbaijan Army, "
          "the Ministry of Defense informs.",
          "", "2022-08-03");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  // A party calls no dead of its own "saboteurs": they are the enemy's.
  auto y =
      run("Two of the saboteurs were killed near Martuni, the Ministry of Defense of Armenia said.",
          "", "2020-11-03");
  const LossClaim* saboteurs = claim_of(y, "killed", 2);
  ASSERT_NE(saboteurs, nullptr);
  EXPECT_EQ(saboteurs->category, "personnel");
  EXPECT_EQ(saboteurs->about, "Azerbaijan");
  auto z =
      run("According to the preliminary data, the explosion in Martuni was not the result of an "
          "attack, the source of the interior ministry said.",
          "", "2023-09-26");
  EXPECT_TRUE(z.incidents.empty());
}

// Machine translation's transitive fire ("обстреляли позиции"): "fired the villages" is
// shelling, "fired the positions" and "suppressed the firing points" a clash, "were exposed to
// the fire of Grad" shelling; "fires broke out" is no fire of anyone's.
TEST_F(SpeakersAndWeapons, MachineTranslatedFireIsAnIncident) {
  auto x =
      run("The enemy yesterday also fired the villages near Martuni, the Ministry of Defense of "
          "Azerbaijan said.",
          "", "2020-10-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  auto y = run(
      "Since the early morning the Armenian armed forces fired the positions of the Azerbaijani "
      "army near Martuni, the Ministry of Defense of Azerbaijan informs.",
      "", "2020-10-20");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "battles");
  auto z =
      run("The units of the Azerbaijani Army suppressed the firing points of the enemy near "
          "Martuni, the Ministry of Defense of Azerbaijan informs.",
          "", "2020-10-20");
  ASSERT_EQ(z.incidents.size(), 1u);
  EXPECT_EQ(z.incidents[0].type, "battles");
  auto w =
      run("Tonight two villages near Martuni were exposed to the fire of Grad, the Prosecutor "
          "General's Office of Azerbaijan informs.",
          "", "2020-10-16");
  ASSERT_EQ(w.incidents.size(), 1u);
  EXPECT_EQ(w.incidents[0].type, "explosions_remote_violence");
  auto f = run("Fires broke out near Martuni and were put out by the rescuers.", "", "2020-10-16");
  EXPECT_TRUE(f.incidents.empty());
}

// "inflicted heavy losses on the enemy in the Khojavend direction" is a clash there; "inflicted
// heavy losses on the Armenian army, including 300 tanks" with no place is the war's tally.
TEST_F(SpeakersAndWeapons, LossesInflictedSomewhereAreAClash) {
  auto x =
      run("The Ministry of Defense of Azerbaijan said its units had inflicted heavy losses on the "
          "enemy in the Martuni direction overnight.",
          "", "2020-10-30");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  auto y = run(
      "The ministry added in a statement that the Azerbaijani army inflicted heavy losses on the "
      "Armenian army, including 300 tanks and military vehicles.",
      "", "2020-10-30");
  EXPECT_TRUE(y.incidents.empty());
}

// Troops entering a district handed over, or setting up an observation post, are a strategic
// development, not a clash.
TEST_F(SpeakersAndWeapons, EnteringATerritoryIsAStrategicDevelopment) {
  auto x =
      run("Azerbaijan Army units on 20 November entered the territory of the district of Martuni, "
          "the Ministry of Defense of Azerbaijan said.",
          "", "2020-11-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "strategic_developments");
  auto y =
      run("Russian peacekeepers set up an observation post near Martuni on Friday, the Russian "
          "Ministry of Defense said.",
          "", "2020-11-20");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "strategic_developments");
}

}  // namespace
}  // namespace truce::extract
