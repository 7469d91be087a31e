// The ranking model's training (src/eval/geo_ranker_training.hpp): the fit learns what tells the
// right candidate apart and is deterministic, and retraining from the corpora reproduces the
// committed data/gazetteer/rank_model.tsv, so that file is never edited by hand.
#include "eval/geo_ranker_training.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "shared_fixture.hpp"

namespace {

using truce::eval::RankingChoice;
using truce::geo::Feature;
using truce::geo::Features;

Features with(std::initializer_list<std::pair<Feature, double>> values) {
  Features x{};
  for (const auto& [f, v] : values) at(x, f) = v;
  return x;
}

// Right candidates lie in the report's country (share), wrong ones are larger towns elsewhere,
// except in one choice in four, where the larger town is right.
std::vector<RankingChoice> synthetic_choices() {
  std::vector<RankingChoice> out;
  for (int i = 0; i < 40; ++i) {
    const bool big_wins = i % 4 == 0;
    const auto local = with({{Feature::share, 0.8}, {Feature::log_population, 3}});
    const auto big = with({{Feature::log_population, 6}});
    out.push_back({{local, big}, big_wins ? 1u : 0u});
  }
  return out;
}

TEST(GeoRanker, FitFavoursTheFeatureOfTheRightCandidates) {
  const auto w = truce::eval::fit_conditional_logit(synthetic_choices(), truce::geo::kFeatureCount);
  const double share = w[static_cast<std::size_t>(Feature::share)];
  const double population = w[static_cast<std::size_t>(Feature::log_population)];
  // The local town wins three times in four: 0.8 share must outweigh 3 more of log population.
  EXPECT_GT(0.8 * share - 3 * population, 0);
  EXPECT_EQ(w[static_cast<std::size_t>(Feature::capital)], 0);  // never seen: no weight
}

TEST(GeoRanker, FitIsDeterministicAndLeavesUnusedFeaturesAtZero) {
  const auto a = truce::eval::fit_conditional_logit(synthetic_choices(), truce::geo::kNameFeatures);
  const auto b = truce::eval::fit_conditional_logit(synthetic_choices(), truce::geo::kNameFeatures);
  EXPECT_EQ(a, b);
  // Only the first-pass features were fitted: the share stays out of the first pass.
  EXPECT_EQ(a[static_cast<std::size_t>(Feature::share)], 0);
  EXPECT_LT(a[static_cast<std::size_t>(Feature::log_population)], 0);
}

TEST(GeoRanker, RetrainingReproducesTheCommittedModel) {
  TRUCE_REQUIRE_SHARED("bench/geoparsing/TR-News.xml");
  TRUCE_REQUIRE_SHARED("bench/geoparsing/GWN.xml");
  using truce::eval::GeoCorpusFormat;
  const auto dir = truce::testing::shared_dir() / "bench/geoparsing";
  const auto tr = truce::eval::read_geo_corpus(dir / "TR-News.xml", GeoCorpusFormat::trnews);
  const auto gwn = truce::eval::read_geo_corpus(dir / "GWN.xml", GeoCorpusFormat::geowebnews);
  ASSERT_TRUE(tr && gwn);
  const auto model = truce::eval::train_rank_model({&*tr, &*gwn});
  ASSERT_TRUE(model) << model.error().message;
  std::ifstream in(truce::geo::default_rank_model_path());
  std::stringstream committed;
  committed << in.rdbuf();
  EXPECT_EQ(model->to_tsv(truce::eval::rank_model_header()), committed.str())
      << "run build/truce-train-geo-ranker and commit data/gazetteer/rank_model.tsv";
}

}  // namespace
