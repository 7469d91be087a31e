// Added in session 16 (issue 8), from invented reports of a war data/conflicts.tsv does not
// list (Ituri, 2022): a local official speaks for the state the report's places lie in; a
// state's army speaking of "its troops" names itself as the attacker; the town of the hospital
// the wounded were taken to is no site of the attack. Every report is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class WarsNotOnFile : public WorldExtraction {
 protected:
  Extraction ituri(const std::string& body) {
    finder_.add("BUNIA", {town("Bunia", "CD", 1.56, 30.25)});
    finder_.add("Ituri", {town("Ituri", "CD", 1.5, 29.5)});
    finder_.add("Djugu", {town("Djugu", "CD", 1.92, 30.50)});
    finder_.add("Mahagi", {town("Mahagi", "CD", 2.31, 30.99)});
    finder_.add("Fataki", {town("Fataki", "CD", 1.99, 30.47)});
    return run(body, "", "2022-02-03");
  }
};

TEST_F(WarsNotOnFile, ALocalOfficialSpeaksForTheStateOfThePlaces) {
  auto x = ituri(
      "BUNIA (AP) - Militiamen attacked a camp for displaced people in Djugu territory of "
      "Ituri province overnight, killing at least 40 people, a local official said Thursday.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "DR Congo");
}

TEST_F(WarsNotOnFile, AnArmysOwnTroopsAreItsOwn) {
  auto x = ituri(
      "The DR Congo army said its troops had killed three militiamen on Friday near the "
      "village of Fataki in Ituri.");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "DR Congo");
}

TEST_F(WarsNotOnFile, TheHospitalsTownIsNoSite) {
  auto x = ituri(
      "Militiamen attacked a camp for displaced people in Djugu territory overnight, killing "
      "at least 40 people, a local official said. He said 23 people were wounded and taken to "
      "the general hospital in Mahagi.");
  for (const auto& i : x.incidents) {
    for (const auto& p : i.places) EXPECT_NE(p.mention, "Mahagi");
  }
}

// "another wounded ... when about 30 armed men opened fire": the men who opened fire are no
// casualties of the verb before them.
TEST_F(WarsNotOnFile, MenWhoOpenedFireAreNoCasualties) {
  auto x = ituri(
      "A police officer was killed and another wounded on Sunday when about 30 armed men opened "
      "fire on a police patrol near Mahagi, the governor said.");
  for (const auto& c : x.claims) EXPECT_NE(c.value, 30) << c.category << " " << c.measure;
}

// "Two police officers were wounded" in a report no war on file covers: the state's police, a
// claim, where before the count found no owner and vanished.
TEST_F(WarsNotOnFile, PoliceCountedWhereNoWarIsOnFileAreTheStates) {
  auto x = ituri("BUNIA (AP) - Two police officers were wounded in Djugu on Sunday, police said.");
  bool found = false;
  for (const auto& c : x.claims) {
    if (c.value == 2) {
      found = true;
      EXPECT_EQ(c.about, "DR Congo");
      EXPECT_EQ(c.category, "personnel");
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace truce::extract
