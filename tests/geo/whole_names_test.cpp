// Whole names, never a first word: a multi-word place name is matched whole or not at all, and
// demonyms and organisations are never places.
#include <gtest/gtest.h>

#include <algorithm>

#include "geoparser_fixture.hpp"

namespace truce::geo {
namespace {

std::vector<std::string> mentioned(const Geoparser& g, std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : g.find(text)) out.push_back(m.text);
  return out;
}

bool has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(WholeNames, AnUnknownNameIsNoPlaceCalledByItsFirstWord) {
  TRUCE_REQUIRE_GEOPARSER(g);
  for (const char* text :
       {"Artillery shelled the Phu Chi Fa area overnight.",
        "Troops were seen near Phu Chi Fa on Monday.", "Fires burned in Sam Roi Yot National Park.",
        "Drones struck Kfar Shouba Hills and Deir Mimas."}) {
    const auto found = mentioned(*g, text);
    for (const char* first : {"Phu", "Sam", "Kfar", "Deir"}) {
      EXPECT_FALSE(has(found, first)) << text;
    }
  }
}

TEST(WholeNames, AKnownMultiWordNameMatchesWhole) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const auto gaza =
      mentioned(*g, "Strikes hit Beit Hanun; residents fled Beit Lahia for Khan Yunis.");
  for (const char* whole : {"Beit Hanun", "Beit Lahia", "Khan Yunis"}) {
    EXPECT_TRUE(has(gaza, whole)) << whole;
  }
  for (const char* part : {"Beit", "Khan"}) EXPECT_FALSE(has(gaza, part)) << part;
  // GeoNames spells it "Bent Jbaïl": the Arabic family's form finds it, never "Bint" alone.
  const auto lebanon = g->find("Israeli strikes hit Bint Jbeil and Nabatieh in southern Lebanon.");
  bool found = false;
  for (const auto& m : lebanon) {
    EXPECT_NE(m.text, "Bint");
    if (m.text != "Bint Jbeil") continue;
    found = true;
    EXPECT_EQ(m.match->place.country, "LB") << m.match->place.name << ": " << m.match->why;
    EXPECT_EQ(m.rule, "gazetteer:variant");
  }
  EXPECT_TRUE(found);
}

TEST(WholeNames, ALowerCaseArticleGluedToANameIsPartOfIt) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // "al-Balah" is written in lower case; the name is "Deir al-Balah", not "Deir" alone.
  const auto found =
      g->find("Heavy bombardment was reported in Gaza City, Deir al-Balah and Abasan al-Kabira.");
  for (const char* whole : {"Deir al-Balah", "Abasan al-Kabira"}) {
    const auto it =
        std::find_if(found.begin(), found.end(), [&](const auto& m) { return m.text == whole; });
    ASSERT_NE(it, found.end()) << whole;
    ASSERT_TRUE(it->match);
    EXPECT_EQ(it->match->place.country, "PS") << whole;
  }
}

TEST(WholeNames, ANameElementBeforeAnArticleIsNoPlace) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // "Bab al-Hawa" is a border crossing the index lacks: no town called "Bab".
  const auto found = mentioned(*g, "Aid trucks crossed at Bab al-Hawa into Syria.");
  EXPECT_FALSE(has(found, "Bab"));
  EXPECT_TRUE(has(found, "Syria"));
}

TEST(WholeNames, APlaceBeforeAWordSayingWhatItNamesStays) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // A city keeps its name before the rest of an organisation's or a plant's name, a town before a
  // word the text also uses in lower case (a title-case headline).
  EXPECT_TRUE(has(mentioned(*g, "Missiles hit the Kharkiv Tractor Plant."), "Kharkiv"));
  EXPECT_TRUE(
      has(mentioned(*g, "Shelling in Tartar Kills Two\nThe shelling kills two people."), "Tartar"));
  EXPECT_TRUE(has(mentioned(*g, "Flights left Ganja Airport in the morning."), "Ganja Airport") ||
              has(mentioned(*g, "Flights left Ganja Airport in the morning."), "Ganja"));
}

TEST(WholeNames, DemonymsAndOrganisationsAreNoPlaces) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const auto found = mentioned(*g,
                               "Hezbollah fired at Israeli positions. The Lebanese army "
                               "deployed, and Israeli jets struck Hamas targets in Gaza.");
  for (const char* not_place : {"Hezbollah", "Israeli", "Lebanese", "Hamas"}) {
    EXPECT_FALSE(has(found, not_place)) << not_place;
  }
  EXPECT_TRUE(has(found, "Gaza"));
  EXPECT_FALSE(has(mentioned(*g, "Wagner fighters left the town of Popasna."), "Wagner"));
}

TEST(WholeNames, AMonthIsNoPlace) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // Found as no name, a month after "in" once fell back on the report's nearest town.
  for (const char* text : {"Troops captured Hadrut in October.", "The talks resumed in December.",
                           "Shelling hit Stepanakert in November and in September."}) {
    const auto found = mentioned(*g, text);
    for (const char* month : {"October", "December", "November", "September"})
      EXPECT_FALSE(has(found, month)) << text;
  }
}

TEST(WholeNames, ASocialNetworkIsNoPlace) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // "said on Telegram" had found a village called Telegram.
  for (const char* text : {"The mayor of Kharkiv said on Telegram that two people were killed.",
                           "The ministry posted the footage on YouTube and on Instagram."}) {
    const auto found = mentioned(*g, text);
    for (const char* network : {"Telegram", "YouTube", "Instagram"})
      EXPECT_FALSE(has(found, network)) << text;
  }
}

TEST(WholeNames, AnOrganisationsAcronymIsNoPlace) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // "the UN said" had found the town of Un, in India, and chosen the India-Pakistan war.
  for (const char* text : {"The attack on Pajut killed 22 civilians, the UN said.",
                           "NATO and the AU condemned the attack on the village."}) {
    const auto found = mentioned(*g, text);
    for (const char* acronym : {"UN", "NATO", "AU"}) EXPECT_FALSE(has(found, acronym)) << text;
  }
  // "More than 20 soldiers ..." had found Mora, in Cameroon, and chosen the Boko Haram war.
  for (const char* text : {"More than 20 soldiers have been killed.", "Most of the dead were men."})
    for (const char* word : {"More", "Most"}) EXPECT_FALSE(has(mentioned(*g, text), word)) << text;
}

}  // namespace
}  // namespace truce::geo
