// The report's geography (issue 8, points 1d and 5): a place abroad that only a loose spelling
// or a small namesake made leaves the report's place list or is refitted to the namesake in the
// war's countries; the places a side held that day make it the report's home, whose officials
// speak when none is named; a ministry does not tell of civilians its own forces killed. Every
// report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using ReportGeography = WorldExtraction;

const PlaceRef* place_named(const Extraction& x, const std::string& mention) {
  for (const auto& p : x.places)
    if (p.mention == mention) return &p;
  return nullptr;
}

geo::Place capital(const std::string& name, const std::string& country, double lat, double lon) {
  geo::Place p = town(name, country, lat, lon);
  p.feature_code = "PPLC";
  p.population = 1000000;
  return p;
}

TEST_F(ReportGeography, ALooseSpellingAbroadIsRefittedOrDropped) {
  // "Bursa" for a Congolese village: no namesake in the war's countries, so no place at all.
  finder_.add("Buleusa", {town("Bursa", "TR", 40.19, 29.06)}, "gazetteer:fuzzy");
  finder_.add("Tartarr", {town("Tatar", "RU", 55.2, 75.9), town("Tartar", "AZ", 40.34, 46.93)},
              "gazetteer:fuzzy");
  finder_.add("Goma", {town("Goma", "CD", -1.68, 29.22)}, "gazetteer:exact");
  auto congo =
      run("M23 rebels attacked Wazalendo fighters near Buleusa, north of Goma, on "
          "Monday, local sources said.",
          "", "2025-07-24");
  EXPECT_EQ(place_named(congo, "Buleusa"), nullptr);
  ASSERT_NE(place_named(congo, "Goma"), nullptr);
  auto karabakh =
      run("Armenian forces shelled Tartarr on Monday, Azerbaijan's defence ministry "
          "said.",
          "", "2020-10-05");
  const PlaceRef* tartar = place_named(karabakh, "Tartarr");
  ASSERT_NE(tartar, nullptr);
  EXPECT_EQ(tartar->place->country, "AZ");
  EXPECT_NE(tartar->rule.find("refit"), std::string::npos) << tartar->rule;
}

TEST_F(ReportGeography, AnUnknownNameGivenAPlaceAbroadOrALooseCountryIsDropped) {
  // The geocoder's stand-in for an unknown village is the report's main place: abroad, no use.
  finder_.add("Kashebere", {capital("Doha", "QA", 25.29, 51.53)}, "gazetteer:fallback");
  finder_.add("Kalakla", {capital("Khartoum", "SD", 15.55, 32.53)}, "gazetteer:fallback");
  auto congo =
      run("M23 rebels attacked Wazalendo fighters at Kashebere, north of Goma, on "
          "Monday, local sources said.",
          "", "2025-07-24");
  EXPECT_EQ(place_named(congo, "Kashebere"), nullptr);
  auto sudan = run("The RSF shelled Kalakla in southern Khartoum on Monday, residents said.", "",
                   "2023-05-23");
  ASSERT_NE(place_named(sudan, "Kalakla"), nullptr);
  geo::Place syria = town("Syria", "SY", 35.0, 38.0);
  syria.kind = geo::PlaceKind::country;
  finder_.add("Sarrin", {syria}, "gazetteer:fuzzy");
  auto sdf = run("Turkish drones struck SDF positions near Sarrin on Monday, the SDF said.", "",
                 "2025-01-10");
  EXPECT_EQ(place_named(sdf, "Sarrin"), nullptr);
}

TEST_F(ReportGeography, ACapitalAbroadStays) {
  finder_.add("Geneva", {capital("Geneva", "CH", 46.2, 6.15)}, "gazetteer:exact");
  auto x =
      run("Armenian forces shelled Martuni on Monday, Azerbaijan's defence ministry said, "
          "before the foreign ministers met in Geneva.",
          "", "2020-10-30");
  ASSERT_NE(place_named(x, "Geneva"), nullptr);
  EXPECT_EQ(place_named(x, "Geneva")->place->country, "CH");
}

TEST_F(ReportGeography, OfficialsOfAHeldTownSpeakForItsHolder) {
  geo::Place martuni = town("Martuni", "AZ", 39.79, 47.11);
  martuni.admin1 = "Martuni";
  finder_.add("Martuni", {martuni});
  auto x =
      run("Two residents were wounded on Thursday when the town of Martuni came under "
          "artillery fire, officials said.",
          "", "2020-10-01");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Artsakh");
}

TEST_F(ReportGeography, AMinistryDoesNotTellOfCiviliansItsForcesKilled) {
  finder_.add("Barda", {town("Barda", "AZ", 40.37, 47.13)});
  auto x =
      run("Armenian forces shelled Barda on Sunday, killing two civilians, the defence "
          "ministry said.",
          "", "2020-10-04");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Azerbaijan");
  // Its own forces' strike on soldiers it does tell.
  auto y =
      run("Azerbaijani forces shelled Armenian positions near Martuni on Sunday, killing "
          "ten soldiers, the defence ministry said.",
          "", "2020-10-04");
  ASSERT_FALSE(y.incidents.empty());
  EXPECT_EQ(y.incidents[0].claimant.side, "Azerbaijan");
}

TEST_F(ReportGeography, TheUnrecognisedRepublicIsArtsakh) {
  auto x =
      run("Two journalists of the French newspaper Le Monde were wounded on Thursday when "
          "the town of Martuni came under artillery fire, the press service of the "
          "unrecognized republic's president told TASS. At least two Armenian journalists "
          "were also wounded, according to the Karabakh authorities.",
          "", "2020-10-01");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.side, "Artsakh");
  // The journalists' trade or their nation says whose people they are.
  const LossClaim* french = claim_of(x, "wounded", 2);
  ASSERT_NE(french, nullptr);
  EXPECT_EQ(french->about, "media");
  int armenian = 0;
  for (const auto& c : x.claims) armenian += c.measure == "wounded" && c.about == "Armenia";
  EXPECT_EQ(armenian, 1);
}

// "Phnom Penh, 25 July (AKP) --": the dateline's town weighs for the report's home, so a bare
// ministry of a report filed there is Cambodia's though Thai places are named more often.
TEST_F(ReportGeography, TheDatelineTownWeighsForTheHome) {
  finder_.add("Phnom Penh", {capital("Phnom Penh", "KH", 11.56, 104.92)});
  finder_.add("Surin", {town("Surin", "TH", 14.88, 103.49)});
  auto x =
      run("Phnom Penh, 25 July 2025 (AKP) --\n\nThai forces shelled Cambodian positions "
          "opposite Surin on Friday, the Ministry of Information said.",
          "", "2025-07-25");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.side, "Cambodia");
}

}  // namespace
}  // namespace truce::extract
