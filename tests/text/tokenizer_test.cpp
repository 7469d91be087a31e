// text::tokenize: words, numbers and marks with their offsets, as extraction reads them.
#include "text/tokenizer.hpp"

#include <gtest/gtest.h>

namespace truce::text {
namespace {

std::vector<std::string> keys(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(s)) out.push_back(t.key);
  return out;
}

TEST(Tokenizer, AnInitialismIsOneWordWithItsPoints) {
  EXPECT_EQ(keys("U.S. forces struck at 8 a.m."),
            (std::vector<std::string>{"u.s.", "forces", "struck", "at", "8", "a.m."}));
  EXPECT_EQ(keys("the U.N. and the U.S.A."),
            (std::vector<std::string>{"the", "u.n.", "and", "the", "u.s.a."}));
  // The lexicon's phrase and the text's words meet.
  EXPECT_EQ(phrase_keys("U.S. forces"), (std::vector<std::string>{"u.s.", "forces"}));
  // A single initial stays a letter and a point; "US" stays a word.
  EXPECT_EQ(keys("J. Smith and US"), (std::vector<std::string>{"j", ".", "smith", "and", "us"}));
  const auto t = tokenize("in the U.S. today");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[2].begin, 7u);
  EXPECT_EQ(t[2].end, 11u);
}

TEST(Tokenizer, ASpaceGroupsThousandsOnlyBeforeThreeDigits) {
  // "1 221" in translated text, with a plain or a no-break space, is one number.
  EXPECT_EQ(keys("reached 1 221."), (std::vector<std::string>{"reached", "1221", "."}));
  EXPECT_EQ(keys("reached 12\u00a0500 men"), (std::vector<std::string>{"reached", "12500", "men"}));
  // Not a day and a year, not two counts, not a figure before a word glued to it.
  EXPECT_EQ(keys("on 12 2020"), (std::vector<std::string>{"on", "12", "2020"}));
  EXPECT_EQ(keys("1994 100 men"), (std::vector<std::string>{"1994", "100", "men"}));
  EXPECT_EQ(keys("3 100th"), (std::vector<std::string>{"3", "100th"}));
}

}  // namespace
}  // namespace truce::text
