// The parties of wars of 1980-2023 that data/armed_groups.tsv, data/actors.tsv,
// data/epithets.tsv and data/conflicts.tsv gained in session 21 (issue 8, point 4): Iran
// against Iraq, Argentina against the United Kingdom, UNITA against Angola, the militias of
// East Timor, SSC-Khatumo against Somaliland; and two ways of counting what a sentence tells
// (people joined by "and", a toll "as a result of the shelling"). Every report is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class WarsOfTheEighties : public WorldExtraction {
 protected:
  Extraction on(const std::string& body, const char* day) {
    finder_.add("Dezful", {town("Dezful", "IR", 32.38, 48.40)});
    finder_.add("Kuito", {town("Kuito", "AO", -12.38, 16.93)});
    finder_.add("Suai", {town("Suai", "TL", -9.31, 125.26)});
    finder_.add("Las Anod", {town("Las Anod", "SO", 8.48, 47.36)});
    finder_.add("Tartar", {town("Tartar", "AZ", 40.34, 46.93)});
    finder_.add("Stanley", {town("Stanley", "FK", -51.69, -57.86)});
    return run(body, "", day);
  }
  static std::string side(const std::optional<ActorRef>& a) { return a ? a->side : "-"; }
};

TEST_F(WarsOfTheEighties, TheBaathistRegimeOfIranianCommuniquesIsIraq) {
  auto x =
      on("TEHRAN, Jan 11 (IRNA) - The warplanes of the Baathist regime bombarded the "
         "residential areas of Dezful on Saturday, killing 23 civilians, the governorate said.",
         "1987-01-11");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "Iraq");
  EXPECT_EQ(x.incidents[0].fatalities, 23);
}

TEST_F(WarsOfTheEighties, TheEnglishOfArgentineCommuniquesAreTheUnitedKingdom) {
  auto x =
      on("BUENOS AIRES, 12 June (Telam) - The English ships shelled Stanley during the night, "
         "the Joint Staff informed in a communique.",
         "1982-06-12");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "United Kingdom");
}

TEST_F(WarsOfTheEighties, UnitaAgainstTheAngolanArmedForces) {
  auto x =
      on("LUANDA, 23 Nov (ANGOP) - UNITA fighters bombarded Kuito with mortars on Monday, "
         "the Angolan Armed Forces said.",
         "1994-11-23");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "UNITA");
  EXPECT_EQ(x.incidents[0].claimant.side, "Angola");
}

TEST_F(WarsOfTheEighties, TheMilitiasOfEastTimorAgainstInterfet) {
  auto x =
      on("DILI, 7 Oct - Pro-integration militia ambushed an INTERFET patrol near Suai on "
         "Wednesday, the force's spokesman said.",
         "1999-10-07");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "pro-Indonesian militias");
  EXPECT_EQ(side(x.incidents[0].actor2), "INTERFET");
}

TEST_F(WarsOfTheEighties, SomalilandIsAPartyNotSomalia) {
  auto x =
      on("LAS ANOD, 27 Feb - Somaliland forces shelled Las Anod overnight, officials of "
         "the SSC-Khatumo administration said.",
         "2023-02-27");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "Somaliland");
  EXPECT_EQ(x.incidents[0].claimant.side, "SSC-Khatumo");
}

TEST_F(WarsOfTheEighties, CiviliansJoinedByAndAreOneCount) {
  auto x =
      on("Shells hit Tartar on Monday. A man and two children were wounded, the "
         "prosecutor's office of Azerbaijan said.",
         "2020-10-20");
  ASSERT_NE(claim_of(x, "wounded", 3), nullptr);
  EXPECT_EQ(claim_of(x, "wounded", 1), nullptr);
  EXPECT_EQ(claim_of(x, "wounded", 2), nullptr);
}

TEST_F(WarsOfTheEighties, ARelativeAfterAPossessiveIsOneMorePerson) {
  auto x =
      on("Shells hit Tartar on Monday. A woman and her 10-year-old son received wounds, "
         "the prosecutor's office of Azerbaijan said.",
         "2020-10-20");
  ASSERT_NE(claim_of(x, "wounded", 2), nullptr);
  EXPECT_EQ(claim_of(x, "wounded", 1), nullptr);
}

TEST_F(WarsOfTheEighties, ABreakdownOfATollIsNoCountOfItsOwn) {
  auto x =
      on("Shells hit Tartar on Monday, killing 21 civilians, including 13 children and a "
         "pregnant woman, the prosecutor's office of Azerbaijan said.",
         "2020-10-20");
  ASSERT_NE(claim_of(x, "killed", 21), nullptr);
  EXPECT_EQ(claim_of(x, "killed", 1), nullptr);
  EXPECT_EQ(claim_of(x, "killed", 14), nullptr);
}

TEST_F(WarsOfTheEighties, SoldiersAndPolicemenStayApart) {
  auto x =
      on("Rebels attacked a checkpoint near Kuito on Monday, killing nine soldiers and "
         "three policemen, the Angolan Armed Forces said.",
         "1994-11-23");
  EXPECT_NE(claim_of(x, "killed", 9), nullptr);
  EXPECT_NE(claim_of(x, "killed", 3), nullptr);
  EXPECT_EQ(claim_of(x, "killed", 12), nullptr);
}

