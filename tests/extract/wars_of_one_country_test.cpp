// Added in session 17 (issue 8): wars fought in part of a country (conflicts.tsv, column areas)
// are chosen by places in their regions only, so that two wars of one state are told apart: the
// BLA's in Balochistan and the TTP's in Khyber Pakhtunkhwa, the Anglophone Crisis and Boko Haram
// in Cameroon. Every report is invented.
#include <fstream>

#include "extract/conflict_context.hpp"
#include "lexicon_copy.hpp"
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class WarsOfOneCountry : public WorldExtraction {
 protected:
  static geo::Place in(const std::string& name, const std::string& cc, const std::string& admin1,
                       double lat, double lon) {
    geo::Place p = town(name, cc, lat, lon);
    p.admin1 = admin1;
    return p;
  }
};

TEST_F(WarsOfOneCountry, TheTerroristsOfBalochistanAreTheBla) {
  finder_.add("Kalat", {in("Kalat", "PK", "Balochistan", 29.03, 66.59)});
  finder_.add("QUETTA", {in("Quetta", "PK", "Balochistan", 30.18, 67.00)});
  auto x =
      run("QUETTA: The terrorists attacked a police station in Kalat on Sunday night, killing four "
          "policemen, officials said.",
          "", "2024-08-26");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "BLA");
}

TEST_F(WarsOfOneCountry, TheTerroristsOfKhyberPakhtunkhwaAreTheTtp) {
  finder_.add("Bannu", {in("Bannu", "PK", "Khyber Pakhtunkhwa", 32.99, 70.60)});
  finder_.add("PESHAWAR", {in("Peshawar", "PK", "Khyber Pakhtunkhwa", 34.01, 71.58)});
  auto x = run(
      "PESHAWAR: The terrorists attacked a police station in Bannu on Sunday night, killing four "
      "policemen, officials said.",
      "", "2024-08-26");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "TTP");
}

TEST_F(WarsOfOneCountry, ARegionChoosesItsWarAndTheCountryBoth) {
  const auto& lex = extractor_->lexicons();
  auto far_north =
      choose_conflicts(lex, {}, {"CM", "CM"}, "2024-05-01", {}, {}, {}, {"Far North", "Far North"});
  ASSERT_FALSE(far_north.conflicts.empty());
  EXPECT_EQ(far_north.conflicts.front()->name, "Boko Haram insurgency");
  auto northwest =
      choose_conflicts(lex, {}, {"CM", "CM"}, "2024-05-01", {}, {}, {}, {"Northwest", "Northwest"});
  ASSERT_FALSE(northwest.conflicts.empty());
  EXPECT_EQ(northwest.conflicts.front()->name, "Anglophone Crisis");
  // "Cameroon" alone, no region: both wars of the country.
  auto country = choose_conflicts(lex, {}, {"CM", "CM"}, "2024-05-01", {}, {}, {}, {"", ""});
  EXPECT_EQ(country.conflicts.size(), 2u);
}

// Added in session 18: a report whose places lie, twice, in a country of no war on file whose
// state it names (Monrovia's districts, "the Liberian Defence Minister") and that names a party
// of wars elsewhere ("demanding that Washington send troops") is no report of those wars; with
// the state unnamed (the places may be namesakes), the party named still chooses its war.
TEST_F(WarsOfOneCountry, APartyNamedFromAfarChoosesNoWarElsewhere) {
  const auto& lex = extractor_->lexicons();
  auto monrovia = choose_conflicts(lex, {{"United States", 2}, {"Liberia", 1}}, {"LR", "LR"},
                                   "2015-07-21", {}, {}, {}, {"", ""});
  EXPECT_TRUE(monrovia.conflicts.empty());
  auto unnamed = choose_conflicts(lex, {{"United States", 2}}, {"LR", "LR"}, "2015-07-21", {}, {},
                                  {}, {"", ""});
  EXPECT_FALSE(unnamed.conflicts.empty());
}

TEST(ConflictLoading, AnAreaOutsideTheConflictsCountriesIsRejected) {
  const auto dir = test::copy_lexicons("truce_conflict_areas_test");
  {
    std::ofstream out(dir / "conflicts.tsv", std::ios::app);
    out << "Test war\tCameroon\tBoko Haram\t2020-01-01\t-\tCM\t-\t-\tNG:Borno\ttest\n";
  }
  auto e = Extractor::load(dir);
  ASSERT_FALSE(e);
  EXPECT_NE(e.error().message.find("areas"), std::string::npos) << e.error().message;
}

}  // namespace
}  // namespace truce::extract
