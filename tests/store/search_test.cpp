// Full-text search: highlighted snippets, hyphenated system names, folded diacritics, and user
// queries that would be FTS5 syntax errors if passed through.
#include <gtest/gtest.h>

#include "store/fts_query.hpp"
#include "store/report_store.hpp"
#include "store_test_support.hpp"

namespace truce::testing {
namespace {

class Search : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = open_store((dir_ / "search.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    add("Air defence",
        "The ministry said it had destroyed an S-300 air defence system near "
        "Khojavend.\n\nTwo Grad launchers were also hit.");
    add("Talks in Moscow",
        "Foreign Minister Mevlüt Çavuşoğlu spoke to his Russian counterpart "
        "about the ceasefire agreed on Saturday.");
    add("Ceasefire holds",
        "The ceasefire held overnight in Stepanakert, residents said. "
        "S 300 was not mentioned.");
  }
  void add(const std::string& title, const std::string& body) {
    Report r;
    r.origin = title;
    r.title = title;
    r.body = body;
    Fingerprint fp;
    fp.content_hash = title;
    ASSERT_TRUE(store_->insert_report(r, fp, std::nullopt));
  }
  std::vector<SearchHit> hits(const std::string& query) {
    auto found = store_->search(query, 10, "[", "]");
    EXPECT_TRUE(found) << query << ": " << found.error().message;
    return found ? *found : std::vector<SearchHit>{};
  }

  TempDir dir_;
  std::unique_ptr<ReportStore> store_;
};

TEST_F(Search, HighlightsMatchesWithTheCallersMarkers) {
  auto found = store_->search("Grad", 10, "<b>", "</b>");
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].id, 1);
  EXPECT_EQ((*found)[0].title, "Air defence");
  EXPECT_NE((*found)[0].snippet.find("<b>Grad</b>"), std::string::npos) << (*found)[0].snippet;
  EXPECT_EQ((*found)[0].snippet.find('\n'), std::string::npos) << "snippets are one line";
}

TEST_F(Search, HyphenatedSystemNameIsAPhrase) {
  const auto found = hits("S-300");
  // "S 300" in report 3 is the same two tokens: the phrase finds both, and marks the hyphenated
  // form as one match.
  ASSERT_EQ(found.size(), 2u);
  const auto& air = found[0].id == 1 ? found[0] : found[1];
  EXPECT_EQ(air.id, 1);
  EXPECT_NE(air.snippet.find("[S-300]"), std::string::npos) << air.snippet;
  EXPECT_EQ(hits("s-300").size(), 2u);
  EXPECT_EQ(hits("\"S-300\"").size(), 2u);
  EXPECT_EQ(hits("S-400").size(), 0u);
}

TEST_F(Search, DiacriticsAreFolded) {
  auto found = hits("cavusoglu");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, 2);
  EXPECT_NE(found[0].snippet.find("[Çavuşoğlu]"), std::string::npos) << found[0].snippet;
  EXPECT_EQ(hits("Çavuşoğlu").size(), 1u);
  EXPECT_EQ(hits("MEVLUT").size(), 1u);
}

TEST_F(Search, EveryWordMustMatchAndPhrasesAndPrefixesWork) {
  EXPECT_EQ(hits("ceasefire").size(), 2u);
  EXPECT_EQ(hits("ceasefire Stepanakert").size(), 1u);
  EXPECT_EQ(hits("\"ceasefire held\"").size(), 1u);
  EXPECT_EQ(hits("\"held ceasefire\"").size(), 0u);
  EXPECT_EQ(hits("Stepan*").size(), 1u);
  EXPECT_EQ(hits("nothing-like-this").size(), 0u);
}

TEST_F(Search, TitleMatchesRankFirst) {
  const auto found = hits("ceasefire");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].id, 3);
  EXPECT_GT(found[0].rank, found[1].rank);
}

TEST_F(Search, SyntaxCharactersNeverReachFts5) {
  for (const char* query : {"\"", "S-300\"", "a AND", "NOT ceasefire", "(ceasefire", "col:x",
                            "ceasefire OR", "^held", "it's", "x\"\"y", "NEAR(a b)", "*", "+"}) {
    auto found = store_->search(query, 10, "[", "]");
    if (!found) {
      // The only refusal is a query without words, and it names the query.
      EXPECT_NE(found.error().message.find("no words"), std::string::npos)
          << query << ": " << found.error().message;
      EXPECT_NE(found.error().message.find(query), std::string::npos) << found.error().message;
    }
  }
  EXPECT_EQ(hits("NOT ceasefire").size(), 1u);  // "not" is a word here: "was not mentioned"
  EXPECT_EQ(hits("(ceasefire").size(), 2u);
}

TEST_F(Search, EmptyQueryIsAClearError) {
  auto found = store_->search("  - ", 10, "[", "]");
  ASSERT_FALSE(found);
  EXPECT_NE(found.error().message.find("search"), std::string::npos);
}

TEST_F(Search, LimitCapsTheHits) {
  auto found = store_->search("the", 1, "[", "]");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->size(), 1u);
}

TEST(Fts5Query, QuotesEveryTerm) {
  EXPECT_EQ(*store::to_fts5_query("S-300"), "\"S-300\"");
  EXPECT_EQ(*store::to_fts5_query("a \"b c\" d*"), "\"a\" \"b c\" \"d\"*");
  EXPECT_EQ(*store::to_fts5_query("say \"it's"), "\"say\" \"it's\"");
  EXPECT_EQ(*store::to_fts5_query("x\"y"), "\"x\" \"y\"");
  EXPECT_EQ(*store::to_fts5_query("Çavuşoğlu"), "\"Çavuşoğlu\"");
  EXPECT_FALSE(store::to_fts5_query(""));
  EXPECT_FALSE(store::to_fts5_query("\"\" - *"));
}

TEST_F(Search, ARepeatedTermCostsOneTerm) {
  std::string query;
  for (int i = 0; i < 200; ++i) query += "ceasefire ";
  EXPECT_EQ(*store::to_fts5_query(query), "\"ceasefire\"");
  // 3,000 copies (30 KB) ran past a minute; now the query is refused at once.
  for (int i = 200; i < 3'000; ++i) query += "ceasefire ";
  EXPECT_FALSE(store_->search(query, 10, "[", "]"));
  EXPECT_EQ(hits("ceasefire ceasefire Stepanakert").size(), 1u);
}

TEST(Fts5Query, TooManyTermsOrBytesAreRefused) {
  std::string many;
  for (std::size_t i = 0; i <= store::kMaxSearchTerms; ++i) many += "w" + std::to_string(i) + " ";
  auto refused = store::to_fts5_query(many);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("more than 32 different terms"), std::string::npos);
  auto too_long = store::to_fts5_query("\"" + std::string(store::kMaxSearchBytes, 'a') + "\"");
  ASSERT_FALSE(too_long);
  EXPECT_NE(too_long.error().message.find("bytes long"), std::string::npos);
}

}  // namespace
}  // namespace truce::testing
