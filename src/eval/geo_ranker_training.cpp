// Fitting the ranking model; see geo_ranker_training.hpp.
#include "eval/geo_ranker_training.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "geo/distance.hpp"

namespace truce::eval {
namespace {

using Weights = std::array<double, geo::kFeatureCount>;
using Matrix = std::vector<std::vector<double>>;

constexpr double kWithinKm = 161;
constexpr int kMaxSteps = 100;

double dot(const Weights& w, const geo::Features& x, std::size_t n) {
  double s = 0;
  for (std::size_t k = 0; k < n; ++k) s += w[k] * x[k];
  return s;
}

// The candidates' probabilities under w (softmax of their scores), written into p.
void softmax(const Weights& w, const RankingChoice& c, std::size_t n, std::vector<double>& p) {
  p.resize(c.candidates.size());
  double top = -std::numeric_limits<double>::infinity();
  for (std::size_t j = 0; j < p.size(); ++j) top = std::max(top, p[j] = dot(w, c.candidates[j], n));
  double sum = 0;
  for (double& v : p) sum += v = std::exp(v - top);
  for (double& v : p) v /= sum;
}

// The penalised negative log-likelihood.
double loss(const Weights& w, const std::vector<RankingChoice>& choices, std::size_t n, double l2) {
  double total = 0;
  std::vector<double> p;
  for (const auto& c : choices) {
    softmax(w, c, n, p);
    total -= std::log(std::max(p[c.right], 1e-300));
  }
  for (std::size_t k = 0; k < n; ++k) total += 0.5 * l2 * w[k] * w[k];
  return total;
}

// The gradient and Hessian of loss() at w.
void derivatives(const Weights& w, const std::vector<RankingChoice>& choices, std::size_t n,
                 double l2, std::vector<double>& grad, Matrix& hess) {
  grad.assign(n, 0.0);
  hess.assign(n, std::vector<double>(n, 0.0));
  std::vector<double> p, mean(n);
  for (const auto& c : choices) {
    softmax(w, c, n, p);
    std::fill(mean.begin(), mean.end(), 0.0);
    for (std::size_t j = 0; j < p.size(); ++j) {
      for (std::size_t k = 0; k < n; ++k) mean[k] += p[j] * c.candidates[j][k];
    }
    for (std::size_t k = 0; k < n; ++k) grad[k] += mean[k] - c.candidates[c.right][k];
    for (std::size_t j = 0; j < p.size(); ++j) {
      const auto& x = c.candidates[j];
      for (std::size_t a = 0; a < n; ++a) {
        const double da = x[a] - mean[a];
        if (da == 0) continue;
        for (std::size_t b = 0; b < n; ++b) hess[a][b] += p[j] * da * (x[b] - mean[b]);
      }
    }
  }
  for (std::size_t k = 0; k < n; ++k) {
    grad[k] += l2 * w[k];
    hess[k][k] += l2;
  }
}

// Solves h d = g for d by Cholesky (h is symmetric positive definite: the penalty sees to it).
std::vector<double> solve(Matrix h, std::vector<double> g) {
  const std::size_t n = g.size();
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t k = 0; k < j; ++k) h[j][j] -= h[j][k] * h[j][k];
    h[j][j] = std::sqrt(h[j][j]);
    for (std::size_t i = j + 1; i < n; ++i) {
      for (std::size_t k = 0; k < j; ++k) h[i][j] -= h[i][k] * h[j][k];
      h[i][j] /= h[j][j];
    }
  }
  for (std::size_t i = 0; i < n; ++i) {  // L y = g
    for (std::size_t k = 0; k < i; ++k) g[i] -= h[i][k] * g[k];
    g[i] /= h[i][i];
  }
  for (std::size_t i = n; i-- > 0;) {  // L^T d = y
    for (std::size_t k = i + 1; k < n; ++k) g[i] -= h[k][i] * g[k];
    g[i] /= h[i][i];
  }
  return g;
}

