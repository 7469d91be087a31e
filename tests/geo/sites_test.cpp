// Place kinds and sites (issue 13, point 4): every place has a kind; a sector, crossing, landmark,
// base or airport named by a place name and a site word (data/gazetteer/site_words.tsv) is the
// index's own site where it has one, else the named town with its precision widened, never an
// unrelated namesake. Texts written here.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "geo/distance.hpp"
#include "geo/site_words.hpp"
#include "geoparser_fixture.hpp"

namespace truce::geo {
namespace {

// The found mention whose text is `text`, or nullptr.
const PlaceMention* mention(const std::vector<PlaceMention>& found, const std::string& text) {
  const auto it = std::find_if(found.begin(), found.end(),
                               [&](const PlaceMention& m) { return m.text == text; });
  return it == found.end() ? nullptr : &*it;
}

// The first candidate of `name` near `country`, as `truce geocode` ranks it.
Place first(const Geoparser& g, const std::string& name, const std::string& country) {
  const auto c = g.candidates(name, country, 1);
  return c.empty() ? Place{} : c[0].place;
}

TEST(PlaceKinds, IndexedPlacesHaveTheirKind) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::vector<std::tuple<std::string, std::string, PlaceKind>> cases{
      {"Stepanakert", "AZ", PlaceKind::town},       {"Azerbaijan", "AZ", PlaceKind::country},
      {"East Azerbaijan", "IR", PlaceKind::region}, {"Metcalfe County", "US", PlaceKind::district},
      {"Mediterranean Sea", "", PlaceKind::area},   {"Heathrow Airport", "GB", PlaceKind::airport},
      {"Nevatim Air Base", "IL", PlaceKind::base},  // OurAirports names it an air base
  };
  for (const auto& [name, country, kind] : cases) {
    const Place p = first(*g, name, country);
    EXPECT_FALSE(p.id.empty()) << name;
    EXPECT_EQ(to_string(p.kind), to_string(kind)) << name << " (" << p.id << ")";
  }
}

TEST(PlaceKinds, NamesRoundTrip) {
  for (const auto kind :
       {PlaceKind::town, PlaceKind::district, PlaceKind::region, PlaceKind::country,
        PlaceKind::area, PlaceKind::sector, PlaceKind::landmark, PlaceKind::crossing,
        PlaceKind::base, PlaceKind::airport}) {
    EXPECT_EQ(parse_place_kind(to_string(kind)), kind);
  }
  EXPECT_FALSE(parse_place_kind("village"));
  EXPECT_EQ(to_string(kind_of('L', "SCTR", "SY")), "sector");
  EXPECT_EQ(to_string(kind_of('S', "PSTB", "EG")), "crossing");
  EXPECT_EQ(to_string(kind_of('S', "MILB", "AF")), "base");
  EXPECT_EQ(to_string(kind_of('S', "DAM", "SY")), "landmark");
  EXPECT_EQ(to_string(kind_of('T', "HLL", "TH")), "landmark");
}

TEST(Sites, ASectorIsItsTownWithAWiderPrecision) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text =
      "Rebels shelled army positions in the Kessab sector near the Turkish border, north of "
      "Latakia.";
  const auto found = g->find(text);
  const PlaceMention* m = mention(found, "Kessab");
  ASSERT_NE(m, nullptr);
  ASSERT_TRUE(m->match);
  EXPECT_EQ(to_string(m->match->place.kind), "sector") << m->match->why;
  EXPECT_EQ(m->match->place.precision, 2);
  const Place town = first(*g, "Kessab", "SY");
  EXPECT_EQ(town.kind, PlaceKind::town);
  EXPECT_EQ(m->match->place.id, town.id);  // the town's point, traceable to its record
  EXPECT_EQ(m->match->place.lat, town.lat);
  EXPECT_NE(m->match->why.find("precision widened to 2"), std::string::npos) << m->match->why;
}

TEST(Sites, ACrossingIsItsTownWithAWiderPrecision) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text =
      "Aid trucks waited for a third day at the Rafah crossing between Gaza and Egypt.";
  const PlaceMention* m = nullptr;
  const auto found = g->find(text);
  m = mention(found, "Rafah");
  ASSERT_NE(m, nullptr);
  ASSERT_TRUE(m->match);
  EXPECT_EQ(to_string(m->match->place.kind), "crossing");
  EXPECT_EQ(m->match->place.precision, 2);
  EXPECT_LT(distance_km(m->match->place.lat, m->match->place.lon, 31.29, 34.25), 15)
      << m->match->place.name;
}

