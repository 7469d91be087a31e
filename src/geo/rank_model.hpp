// The geocoder's learned ranker: each candidate of a place mention is described by a vector of
// features (how its name matched, what kind of place it is, how it fits the report's countries
// and other places) and scored by a linear model read from data/gazetteer/rank_model.tsv. The
// weights are learned from the public geoparsing corpora by `truce-train-geo-ranker`
// (src/eval/geo_ranker_training.hpp), never set by hand. Two weight sets: `name` scores a
// candidate on its name alone (the first pass, which gives the report's context) and `context`
// scores it with the context (the final choice).
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace truce::geo {

// Features of one candidate. The first kNameFeatures need only the name and the place; the rest
// need the report's other places.
enum class Feature : std::size_t {
  // name and place
  kind_alias,         // matched an alternate name of the place
  kind_variant,       // matched in a transliteration family's form
  kind_fuzzy,         // matched by spelling distance
  fuzzy_distance,     // that distance (0..1)
  kind_part,          // a place named inside an unknown longer name
  kind_demonym,       // a demonym of the place
  primary_name,       // the place's own name, not an alternate
  stripped_name,      // a name with a generic word taken off, and no region word follows
  region_word_admin,  // a region word follows ("Province") and the place is a region
  log_population,     // log10(population + 10), for places that are not countries
  capital,            // a country's capital (PPLC)
  admin_seat,         // a first-level region's seat (PPLA)
  county_seat,        // a second-level division's seat (PPLA2: Louisville, Cambridge)
  country,            // an independent country (PCLI)
  dependency,         // another political entity (PCLD, PCLS, ...)
  admin1,             // a first-level region (ADM1)
  admin_other,        // another administrative area (county, district)
  continent,          // a continent (CONT)
  water,              // an ocean, sea or other water body (class H)
  area,               // an area or macro-region (class L)
  curated,            // a row of the project's supplement (id "truce:...")
  site,               // a site: airport, landmark (class S)
  town_of_region,     // a town within 50 km of a namesake first-level region among the candidates
  town_in_region,     // a town inside a namesake first-level region among the candidates
  town_in_region_population,  // that town's log_population ("New York" the city, "Quebec" not)
  // context
  share,              // share of the report's other places in the candidate's country
  country_share,      // the same, for a country candidate
  admin_share,        // the same, for a region candidate
  no_share,           // a town or region in none of the report's countries where it names some
  named_region,       // the report names the candidate's first-level region
  region_share,       // share of the report's other places in the candidate's first-level region
  qualifier_region,   // "Paris, Texas": the name after the comma is its region
  qualifier_country,  // "Paris, France": the name after the comma is its country
  within_50km,        // another place of the report lies within 50 km
  within_250km,       // ... within 250 km
  within_1000km,      // ... within 1000 km
  count
};

inline constexpr std::size_t kFeatureCount = static_cast<std::size_t>(Feature::count);
inline constexpr std::size_t kNameFeatures = static_cast<std::size_t>(Feature::share);

// Each feature's name in the model file, in enum order.
std::string_view feature_name(Feature f);

using Features = std::array<double, kFeatureCount>;

inline double& at(Features& x, Feature f) { return x[static_cast<std::size_t>(f)]; }
inline double at(const Features& x, Feature f) { return x[static_cast<std::size_t>(f)]; }

struct RankModel {
  std::array<double, kFeatureCount> name{};     // first pass; context weights are zero
  std::array<double, kFeatureCount> context{};  // final choice

  // Returns the model of `path`, or an Error naming the file and the bad line: a missing file,
  // an unknown or missing feature, a non-number, a first-pass weight on a context feature.
  static Result<RankModel> load(const std::filesystem::path& path);
  // The model file's text (see data/gazetteer/README.md), weights with 4 decimals.
  std::string to_tsv(std::string_view header) const;

  double name_score(const Features& x) const;
  double score(const Features& x) const;
  // The features that moved the final score most, as "feature +w" pieces, largest first.
  std::string explain(const Features& x, std::size_t top) const;
};

// data/gazetteer/rank_model.tsv under the data directory.
std::filesystem::path default_rank_model_path();

}  // namespace truce::geo
