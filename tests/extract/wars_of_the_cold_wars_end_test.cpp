// The parties of wars of 1989-2008 that data/armed_groups.tsv, data/epithets.tsv and
// data/conflicts.tsv gained in session 22 (issue 8, point 4), from world22 once it became a
// development set: the JNA against Croatia, the FMLN against El Salvador, the EZLN against
// Mexico, Iraq against the Gulf War coalition, the CNDD-FDD against Burundi, the Chadian rebels
// against Chad; and how their communiques count the dead (point 2): "fell in the fulfillment of
// their duty", "resulted wounded", "elements of the Army", "offered 18 martyrs". Every report
// here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class WarsOfTheColdWarsEnd : public WorldExtraction {
 protected:
  Extraction on(const std::string& body, const char* day) {
    finder_.add("Osijek", {town("Osijek", "HR", 45.55, 18.69)});
    finder_.add("Soyapango", {town("Soyapango", "SV", 13.71, -89.14)});
    finder_.add("Ocosingo", {town("Ocosingo", "MX", 16.91, -92.09)});
    finder_.add("Khafji", {town("Khafji", "SA", 28.44, 48.49)});
    finder_.add("Giheta", {town("Giheta", "BI", -3.42, 29.86)});
    finder_.add("Massaguet", {town("Massaguet", "TD", 12.47, 15.43)});
    return run(body, "", day);
  }
  static std::string side(const std::optional<ActorRef>& a) { return a ? a->side : "-"; }
};

TEST_F(WarsOfTheColdWarsEnd, TheJnaShellsCroatia) {
  auto x =
      on("ZAGREB, Dec 7 (Hina) - JNA artillery shelled Osijek on Friday evening, killing two "
         "civilians, the Croatian Ministry of Defence said.",
         "1991-12-07");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "Yugoslavia");
  EXPECT_EQ(x.incidents[0].claimant.side, "Croatia");
}

TEST_F(WarsOfTheColdWarsEnd, SalvadoranStateMediaCallTheFmlnTerroristsAndCountTheFallen) {
  auto x =
      on("SAN SALVADOR, 14 Nov - The terrorists attacked the barracks in Soyapango on Sunday, "
         "the Armed Force informed. The bulletin indicates that 58 members of the Armed Force "
         "fell in the fulfillment of their duty and 169 resulted wounded.",
         "1989-11-14");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(side(x.incidents[0].actor1), "FMLN");
  EXPECT_EQ(x.incidents[0].claimant.side, "El Salvador");
  const LossClaim* fallen = claim_of(x, "killed", 58);
  ASSERT_NE(fallen, nullptr);
  EXPECT_EQ(fallen->category, "personnel");
  EXPECT_EQ(fallen->about, "El Salvador");
  const LossClaim* wounded = claim_of(x, "wounded", 169);
  ASSERT_NE(wounded, nullptr);
  EXPECT_EQ(wounded->category, "personnel");
}

TEST_F(WarsOfTheColdWarsEnd, ElementsOfTheArmyInAMexicanCommuniqueAreMexicos) {
  auto x =
      on("Tuxtla Gutierrez, January 4 (Notimex).- The Secretariat of National Defense "
         "informed that in the combats of Ocosingo 4 elements of the Army lost the life and "
         "12 resulted wounded.",
         "1994-01-04");
  const LossClaim* dead = claim_of(x, "killed", 4);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->category, "personnel");
  EXPECT_EQ(dead->about, "Mexico");
  EXPECT_EQ(dead->claimant.side, "Mexico");
  EXPECT_NE(claim_of(x, "wounded", 12), nullptr);
}

TEST_F(WarsOfTheColdWarsEnd, OurForcesOfferedMartyrsAreTheSpeakersOwnDead) {
  auto x =
      on("RIYADH, Feb 1, SPA -- Saudi forces liberated Khafji on Thursday, the Joint Forces "
         "Command said. Our heroic forces offered 18 martyrs and 29 wounded in defence of the "
         "soil of the Kingdom, the spokesman said.",
         "1991-02-01");
  const LossClaim* martyrs = claim_of(x, "killed", 18);
  ASSERT_NE(martyrs, nullptr);
  EXPECT_EQ(martyrs->category, "personnel");
  EXPECT_EQ(martyrs->about, "Saudi Arabia");
}

