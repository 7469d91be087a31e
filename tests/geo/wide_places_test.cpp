// Continents, oceans, macro-regions, GeoNames country points, AP abbreviations and the
// "Town, Region" qualifier, on small texts written here.
#include <gtest/gtest.h>

#include <map>

#include "geo/distance.hpp"
#include "geoparser_fixture.hpp"

namespace truce::geo {
namespace {

TEST(WidePlaces, ContinentsAndOceansOutrankTownsNamedAfterThem) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text =
      "Storms over the Atlantic hit farms in Iowa and Nebraska, while Europe and Asia watched.";
  const auto r = g->resolve(text, {{16, 24}, {63, 69}, {74, 78}});
  ASSERT_EQ(r.size(), 3u);
  for (const auto& m : r) ASSERT_TRUE(m.match) << m.text;
  EXPECT_EQ(r[0].match->place.id, "truce:atlantic") << r[0].match->why;
  EXPECT_EQ(r[1].match->place.id, "truce:europe");
  EXPECT_EQ(r[2].match->place.id, "truce:asia");
}

TEST(WidePlaces, EuropeanUnionAndDemonyms) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const auto eu = g->candidates("EU", "", 1);
  ASSERT_FALSE(eu.empty());
  EXPECT_EQ(eu[0].place.id, "truce:eu");
  const std::string text = "European ministers met in Brussels.";
  const auto r = g->resolve(text, {{0, 8}});
  ASSERT_TRUE(r[0].match);
  EXPECT_EQ(r[0].match->place.id, "truce:europe");
}

TEST(WidePlaces, CountriesUseGeoNamesPoints) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const auto c = g->candidates("Canada", "", 1);
  ASSERT_FALSE(c.empty());
  EXPECT_LT(distance_km(c[0].place.lat, c[0].place.lon, 60.10867, -113.64258), 1.0);
}

TEST(WidePlaces, ConflictTerritories) {
  TRUCE_REQUIRE_GEOPARSER(g);
  for (const auto& [name, cc] : std::vector<std::pair<std::string, std::string>>{
           {"Gaza Strip", "PS"}, {"West Bank", "PS"}, {"Crimea", "UA"}, {"Donbas", "UA"}}) {
    const auto c = g->candidates(name, "", 1);
    ASSERT_FALSE(c.empty()) << name;
    EXPECT_EQ(c[0].place.country, cc) << name;
  }
}

TEST(Qualifier, TownCommaRegionPicksTheTownInThatRegion) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = "The fair in Paris, Texas drew crowds from Dallas.";
  const auto r = g->resolve(text, {{12, 17}, {19, 24}});
  ASSERT_TRUE(r[0].match);
  EXPECT_EQ(r[0].match->place.country, "US") << r[0].match->why;
  const std::string ky = "Flooding closed roads near Louisville, Ky. on Monday.";
  const auto k = g->resolve(ky, {{27, 37}, {39, 42}});
  ASSERT_TRUE(k[1].match);
  EXPECT_EQ(k[1].match->place.id, "adm1:US-KY");
}

// "southern Lebanon", "northern Gaza": a direction before a name is the part of the country the
// supplement places, where it has one; elsewhere the name alone is found.
TEST(WidePlaces, ADirectionBeforeANameIsThePartTheSupplementKnows) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text =
      "Strikes hit southern Lebanon and northern Gaza, and shells fell on western Kharkiv.";
  const auto found = g->find(text);
  std::map<std::string, std::string> by_mention;
  for (const auto& m : found)
    if (m.match) by_mention[m.text] = m.match->place.id;
  EXPECT_EQ(by_mention["southern Lebanon"], "truce:south-lebanon");
  EXPECT_EQ(by_mention["northern Gaza"], "truce:northern-gaza");
  EXPECT_EQ(by_mention.count("western Kharkiv"), 0u);
  EXPECT_EQ(by_mention.count("Kharkiv"), 1u);
}

// Session 16: wires write "Congo" for the Democratic Republic of the Congo; beside its towns
// the name is that state, beside Brazzaville the Republic of the Congo.
TEST(WidePlaces, CongoIsTheStateTheReportsTownsLieIn) {
  TRUCE_REQUIRE_GEOPARSER(g);
  auto country_of_congo = [&](const std::string& text) {
    for (const auto& m : g->find(text))
      if (m.text == "Congo" && m.match) return m.match->place.country;
    return std::string();
  };
  EXPECT_EQ(country_of_congo("BUNIA, Congo - Militiamen attacked a camp in Ituri province."), "CD");
  EXPECT_EQ(country_of_congo("BRAZZAVILLE, Congo - Fighters attacked a train in the Pool region."),
            "CG");
}

}  // namespace
}  // namespace truce::geo
