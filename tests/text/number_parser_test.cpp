// Counts as war reports write them.
#include "text/number_parser.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace truce::text {
namespace {

std::optional<Count> count_in(const std::string& s, std::size_t at, bool article = false) {
  static std::vector<Token> tokens;
  tokens = tokenize(s);
  return parse_count(tokens, at, CountOptions{article, true});
}

TEST(NumberParser, DigitsWordsAndScales) {
  EXPECT_EQ(count_in("1,900 troops", 0)->value, 1900);
  EXPECT_EQ(count_in("twenty-five shells", 0)->value, 25);
  EXPECT_EQ(count_in("4 thousand shells", 0)->value, 4000);
  EXPECT_EQ(count_in("two hundred and twelve", 0)->value, 212);
}

TEST(NumberParser, Qualifiers) {
  auto c = count_in("at least 7 villagers", 0);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, 7);
  EXPECT_EQ(c->qualifier, Qualifier::at_least);
  EXPECT_EQ(count_in("more than 45 soldiers", 0)->qualifier, Qualifier::more_than);
  EXPECT_EQ(count_in("about 90 vehicles", 0)->qualifier, Qualifier::about);
  EXPECT_EQ(count_in("exceeded 2 thousand", 0)->value, 2000);
}

TEST(NumberParser, VagueAmountsAreFloors) {
  auto c = count_in("dozens of rockets", 0);
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->vague);
  EXPECT_EQ(c->qualifier, Qualifier::at_least);
}

TEST(NumberParser, TensOrHundredsOfThousands) {
  auto c = count_in("tens of thousands of people", 0);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, 20000);
  EXPECT_TRUE(c->vague);
  EXPECT_EQ(count_in("hundreds of thousands of people", 0)->value, 200000);
  EXPECT_EQ(count_in("tens of people", 0)->value, 20);
}

TEST(NumberParser, ArticlesOnlyWhenAsked) {
  EXPECT_FALSE(count_in("a soldier died", 0));
  EXPECT_EQ(count_in("a soldier died", 0, true)->value, 1);
  EXPECT_FALSE(count_in("a number of shells", 0, true));
}

TEST(NumberParser, AgesAndYearsAreNotCounts) {
  EXPECT_FALSE(count_in("a nine-year-old girl", 1));
  EXPECT_FALSE(count_in("fighting in 1992", 2));
}

TEST(NumberParser, NumbersInsideSystemNamesAreNotCounts) {
  EXPECT_FALSE(count_in("an S-300 battery", 2));  // "300" glued to "S"
  EXPECT_FALSE(count_in("two Su-25 jets", 2));    // "25" glued to "Su"
  EXPECT_FALSE(count_in("seven BM-21 launchers", 2));
  EXPECT_EQ(count_in("twenty-five shells", 0)->value, 25);  // number words still join
  EXPECT_EQ(count_in("an S-300 battery", 0, true)->value, 1);
}

// Found by fuzzing (phrases_fuzz): an overlong UTF-8 form of a digit ("\xC0\xB5" for '5') was
// read as a digit and the number parser, finding no ASCII digit, threw (std::stod), ending the
// ingest. Malformed sequences are not characters.
TEST(NumberParser, AnOverlongDigitIsNoNumber) {
  std::vector<Token> tokens;
  ASSERT_NO_THROW(tokens = tokenize("shelled \xC0\xB5 tanks and \xE0\x80\xB7 more"));
  for (const auto& t : tokens) EXPECT_NE(t.kind, TokenKind::number) << t.key;
  tokens = tokenize("\xC0\xB5 tanks, then 7 tanks");
  const auto seven = std::find_if(tokens.begin(), tokens.end(),
                                  [](const Token& t) { return t.kind == TokenKind::number; });
  ASSERT_NE(seven, tokens.end());
  EXPECT_EQ(parse_count(tokens, seven - tokens.begin(), {})->value, 7);
}

}  // namespace
}  // namespace truce::text
