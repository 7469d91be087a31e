// Added in session 17 (issue 8): armed groups a report defines that no lexicon knows ("the Free
// Aceh Movement (GAM)") are parties of a conflict of the report's own against the state it names
// or its places lie in; "the rebels" then name that group, and generic words of an insurgency
// choose no war on file. Every report is invented, of wars data/conflicts.tsv did not list when
// the tests were written (Aceh's was added in session 19; the defined acronym still rules).
#include <set>

#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class ReportGroups : public WorldExtraction {
 protected:
  Extraction aceh(const std::string& body) {
    finder_.add("BANDA ACEH", {town("Banda Aceh", "ID", 5.55, 95.32)});
    finder_.add("Bireuen", {town("Bireuen", "ID", 5.20, 96.70)});
    finder_.add("Lhokseumawe", {town("Lhokseumawe", "ID", 5.18, 97.15)});
    return run(body, "", "2003-05-21");
  }
  static std::set<std::string> sides(const Incident& i) {
    std::set<std::string> out;
    if (i.actor1) out.insert(i.actor1->side);
    if (i.actor2) out.insert(i.actor2->side);
    return out;
  }
};

TEST_F(ReportGroups, ADefinedGroupFightsTheStateOfThePlaces) {
  auto x = aceh(
      "BANDA ACEH, May 21 (Wire) - Indonesian troops killed 14 rebels of the Free Aceh Movement "
      "(GAM) in fighting near Bireuen on Tuesday, the military said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(sides(x.incidents[0]), (std::set<std::string>{"GAM", "Indonesia"}));
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].about, "GAM");
  EXPECT_EQ(x.claims[0].claimant.side, "Indonesia");
}

TEST_F(ReportGroups, TheAcronymSpeaksForTheGroup) {
  auto x = aceh(
      "Indonesian troops fought the Free Aceh Movement (GAM) near Bireuen on Tuesday. GAM "
      "spokesman Sofyan Dawood said the rebels had killed six soldiers in an ambush near "
      "Lhokseumawe.");
  bool found = false;
  for (const auto& c : x.claims) {
    if (c.value != 6) continue;
    found = true;
    EXPECT_EQ(c.claimant.side, "GAM");
    EXPECT_EQ(c.about, "Indonesia");
  }
  EXPECT_TRUE(found);
}

// Casamance's war is not on file (Aceh's is since session 19: GAM is the rebels there).
TEST_F(ReportGroups, GenericWordsOfAnInsurgencyChooseNoWarOnFile) {
  finder_.add("Ziguinchor", {town("Ziguinchor", "SN", 12.58, -16.27)});
  finder_.add("Bignona", {town("Bignona", "SN", 12.81, -16.23)});
  auto x = run(
      "Rebels ambushed a police patrol near Ziguinchor on Tuesday, killing two officers, police "
      "said. The insurgents also burned down a school near Bignona, the police said.",
      "", "2003-05-21");
  ASSERT_FALSE(x.incidents.empty());
  for (const auto& i : x.incidents) {
    for (const auto& s : sides(i)) {
      EXPECT_TRUE(s == "Senegal" || s == "civilians" || s.empty()) << s;
    }
  }
}

TEST_F(ReportGroups, AnotherWarOfTheStateYieldsToTheDefinedGroup) {
  finder_.add("GUWAHATI", {town("Guwahati", "IN", 26.14, 91.74)});
  finder_.add("Tinsukia", {town("Tinsukia", "IN", 27.49, 95.36)});
  auto x =
      run("GUWAHATI, Nov 3 (Wire) - The army said its troops had killed two cadres of the United "
          "Liberation Front of Asom (ULFA) in a gunfight near Tinsukia on Friday.",
          "", "2019-11-03");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(sides(x.incidents[0]), (std::set<std::string>{"ULFA", "India"}));
}

// Dated before the Kosovo War of data/conflicts.tsv (from February 1998), so that no conflict
// on file chooses the sides.
TEST_F(ReportGroups, AStateNamedMoreOftenThanThePlacesStateFightsTheGroup) {
  finder_.add("Likosane", {town("Likosane", "XK", 42.72, 20.85)});
  auto x =
      run("Fighters of the Kosovo Liberation Army (KLA) ambushed a Serbian police patrol near "
          "Likosane on Saturday, killing four officers, the Serbian interior ministry said.",
          "", "1997-11-30");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(sides(x.incidents[0]), (std::set<std::string>{"KLA", "Serbia"}));
}

// "the Uganda People's Defence Force": Myanmar's PDF fights in none of Uganda's wars.
TEST_F(ReportGroups, AStatesArmyBearingAGroupsNameIsTheStates) {
  finder_.add("Lira", {town("Lira", "UG", 2.25, 32.90)});
  auto x = run(
      "Rebels of the Lord's Resistance Army (LRA) attacked a camp for displaced people near "
      "Lira on Saturday night, killing at least 40 civilians, the Uganda People's Defence Force "
      "said.",
      "", "2004-02-22");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Uganda");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "LRA");
}

}  // namespace
}  // namespace truce::extract
