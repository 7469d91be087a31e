// Added in session 16 (issue 8): soldiers a sentence counts with their army after them ("2
// servicemen of the Azerbaijan Army") are what a blast hit, not the people of the district;
// a town named with two appositions before its verb ("Stepanakert, the region's main city, some
// 15km away, came under heavy fire") is where the incident happened. Every report is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class TargetsAndSites : public WorldExtraction {
 protected:
  Extraction karabakh(const std::string& body, const char* day) {
    finder_.add("Fuzuli", {town("Fuzuli", "AZ", 39.60, 47.15)});
    finder_.add("Stepanakert", {town("Stepanakert", "AZ", 39.82, 46.75)});
    finder_.add("Shushi", {town("Shushi", "AZ", 39.76, 46.75)});
    return run(body, "", day);
  }
};

TEST_F(TargetsAndSites, SoldiersCountedWithTheirArmyAreTheTarget) {
  auto x = karabakh(
      "Yesterday in the Fuzuli region, as result of explosion of anti-tank mine, 2 servicemen "
      "of the Azerbaijan Army were killed, the ministry informed.",
      "2021-06-09");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor2);
  EXPECT_EQ(x.incidents[0].actor2->side, "Azerbaijan");
}

TEST_F(TargetsAndSites, ATownWithTwoAppositionsIsWhereItHappened) {
  auto x = karabakh(
      "Stepanakert, the region's main city, some 15km away, came under heavy fire again on "
      "Monday, residents told the BBC.",
      "2020-11-09");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_FALSE(x.incidents[0].places.empty());
  EXPECT_EQ(x.incidents[0].places.front().mention, "Stepanakert");
}

// "BAGHDAD - Gunmen attacked ...": the dateline's town is where the reporter files from, not
// the attacker.
TEST_F(TargetsAndSites, TheDatelinesTownIsNoAttacker) {
  finder_.add("BAGHDAD", {town("Baghdad", "IQ", 33.34, 44.40)});
  finder_.add("Tarmiyah", {town("Tarmiyah", "IQ", 33.67, 44.39)});
  auto x =
      run("BAGHDAD - Gunmen attacked an army checkpoint near Tarmiyah on Sunday, killing two "
          "soldiers, police said.",
          "", "2016-05-02");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_FALSE(x.incidents[0].actor1 && x.incidents[0].actor1->side == "Iraq");
}

// A numbered division or a brigade speaks for the army it belongs to.
TEST_F(TargetsAndSites, ANumberedDivisionSpeaksForItsArmy) {
  finder_.add("Tibu", {town("Tibu", "CO", 8.64, -72.73)});
  finder_.add("BOGOTA", {town("Bogota", "CO", 4.61, -74.08)});
  auto x =
      run("BOGOTA - One soldier was injured yesterday when his patrol was attacked near Tibu, the "
          "Second Division said.",
          "", "2025-01-18");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Colombia");
}

// "Israeli forces killed three Palestinians ..., as troops backed by drones clashed with
// gunmen": "troops" are the force of the party named before them in the sentence, not the
// speaker's; "militants" in an army's words are its enemies, never its own.
TEST_F(TargetsAndSites, GenericTroopsAreThoseNamedBeforeAndMilitantsTheEnemy) {
  finder_.add("JENIN", {town("Jenin", "PS", 32.46, 35.30)});
  finder_.add("Jenin", {town("Jenin", "PS", 32.46, 35.30)});
  auto x =
      run("JENIN, West Bank (AP) - Israeli forces killed three Palestinians during a raid on the "
          "Jenin refugee camp on Monday, the Palestinian Health Ministry said, as troops backed by "
          "drones clashed with gunmen in the camp. A drone struck a group of militants who threw "
          "explosives at the troops, the Israeli military said.",
          "", "2023-07-03");
  ASSERT_EQ(x.incidents.size(), 2u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Israel");
  ASSERT_TRUE(x.incidents[1].actor2);
  EXPECT_NE(x.incidents[1].actor2->side, "Israel");
}

// In a war of one state against armed groups, an institution named without its state is the
// state's even right after an armed group's fighters were named ("an ELN guerrilla offensive
// ... Defense Minister Ivan Velasquez said"), and so is the army that speaks next.
TEST_F(TargetsAndSites, AnUnnamedInstitutionIsTheLoneStatesAfterAGroupIsNamed) {
  finder_.add("BOGOTA", {town("Bogota", "CO", 4.61, -74.08)});
  finder_.add("Catatumbo", {town("Catatumbo", "CO", 8.9, -73.0)});
  finder_.add("Hacari", {town("Hacari", "CO", 8.32, -73.15)});
  auto x = run(
      "BOGOTA (Reuters) - Colombia sent more soldiers to Catatumbo on Friday to fight an ELN "
      "guerrilla offensive that has killed scores of people. Defense Minister Ivan Velasquez said "
      "on Thursday that 80 people had been killed in a week of violence. The army said on "
      "Wednesday it had killed two ELN fighters in a clash near Hacari.",
      "", "2025-01-24");
  int spoken = 0;
  for (const auto& c : x.claims) {
    if (c.value != 80 && c.value != 2) continue;  // the lead names no source
    ++spoken;
    EXPECT_EQ(c.claimant.side, "Colombia") << c.value;
  }
  EXPECT_EQ(spoken, 2);
}

}  // namespace
}  // namespace truce::extract
