// text::fold: the comparison key that lets spellings from different scripts and keyboards meet.
#include "text/fold.hpp"

#include <gtest/gtest.h>

namespace truce::text {
namespace {

TEST(Fold, StripsDiacriticsAndCase) {
  EXPECT_EQ(fold("Çavuşoğlu"), "cavusoglu");
  EXPECT_EQ(fold("CAVUSOGLU"), "cavusoglu");
}

TEST(Fold, AzerbaijaniSchwaBecomesE) { EXPECT_EQ(fold("Xankəndi"), "xankendi"); }

TEST(Fold, OtherScriptsBecomeLatin) {
  EXPECT_EQ(fold("Степанакерт"), "stepanakert");
  EXPECT_EQ(fold("Ստեփանակերտ"), "stepanakert");  // no apostrophe from the aspirate
}

TEST(Fold, InvalidUtf8DoesNotThrow) {
  const std::string bad = "Ganja \xff\xfe city";
  std::string out;
  EXPECT_NO_THROW(out = fold(bad));
  EXPECT_NE(out.find("ganja"), std::string::npos);
}

}  // namespace
}  // namespace truce::text
