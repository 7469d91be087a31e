// Every non-optional `place` record of the seed answer key resolves within its tolerance when
// the finder reads the whole report, and the seeds' known traps resolve correctly.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "geo/distance.hpp"
#include "geoparser_fixture.hpp"

namespace truce::geo {
namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Returns the finder's mentions of `text` whose text is `written`.
std::vector<PlaceMention> mentions_of(const Geoparser& g, const std::string& text,
                                      std::string_view written) {
  std::vector<PlaceMention> out;
  for (auto& m : g.find(text)) {
    if (m.text == written) out.push_back(m);
  }
  return out;
}

TEST(SeedPlaces, EveryRequiredPlaceResolvesWithinTolerance) {
  TRUCE_REQUIRE_SHARED("gold/seeds.jsonl");
  TRUCE_REQUIRE_GEOPARSER(g);
  std::ifstream key(testing::shared_dir() / "gold" / "seeds.jsonl");
  std::string line;
  int checked = 0;
  while (std::getline(key, line)) {
    const auto r = nlohmann::json::parse(line);
    if (r.value("kind", "") != "place" || r.value("optional", false)) continue;
    const std::string text = read(testing::shared_dir() / "seeds" / r["doc"].get<std::string>());
    const std::string written = r["mention"];
    const auto found = mentions_of(*g, text, written);
    ASSERT_FALSE(found.empty()) << r["doc"] << ": \"" << written << "\" not found";
    for (const auto& m : found) {
      ASSERT_TRUE(m.match) << written;
      const double km = distance_km(m.match->place.lat, m.match->place.lon, r["lat"], r["lon"]);
      EXPECT_LE(km, r["tolerance_km"].get<double>())
          << r["doc"] << ": \"" << written << "\" at byte " << m.begin << " resolved to "
          << m.match->place.name << " (" << m.match->place.id << "), " << km << " km off; "
          << m.match->why;
      EXPECT_EQ(m.match->place.country, r["country"].get<std::string>()) << written;
    }
    ++checked;
  }
  EXPECT_GE(checked, 10);
}

TEST(SeedPlaces, EastAzerbaijanIsAnIranianProvince) {
  TRUCE_REQUIRE_SHARED("seeds/000_61f92d31216fe25b.txt");
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = read(testing::shared_dir() / "seeds" / "000_61f92d31216fe25b.txt");
  const auto found = mentions_of(*g, text, "East Azerbaijan");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].match);
  EXPECT_EQ(found[0].match->place.country, "IR");
  EXPECT_EQ(found[0].match->place.precision, 3);
  EXPECT_TRUE(mentions_of(*g, text, "Azerbaijan").size() > 0);  // the country still is one
}

TEST(SeedPlaces, WashingtonAsAMeetingVenueIsTheCapital) {
  TRUCE_REQUIRE_SHARED("seeds/002_f29a8041dc07d8d1.txt");
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = read(testing::shared_dir() / "seeds" / "002_f29a8041dc07d8d1.txt");
  const auto found = mentions_of(*g, text, "Washington");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].match);
  EXPECT_EQ(found[0].match->place.id, "geonames:4140963") << found[0].match->why;
}

TEST(SeedPlaces, CountriesNamedInAStatementAreCountries) {
  TRUCE_REQUIRE_SHARED("seeds/004_fcc47892a0ff04b6.txt");
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = read(testing::shared_dir() / "seeds" / "004_fcc47892a0ff04b6.txt");
  for (const auto& [name, cc] : std::vector<std::pair<std::string, std::string>>{
           {"Georgia", "GE"}, {"Ukraine", "UA"}, {"Syria", "SY"}, {"Iraq", "IQ"}}) {
    const auto found = mentions_of(*g, text, name);
    ASSERT_FALSE(found.empty()) << name;
    ASSERT_TRUE(found[0].match) << name;
    EXPECT_EQ(found[0].match->place.country, cc) << name << ": " << found[0].match->why;
    EXPECT_EQ(found[0].match->place.feature_class, 'A') << name;
  }
}

TEST(SeedPlaces, LatviaIsFound) {
  TRUCE_REQUIRE_SHARED("seeds/001_990586bad01a896b.txt");
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = read(testing::shared_dir() / "seeds" / "001_990586bad01a896b.txt");
  const auto found = mentions_of(*g, text, "Latvia");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].match->place.country, "LV");
}

TEST(SeedPlaces, PeopleAndOrdinaryWordsAreNoPlaces) {
  TRUCE_REQUIRE_SHARED("seeds/001_990586bad01a896b.txt");
  TRUCE_REQUIRE_GEOPARSER(g);
  for (const char* doc :
       {"000_61f92d31216fe25b.txt", "001_990586bad01a896b.txt", "002_f29a8041dc07d8d1.txt",
        "003_785a00883348c0b5.txt", "004_fcc47892a0ff04b6.txt"}) {
    const std::string text = read(testing::shared_dir() / "seeds" / doc);
    for (const auto& m : g->find(text)) {
      for (const char* word : {"Michel", "Charles", "Said", "Armenian", "Azerbaijani", "Home",
                               "Source", "Leave", "Reply", "Macron", "Lavrov", "Omar", "Hassan",
                               "Red", "Cross", "Minsk", "Check", "Twitter", "Google"}) {
        EXPECT_NE(m.text, word) << doc << ": " << m.text << " -> "
                                << (m.match ? m.match->place.name + " " + m.match->why : "?");
      }
    }
  }
}

}  // namespace
}  // namespace truce::geo
