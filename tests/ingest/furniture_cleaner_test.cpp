// Furniture removal on invented pages shaped like the seeds.
#include "ingest/furniture_cleaner.hpp"

#include <gtest/gtest.h>

#include "ingest_test_support.hpp"

namespace truce::ingest {
namespace {

class FurnitureCleanerTest : public ::testing::Test {
 protected:
  FurnitureCleaner cleaner_{testing::project_patterns()};
};

TEST_F(FurnitureCleanerTest, BreadcrumbAndRepeatedTitleBecomeTheTitle) {
  const auto c = cleaner_.clean(
      "Home / news / Shelling of Martuni continues\n\n"
      "Shelling of Martuni continues\n\n"
      "The ministry said that Martuni was shelled overnight.\n\n"
      "Shelling of Martuni continues\n\n"
      "Two civilians were wounded, it added.\n\n"
      "Source link\n\n"
      "Leave a Reply\n\n"
      "Your email address will not be published. Required fields are marked *\n");
  EXPECT_EQ(c.title, "Shelling of Martuni continues");
  EXPECT_EQ(c.body,
            "The ministry said that Martuni was shelled overnight.\n\n"
            "Two civilians were wounded, it added.");
  EXPECT_FALSE(c.page_date);
}

TEST_F(FurnitureCleanerTest, CheckAlsoBlockRunsToTheNextFurniture) {
  const auto c = cleaner_.clean(
      "Talks stall as fighting continues\n"
      "Talks stall as fighting continues\n\n"
      "Diplomats said the talks in Geneva had stalled.\n\n"
      "Check Also\n\n"
      "Another article about a drone strike near Aghdam\n\n"
      "Another article about a drone strike near Aghdam\n\n"
      "According to a wire report on October 15, the spokesperson of the \xE2\x80\xA6\n\n"
      "Leave a Reply\n\n"
      "Comment text that is not the article.\n");
  EXPECT_EQ(c.title, "Talks stall as fighting continues");
  EXPECT_EQ(c.body, "Diplomats said the talks in Geneva had stalled.");
}

TEST_F(FurnitureCleanerTest, ReadAlsoLinksGoAndTheArticleGoesOn) {
  const auto c = cleaner_.clean(
      "Shelling reported near Tartar\n\n"
      "The ministry said Tartar was shelled overnight.\n\n"
      "Read also\n"
      "Peskov: Kremlin is in contact with Baku and Yerevan\n"
      "President had phone talk with his counterpart\n\n"
      "Two civilians were wounded, the ministry added.\n");
  EXPECT_EQ(c.body,
            "The ministry said Tartar was shelled overnight.\n\n"
            "Two civilians were wounded, the ministry added.");
}

TEST_F(FurnitureCleanerTest, CaptionsCreditsAndBareNumbersGo) {
  const auto c = cleaner_.clean(
      "Kicker line about observers\n\n"
      "  \xE2\x80\xA2 Men stand by a destroyed house in an invented village.\n\n"
      "    Reuters\n\n"
      "picture\n\n"
      "The ministry said 600 soldiers had been killed.\n\n"
      "600\n\n"
      "A damaged school after the shelling (Anadolu Agency)\n\n"
      "\xE2\x80\xA2 An unindented list item stays.\n\n"
      "Follow our latest local news via Google news\n");
  EXPECT_EQ(c.title, "Kicker line about observers");
  EXPECT_EQ(c.body,
            "The ministry said 600 soldiers had been killed.\n\n"
            "\xE2\x80\xA2 An unindented list item stays.");
}

TEST_F(FurnitureCleanerTest, PageHeaderDateIsKeptApart) {
  const auto c = cleaner_.clean(
      "Saturday , November 28 2020\n"
      "Fighting on the southern axis\n"
      "Fighting on the southern axis\n\n"
      "The ministry said fighting continued on the southern axis.\n");
  ASSERT_TRUE(c.page_date);
  EXPECT_EQ(c.page_date->iso, "2020-11-28");
  EXPECT_EQ(c.title, "Fighting on the southern axis");
  EXPECT_EQ(c.body, "The ministry said fighting continued on the southern axis.");
}

TEST_F(FurnitureCleanerTest, ProseIsNotMistakenForATitle) {
  // A one-sentence report, and a hard-wrapped paragraph whose first line has no full stop.
  EXPECT_EQ(cleaner_.clean("Shelling was reported near Ganja on Monday.").title, "");
  const auto wrapped = cleaner_.clean(
      "The patrol observed four fresh artillery impacts\n"
      "on the northern edge of Martakert this morning.\n");
  EXPECT_EQ(wrapped.title, "");
  EXPECT_EQ(wrapped.body,
            "The patrol observed four fresh artillery impacts\n"
            "on the northern edge of Martakert this morning.");
  // A lone headline with nothing after it is the body, not a title.
  EXPECT_EQ(cleaner_.clean("Heavy fighting near Fuzuli").body, "Heavy fighting near Fuzuli");
}

TEST_F(FurnitureCleanerTest, KnownTitleIsRemovedFromTheBody) {
  const auto c = cleaner_.clean("Drone strike near Aghdam\n\nA drone hit a truck near Aghdam.\n",
                                "Drone  strike near Aghdam");
  EXPECT_EQ(c.title, "Drone strike near Aghdam");
  EXPECT_EQ(c.body, "A drone hit a truck near Aghdam.");
}

TEST_F(FurnitureCleanerTest, ParagraphsAndLineEndingsAreNormalised) {
  const auto c = cleaner_.clean(
      "First paragraph line one.\r\nline two.\r\n\r\n\r\n\r\nSecond paragraph.   \r\n");
  EXPECT_EQ(c.body, "First paragraph line one.\nline two.\n\nSecond paragraph.");
}

TEST_F(FurnitureCleanerTest, AllFurnitureLeavesAnEmptyBody) {
  EXPECT_EQ(cleaner_.clean("Source link\n\nLeave a Reply\n").body, "");
}

}  // namespace
}  // namespace truce::ingest