TEST(Sites, ListedSectorsAreAllSectors) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text =
      "The army reported shelling across the Line of Control in the Poonch and Kupwara sectors.";
  const auto found = g->find(text);
  for (const std::string name : {"Poonch", "Kupwara"}) {
    const PlaceMention* m = mention(found, name);
    ASSERT_NE(m, nullptr) << name;
    ASSERT_TRUE(m->match) << name;
    EXPECT_EQ(m->match->place.country, "IN") << name << ": " << m->match->why;
    EXPECT_EQ(to_string(m->match->place.kind), "sector") << name;
    EXPECT_GE(m->match->place.precision, 2) << name;
  }
}

TEST(Sites, AnAirBaseTheIndexHasIsItsOwnPoint) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = "Rockets struck near Bagram air base, north of Kabul, on Monday.";
  const auto found = g->find(text);
  const PlaceMention* m = mention(found, "Bagram air base");
  ASSERT_NE(m, nullptr);
  ASSERT_TRUE(m->match);
  EXPECT_TRUE(m->match->place.id.starts_with("ourairports:")) << m->match->place.id;
  EXPECT_EQ(to_string(m->match->place.kind), "base");  // the report's word for the airfield
  EXPECT_EQ(m->match->place.precision, 1);
}

TEST(Sites, AnAirportByItsTownsNameIsTheAirport) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // OurAirports names it "Goma International Airport"; reports say "Goma airport".
  const std::string text = "The rebels seized Goma airport after entering the city of Goma.";
  const auto found = g->find(text);
  const PlaceMention* m = mention(found, "Goma airport");
  ASSERT_NE(m, nullptr);
  ASSERT_TRUE(m->match);
  EXPECT_EQ(m->match->place.name, "Goma International Airport");
  EXPECT_EQ(to_string(m->match->place.kind), "airport");
  EXPECT_EQ(m->match->place.precision, 1);
  const PlaceMention* town = mention(found, "Goma");
  ASSERT_NE(town, nullptr);
  ASSERT_TRUE(town->match);
  EXPECT_EQ(to_string(town->match->place.kind), "town");
}

TEST(Sites, NeverAnUnrelatedNamesake) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // No "Paris crossing" near Gaza: the French capital does not stand for it.
  const std::string text =
      "Trucks from Rafah and Khan Younis queued at the Paris crossing before dawn, officials in "
      "Gaza said.";
  const auto found = g->find(text);
  EXPECT_EQ(mention(found, "Paris"), nullptr);
  EXPECT_NE(mention(found, "Khan Younis"), nullptr);
}

TEST(Sites, GeocodeTakesASiteWord) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const Place sector = first(*g, "Kessab sector", "SY");
  EXPECT_EQ(to_string(sector.kind), "sector");
  EXPECT_EQ(sector.precision, 2);
  const Place airport = first(*g, "Ben Gurion airport", "IL");
  EXPECT_EQ(to_string(airport.kind), "airport");
  EXPECT_EQ(airport.name, "Ben Gurion International Airport");
}

std::filesystem::path site_words_file(const std::string& row) {
  const auto path = std::filesystem::temp_directory_path() / "truce_site_words_test.tsv";
  std::ofstream(path) << "# comment\nwords\tkind\n" << row << "\n";
  return path;
}

TEST(SiteWords, ABadLineNamesItsFileAndLine) {
  auto bad_kind = SiteWords::load(site_words_file("sector\tvillage"));
  ASSERT_FALSE(bad_kind);
  EXPECT_NE(bad_kind.error().message.find("truce_site_words_test.tsv:3: kind must be"),
            std::string::npos)
      << bad_kind.error().message;
  auto town = SiteWords::load(site_words_file("town\ttown"));
  ASSERT_FALSE(town);
  auto upper = SiteWords::load(site_words_file("Air Base\tbase"));
  ASSERT_FALSE(upper);
  EXPECT_NE(upper.error().message.find("lower-case"), std::string::npos);
  EXPECT_FALSE(SiteWords::load("/nonexistent/site_words.tsv"));
}

TEST(SiteWords, TheLongestPhraseAfterANameInAnyCaseAndThePlural) {
  const SiteWords words({{"crossing", PlaceKind::crossing},
                         {"border crossing", PlaceKind::crossing},
                         {"dam", PlaceKind::landmark}});
  const std::string text = "at the Chong Chom Border Crossing, and the Tishreen damage";
  const auto at = words.after(text, text.find(" Border"));
  ASSERT_TRUE(at);
  EXPECT_EQ(at->phrase, "border crossing");
  EXPECT_EQ(at->end, text.find(','));
  EXPECT_FALSE(words.after(text, text.find(" damage")));  // a word, not "dam"
  const std::string plural = "the Erez and Rafah crossings";
  const auto p = words.after(plural, plural.find(" crossings"));
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->plural);
  EXPECT_EQ(p->end, plural.size());
  EXPECT_EQ(words.phrases_for(PlaceKind::crossing).size(), 2u);
}

}  // namespace
}  // namespace truce::geo
