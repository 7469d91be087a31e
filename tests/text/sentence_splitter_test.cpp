// Sentences with offsets; headlines and captions are not running text.
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

#include <gtest/gtest.h>

#include <string>

namespace truce::text {
namespace {

TEST(SentenceSplitter, SplitsWithOffsetsAndKeepsAbbreviations) {
  const std::string s =
      "Shells hit the U.N. depot near the river. The army said “It was calm.” Then?\nA caption";
  auto out = split_sentences(s);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(s.substr(out[0].begin, out[0].end - out[0].begin),
            "Shells hit the U.N. depot near the river.");
  EXPECT_TRUE(out[1].terminal);
  EXPECT_TRUE(out[2].question);
  EXPECT_FALSE(out[3].terminal);
  EXPECT_NE(out[2].paragraph, out[3].paragraph);
}

TEST(Tokenizer, HyphensPossessivesAndFolding) {
  auto t = tokenize("Çavuşoğlu’s S-300 and 30,000 men");
  ASSERT_GE(t.size(), 6u);
  EXPECT_EQ(t[0].key, "cavusoglu");
  EXPECT_TRUE(t[0].possessive);
  EXPECT_EQ(t[1].key, "s");
  EXPECT_EQ(t[2].key, "300");
  EXPECT_TRUE(t[2].joined);
  EXPECT_EQ(t[4].value, 30000);
}

}  // namespace
}  // namespace truce::text
