// `truce sitrep`: the day of 14 October 2020 in the seeds as a monitoring mission would publish
// it (Markdown), and the same as one self-contained HTML file read back with libxml2's HTML
// parser: a map, a chart, every evidence number pointing at a sentence.
#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include "run_command.hpp"
#include "shared_fixture.hpp"

namespace truce::testing {
namespace {

// Returns the number of nodes `xpath` selects in `html`, -1 when it does not parse.
int count_nodes(const std::string& html, const char* xpath) {
  htmlDocPtr doc =
      htmlReadMemory(html.data(), static_cast<int>(html.size()), "sitrep.html", "UTF-8",
                     HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (!doc) return -1;
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  xmlXPathObjectPtr found = xmlXPathEvalExpression(BAD_CAST xpath, ctx);
  const int n = found && found->nodesetval ? found->nodesetval->nodeNr : 0;
  xmlXPathFreeObject(found);
  xmlXPathFreeContext(ctx);
  xmlFreeDoc(doc);
  return n;
}

class SeedSitrep : public ::testing::Test {
 protected:
  void SetUp() override {
    TRUCE_REQUIRE_SHARED("seeds/meta.jsonl");
    const auto ingest =
        run_truce("--quiet ingest '" + (shared_dir() / "seeds").string() + "'", db_, dir_.path());
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  }
  TempDir dir_;
  std::filesystem::path db_ = dir_ / "seeds.db";
};

TEST_F(SeedSitrep, FourteenthOfOctoberReadsLikeAMonitorsDailyReport) {
  const auto md = run_truce("sitrep --date 2020-10-14", db_, dir_.path());
  ASSERT_EQ(md.exit_code, 0) << md.err;
  const std::string& text = md.out;
  for (const char* part :
       {"# Daily situation report: 2020-10-14", "## Summary", "## Incidents by area",
        "## Ceasefires in force", "## Claims ledger", "## Denials", "## Sources", "## Evidence"}) {
    EXPECT_NE(text.find(part), std::string::npos) << part << "\n" << text;
  }
  // The strike, acknowledged by both, and the ceasefire of 10 October with its running total.
  EXPECT_NE(text.find("acknowledged_by_both"), std::string::npos) << text;
  EXPECT_NE(text.find("Ceasefire agreed 2020-10-10"), std::string::npos) << text;
  EXPECT_NE(text.find("launch sites"), std::string::npos) << "evidence sentences quoted";
  EXPECT_NE(text.find("on 2020-10-13"), std::string::npos) << "compared with the day before";
}

TEST_F(SeedSitrep, HtmlIsOneSelfContainedFileWithAMapAndAChart) {
  const auto html = run_truce("sitrep --date 2020-10-14 --format html", db_, dir_.path());
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_EQ(count_nodes(html.out, "//h1"), 1);
  EXPECT_EQ(count_nodes(html.out, "//svg[@class='chart']"), 1);
  EXPECT_EQ(count_nodes(html.out, "//svg[@class='map']"), 1);
  EXPECT_GT(count_nodes(html.out, "//svg[@class='map']//path"), 3);
  // Every evidence link points at a sentence of the evidence list.
  const int links = count_nodes(html.out, "//sup/a");
  EXPECT_GT(links, 0);
  EXPECT_EQ(count_nodes(html.out, "//sup/a[not(substring(@href,2) = //ol//li/@id)]"), 0);
  // Nothing is fetched from elsewhere.
  EXPECT_EQ(count_nodes(html.out, "//*[@src] | //link"), 0);
}

TEST(Sitrep, ABadDateIsRefused) {
  TempDir dir;
  const auto out = run_truce("sitrep --date 2020-10-32", dir / "x.db", dir.path());
  EXPECT_EQ(out.exit_code, 2);
  EXPECT_NE(out.err.find("--date: '2020-10-32' is not a date"), std::string::npos) << out.err;
}

}  // namespace
}  // namespace truce::testing
