// HTML article extraction: main text only, paragraphs apart, metadata from the page.
#include "ingest/html_extractor.hpp"

#include <gtest/gtest.h>

#include "ingest_test_support.hpp"
#include "run_command.hpp"

namespace truce::ingest {
namespace {

class HtmlExtractorTest : public ::testing::Test {
 protected:
  FurniturePatterns patterns_ = testing::project_patterns();
};

TEST_F(HtmlExtractorTest, ArticleTextWithoutBoilerplate) {
  const auto doc =
      extract_html(truce::testing::read_file(testing::kData + "/article.html"), patterns_);
  EXPECT_EQ(doc.body,
            "Drone strike reported near Aghdam\n\n"
            "The defence ministry said on Wednesday that a drone struck an ammunition truck near "
            "Aghdam, killing two soldiers.\n\n"
            "Officials on the other side said the truck carried food and medicine, not "
            "ammunition.\n\n"
            "Reaction\n\n"
            "Observers called for a ceasefire.\nThe call was repeated in the evening.\n\n"
            "First listed item about shelling.\n\n"
            "Second listed item about shelling.");
  for (const char* gone : {"Sport news", "Most read", "All rights reserved", "analytics",
                           "Search the site", "editor's note", "Hidden paragraph", "Share on",
                           "invented caption", "color: black", "By Invented"}) {
    EXPECT_EQ(doc.body.find(gone), std::string::npos) << gone;
  }
}

TEST_F(HtmlExtractorTest, Metadata) {
  const auto doc =
      extract_html(truce::testing::read_file(testing::kData + "/article.html"), patterns_);
  EXPECT_EQ(doc.title, "Drone strike reported near Aghdam");
  EXPECT_EQ(doc.url, "https://monitor.example.org/2020/10/21/drone-strike-aghdam");
  EXPECT_EQ(doc.author, "Invented Correspondent");
  EXPECT_EQ(doc.site_name, "Example Frontline Monitor");
  // JSON-LD datePublished wins over the byline's <time>, which may be any date on the page.
  ASSERT_TRUE(doc.published);
  EXPECT_EQ(doc.published->iso, "2020-10-21");
  EXPECT_EQ(doc.published_from, "html:json-ld datePublished");
}

TEST_F(HtmlExtractorTest, DateSourcesInOrder) {
  auto date_of = [&](const std::string& head, const std::string& body = "") {
    return extract_html("<html><head>" + head + "</head><body>" + body +
                            "<p>Text about shelling.</p></body></html>",
                        patterns_);
  };
  auto og = date_of(
      "<meta property=\"article:published_time\" content=\"2020-10-16T09:40:00+04:00\">"
      "<script type=\"application/ld+json\">{\"datePublished\": \"2020-10-01\"}</script>");
  EXPECT_EQ(og.published->iso, "2020-10-16");
  EXPECT_EQ(og.published_from, "html:article:published_time");
  auto time = date_of("", "<time datetime=\"2020-10-05T10:00\">5 Oct</time>");
  EXPECT_EQ(time.published->iso, "2020-10-05");
  EXPECT_EQ(time.published_from, "html:time datetime");
  auto none = date_of("<title>Untitled</title>");
  EXPECT_FALSE(none.published);
  EXPECT_EQ(none.title, "Untitled");
  auto og_url = date_of("<meta property=\"og:url\" content=\"https://x.example.org/a\">");
  EXPECT_EQ(og_url.url, "https://x.example.org/a");
}

TEST_F(HtmlExtractorTest, TruncatedHtmlKeepsWhatIsThere) {
  const auto doc =
      extract_html(truce::testing::read_file(testing::kData + "/truncated.html"), patterns_);
  EXPECT_EQ(doc.title, "Cut-off page about Hadrut");
  EXPECT_EQ(doc.published->iso, "2020-10-22");
  EXPECT_EQ(doc.body,
            "Fighting was reported near Hadrut on Thursday morning.\n\n"
            "The second paragraph about the shelling of the town was cut off in the mid");
}

TEST_F(HtmlExtractorTest, GarbageNeverCrashes) {
  const std::vector<std::string> inputs = {"<",
                                           "<<<>>>",
                                           "<p",
                                           "</div></div></p>",
                                           "<html><body><article>",
                                           "<script>never closed",
                                           std::string(5000, '<')};
  for (const auto& html : inputs) {
    (void)extract_html(html, patterns_);
  }
}

TEST_F(HtmlExtractorTest, LongestArticleIsChosen) {
  const auto doc = extract_html(
      "<body><article><p>Teaser.</p></article>"
      "<article><p>The real article about the shelling of Ganja is longer.</p></article></body>",
      patterns_);
  EXPECT_EQ(doc.body, "The real article about the shelling of Ganja is longer.");
}

}  // namespace
}  // namespace truce::ingest

namespace truce::ingest {
namespace {

TEST(HtmlExtractorClasses, PageWideClassesDoNotHideTheArticle) {
  // WordPress-style body and article classes that happen to match html-skip patterns.
  const auto doc = extract_html(
      "<html class=\"social\"><body class=\"sidebar comments\"><article class=\"related\">"
      "<p>Shelling of Martuni was reported on Sunday.</p>"
      "<div class=\"related\"><p>Another story entirely.</p></div></article></body></html>",
      testing::project_patterns());
  EXPECT_EQ(doc.body, "Shelling of Martuni was reported on Sunday.");
}

}  // namespace
}  // namespace truce::ingest
