// Places the gazetteer gained from cities500, US postal codes and OurAirports (city districts,
// counties, airports), and given spans it cannot place: a place inside the name, else the
// document's main place. Texts written here.
#include <gtest/gtest.h>

#include <string>

#include "geo/distance.hpp"
#include "geoparser_fixture.hpp"

namespace truce::geo {
namespace {

// [begin, end) of the first occurrence of `what` in `text`.
std::pair<std::size_t, std::size_t> span_of(const std::string& text, const std::string& what) {
  const auto at = text.find(what);
  return {at, at + what.size()};
}

TEST(Landmarks, LondonDistrictsAreInLondon) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = "Police in London said the fire in Tottenham spread towards Edmonton.";
  const auto r = g->resolve(text, {span_of(text, "Tottenham"), span_of(text, "Edmonton")});
  ASSERT_EQ(r.size(), 2u);
  for (const auto& m : r) {
    ASSERT_TRUE(m.match) << m.text;
    EXPECT_EQ(m.match->place.country, "GB") << m.text << ": " << m.match->why;
    EXPECT_LT(distance_km(m.match->place.lat, m.match->place.lon, 51.51, -0.13), 30) << m.text;
  }
}

TEST(Landmarks, EnglishCountiesFromTheirTowns) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // Kent is also a town in Ohio and Washington; in a report about English race tracks it is the
  // county, placed from GeoNames' Kent towns (data/gazetteer/counties.tsv), near Maidstone.
  const std::string text =
      "The championship moves from Snetterton in Norfolk to Brands Hatch in Kent, then to "
      "Oulton Park in Cheshire.";
  const auto r = g->resolve(
      text, {span_of(text, "Kent"), span_of(text, "Norfolk"), span_of(text, "Cheshire")});
  ASSERT_EQ(r.size(), 3u);
  for (const auto& m : r) {
    ASSERT_TRUE(m.match) << m.text;
    EXPECT_EQ(m.match->place.country, "GB") << m.text << ": " << m.match->why;
    EXPECT_EQ(m.match->place.admin1, "England") << m.text;
    EXPECT_EQ(m.match->place.precision, 2) << m.text;
  }
  EXPECT_LT(distance_km(r[0].match->place.lat, r[0].match->place.lon, 51.27, 0.52), 50);
}

TEST(Landmarks, AbjadNamesDoNotMeetLatinAbbreviations) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // GeoNames gives Nassau the Hebrew name "נסאו", which folds to "nsw" like the abbreviation.
  const std::string text = "Bushfires burned near Newcastle in NSW on Tuesday.";
  const auto r = g->resolve(text, {span_of(text, "NSW")});
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0].match);
  EXPECT_EQ(r[0].match->place.country, "AU") << r[0].match->place.name << ": " << r[0].match->why;
}

TEST(Landmarks, UsCountiesHaveStateAndPoint) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const auto c = g->candidates("Metcalfe County", "US", 1);
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].place.feature_code, "ADM2");
  EXPECT_EQ(c[0].place.admin1, "Kentucky");
  EXPECT_EQ(c[0].place.precision, 2);
  // Edmonton, Kentucky is the county seat.
  EXPECT_LT(distance_km(c[0].place.lat, c[0].place.lon, 36.98, -85.61), 40);
}

TEST(Landmarks, AirportsByNameAndWithoutTheirCity) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = "Flights from Toronto left Pearson International Airport late.";
  const auto r = g->resolve(text, {span_of(text, "Pearson International Airport")});
  ASSERT_TRUE(r[0].match);
  EXPECT_EQ(r[0].match->place.feature_code, "AIRP") << r[0].match->why;
  EXPECT_LT(distance_km(r[0].match->place.lat, r[0].match->place.lon, 43.68, -79.63), 10);
  const std::string uk = "Passengers at Heathrow Airport in London were stranded.";
  const auto h = g->resolve(uk, {span_of(uk, "Heathrow Airport")});
  ASSERT_TRUE(h[0].match);
  EXPECT_EQ(h[0].match->place.country, "GB") << h[0].match->why;
  EXPECT_EQ(h[0].match->place.feature_code, "AIRP");
}

TEST(Landmarks, PlaceInsideAnUnknownName) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = "Students at Colorado State University in Fort Collins protested.";
  const auto r = g->resolve(text, {span_of(text, "Colorado State University")});
  ASSERT_TRUE(r[0].match);
  EXPECT_EQ(r[0].rule, "gazetteer:part");
  EXPECT_EQ(r[0].match->place.name, "Colorado");
}