TEST_F(WarsOfTheEighties, ArmedMenAreNoCivilians) {
  auto x =
      on("Militia fired on an INTERFET patrol near Suai on Sunday. After the exchange one "
         "armed man was found dead near the crossing, the force said.",
         "1999-10-11");
  const LossClaim* dead = claim_of(x, "killed", 1);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->category, "personnel");
}

TEST_F(WarsOfTheEighties, TheTollAsAResultOfTheShellingIsTheIncidents) {
  auto x =
      on("In the night the armed forces of Azerbaijan subjected to artillery fire the "
         "town of Tartar, informs the prosecutor's office of Azerbaijan. As a result of "
         "the shelling one civilian was killed and two were wounded.",
         "2020-10-13");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].fatalities, 1);
  EXPECT_EQ(x.incidents[0].injuries, 2);
}

TEST_F(WarsOfTheEighties, APartOfTheEnemysForcesIsTheEnemysMen) {
  auto x =
      on("TEHRAN (IRNA) - The combatants of Islam broke the lines of the Baathist enemy "
         "near Dezful, says the communique of the Khatam al-Anbiya Headquarters. According "
         "to the communique, more than 9,000 of the forces of the enemy were killed.",
         "1987-01-11");
  const LossClaim* dead = claim_of(x, "killed", 9000);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->category, "personnel");
  EXPECT_EQ(dead->about, "Iraq");
  EXPECT_EQ(dead->claimant.side, "Iran");
}

TEST_F(WarsOfTheEighties, HoursCountNothingAndACasualtyVerbGovernsNoThings) {
  auto x =
      on("TEHRAN (IRNA) - The combatants of Islam broke the lines of the Baathist enemy "
         "near Dezful, says the communique of the Khatam al-Anbiya Headquarters. According "
         "to the communique, during the last 48 hours 500 soldiers of the enemy were killed "
         "or wounded, and 160 tanks and 11 aircraft of the Iraqi army were destroyed.",
         "1987-01-11");
  EXPECT_EQ(claim_of(x, "destroyed", 48), nullptr);
  EXPECT_EQ(claim_of(x, "killed", 48), nullptr);
  const LossClaim* tanks = claim_of(x, "destroyed", 160);
  ASSERT_NE(tanks, nullptr);
  EXPECT_EQ(tanks->about, "Iraq");
  EXPECT_NE(claim_of(x, "destroyed", 11), nullptr);
}

TEST_F(WarsOfTheEighties, ADayOfAMonthIsNoPartOfAForce) {
  auto x =
      on("LIMA (AFP) - The Joint Command affirms that since 26 of January the Ecuadorian "
         "forces lost 7 aircraft over the Cenepa valley.",
         "1995-02-20");
  EXPECT_EQ(claim_of(x, "killed", 26), nullptr);
}

TEST_F(WarsOfTheEighties, TheDeadOfLasAnodAreItsHoldersNotSomalias) {
  geo::Place las_anod = town("Las Anod", "SO", 8.48, 47.36);
  las_anod.id = "geonames:400769";  // the id held_areas.tsv names
  finder_.add("Las Anod", {las_anod});
  auto x =
      run("LAS ANOD (AP) - Shells fired by Somaliland forces landed in a residential "
          "neighborhood of Las Anod on Thursday, killing four people, residents said.",
          "", "2023-08-26");
  const LossClaim* dead = claim_of(x, "killed", 4);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->about, "SSC-Khatumo");
}

TEST_F(WarsOfTheEighties, TheDeadAForceLeftBehindAreItsMen) {
  auto x =
      on("LUANDA (ANGOP) - On Monday the Angolan Armed Forces repelled an attack of UNITA "
         "near Kuito. The enemy left on the terrain 37 dead, the Angolan Armed Forces said.",
         "1994-11-23");
  const LossClaim* dead = claim_of(x, "killed", 37);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->category, "personnel");
  EXPECT_EQ(dead->about, "UNITA");
}

TEST_F(WarsOfTheEighties, TheSameCommuniqueIsTheOneNamedBefore) {
  auto x =
      on("YAOUNDE - Armed secessionist assailants attacked the positions of the defence "
         "forces in Mamfe, indicates a communique of the Minister of Defence of Cameroon. "
         "According to the same communique, the forces reacted vigorously. Five assailants "
         "were neutralised on Wednesday in a sweep operation.",
         "2017-12-01");
  const LossClaim* dead = claim_of(x, "killed", 5);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->claimant.side, "Cameroon");
  EXPECT_EQ(dead->category, "personnel");
}

TEST_F(WarsOfTheEighties, ArtilleryThatSupportsAnAttackLeavesItABattle) {
  auto x =
      on("BUENOS AIRES (Telam) - In the night the English troops, with the support of the "
         "naval and land artillery, attacked the positions of the Argentine troops near "
         "Stanley, the Joint Staff informed.",
         "1982-06-14");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
}

}  // namespace
}  // namespace truce::extract
