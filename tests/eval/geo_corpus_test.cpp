// The targets of issue 4 on the public geoparsing corpora (../shared/bench/geoparsing): resolving
// the key's toponym spans, at least 90.66 % of TR-News and 90.54 % of GeoWebNews toponyms with a
// point (raised from 85 % and 90 % with the learned ranker of issue 13) must land within 161 km of
// the key's point. Floors may only be raised.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "eval/geo_corpus.hpp"
#include "geo/geoparser.hpp"
#include "shared_fixture.hpp"

namespace {

using truce::eval::GeoCorpusFormat;

// The geoparser as the corpora are scored: demonyms count, as both keys count them.
const truce::geo::Geoparser* corpus_geoparser() {
  static auto parser = truce::geo::load_geoparser({}, truce::geo::GeoparserOptions{true});
  return parser ? parser->get() : nullptr;
}

// Scores one corpus and checks its number of toponyms with a point and its floor.
void expect_target(const char* file, GeoCorpusFormat format, std::size_t toponyms, double floor) {
  ASSERT_TRUE(corpus_geoparser()) << "the gazetteer index is not built";
  const auto corpus = truce::eval::read_geo_corpus(
      truce::testing::shared_dir() / "bench/geoparsing" / file, format);
  ASSERT_TRUE(corpus) << corpus.error().message;
  const auto s = truce::eval::score_geo_corpus(*corpus, *corpus_geoparser(), *corpus_geoparser(),
                                               file, nullptr);
  std::cout << file << ": within 161 km " << 100 * s.accuracy_161km() << " % of " << s.resolved
            << "; geotagging F1 " << 100 * s.f1() << " %\n";
  EXPECT_EQ(s.resolved, toponyms);
  EXPECT_GE(s.accuracy_161km(), floor);
  EXPECT_EQ(s.unresolved, 0u);
}

TEST(GeoCorpora, TrNewsMeetsItsTarget) {
  TRUCE_REQUIRE_SHARED("bench/geoparsing/TR-News.xml");
  // 1,157 of 1,275 (90.7 %) with the committed model (1,156 before OurAirports' region names:
  // "Guangxi"); the floor leaves one toponym of margin.
  expect_target("TR-News.xml", GeoCorpusFormat::trnews, 1275, 0.9066);
}

TEST(GeoCorpora, GeoWebNewsMeetsItsTarget) {
  TRUCE_REQUIRE_SHARED("bench/geoparsing/GWN.xml");
  // 2,356 of 2,601 (90.6 %) with the committed model (2,355 before "Saint Croix County" met St.
  // Croix County); the floor leaves one toponym of margin.
  expect_target("GWN.xml", GeoCorpusFormat::geowebnews, 2601, 0.9054);
}

TEST(GeoCorpora, MissingEmptyOrTruncatedCorpusIsAnError) {
  const auto missing =
      truce::eval::read_geo_corpus("/nonexistent/GWN.xml", GeoCorpusFormat::geowebnews);
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("/nonexistent/GWN.xml"), std::string::npos);
  const auto dir = std::filesystem::temp_directory_path() / "truce_geo_corpus_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "empty.xml") << "<articles></articles>";
  const auto empty = truce::eval::read_geo_corpus(dir / "empty.xml", GeoCorpusFormat::trnews);
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.error().message.find("no <article>"), std::string::npos);
  std::ofstream(dir / "cut.xml") << "<articles><article file=\"0\"><text>Paris";
  const auto cut = truce::eval::read_geo_corpus(dir / "cut.xml", GeoCorpusFormat::geowebnews);
  ASSERT_FALSE(cut);
  EXPECT_NE(cut.error().message.find("truncated"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(GeoCorpora, AnOffsetBelowZeroIsRealignedByName) {
  // GeoWebNews has a toponym starting at -139: its offsets count as past the end of the text,
  // and the name is found near there (the conversion of -139 to an offset was undefined).
  const auto dir = std::filesystem::temp_directory_path() / "truce_geo_corpus_negative";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "negative.xml")
      << "<articles><article file=\"0\"><text>Shelling hit Paris today.</text>"
         "<toponyms><toponym><start>-139</start><end>-134</end><phrase>Paris</phrase>"
         "<lat>48.85</lat><lon>2.35</lon></toponym></toponyms></article></articles>";
  const auto corpus = truce::eval::read_geo_corpus(dir / "negative.xml", GeoCorpusFormat::trnews);
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(corpus) << corpus.error().message;
  ASSERT_EQ(corpus->articles.size(), 1u);
  ASSERT_EQ(corpus->articles[0].toponyms.size(), 1u);
  EXPECT_EQ(corpus->realigned, 1u);
  EXPECT_EQ(corpus->articles[0].toponyms[0].begin, 13u);
  EXPECT_EQ(corpus->articles[0].toponyms[0].end, 18u);
}

}  // namespace
