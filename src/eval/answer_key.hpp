// The hand-made answer key (../shared/gold/README.md): events, claims, places, ceasefires and
// no_event records, one JSON object a line.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace truce::eval {

struct KeyPlace {
  std::string name;
  std::string mention;  // place records only
  double lat = 0;
  double lon = 0;
  double tolerance_km = 0;
};

struct KeyRecord {
  std::string kind;  // event, claim, place, ceasefire, no_event
  std::string doc;   // report file name
  std::size_t line = 0;
  bool optional = false;
  std::vector<std::string> evidence;
  std::string type;
  std::vector<std::string> alt_types;
  std::string date;
  std::vector<KeyPlace> places;  // event places; the place of a place record
  std::string claimant;
  std::string claimant_side;
  std::optional<std::string> actor1, actor2;  // nullopt: any value matches
  std::optional<long> fatalities, injuries;
  std::string about, category, measure, qualifier, system, why;
  double value = 0;
};

// Returns the records of the key at `path`; fails with "<path>:<line>: <problem>".
Result<std::vector<KeyRecord>> load_answer_key(const std::filesystem::path& path);

}  // namespace truce::eval
