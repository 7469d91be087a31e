// Name variants across transliterations (data/gazetteer/name_variants.tsv): within a family the
// spellings of one name meet on one form, different names stay apart, and the finder resolves a
// spelling no source lists to its place.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "geo/name_key.hpp"
#include "geo/name_variants.hpp"
#include "geoparser_fixture.hpp"

namespace truce::geo {
namespace {

const VariantFamily& family(std::string_view name) {
  static const auto rules = VariantRules::load(default_variant_rules_path());
  EXPECT_TRUE(rules) << rules.error().message;
  for (const auto& f : rules->families()) {
    if (f.name == name) return f;
  }
  ADD_FAILURE() << "no family " << name;
  static const VariantFamily none;
  return none;
}

bool meet(std::string_view fam, std::string_view a, std::string_view b) {
  const auto& f = family(fam);
  return f.form(fold_name(a)) == f.form(fold_name(b));
}

TEST(NameVariants, ArabicArticlesAndElements) {
  EXPECT_TRUE(meet("arabic", "Bayt Lahiya", "Beit Lahia"));
  EXPECT_TRUE(meet("arabic", "Beit Lahiyah", "Bayt Lahya"));
  EXPECT_TRUE(meet("arabic", "Deir al-Balah", "Dayr al Balah"));
  EXPECT_TRUE(meet("arabic", "Dair el-Balah", "Deir Balah"));
  EXPECT_TRUE(meet("arabic", "Ain al-Hilweh", "Ayn al Hilweh"));
  EXPECT_TRUE(meet("arabic", "Tell Abyad", "Tal Abyad"));
  EXPECT_TRUE(meet("arabic", "Beit Hanoun", "Bayt Hanun"));
  EXPECT_TRUE(meet("arabic", "Bint Jbeil", "Bent Jbail"));
  EXPECT_TRUE(meet("arabic", "ash-Shati", "Shati"));
  EXPECT_TRUE(meet("arabic", "El Fasher", "Al-Fasher"));
  EXPECT_FALSE(meet("arabic", "Beit Lahia", "Beit Hanoun"));
  EXPECT_FALSE(meet("arabic", "Deir al-Balah", "Deir ez-Zor"));
  // An article is never the whole name.
  EXPECT_EQ(family("arabic").form("al"), "al");
}

TEST(NameVariants, UkrainianAndRussianPairs) {
  EXPECT_TRUE(meet("east_slavic", "Kharkiv", "Kharkov"));
  EXPECT_TRUE(meet("east_slavic", "Mykolaiv", "Nikolaev"));
  EXPECT_TRUE(meet("east_slavic", "Mykolaiv", "Nikolayev"));
  EXPECT_TRUE(meet("east_slavic", "Horlivka", "Gorlovka"));
  EXPECT_TRUE(meet("east_slavic", "Andriivka", "Andreevka"));
  EXPECT_TRUE(meet("east_slavic", "Andriivka", "Andreyevka"));
  EXPECT_TRUE(meet("east_slavic", "Mykolaivka", "Nikolaevka"));
  EXPECT_TRUE(meet("east_slavic", "Lysychansk", "Lisichansk"));
  EXPECT_TRUE(meet("east_slavic", "Chernihiv", "Chernigov"));
  EXPECT_TRUE(meet("east_slavic", "Sievierodonetsk", "Severodonetsk"));
  EXPECT_TRUE(meet("east_slavic", "Luhansk", "Lugansk"));
  EXPECT_TRUE(meet("east_slavic", "Kyiv", "Kiev"));
  EXPECT_FALSE(meet("east_slavic", "Kharkiv", "Kherson"));
  EXPECT_FALSE(meet("east_slavic", "Horlivka", "Gorodnya"));
}

TEST(NameVariants, ThaiAndKhmerRomanisations) {
  EXPECT_TRUE(meet("thai_khmer", "Sam Roi Yot", "Samroiyod"));
  EXPECT_TRUE(meet("thai_khmer", "Si Sa Ket", "Sisaket"));
  EXPECT_TRUE(meet("thai_khmer", "Phu Chi Fa", "Pu Chee Fa"));
  EXPECT_TRUE(meet("thai_khmer", "Kompong Cham", "Kampong Cham"));
  EXPECT_TRUE(meet("thai_khmer", "Ubol Ratchathani", "Ubon Ratchathani"));
  EXPECT_FALSE(meet("thai_khmer", "Sam Roi Yot", "Si Sa Ket"));
}

TEST(NameVariants, IndianAndPakistaniSpellings) {
  EXPECT_TRUE(meet("south_asian", "Mardan", "Mardaan"));
  EXPECT_TRUE(meet("south_asian", "Bhimber", "Bimber"));
  EXPECT_TRUE(meet("south_asian", "Poonch", "Punch"));
  EXPECT_TRUE(meet("south_asian", "Kathua", "Katua"));
  EXPECT_FALSE(meet("south_asian", "Mardan", "Multan"));
}

TEST(NameVariants, ABadRuleNamesItsLine) {
  const auto path = std::filesystem::temp_directory_path() / "truce_bad_variants.tsv";
  {
    std::ofstream o(path);
    o << "# comment\nfamily\tarabic\tLB SY\narabic\tswap\tbayt\tbeit\n";
  }
  const auto rules = VariantRules::load(path);
  ASSERT_FALSE(rules);
  EXPECT_EQ(rules.error().message, path.string() + ":3: unknown rule kind \"swap\"");
  std::filesystem::remove(path);
}

TEST(NameVariants, FinderResolvesSpellingsNoSourceLists) {
  TRUCE_REQUIRE_GEOPARSER(g);
  struct Case {
    const char* name;
    const char* near;
    const char* id;
  };
  for (const Case& c :
       {Case{"Dair al-Balah", "PS", "geonames:281141"}, Case{"Samroiyod", "TH", "geonames:1117823"},
        Case{"Mardaan", "PK", "geonames:1170880"}, Case{"Bimber", "PK", "geonames:1182637"},
        Case{"Bint Jbeil", "LB", "geonames:276592"}}) {
    const auto found = g->candidates(c.name, c.near, 3);
    ASSERT_FALSE(found.empty()) << c.name;
    EXPECT_EQ(found[0].place.id, c.id) << c.name << ": " << found[0].why;
    EXPECT_NE(found[0].why.find("variant match"), std::string::npos) << found[0].why;
  }
}

TEST(NameVariants, AFamilysFormsStayInItsCountries) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // The Arabic article rule finds El Fasher by "Fasher", but only places of Arabic-speaking
  // countries: "Al Tigre" is no Tigre in Argentina.
  const auto fasher = g->candidates("Fasher", "", 3);
  ASSERT_FALSE(fasher.empty());
  EXPECT_EQ(fasher[0].place.country, "SD") << fasher[0].why;
  for (const auto& c : g->candidates("Al Tigre", "", 10)) EXPECT_NE(c.place.country, "AR") << c.why;
}

TEST(NameVariants, HebrewAndArabicNamesOfOnePlaceMeet) {
  TRUCE_REQUIRE_GEOPARSER(g);
  // GeoNames' alternate names carry both languages' romanised names of one place: a report may
  // use either ("Shechem" or Nablus, "Al Khalil" or Hebron, "Tsfat" or Safad).
  struct Pair {
    const char* one;
    const char* other;
    const char* near;
  };
  for (const Pair& p :
       {Pair{"Shechem", "Nablus", "PS"}, Pair{"Hevron", "Al Khalil", "PS"},
        Pair{"Beit Lehem", "Bayt Lahm", "PS"}, Pair{"Yerushalayim", "Al Quds", "IL"},
        Pair{"Tsfat", "Safad", "IL"}, Pair{"Akko", "Akka", "IL"},
        Pair{"Qiryat Shemona", "Kiryat Shmona", "IL"}}) {
    const auto one = g->candidates(p.one, p.near, 1);
    const auto other = g->candidates(p.other, p.near, 1);
    ASSERT_FALSE(one.empty() || other.empty()) << p.one << " / " << p.other;
    EXPECT_EQ(one[0].place.id, other[0].place.id) << p.one << ": " << one[0].why;
    EXPECT_EQ(one[0].place.country, p.near) << p.one;
  }
}

}  // namespace
}  // namespace truce::geo
