// RSS 2.0 and Atom feeds.
#include "ingest/feed_reader.hpp"

#include <gtest/gtest.h>

#include "ingest_test_support.hpp"
#include "run_command.hpp"

namespace truce::ingest {
namespace {

TEST(FeedReader, Rss) {
  auto feed = read_feed(truce::testing::read_file(testing::kData + "/feed-rss.xml"));
  ASSERT_TRUE(feed) << feed.error().message;
  EXPECT_EQ(feed->format, SourceFormat::rss);
  EXPECT_EQ(feed->title, "Example Mission Notes");
  ASSERT_EQ(feed->items.size(), 2u);
  const auto& first = feed->items[0];
  EXPECT_EQ(first.title, "Shelling heard north of Martuni");
  EXPECT_EQ(first.url, "https://mission.example.org/notes/11");
  EXPECT_EQ(first.author, "Example Monitor");
  EXPECT_EQ(first.published->iso, "2020-10-21");
  EXPECT_EQ(first.published_from, "rss:pubDate");
  // content:encoded is preferred to the short description.
  EXPECT_NE(first.content.find("twenty explosions"), std::string::npos);
  EXPECT_NE(first.raw.find("<item>"), std::string::npos);
  EXPECT_NE(feed->items[1].content.find("<p>The monitors reported"), std::string::npos);
}

TEST(FeedReader, Atom) {
  auto feed = read_feed(truce::testing::read_file(testing::kData + "/feed-atom.xml"));
  ASSERT_TRUE(feed) << feed.error().message;
  EXPECT_EQ(feed->format, SourceFormat::atom);
  ASSERT_EQ(feed->items.size(), 2u);
  EXPECT_EQ(feed->items[0].published->iso, "2020-10-23");
  EXPECT_EQ(feed->items[0].published_from, "atom:published");
  EXPECT_EQ(feed->items[0].author, "Example Press Service");
  EXPECT_EQ(feed->items[0].url, "https://ministry.example.org/statements/7");
  EXPECT_TRUE(feed->items[0].content_is_html);
  EXPECT_EQ(feed->items[1].published->iso, "2020-10-24");
  EXPECT_EQ(feed->items[1].published_from, "atom:updated");
  EXPECT_FALSE(feed->items[1].content_is_html);
}

TEST(FeedReader, SniffsTheRoot) {
  EXPECT_EQ(sniff_feed("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">"),
            SourceFormat::rss);
  EXPECT_EQ(sniff_feed("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), SourceFormat::atom);
  EXPECT_FALSE(sniff_feed("<feedback>"));
  EXPECT_FALSE(sniff_feed("<html>"));
}

TEST(FeedReader, TruncatedFeedKeepsItsCompleteItems) {
  std::string xml = truce::testing::read_file(testing::kData + "/feed-rss.xml");
  xml.resize(xml.find("<title>Quiet day"));
  auto feed = read_feed(xml);
  ASSERT_TRUE(feed) << feed.error().message;
  ASSERT_GE(feed->items.size(), 1u);
  EXPECT_EQ(feed->items[0].title, "Shelling heard north of Martuni");
  EXPECT_FALSE(feed->warnings.empty());
}

TEST(FeedReader, NotAFeed) {
  auto other = read_feed("<?xml version=\"1.0\"?><catalog><book/></catalog>");
  ASSERT_FALSE(other);
  EXPECT_NE(other.error().message.find("<catalog>"), std::string::npos);
}

}  // namespace
}  // namespace truce::ingest
