// The parties of wars of 1992-2004 that data/armed_groups.tsv, data/actors.tsv,
// data/epithets.tsv and data/conflicts.tsv gained in session 20 (issue 8, point 4): the KLA
// against Yugoslavia and NATO's air war, the RUF against Sierra Leone and Guinea, the MPCI
// against Cote d'Ivoire, Abkhazia against Georgia, Peru against Ecuador. Each test names the
// parties only as reports do. Every report is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class WarsAtTheTurnOfTheCentury : public WorldExtraction {
 protected:
  Extraction on(const std::string& body, const char* day) {
    finder_.add("Decani", {town("Decani", "XK", 42.54, 20.29)});
    finder_.add("Nis", {town("Nis", "RS", 43.32, 21.90)});
    finder_.add("Kailahun", {town("Kailahun", "SL", 8.28, -10.57)});
    finder_.add("Man", {town("Man", "CI", 7.41, -7.55)});
    finder_.add("Ochamchira", {town("Ochamchira", "GE", 42.71, 41.47)});
    finder_.add("Coangos", {town("Coangos", "EC", -3.5, -78.2)});
    return run(body, "", day);
  }
  static std::string side(const std::optional<ActorRef>& a) { return a ? a->side : "-"; }
};

TEST_F(WarsAtTheTurnOfTheCentury, SerbianPoliceAreYugoslaviasAgainstTheKla) {
  auto x =
      on("PRISTINA, 12 Aug - KLA fighters attacked Serbian police near Decani on Tuesday, "
         "the Yugoslav army said.",
         "1998-08-12");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "KLA");
  EXPECT_EQ(side(x.incidents[0].actor2), "Yugoslavia");
  EXPECT_EQ(x.incidents[0].claimant.side, "Yugoslavia");
}

TEST_F(WarsAtTheTurnOfTheCentury, TheAggressorOfYugoslavStateMediaIsNato) {
  auto x =
      on("BELGRADE, 14 April (Tanjug) - The aggressor fired missiles at the centre of Nis "
         "last night, killing four civilians, the Army of Yugoslavia said.",
         "1999-04-14");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "NATO");
  EXPECT_EQ(x.incidents[0].claimant.side, "Yugoslavia");
}

TEST_F(WarsAtTheTurnOfTheCentury, TheRufAndTheKamajors) {
  auto x =
      on("FREETOWN, 3 March - RUF rebels attacked a Kamajor checkpoint near Kailahun on "
         "Sunday, killing two militiamen, a government spokesman said.",
         "2001-03-05");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "RUF");
  EXPECT_EQ(side(x.incidents[0].actor2), "CDF");
  EXPECT_EQ(x.incidents[0].claimant.side, "Sierra Leone");
}

TEST_F(WarsAtTheTurnOfTheCentury, TheLoyalistsAndTheAssailantsOfCoteDIvoire) {
  auto x =
      on("ABIDJAN, 30 Nov - The loyalist forces repulsed an attack of the assailants on "
         "the town of Man on Friday, declared the spokesman of the FANCI.",
         "2002-11-30");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "MPCI");
  EXPECT_EQ(side(x.incidents[0].actor2), "Ivory Coast");
  EXPECT_EQ(x.incidents[0].claimant.side, "Ivory Coast");
}

TEST_F(WarsAtTheTurnOfTheCentury, TheAbkhazFormationsAgainstGeorgia) {
  auto x =
      on("TBILISI, 4 July - The Abkhaz formations shelled Ochamchira on Sunday, killing "
         "three residents, the Ministry of Defence of Georgia said.",
         "1993-07-04");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "Abkhazia");
  EXPECT_EQ(x.incidents[0].claimant.side, "Georgia");
}

TEST_F(WarsAtTheTurnOfTheCentury, TheCenepaWarsAirForces) {
  auto x =
      on("QUITO, 8 Feb - The FAE shot down a Peruvian helicopter near Coangos on Tuesday, "
         "the Comando Conjunto of the Armed Forces informed.",
         "1995-02-08");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(side(x.incidents[0].actor1), "Ecuador");
  EXPECT_EQ(side(x.incidents[0].actor2), "Peru");
  EXPECT_EQ(x.incidents[0].claimant.side, "Ecuador");
}

}  // namespace
}  // namespace truce::extract
