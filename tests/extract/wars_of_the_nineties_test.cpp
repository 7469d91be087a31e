// The parties of wars of the 1990s and 2000s that data/armed_groups.tsv and data/conflicts.tsv
// gained in session 19 (issue 8, point 4): the breakaway forces of Transnistria against Moldova,
// the Chechen separatists against Russia, the MILF against the Philippines, the Bosnian Serbs
// against Bosnia and Herzegovina. Knowledge in data: each test names the party only as reports
// do. Every report is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class WarsOfTheNineties : public WorldExtraction {
 protected:
  Extraction on(const std::string& body, const char* day) {
    finder_.add("Bender", {town("Bender", "MD", 46.83, 29.48)});
    finder_.add("Grozny", {town("Grozny", "RU", 43.31, 45.69)});
    finder_.add("Aleosan", {town("Aleosan", "PH", 7.16, 124.6)});
    finder_.add("Sarajevo", {town("Sarajevo", "BA", 43.85, 18.36)});
    return run(body, "", day);
  }
  static std::string side(const std::optional<ActorRef>& a) { return a ? a->side : "-"; }
};

TEST_F(WarsOfTheNineties, TheDniesterGuardsFightMoldova) {
  auto x =
      on("CHISINAU, 20 June - Dniester guards attacked the positions of the Moldovan police in "
         "Bender overnight, the Moldovan defence ministry said.",
         "1992-06-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "Transnistria");
  EXPECT_EQ(x.incidents[0].claimant.side, "Moldova");
}

TEST_F(WarsOfTheNineties, ChechenSeparatistsFightRussia) {
  auto x =
      on("Chechen separatists attacked federal troops in Grozny on Tuesday, the Russian command "
         "said.",
         "1996-08-07");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "Chechen separatists");
  EXPECT_EQ(x.incidents[0].claimant.side, "Russia");
}

TEST_F(WarsOfTheNineties, TheMilfFiresOnAnArmyDetachment) {
  auto x =
      on("COTABATO CITY, Aug 20 - MILF forces fired upon an army detachment in Aleosan on Sunday, "
         "killing two soldiers, the Philippine army said.",
         "2008-08-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  EXPECT_EQ(side(x.incidents[0].actor1), "MILF");
}

TEST_F(WarsOfTheNineties, BosnianSerbGunnersShellSarajevo) {
  auto x =
      on("SARAJEVO - Bosnian Serb artillery shelled Sarajevo on Monday, killing three civilians, "
         "Bosnian government officials said.",
         "1995-08-28");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "Bosnian Serbs");
  EXPECT_EQ(x.incidents[0].claimant.side, "Bosnia and Herzegovina");
}

}  // namespace
}  // namespace truce::extract
