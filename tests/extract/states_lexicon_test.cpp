// The world's states as the lexicon loader builds them from data/actors.tsv and the generated
// data/generated/states.tsv (issue 8, point 4): a curated row that renames a state keeps the
// generated state's country, and a curated row that claims a name two states share ("Congo")
// takes it without taking the other state's country.
#include <gtest/gtest.h>

#include "core/data_dir.hpp"
#include "extract/lexicons.hpp"
#include "text/tokenizer.hpp"

namespace truce::extract {
namespace {

class StatesLexicon : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lex = load_lexicons(data_dir());
    ASSERT_TRUE(lex) << lex.error().message;
    lex_ = new Lexicons(std::move(*lex));
  }
  static void TearDownTestSuite() { delete lex_; }
  static std::string country_of(const std::string& side) {
    auto it = lex_->sides.find(side);
    return it == lex_->sides.end() ? std::string() : it->second.country;
  }
  static inline Lexicons* lex_ = nullptr;
};

TEST_F(StatesLexicon, SharedNamesKeepEachStatesCountry) {
  if (!std::filesystem::exists(data_dir() / "generated" / "states.tsv"))
    GTEST_SKIP() << "no generated states (npm data not installed)";
  EXPECT_EQ(country_of("DR Congo"), "CD");
  EXPECT_EQ(country_of("Republic of the Congo"), "CG");
  EXPECT_EQ(lex_->state_of_country("CD"), "DR Congo");
  // The curated "Turkey" row takes Türkiye's names and country.
  EXPECT_EQ(country_of("Turkey"), "TR");
  EXPECT_EQ(lex_->state_of_country("TR"), "Turkey");
}

// Added in session 18: an alternative spelling that is an English word ("Island", Iceland's own
// name for it) names no state: "Bushrod Island" in Monrovia is not Iceland (cue class
// not_state_name); the state keeps its English name.
TEST_F(StatesLexicon, AnEnglishWordAmongTheSpellingsNamesNoState) {
  if (!std::filesystem::exists(data_dir() / "generated" / "states.tsv"))
    GTEST_SKIP() << "no generated states (npm data not installed)";
  auto names = [&](const std::string& words) {
    const auto tokens = text::tokenize(words);
    const auto m = lex_->actor_matcher.match_at(tokens, 0, tokens.size());
    return m && m->last == tokens.size();
  };
  EXPECT_FALSE(names("Island"));
  EXPECT_FALSE(names("Dominique"));
  EXPECT_TRUE(names("Iceland"));
  EXPECT_EQ(country_of("Iceland"), "IS");
}

}  // namespace
}  // namespace truce::extract
