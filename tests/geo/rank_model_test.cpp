// The ranking model file (data/gazetteer/rank_model.tsv): it loads, a bad file fails with a
// one-line error naming the file and the problem, and the explanation names the features that
// moved a score most.
#include "geo/rank_model.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

using truce::geo::Feature;
using truce::geo::RankModel;

std::filesystem::path write(const std::string& name, const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path() / "truce_rank_model_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / name) << text;
  return dir / name;
}

// A complete model file with `extra` appended (its last row for a feature wins).
std::string model_text(const std::string& extra) {
  RankModel m;
  at(m.context, Feature::share) = 2.5;
  return m.to_tsv("# test\n") + extra;
}

TEST(RankModel, TheCommittedModelLoads) {
  const auto m = RankModel::load(truce::geo::default_rank_model_path());
  ASSERT_TRUE(m) << m.error().message;
  // A report's own countries count for a town: the model learned it, it was not typed.
  EXPECT_GT(m->context[static_cast<std::size_t>(Feature::share)], 0);
}

TEST(RankModel, WritingAndReadingKeepsTheWeights) {
  const auto path = write("round.tsv", model_text(""));
  const auto m = RankModel::load(path);
  ASSERT_TRUE(m) << m.error().message;
  EXPECT_EQ(m->context[static_cast<std::size_t>(Feature::share)], 2.5);
  EXPECT_EQ(m->to_tsv("# test\n"), model_text(""));
}

TEST(RankModel, BadFilesAreOneLineErrorsNamingTheFile) {
  const std::pair<const char*, const char*> cases[] = {{"unknown feature", "elevation\t1\t1\n"},
                                                       {"not a number", "share\t0\tmuch\n"},
                                                       {"first-pass weight", "share\t1\t1\n"},
                                                       {"expected feature", "share 1 1\n"}};
  for (const auto& [problem, row] : cases) {
    const auto path = write("bad.tsv", model_text(row));
    const auto m = RankModel::load(path);
    ASSERT_FALSE(m) << problem;
    EXPECT_NE(m.error().message.find(path.string()), std::string::npos) << m.error().message;
    EXPECT_NE(m.error().message.find(problem), std::string::npos) << m.error().message;
    EXPECT_EQ(m.error().message.find('\n'), std::string::npos);
  }
  const auto missing = write("missing.tsv", "feature\tname\tcontext\nshare\t0\t1\n");
  const auto m = RankModel::load(missing);
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().message.find("no weight for 'kind_alias'"), std::string::npos);
  EXPECT_FALSE(RankModel::load("/nonexistent/rank_model.tsv"));
}

TEST(RankModel, ExplanationNamesTheLargestContributionsFirst) {
  RankModel m;
  at(m.context, Feature::share) = 2.0;
  at(m.context, Feature::kind_fuzzy) = -3.0;
  at(m.context, Feature::capital) = 0.5;
  truce::geo::Features x{};
  at(x, Feature::share) = 0.5;
  at(x, Feature::kind_fuzzy) = 1;
  at(x, Feature::capital) = 1;
  EXPECT_EQ(m.explain(x, 2), "kind_fuzzy -3.00, share +1.00");
  EXPECT_DOUBLE_EQ(m.score(x), -1.5);
}

}  // namespace