TEST_F(WarsOfTheColdWarsEnd, TheArmyOfBurundiAgainstTheCnddFdd) {
  auto x =
      on("BUJUMBURA, 9 July (ABP) - The army repelled on Monday an attack of the CNDD-FDD "
         "against its position of Giheta, the Burundian army spokesman said.",
         "2003-07-09");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "CNDD-FDD");
  EXPECT_EQ(x.incidents[0].claimant.side, "Burundi");
}

TEST_F(WarsOfTheColdWarsEnd, ChadianStateMediasMercenariesAreTheRebels) {
  auto x =
      on("N'Djamena, 4 February (ATP) - At Massaguet the mercenaries attacked the positions"
         " of the Chadian National Army on Friday, the Minister of "
         "Communication announced.",
         "2008-02-04");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "Chadian rebels");
  EXPECT_EQ(x.incidents[0].claimant.side, "Chad");
}

// French word order: the speaker after the verb and the day ("declared on Tuesday the
// spokesman of the army"), not the party named last before it.
TEST_F(WarsOfTheColdWarsEnd, TheSpeakerAfterTheDayOfAnInvertedVerb) {
  auto x =
      on("Bujumbura, 9 July 2003 (ABP) - The Forces of Defense of Burundi repelled since "
         "Monday the attack launched by the combatants of the Palipehutu-FNL against Giheta, "
         "declared on Tuesday the spokesman of the army during a press conference.",
         "2003-07-09");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "FNL");
  EXPECT_EQ(x.incidents[0].claimant.side, "Burundi");
}

// A breakdown in apposition that sums to the count before it tells who they were; one by kind
// ("13 Cambodians, eight civilians and five soldiers") says more and stays.
TEST_F(WarsOfTheColdWarsEnd, ABreakdownInAppositionIsNoCountOfItsOwn) {
  auto x =
      on("All five members of the Mission on board, four Italian officers and one French "
         "officer, were killed near Osijek, the Croatian Ministry of Defence said.",
         "1992-01-08");
  EXPECT_NE(claim_of(x, "killed", 5), nullptr);
  EXPECT_EQ(claim_of(x, "killed", 4), nullptr);
  EXPECT_EQ(claim_of(x, "killed", 1), nullptr);
  auto y =
      on("Five civilians, two women and three children, were killed in Osijek, the Croatian "
         "Ministry of Defence said.",
         "1992-01-08");
  EXPECT_EQ(y.claims.size(), 1u);
  auto z =
      on("The JNA attacks have killed 13 Croatians, eight civilians and five soldiers, near "
         "Osijek, the Croatian Ministry of Defence said.",
         "1992-01-08");
  EXPECT_NE(claim_of(z, "killed", 8), nullptr);
  EXPECT_NE(claim_of(z, "killed", 5), nullptr);
}

// "The same bulletin indicates that ...": the source that published the bulletin goes on.
TEST_F(WarsOfTheColdWarsEnd, TheSameBulletinIsTheSourceNamedBefore) {
  auto x =
      on("The Armed Force informed yesterday that 383 terrorists died in the combats in "
         "Soyapango, according to the bulletin number 6 of its Press Committee. The same "
         "bulletin indicates that 37 civilians died.",
         "1989-11-14");
  const LossClaim* civilians = claim_of(x, "killed", 37);
  ASSERT_NE(civilians, nullptr);
  EXPECT_EQ(civilians->claimant.side, "El Salvador");
}

// A party named after words of backing qualifies the one before it: "the mercenaries in the pay
// of Sudan attacked" are the Chadian rebels, not Sudan.
TEST_F(WarsOfTheColdWarsEnd, TheBackerIsNotTheAttacker) {
  auto x =
      on("N'Djamena, 4 February (ATP) - At Massaguet the mercenaries in the pay of Sudan "
         "attacked the positions of the Chadian National Army on Friday, the Minister of "
         "Communication announced.",
         "2008-02-04");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "Chadian rebels");
}

}  // namespace
}  // namespace truce::extract
