// Hostile and careless input to ingest (issue 11): deep nesting, entity expansion, invalid
// UTF-8, mixed encodings and charsets mentioned in prose. Each must end in a report or a
// one-line problem, never a crash, a blow-up or bytes that break JSON output.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/utf8.hpp"
#include "ingest/feed_reader.hpp"
#include "ingest/html_extractor.hpp"
#include "ingest/jsonl_reader.hpp"
#include "ingest/markup_depth.hpp"
#include "ingest/text_decoder.hpp"
#include "ingest_test_support.hpp"

namespace truce::ingest {
namespace {

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

bool has_problem(const ReadOutcome& outcome, const std::string& words) {
  for (const auto& p : outcome.problems) {
    if (p.message.find(words) != std::string::npos) return true;
  }
  return false;
}

class HostileInput : public ::testing::Test {
 protected:
  FurniturePatterns patterns_ = testing::project_patterns();
};

TEST_F(HostileInput, FiftyThousandNestedTagsAreRefusedNotACrash) {
  const std::string html =
      "<p>" + repeat("<b>", 50'000) + "Shelling near Tartar." + repeat("</b>", 50'000);
  const HtmlDocument doc = extract_html(html, patterns_);
  EXPECT_TRUE(doc.body.empty());
  EXPECT_NE(doc.refused.find("nested more than"), std::string::npos) << doc.refused;
}

TEST_F(HostileInput, AHundredThousandNestedDivsAreRefusedQuickly) {
  const std::string html = repeat("<div>", 100'000) + "x" + repeat("</div>", 100'000);
  const auto start = std::chrono::steady_clock::now();
  const HtmlDocument doc = extract_html(html, patterns_);
  EXPECT_FALSE(doc.refused.empty());
  // Not a benchmark: gumbo took half a minute on this; the refusal reads the tags once.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST_F(HostileInput, DeepButAllowedNestingStillRendersItsText) {
  const std::size_t depth = kMaxHtmlDepth - 10;
  const std::string html = "<html><body>" + repeat("<div><span>", depth / 2) +
                           "Shelling near Tartar." + repeat("</span></div>", depth / 2) +
                           "</body></html>";
  const HtmlDocument doc = extract_html(html, patterns_);
  EXPECT_TRUE(doc.refused.empty());
  EXPECT_EQ(doc.body, "Shelling near Tartar.");
}

TEST_F(HostileInput, NestedArticlesPickTheOutermostLongestOnce) {
  // Measuring every nested article on its own was quadratic; the choice stays the same.
  const std::string html = "<body><nav>Menu</nav><article><p>Outer text.</p>" +
                           repeat("<article>", 500) + "<p>Inner text.</p>" +
                           repeat("</article>", 500) + "</article></body>";
  const HtmlDocument doc = extract_html(html, patterns_);
  EXPECT_EQ(doc.body, "Outer text.\n\nInner text.");
}

TEST(MarkupDepth, CountsOnlyElementsThatNest) {
  EXPECT_EQ(html_depth("<html><body><div><p>a<p>b<br><img src=x></div></body></html>"), 1u);
  EXPECT_EQ(html_depth("<div><div><div></div></div></div>"), 3u);
  EXPECT_EQ(html_depth("<!-- <div><div> --><script>if (a<b) '<div><div>'</script><div>"), 1u);
  EXPECT_EQ(html_depth("<div/><div/><div/>"), 3u);  // HTML ignores the slash
  EXPECT_EQ(html_depth("<svg><path/><path/><g><path/></g></svg>"), 2u);
  EXPECT_EQ(html_depth(repeat("<b>", 100'000), 50), 50u);  // stops counting at the limit
}

TEST_F(HostileInput, JsonLdNestedAMillionDeepIsIgnored) {
  const std::string html =
      "<html><head><script type=\"application/ld+json\">{\"a\":" + std::string(1'000'000, '[') +
      std::string(1'000'000, ']') +
      "}</script></head><body><p>Shelling near Tartar.</p></body></html>";
  const HtmlDocument doc = extract_html(html, patterns_);
  EXPECT_EQ(doc.body, "Shelling near Tartar.");
}

// An RSS file with one internal entity referenced many times: 129 KB that libxml2's content
// functions expanded to a 990 MB report.
std::string entity_bomb(std::size_t entity_bytes, std::size_t references) {
  return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" +
         std::string(entity_bytes, 'a') +
         " \">]>\n<rss version=\"2.0\"><channel><title>T</title>"
         "<item><title>Bomb</title><description>" +
         repeat("&big;", references) + "</description></item></channel></rss>\n";
}

TEST(HostileFeed, EntityExpansionStopsAtTheLimit) {
  const std::string xml = entity_bomb(10'000, 10'000);  // would expand to 100 MB
  const auto start = std::chrono::steady_clock::now();
  auto feed = read_feed(xml, 1'000'000);
  ASSERT_TRUE(feed) << feed.error().message;
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_TRUE(feed->items[0].too_large);
  EXPECT_LE(feed->items[0].content.size(), 1'000'000u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(HostileFeed, AnEntityWithinTheLimitIsStillExpanded) {
  auto feed = read_feed(entity_bomb(5, 3), 1'000'000);
  ASSERT_TRUE(feed) << feed.error().message;
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_FALSE(feed->items[0].too_large);
  EXPECT_EQ(feed->items[0].content, "aaaaa aaaaa aaaaa ");
}

TEST(HostileFeed, TheReaderReportsTheBombAsAProblemAndStoresNothing) {
  ReadOptions options;
  options.max_bytes = 1'000'000;
  const auto outcome =
      testing::make_reader(options).read_bytes("bomb.xml", entity_bomb(10'000, 10'000));
  EXPECT_TRUE(outcome.reports.empty());
  EXPECT_TRUE(has_problem(outcome, "bomb.xml#1: its text expands")) << outcome.problems.size();
}

TEST(HostileReader, MaxBytesAppliesToTheReportsText) {
  // UTF-16 with a byte-order mark: 2 bytes a character in the file, 3 in the stored text.
  std::string utf16 = "\xFF\xFE";
  for (int i = 0; i < 1'500; ++i) utf16 += "\x2D\x4E";  // U+4E2D
  ReadOptions options;
  options.max_bytes = 4'000;  // the file (3,002 bytes) fits; its text (4,500 bytes) does not
  const auto outcome = testing::make_reader(options).read_bytes("note.txt", utf16);
  EXPECT_TRUE(outcome.reports.empty());
  EXPECT_TRUE(has_problem(outcome, "note.txt: its text is 4500 bytes, above the limit of 4000"));
}

TEST(HostileReader, AStrayByteInAFeedTitleIsNeverStoredRaw) {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Wire</title>"
      "<item><title>Shelling \xFF near Tartar</title><link>https://example.org/\xFF</link>"
      "<description>Shelling was reported near Tartar on Monday.</description></item>"
      "</channel></rss>";
  const auto outcome = testing::make_reader().read_bytes("feed.xml", xml);
  ASSERT_EQ(outcome.reports.size(), 1u);
  const Report& r = outcome.reports[0];
  for (const std::string* field : {&r.title, &r.url, &r.body, &r.source, &r.origin}) {
    EXPECT_TRUE(is_valid_utf8(*field)) << *field;
  }
  EXPECT_NE(r.title.find("Shelling"), std::string::npos);
}

TEST(HostileReader, ANonUtf8FileNameBecomesAValidOrigin) {
  const auto outcome =
      testing::make_reader().read_bytes("reports/caf\xE9.txt", "Shelling near Tartar.");
  ASSERT_EQ(outcome.reports.size(), 1u);
  EXPECT_TRUE(is_valid_utf8(outcome.reports[0].origin));
  EXPECT_NE(outcome.reports[0].origin.find("reports/caf"), std::string::npos);
}

TEST(HostileReader, OneBadLineDoesNotTurnAJsonLinesFileIntoMojibake) {
  const std::string jsonl =
      "{\"text\": \"Shelling near Stepanakert \xE2\x80\x94 the ministry said.\"}\n"
      "{\"text\": \"Caf\xE9 destroyed in the strike.\"}\n"
      "{\"text\": \"Степанакерт was shelled overnight.\"}\n";
  const auto outcome = testing::make_reader().read_bytes("wire.jsonl", jsonl);
  ASSERT_EQ(outcome.reports.size(), 3u)
      << (outcome.problems.empty() ? "" : outcome.problems[0].message);
  EXPECT_NE(outcome.reports[0].body.find("Stepanakert \xE2\x80\x94 the"), std::string::npos);
  EXPECT_TRUE(outcome.reports[0].warnings.empty());
  EXPECT_NE(outcome.reports[1].body.find("Caf\xC3\xA9 destroyed"), std::string::npos);
  ASSERT_FALSE(outcome.reports[1].warnings.empty());
  EXPECT_NE(outcome.reports[1].warnings[0].find("Latin-1"), std::string::npos);
  EXPECT_NE(outcome.reports[2].body.find("Степанакерт"), std::string::npos);
}

TEST(HostileReader, AJsonLinesLineNestedTooDeepIsOneProblem) {
  const std::string jsonl = "{\"text\": \"Shelling near Tartar.\"}\n{\"text\": \"x\", \"y\": " +
                            std::string(100'000, '[') + std::string(100'000, ']') + "}\n";
  const auto outcome = testing::make_reader().read_bytes("wire.jsonl", jsonl);
  EXPECT_EQ(outcome.reports.size(), 1u);
  EXPECT_TRUE(has_problem(outcome, "wire.jsonl:2: JSON nested more than"));
}

TEST(CharsetDeclaration, ACharsetMentionedInProseIsNotTrusted) {
  EXPECT_EQ(declared_charset("The header said charset=ebcdic-cp-us, which is wrong."), "");
  EXPECT_EQ(declared_charset("<p>Use charset=cp037 here</p>"), "");
  EXPECT_EQ(declared_charset("<html><head><meta charset=\"windows-1251\">"), "windows-1251");
  EXPECT_EQ(declared_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                             "charset=koi8-r\">"),
            "koi8-r");
  EXPECT_EQ(declared_charset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>"), "iso-8859-1");
}

TEST(CharsetDeclaration, ATextMentioningACharsetIsDecodedAsLatin1NotEbcdic) {
  const std::string text = "Caf\xE9 owners said charset=cp037 was printed on the crate.";
  const auto outcome = testing::make_reader().read_bytes("note.txt", text);
  ASSERT_EQ(outcome.reports.size(), 1u);
  EXPECT_NE(outcome.reports[0].body.find("Caf\xC3\xA9 owners"), std::string::npos)
      << outcome.reports[0].body;
}

}  // namespace
}  // namespace truce::ingest
