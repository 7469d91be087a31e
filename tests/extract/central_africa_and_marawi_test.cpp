// Added in session 17 (issue 8), from world17's misses (now a development set) and invented
// sentences: the Central African Republic's war (the Seleka and the anti-balaka) and the siege of
// Marawi are on file (conflicts.tsv, armed_groups.tsv, epithets.tsv); a national Red Cross
// society speaks as a humanitarian, not for its state; "the capital Bangui" is a place. Every
// report is invented.
#include <set>

#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class CentralAfricaAndMarawi : public WorldExtraction {
 protected:
  Extraction bangui(const std::string& body) {
    finder_.add("Bangui", {town("Bangui", "CF", 4.36, 18.55)});
    finder_.add("Bossangoa", {town("Bossangoa", "CF", 6.49, 17.45)});
    return run(body, "", "2013-12-06");
  }
  Extraction marawi(const std::string& body) {
    finder_.add("Marawi", {town("Marawi", "PH", 8.00, 124.29)});
    return run(body, "", "2017-10-17");
  }
};

TEST_F(CentralAfricaAndMarawi, TheSelekaAndTheAntiBalakaAreTheParties) {
  auto x = bangui(
      "In the town of Bossangoa, clashes on Thursday between anti-balaka and ex-Seleka killed "
      "at least 12 people, according to a priest.");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1 && x.incidents[0].actor2);
  std::set<std::string> sides{x.incidents[0].actor1->side, x.incidents[0].actor2->side};
  EXPECT_EQ(sides, (std::set<std::string>{"anti-balaka", "Seleka"}));
}

TEST_F(CentralAfricaAndMarawi, ANationalRedCrossSpeaksAsAHumanitarian) {
  auto x = bangui(
      "Volunteers of the Central African Red Cross collected 105 bodies in Bangui on Friday "
      "after militias attacked the city, the Central African Red Cross said.");
  ASSERT_FALSE(x.claims.empty());
  for (const auto& c : x.claims) EXPECT_EQ(c.claimant.side, "media") << c.value;
}

TEST_F(CentralAfricaAndMarawi, TheCapitalNamedAfterTheWordIsAPlace) {
  auto x = bangui(
      "More than 100 people were killed in the Central African capital Bangui on Thursday when "
      "militias attacked the city at dawn, a Red Cross official said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_FALSE(x.incidents[0].places.empty());
  EXPECT_EQ(x.incidents[0].places.front().mention, "Bangui");
  if (x.incidents[0].actor1) EXPECT_NE(x.incidents[0].actor1->side, "Central African Republic");
}

TEST_F(CentralAfricaAndMarawi, IslamicStateSupportersInMarawiAreTheMauteGroup) {
  auto x = marawi(
      "Islamic State group supporters attacked an army post in Marawi on Monday, the military "
      "said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Maute group");
  EXPECT_NE(x.incidents[0].actor1->rule, "claimant-opponent");
}

}  // namespace
}  // namespace truce::extract
