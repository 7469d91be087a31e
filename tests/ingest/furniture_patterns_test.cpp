// The furniture pattern file: its format, its errors, its self-checking examples, and the
// project's own data/furniture.tsv.
#include "ingest/furniture_patterns.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "ingest_test_support.hpp"

namespace truce::ingest {
namespace {

TEST(FurniturePatterns, ProjectFileLoadsAndPassesItsExamples) {
  auto patterns = load_furniture_patterns(data_dir() / kFurnitureFile);
  ASSERT_TRUE(patterns) << patterns.error().message;
  EXPECT_GE(patterns->lines.size(), 10u);
  EXPECT_FALSE(patterns->html_skip.empty());
}

TEST(FurniturePatterns, AnAnalystCanAddALine) {
  auto patterns = parse_furniture_patterns(
      "# comment\n"
      "\n"
      "drop\t\\s*Subscribe to our channel\\s*\n"
      "block\tMore from this author\n"
      "end\t-- end of page --\n"
      "page-date\t\\d{2}\\.\\d{2}\\.\\d{4}\n"
      "html-skip\tpaywall\n"
      "example-furniture\tSubscribe to our channel\n"
      "example-article\tThe channel was shelled.\n",
      "mine.tsv");
  ASSERT_TRUE(patterns) << patterns.error().message;
  ASSERT_EQ(patterns->lines.size(), 4u);
  EXPECT_EQ(patterns->match("  Subscribe to our channel  ")->action, LineAction::drop);
  EXPECT_EQ(patterns->match("More from this author")->action, LineAction::block);
  EXPECT_EQ(patterns->match("-- end of page --")->action, LineAction::end);
  EXPECT_EQ(patterns->match("28.11.2020")->action, LineAction::page_date);
  EXPECT_EQ(patterns->match("28.11.2020")->where, "mine.tsv:6");
  // Whole-line matches only.
  EXPECT_EQ(patterns->match("Please Subscribe to our channel today"), nullptr);
  EXPECT_TRUE(patterns->skip_html("article paywall wide", ""));
  EXPECT_TRUE(patterns->skip_html("", "paywall"));
  EXPECT_FALSE(patterns->skip_html("paywalled", ""));
}

TEST(FurniturePatterns, ErrorsNameTheFileAndLine) {
  auto no_tab = parse_furniture_patterns("drop\tok\ndrop Source link\n", "f.tsv");
  ASSERT_FALSE(no_tab);
  EXPECT_EQ(no_tab.error().message.rfind("f.tsv:2: ", 0), 0u) << no_tab.error().message;

  auto bad_kind = parse_furniture_patterns("\n\nremove\tSource link\n", "f.tsv");
  ASSERT_FALSE(bad_kind);
  EXPECT_EQ(bad_kind.error().message.rfind("f.tsv:3: unknown kind 'remove'", 0), 0u)
      << bad_kind.error().message;

  auto bad_regex = parse_furniture_patterns("drop\tSource (link\n", "f.tsv");
  ASSERT_FALSE(bad_regex);
  EXPECT_EQ(bad_regex.error().message.rfind("f.tsv:1: bad pattern", 0), 0u)
      << bad_regex.error().message;
}

TEST(FurniturePatterns, ExamplesCheckThePatterns) {
  auto missed =
      parse_furniture_patterns("drop\tSource link\nexample-furniture\tLeave a Reply\n", "f.tsv");
  ASSERT_FALSE(missed);
  EXPECT_EQ(missed.error().message.rfind("f.tsv:2: example furniture", 0), 0u)
      << missed.error().message;

  auto too_greedy = parse_furniture_patterns(
      "drop\t.*ministry.*\nexample-article\tThe ministry said two tanks were hit.\n", "f.tsv");
  ASSERT_FALSE(too_greedy);
  EXPECT_NE(too_greedy.error().message.find("f.tsv:1"), std::string::npos)
      << too_greedy.error().message;
}

TEST(FurniturePatterns, BreadcrumbOffersTheTitle) {
  const auto patterns = testing::project_patterns();
  const std::string line = "Home / news / Heavy shelling of Stepanakert continues";
  const LineRule* rule = patterns.match(line);
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(FurniturePatterns::title_in(*rule, line), "Heavy shelling of Stepanakert continues");
}

TEST(FurniturePatterns, MissingFileIsNamed) {
  auto patterns = load_furniture_patterns("/nonexistent/furniture.tsv");
  ASSERT_FALSE(patterns);
  EXPECT_NE(patterns.error().message.find("/nonexistent/furniture.tsv"), std::string::npos);
}

}  // namespace
}  // namespace truce::ingest

namespace truce::ingest {
namespace {

// The rules shown in docs/furniture-patterns.md parse and pass their own examples, so the
// documentation cannot drift from the format.
TEST(FurniturePatterns, DocumentedExampleWorks) {
  std::ifstream in(std::string(TRUCE_SOURCE_DIR) + "/docs/furniture-patterns.md");
  ASSERT_TRUE(in);
  std::string rules;
  for (std::string line; std::getline(in, line);) {
    // Indented code lines of the form "    KIND<TAB>PATTERN".
    if (line.starts_with("    ") && line.find('\t') != std::string::npos) {
      rules += line.substr(4) + "\n";
    }
  }
  ASSERT_FALSE(rules.empty());
  auto patterns = parse_furniture_patterns(rules, "docs/furniture-patterns.md");
  ASSERT_TRUE(patterns) << patterns.error().message;
  EXPECT_EQ(patterns->lines.size(), 2u);
  EXPECT_NE(patterns->match("Subscribe to our Telegram channel."), nullptr);
}

}  // namespace
}  // namespace truce::ingest
