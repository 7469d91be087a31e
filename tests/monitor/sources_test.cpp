// Matching a report to the outlet that published it (data/sources.tsv): by URL first, then the
// outlet named first in the source field, then the byline; unknown outlets stay unknown.
#include "monitor/sources.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "core/data_dir.hpp"

namespace truce::testing {
namespace {

class SourcesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = monitor::SourceBook::load(data_dir());
    ASSERT_TRUE(loaded) << loaded.error().message;
    book_ = new monitor::SourceBook(std::move(*loaded));
  }
  static void TearDownTestSuite() { delete book_; }
  std::string outlet(const std::string& source, const std::string& url = "",
                     const std::string& author = "") {
    const auto m = book_->match(source, url, author);
    return m.outlet ? m.outlet->name : "";
  }
  static monitor::SourceBook* book_;
};
monitor::SourceBook* SourcesTest::book_ = nullptr;

TEST_F(SourcesTest, TheUrlsHostOrAParentDomainDecidesFirst) {
  EXPECT_EQ(outlet("Some Aggregator", "https://www.azertag.az/en/xeber/123"), "Azertac");
  EXPECT_EQ(outlet("", "https://news.un.org/en/story/2020/10/1"), "United Nations");
  EXPECT_EQ(outlet("", "https://notazertag.az/x"), "");
}

TEST_F(SourcesTest, TheOutletNamedFirstIsTheOneARelayComesFrom) {
  EXPECT_EQ(outlet("AFP/Reuters via a regional paper"), "Agence France-Presse");
  EXPECT_EQ(outlet("Reuters, citing TASS"), "Reuters");
  EXPECT_EQ(outlet("", "", "By a staff writer, Armenpress"), "Armenpress");
}

TEST_F(SourcesTest, NamesMatchAsWholeWordsOnly) {
  EXPECT_EQ(outlet("Tapas Daily"), "");  // "AP" inside a word
  EXPECT_EQ(outlet("Caucasus Example Wire"), "");
}

TEST_F(SourcesTest, KindsAndSidesAreRead) {
  const auto m = book_->match("Armenpress", "", "");
  ASSERT_TRUE(m.outlet);
  EXPECT_EQ(m.outlet->kind, "state_agency");
  EXPECT_EQ(m.outlet->side, "Armenia");
  EXPECT_EQ(m.matched_on, "source");
}

TEST(Sources, AnUnknownKindIsAnErrorNamingTheLine) {
  const auto dir = std::filesystem::temp_directory_path() / "truce-sources-test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "sources.tsv");
    out << "outlet\tdomains\tcountry\tkind\tside\trow_source\n"
        << "Good Wire\tgood.example\t-\tindependent\t-\tinvented\n"
        << "Bad Wire\t-\t-\ttabloid\t-\tinvented\n";
  }
  const auto loaded = monitor::SourceBook::load(dir);
  std::filesystem::remove_all(dir);
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("sources.tsv:3: unknown kind 'tabloid'"), std::string::npos)
      << loaded.error().message;
}

}  // namespace
}  // namespace truce::testing
