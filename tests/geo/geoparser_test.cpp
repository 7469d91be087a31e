// The finder on small texts written here: contexts, scripts, traps and the geocode candidates.
#include <gtest/gtest.h>

#include "geoparser_fixture.hpp"

namespace truce::geo {
namespace {

std::optional<PlaceMention> first_named(const Geoparser& g, std::string_view text,
                                        std::string_view written) {
  for (auto& m : g.find(text)) {
    if (m.text == written) return m;
  }
  return std::nullopt;
}

TEST(Geoparser, ScriptsResolveToStepanakert) {
  TRUCE_REQUIRE_GEOPARSER(g);
  for (const char* name : {"Stepanakert", "Xankəndi", "Степанакерт", "Ստեփանակերտ", "Khankendi"}) {
    const auto c = g->candidates(name, "", 3);
    ASSERT_FALSE(c.empty()) << name;
    EXPECT_EQ(c[0].place.id, "geonames:146970") << name << ": " << c[0].why;
    EXPECT_EQ(c[0].place.name, "Stepanakert");
  }
}

TEST(Geoparser, FuzzyNeedsAPlaceContext) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string with =
      "Azerbaijan and Armenia fought near Fuzuli. Shelling hit the city of Zenglan on Tuesday.";
  const auto m = first_named(*g, with, "Zenglan");
  ASSERT_TRUE(m && m->match);
  EXPECT_EQ(m->match->place.name, "Zangilan");
  EXPECT_EQ(m->rule, "gazetteer:alias");
  const std::string without = "Azerbaijan and Armenia fought near Fuzuli. Zenglan said nothing.";
  EXPECT_FALSE(first_named(*g, without, "Zenglan"));
}

TEST(Geoparser, GeneralFuzzyMatchInContext) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // "Kubatlu" is an alternate; "Qubadlu" is a spelling no source lists.
  const std::string text = "Azerbaijan said its army advanced in the direction of Qubadlu.";
  const auto m = first_named(*g, text, "Qubadlu");
  ASSERT_TRUE(m && m->match);
  EXPECT_EQ(m->match->place.name, "Qubadli");
  EXPECT_EQ(m->rule, "gazetteer:fuzzy");
}

TEST(Geoparser, TatarIsAWordOutsideAPlaceContext) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = "Azerbaijan welcomed the Tatar delegation. Tatar leaders spoke.";
  EXPECT_FALSE(first_named(*g, text, "Tatar"));
}

TEST(Geoparser, GeorgiaIsACountryUnlessTheTextIsAmerican) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const auto c = g->candidates("Georgia", "", 2);
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].place.country, "GE");
  const auto us = g->candidates("Georgia", "US", 2);
  ASSERT_FALSE(us.empty());
  EXPECT_EQ(us[0].place.country, "US");
}

TEST(Geoparser, ACountySeatWinsOverItsNamesakes) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // The seat of a county or district (GeoNames PPLA2) is what its name usually means: Dundalk,
  // Ireland, over Dundalk, Maryland; Newcastle upon Tyne over Newcastle, County Down. The
  // explanation names the feature that decided.
  const auto dundalk = g->candidates("Dundalk", "", 1);
  ASSERT_FALSE(dundalk.empty());
  EXPECT_EQ(dundalk[0].place.country, "IE") << dundalk[0].why;
  EXPECT_NE(dundalk[0].why.find("county_seat"), std::string::npos) << dundalk[0].why;
  const auto newcastle = g->candidates("Newcastle", "GB", 1);
  ASSERT_FALSE(newcastle.empty());
  EXPECT_EQ(newcastle[0].place.admin1, "England") << newcastle[0].why;
}

TEST(Geoparser, PersonNamesAreNoPlaces) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text =
      "The President of the European Council, Charles Michel, spoke. Michel condemned the "
      "violence in Armenia.";
  EXPECT_FALSE(first_named(*g, text, "Michel"));
  EXPECT_TRUE(first_named(*g, text, "Armenia"));
}

TEST(Geoparser, RegionWordPrefersTheProvince) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = "Shells fell in Aslanduz (Ardabil Province) in Iran.";
  const auto m = first_named(*g, text, "Ardabil Province");
  const auto bare = first_named(*g, text, "Ardabil");
  const auto& hit = m ? m : bare;
  ASSERT_TRUE(hit && hit->match);
  EXPECT_EQ(hit->match->place.feature_class, 'A');
  EXPECT_EQ(hit->match->place.country, "IR");
}

TEST(Geoparser, ResolveGivenSpans) {
  TRUCE_REQUIRE_GEOPARSER(g);
  const std::string text = "Troops moved from Paris to Lyon.";
  const auto r = g->resolve(text, {{18, 23}, {27, 31}});
  ASSERT_EQ(r.size(), 2u);
  ASSERT_TRUE(r[0].match && r[1].match);
  EXPECT_EQ(r[0].match->place.country, "FR");
  EXPECT_EQ(r[1].match->place.country, "FR");
}

}  // namespace
}  // namespace truce::geo
