// The targets of issue 4 on the public geoparsing corpora (../shared/bench/geoparsing): resolving
// the key's toponym spans, at least 85 % of TR-News and 90 % of GeoWebNews toponyms with a point
// must land within 161 km of the key's point. Floors may only be raised.
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

truce::eval::GeoScores score(const char* file, GeoCorpusFormat format) {
  const auto corpus = truce::eval::read_geo_corpus(
      truce::testing::shared_dir() / "bench/geoparsing" / file, format);
  EXPECT_TRUE(corpus) << corpus.error().message;
  if (!corpus) return {};
  const auto s = truce::eval::score_geo_corpus(*corpus, *corpus_geoparser(), *corpus_geoparser(),
                                               file, nullptr);
  std::cout << file << ": within 161 km " << 100 * s.accuracy_161km() << " % of " << s.resolved
            << "; geotagging F1 " << 100 * s.f1() << " %\n";
  return s;
}

TEST(GeoCorpora, TrNewsMeetsItsTarget) {
  TRUCE_REQUIRE_SHARED("bench/geoparsing/TR-News.xml");
  ASSERT_TRUE(corpus_geoparser()) << "the gazetteer index is not built";
  const auto s = score("TR-News.xml", GeoCorpusFormat::trnews);
  EXPECT_EQ(s.resolved, 1275u);
  EXPECT_GE(s.accuracy_161km(), 0.85);
  EXPECT_EQ(s.unresolved, 0u);
}

TEST(GeoCorpora, GeoWebNewsMeetsItsTarget) {
  TRUCE_REQUIRE_SHARED("bench/geoparsing/GWN.xml");
  ASSERT_TRUE(corpus_geoparser()) << "the gazetteer index is not built";
  const auto s = score("GWN.xml", GeoCorpusFormat::geowebnews);
  EXPECT_EQ(s.resolved, 2601u);
  EXPECT_GE(s.accuracy_161km(), 0.90);
  EXPECT_EQ(s.unresolved, 0u);
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

}  // namespace
