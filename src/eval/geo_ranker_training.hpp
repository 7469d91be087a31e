// Training the geocoder's ranking model (geo/rank_model.hpp) on the public geoparsing corpora
// (geo_corpus.hpp): every key toponym whose candidates include one within 161 km of the key's
// point is a choice between that candidate (the nearest to the key's point) and the candidates
// farther than 161 km; a conditional logit model (softmax over one mention's candidates) is fitted
// by Newton's method with an L2 penalty. Deterministic: the same corpora give the same model.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "eval/geo_corpus.hpp"
#include "geo/geoparser.hpp"
#include "geo/rank_model.hpp"

namespace truce::eval {

// One mention's choice: the features of its candidates and which one is right.
struct RankingChoice {
  std::vector<geo::Features> candidates;
  std::size_t right = 0;
};

// The L2 penalty of the fit (per weight; measured by cross-validation between the corpora: see
// docs/geocoding.md).
inline constexpr double kRankerL2 = 1.0;

// Returns the weights over the first `features` features that maximise the log-likelihood of the
// right candidates minus kRankerL2/2 times the squared weights; the other weights are zero and
// those features are ignored.
std::array<double, geo::kFeatureCount> fit_conditional_logit(
    const std::vector<RankingChoice>& choices, std::size_t features, double l2 = kRankerL2);

// The choices `geoparser` faces when it resolves the key's toponyms of `corpus`.
std::vector<RankingChoice> ranking_choices(const Corpus& corpus, const geo::Geoparser& geoparser);

// Trains both weight sets on `corpora`: the first pass's (name features only) on the choices of
// a geoparser that ranks every name alike, then the final one (all features) on the choices of a
// geoparser whose first pass uses those weights. Fails where the gazetteer index cannot be loaded.
Result<geo::RankModel> train_rank_model(const std::vector<const Corpus*>& corpora);

// The model file's header: where it comes from and that it is not edited by hand.
std::string rank_model_header();

}  // namespace truce::eval
