// The scorer reads a key's name for a party through the lexicons (session 19): keys written by
// different hands name one party differently ("ISIS" and "Islamic State", "SPLM-IO" and
// "SPLA-IO"), and extraction is not wrong for writing the lexicon's side. A name the lexicons
// do not list must still match exactly.
#include <gtest/gtest.h>

#include "core/data_dir.hpp"
#include "eval/scorer.hpp"

namespace truce::eval {
namespace {

class SideNames : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lex = extract::load_lexicons(data_dir());
    ASSERT_TRUE(lex) << lex.error().message;
    lex_ = new extract::Lexicons(std::move(*lex));
  }
  static void TearDownTestSuite() { delete lex_; }

  // One report of one sentence, one incident of `side` citing it, and the key's event naming
  // the claimant and attacker `key_side`: the scorer's claimant and actor accuracies.
  static std::pair<double, double> accuracies(const std::string& side,
                                              const std::string& key_side) {
    const std::string sentence = "The fighters attacked the army post near Bashiqa on Tuesday.";
    ScoredDocument d;
    d.doc = "a.txt";
    d.report.body = sentence;
    extract::Incident inc;
    inc.type = "battles";
    inc.claimant.side = side;
    inc.actor1 = extract::ActorRef{};
    inc.actor1->side = side;
    inc.evidence.push_back(extract::Span{0, sentence.size()});
    d.extraction.incidents.push_back(inc);
    KeyRecord k;
    k.kind = "event";
    k.doc = "a.txt";
    k.evidence = {"attacked the army post near Bashiqa"};
    k.type = "battles";
    k.claimant_side = key_side;
    k.actor1 = key_side;
    const EvalResult r = score({k}, {d}, *lex_);
    EXPECT_EQ(r.incidents.matched, 1u);
    return {r.incident_fields.at("claimant_side").value(), r.incident_fields.at("actors").value()};
  }

  static inline extract::Lexicons* lex_ = nullptr;
};

TEST_F(SideNames, AKeysOtherNameForAPartyMatchesItsSide) {
  EXPECT_EQ(accuracies("Islamic State", "ISIS"), std::make_pair(1.0, 1.0));
  EXPECT_EQ(accuracies("Islamic State", "Islamic State"), std::make_pair(1.0, 1.0));
}

TEST_F(SideNames, ANameTheLexiconsDoNotListMatchesOnlyItself) {
  EXPECT_EQ(accuracies("Islamic State", "Hezbollah"), std::make_pair(0.0, 0.0));
  EXPECT_EQ(accuracies("Islamic State", "Some Brigade"), std::make_pair(0.0, 0.0));
}

}  // namespace
}  // namespace truce::eval
