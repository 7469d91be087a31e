// Region and country points inside their own shapes: the build moves a first-level region that
// country-state-city puts in another country to a point derived from its own towns, and fails
// on a point still outside.
#include <gtest/gtest.h>

#include <fmt/core.h>

#include <filesystem>

#include "geo/build_place.hpp"
#include "geo/distance.hpp"
#include "geoparser_fixture.hpp"

namespace truce::geo {
namespace {

const std::filesystem::path kNodeModules = std::filesystem::path(TRUCE_SOURCE_DIR) / "node_modules";

BuildPlace place(std::string id, std::string name, std::string cc, std::string fcode, double lat,
                 double lon, std::string admin1 = {}, std::int64_t population = 0) {
  BuildPlace p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.cc = std::move(cc);
  p.fcode = std::move(fcode);
  p.fclass = p.fcode == "PPL" ? 'P' : 'A';
  p.lat = lat;
  p.lon = lon;
  p.admin1 = std::move(admin1);
  p.population = population;
  return p;
}

TEST(RegionPoints, ARegionInAnotherCountryMovesToItsOwnTowns) {
  if (!std::filesystem::exists(kNodeModules / "world-atlas" / "countries-50m.json")) {
    if (testing::running_in_ci()) FAIL() << "world-atlas missing under CI";
    GTEST_SKIP() << "node_modules/world-atlas not installed (run `npm ci`)";
  }
  std::vector<BuildPlace> places{
      place("ne:586", "Pakistan", "PK", "PCLI", 30.0, 70.0),
      place("ne:356", "India", "IN", "PCLI", 22.0, 79.0),
      // country-state-city's Punjab (PK) point, in Indian Punjab.
      place("adm1:PK-PB", "Punjab", "PK", "ADM1", 31.15, 75.34),
      place("geonames:1172451", "Lahore", "PK", "PPL", 31.558, 74.351, "Punjab", 6310888),
      place("geonames:1179400", "Faisalabad", "PK", "PPL", 31.417, 73.079, "Punjab", 2506595),
      place("geonames:1166993", "Multan", "PK", "PPL", 30.196, 71.475, "Punjab", 1437230),
      // A region with no town of its own at all: dropped rather than left in India.
      place("adm1:PK-XX", "Nowhere", "PK", "ADM1", 28.6, 77.2)};
  auto shapes = CountryShapes::load(kNodeModules, places);
  ASSERT_TRUE(shapes) << shapes.error().message;
  ASSERT_EQ(points_off_their_shape(*shapes, places, {}).size(), 2u);

  const auto notes = fit_points_to_shapes(*shapes, {}, places, {});
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_TRUE(notes[0].starts_with("moved PK adm1:PK-PB Punjab")) << notes[0];
  EXPECT_TRUE(notes[1].starts_with("dropped PK adm1:PK-XX")) << notes[1];
  const auto punjab = std::find_if(places.begin(), places.end(),
                                   [](const auto& p) { return p.id == "adm1:PK-PB"; });
  ASSERT_NE(punjab, places.end());
  EXPECT_TRUE(shapes->inside("PK", punjab->lat, punjab->lon));
  EXPECT_EQ(std::count_if(places.begin(), places.end(),
                          [](const auto& p) { return p.id == "adm1:PK-XX"; }),
            0);
  EXPECT_TRUE(points_off_their_shape(*shapes, places, {}).empty());

  // A typed (supplement) region point in the wrong country is never moved: the build fails.
  places.push_back(place("truce:typed", "Typed", "PK", "ADM1", 28.6, 77.2));
  const auto off = points_off_their_shape(*shapes, places, {});
  ASSERT_EQ(off.size(), 1u);
  EXPECT_TRUE(off[0].starts_with("PK truce:typed Typed")) << off[0];
}

TEST(RegionPoints, ARegionNamedAfterTheCountryHoldingItIsDropped) {
  if (!std::filesystem::exists(kNodeModules / "world-atlas" / "countries-50m.json")) {
    if (testing::running_in_ci()) FAIL() << "world-atlas missing under CI";
    GTEST_SKIP() << "node_modules/world-atlas not installed (run `npm ci`)";
  }
  // country-state-city's "Taiwan" region of China lies in Taiwan: a claim, not a division; a
  // Chinese town the name heuristic gave it must not pull it into China.
  std::vector<BuildPlace> places{
      place("ne:156", "China", "CN", "PCLI", 35.0, 105.0),
      place("ne:158", "Taiwan", "TW", "PCLD", 24.0, 121.0),
      place("adm1:CN-TW", "Taiwan", "CN", "ADM1", 23.70, 120.96),
      place("geonames:1", "Somewhere", "CN", "PPL", 32.9, 119.1, "Taiwan", 1000)};
  auto shapes = CountryShapes::load(kNodeModules, places);
  ASSERT_TRUE(shapes) << shapes.error().message;
  const auto notes = fit_points_to_shapes(*shapes, {}, places, {});
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_TRUE(notes[0].starts_with("dropped CN adm1:CN-TW Taiwan")) << notes[0];
  EXPECT_EQ(std::count_if(places.begin(), places.end(),
                          [](const auto& p) { return p.id == "adm1:CN-TW"; }),
            0);
  TRUCE_REQUIRE_GEOPARSER(g);
  const auto taiwan = g->candidates("Taiwan", "", 1);
  ASSERT_FALSE(taiwan.empty());
  EXPECT_EQ(taiwan[0].place.country, "TW") << taiwan[0].why;
}

TEST(RegionPoints, ATownsRegionIsTheOneCountryStateCityListsItIn) {
  // Queensland's centre in country-state-city lies far inland, so most of its towns lie nearer
  // New South Wales' centre: by nearness alone GeoNames' group AU.04 was named New South Wales.
  std::vector<BuildPlace> places{
      place("adm1:AU-QLD", "Queensland", "AU", "ADM1", -20.92, 142.70),
      place("adm1:AU-NSW", "New South Wales", "AU", "ADM1", -31.25, 146.92)};
  const std::pair<double, double> towns[] = {
      {-27.47, 153.03}, {-28.00, 153.43}, {-27.56, 151.95}, {-19.26, 146.82}, {-23.38, 150.51}};
  for (const auto& [lat, lon] : towns) {
    places.push_back(
        place(fmt::format("geonames:{}", places.size()), "Town", "AU", "PPL", lat, lon));
    places.back().admin1_code = "04";
  }
  auto by_nearness = places;
  name_admin1(by_nearness, {});
  EXPECT_EQ(by_nearness[2].admin1, "New South Wales");  // Brisbane, by nearness alone

  RegionCities cities;
  for (const auto& [lat, lon] : towns) cities["adm1:AU-QLD"].emplace_back(lat, lon);
  const auto votes = name_admin1(places, cities);
  for (std::size_t i = 2; i < places.size(); ++i) EXPECT_EQ(places[i].admin1, "Queensland") << i;
  ASSERT_EQ(votes.count("AU.04"), 1u);
  EXPECT_EQ(votes.at("AU.04").share, 1.0);
}

TEST(RegionPoints, RegionsOfTheIssueLieInTheirOwnCountries) {
  TRUCE_REQUIRE_GEOPARSER(g);
  struct Case {
    const char* name;
    const char* cc;
    double lat, lon, km;  // a town of the region and how far the region's point may be
  };
  for (const Case& c : {Case{"Punjab", "PK", 31.558, 74.351, 400},      // Lahore
                        Case{"White Nile", "SD", 13.166, 32.666, 250},  // Kosti
                        Case{"Capital Governorate", "KW", 29.370, 47.979, 40}}) {
    bool seen = false;
    for (const auto& m : g->candidates(c.name, c.cc, 10)) {
      if (m.place.country != c.cc || m.place.feature_code != "ADM1") continue;
      seen = true;
      EXPECT_LT(distance_km(m.place.lat, m.place.lon, c.lat, c.lon), c.km)
          << c.name << " at " << m.place.lat << ", " << m.place.lon;
    }
    EXPECT_TRUE(seen) << c.name;
  }
  // country-state-city's Gopalganj District lies 370 km into India, with no town of its own to
  // move to: no Bangladeshi "Gopalganj" may lie in India.
  for (const auto& m : g->candidates("Gopalganj District", "BD", 10)) {
    if (m.place.country != "BD") continue;
    EXPECT_LT(distance_km(m.place.lat, m.place.lon, 23.005, 89.826), 100) << m.why;
  }
}

}  // namespace
}  // namespace truce::geo