// The weights as the model file keeps them (4 decimals), so that the second pass is trained
// with the first pass's weights exactly as they are used.
Weights rounded(Weights w) {
  for (double& v : w) v = std::round(v * 1e4) / 1e4 + 0.0;
  return w;
}

}  // namespace

Weights fit_conditional_logit(const std::vector<RankingChoice>& choices, std::size_t n, double l2) {
  Weights w{};
  std::vector<double> grad;
  Matrix hess;
  double current = loss(w, choices, n, l2);
  for (int step = 0; step < kMaxSteps; ++step) {
    derivatives(w, choices, n, l2, grad, hess);
    const double slope = *std::max_element(
        grad.begin(), grad.end(), [](double a, double b) { return std::abs(a) < std::abs(b); });
    if (std::abs(slope) < 1e-9) break;
    const auto d = solve(hess, grad);
    // Newton's step, halved until the loss falls.
    bool moved = false;
    for (double t = 1.0; t > 1e-6; t /= 2) {
      Weights next = w;
      for (std::size_t k = 0; k < n; ++k) next[k] -= t * d[k];
      if (const double l = loss(next, choices, n, l2); l < current) {
        w = next, current = l, moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return w;
}

std::vector<RankingChoice> ranking_choices(const Corpus& corpus, const geo::Geoparser& geoparser) {
  std::vector<RankingChoice> out;
  for (const auto& art : corpus.articles) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::vector<const Toponym*> keyed;
    for (const auto& t : art.toponyms) {
      if (!t.point) continue;
      spans.push_back({t.begin, t.end});
      keyed.push_back(&t);
    }
    const auto cases = geoparser.ranking_cases(art.text, spans);
    for (std::size_t i = 0; i < cases.size(); ++i) {
      const auto [lat, lon] = *keyed[i]->point;
      RankingChoice choice;
      double nearest = kWithinKm;
      bool found = false;
      for (const auto& [place, x] : cases[i].candidates) {
        const double km = geo::distance_km(place.lat, place.lon, lat, lon);
        if (km > kWithinKm) {
          choice.candidates.push_back(x);
        } else if (!found || km < nearest) {
          // The nearest right candidate stands for the right answer; the others are left out,
          // being neither right nor wrong by the 161 km measure.
          if (found) choice.candidates.erase(choice.candidates.begin() + choice.right);
          choice.right = choice.candidates.size();
          choice.candidates.push_back(x);
          nearest = km, found = true;
        }
      }
      if (found && choice.candidates.size() > 1) out.push_back(std::move(choice));
    }
  }
  return out;
}

Result<geo::RankModel> train_rank_model(const std::vector<const Corpus*>& corpora) {
  auto choices_of = [&](const geo::RankModel& model) -> Result<std::vector<RankingChoice>> {
    auto geoparser = geo::load_geoparser({}, geo::GeoparserOptions{true, model});
    if (!geoparser) return geoparser.error();
    std::vector<RankingChoice> all;
    for (const Corpus* c : corpora) {
      auto some = ranking_choices(*c, **geoparser);
      all.insert(all.end(), some.begin(), some.end());
    }
    return all;
  };
  geo::RankModel model;  // every weight zero: every name alike
  auto first = choices_of(model);
  if (!first) return first.error();
  model.name = rounded(fit_conditional_logit(*first, geo::kNameFeatures));
  // The features in context depend on the first pass's choices, so they are read again with
  // the first pass's weights in place.
  auto second = choices_of(model);
  if (!second) return second.error();
  model.context = rounded(fit_conditional_logit(*second, geo::kFeatureCount));
  return model;
}

std::string rank_model_header() {
  return "# The geocoder's ranking model (src/geo/rank_model.hpp; format in "
         "data/gazetteer/README.md).\n"
         "# Written by truce-train-geo-ranker from ../shared/bench/geoparsing (TR-News.xml, "
         "GWN.xml);\n"
         "# never edited by hand: the GeoRanker.RetrainingReproducesTheCommittedModel test "
         "retrains it.\n";
}

}  // namespace truce::eval