TEST(Landmarks, UnknownStreetTakesTheDocumentsTown) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text =
      "Shots were fired on Frenchmen Street in New Orleans. New Orleans police closed the area.";
  const auto r =
      g->resolve(text, {span_of(text, "Frenchmen Street"), span_of(text, "New Orleans")});
  ASSERT_TRUE(r[0].match);
  EXPECT_EQ(r[0].rule, "gazetteer:fallback");
  ASSERT_TRUE(r[1].match);
  EXPECT_EQ(r[0].match->place.id, r[1].match->place.id);
}

TEST(Landmarks, UnknownLandmarkTakesTheTownNextToIt) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // The report is about London, but the hospital is named next to Leeds.
  const std::string text =
      "Ministers met in London on Monday. London officials said a patient at Quarrybank "
      "Infirmary in Leeds had been discharged. Later, London confirmed the figures.";
  const auto r = g->resolve(text, {span_of(text, "London"), span_of(text, "London officials"),
                                   span_of(text, "Quarrybank Infirmary"), span_of(text, "Leeds")});
  ASSERT_EQ(r.size(), 4u);
  ASSERT_TRUE(r[2].match);
  EXPECT_EQ(r[2].rule, "gazetteer:fallback");
  EXPECT_LT(distance_km(r[2].match->place.lat, r[2].match->place.lon, 53.80, -1.55), 30)
      << r[2].match->place.name << ": " << r[2].match->why;
}

TEST(Landmarks, CuratedLandmarkOverACitysAlternateName) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // GeoNames gives Casablanca the alternate "White House".
  const std::string text = "The White House said talks would resume.";
  const auto r = g->resolve(text, {span_of(text, "White House")});
  ASSERT_TRUE(r[0].match);
  EXPECT_EQ(r[0].match->place.country, "US") << r[0].match->why;
  EXPECT_LT(distance_km(r[0].match->place.lat, r[0].match->place.lon, 38.90, -77.04), 10);
}

TEST(Landmarks, LandmarkWordsAreNoTowns) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // "University" and "Street" are towns somewhere; inside an unknown name they name nothing.
  const std::string text = "A rally at Xavier University in Cincinnati, Ohio, ended peacefully.";
  const auto r =
      g->resolve(text, {span_of(text, "Xavier University"), span_of(text, "Cincinnati")});
  ASSERT_TRUE(r[0].match);
  EXPECT_NE(r[0].match->place.name, "University");
  EXPECT_LT(distance_km(r[0].match->place.lat, r[0].match->place.lon, 39.10, -84.51), 100)
      << r[0].match->place.name << ": " << r[0].match->why;
}

TEST(Landmarks, AStreetIsNotInItsNamesakeTown) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // Cambridge lies next to Boston, but Cambridge Street is in Boston.
  const std::string text =
      "Residents of Boston said a water main burst on Cambridge Street on Sunday, flooding "
      "basements.";
  const auto r = g->resolve(text, {span_of(text, "Boston"), span_of(text, "Cambridge Street")});
  ASSERT_EQ(r.size(), 2u);
  ASSERT_TRUE(r[0].match && r[1].match);
  EXPECT_EQ(r[1].rule, "gazetteer:fallback");
  EXPECT_EQ(r[1].match->place.id, r[0].match->place.id)
      << r[1].match->place.name << ": " << r[1].match->why;
}

TEST(Landmarks, ACountrysShortFormInsideALongerName) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // "Us" is a village in France; "US" here is the United States.
  const std::string text = "Wildfires spread across the Western US this week, officials said.";
  const auto r = g->resolve(text, {span_of(text, "Western US")});
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0].match);
  EXPECT_EQ(r[0].match->place.country, "US") << r[0].match->place.name << ": " << r[0].match->why;
}

TEST(Landmarks, ACityOverTheRegionNamedAfterIt) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // country-state-city has a first-level region "Leeds" around the city: the name means the
  // city (precision 1) unless a region word follows.
  const std::string text = "Flooding closed roads in Leeds on Monday.";
  const auto r = g->resolve(text, {span_of(text, "Leeds")});
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0].match);
  EXPECT_EQ(r[0].match->place.feature_class, 'P') << r[0].match->why;
  EXPECT_EQ(r[0].match->place.precision, 1);
}

}  // namespace
}  // namespace truce::geo
