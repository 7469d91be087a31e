// The per-conflict supplements (data/gazetteer/conflicts/*.tsv): front-line villages no installed
// package has resolve, placed from the installed places their row names (never a typed point),
// and a row without a source or naming an unknown place fails the build.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "geo/build_place.hpp"
#include "geoparser_fixture.hpp"

namespace truce::geo {
namespace {

// The mention of `name` in `text`, resolved as a given span.
PlaceMention resolved(const Geoparser& g, const std::string& text, const std::string& name) {
  const auto at = text.find(name);
  return g.resolve(text, {{at, at + name.size()}}).at(0);
}

TEST(ConflictPlaces, AVillageNearATownTakesTheTownsPointWithAWiderPrecision) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = "Fire was recorded near the village of Talish, north of Martakert.";
  const auto m = resolved(*g, text, "Talish");
  ASSERT_TRUE(m.match) << m.rule;
  EXPECT_EQ(m.match->place.id, "truce:talish") << m.match->why;
  EXPECT_EQ(m.match->place.precision, 2);
  const auto martakert = g->candidates("Martakert", "AZ", 1);
  ASSERT_FALSE(martakert.empty());
  EXPECT_EQ(m.match->place.lat, martakert[0].place.lat);
  EXPECT_EQ(m.match->place.lon, martakert[0].place.lon);
}

TEST(ConflictPlaces, AVillageInADistrictTakesTheDistrictsPointAndPrecision) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text =
      "Forces took control of the villages of Karkhulu and Shukurbeyli in the Jabrayil district.";
  for (const std::string name : {"Karkhulu", "Shukurbeyli"}) {
    const auto m = resolved(*g, text, name);
    ASSERT_TRUE(m.match) << name;
    EXPECT_EQ(m.match->place.country, "AZ") << m.match->why;
    EXPECT_EQ(m.match->place.admin1, "Jabrayil District");
    EXPECT_EQ(m.match->place.precision, 3);  // the district's: nothing narrower is known
  }
  const auto found = g->find(text);
  EXPECT_TRUE(std::any_of(found.begin(), found.end(),
                          [](const PlaceMention& m) { return m.text == "Karkhulu"; }));
}

std::filesystem::path conflict_dir(const std::string& row) {
  const auto dir = std::filesystem::temp_directory_path() / "truce_conflict_places_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "test.tsv")
      << "id\tname\tkind\tcountry\tadmin1\tvariants\tderivation\tsource\n"
      << row << "\n";
  return dir;
}

TEST(ConflictPlaces, RowsArePlacedFromInstalledPlacesOnly) {
  BuildPlace a, b;
  a.id = "geonames:1", a.lat = 40.0, a.lon = 46.0, a.admin1 = "Tartar District";
  b.id = "geonames:2", b.lat = 40.2, b.lon = 46.4;
  std::vector<BuildPlace> places{a, b};
  const auto ok = conflict_dir(
      "truce:x\tX\tcrossing\tAZ\t\tIks\textent:geonames:1|geonames:2\ta report: \"between A and "
      "B\"");
  ASSERT_TRUE(add_conflict_places(ok, places)) << "the row is good";
  ASSERT_EQ(places.size(), 3u);
  EXPECT_DOUBLE_EQ(places[2].lat, 40.1);
  EXPECT_DOUBLE_EQ(places[2].lon, 46.2);
  EXPECT_EQ(places[2].precision, 2);
  EXPECT_EQ(places[2].fcode, "PSTB");
  EXPECT_EQ(places[2].admin1, "Tartar District");
  const std::pair<const char*, const char*> bad[] = {
      {"truce:y\tY\ttown\tAZ\t\t\tnear:geonames:9\ta report", "unknown id geonames:9"},
      {"truce:y\tY\ttown\tAZ\t\t\tnear:geonames:1\t", "source"},
      {"truce:y\tY\ttown\tAZ\t\t\t40.1 46.2\ta report", "derivation"},
      {"truce:y\tY\tcastle\tAZ\t\t\tnear:geonames:1\ta report", "unknown kind"}};
  for (const auto& [row, problem] : bad) {
    std::vector<BuildPlace> some{a, b};
    const auto dir = conflict_dir(row);
    const auto s = add_conflict_places(dir, some);
    ASSERT_FALSE(s) << row;
    EXPECT_NE(s.error().message.find("test.tsv:2"), std::string::npos) << s.error().message;
    EXPECT_NE(s.error().message.find(problem), std::string::npos) << s.error().message;
  }
}

}  // namespace
}  // namespace truce::geo
