// Observer reports: field observations of a monitoring mission (docs/schemas/
// observations.schema.json), validated strictly against the published schema, and where each
// event lies (the observer's position moved by the bearing and mean distance, when given).
// Observations are their own source: they count in violation tallies and grades apart from
// the parties' claims.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.hpp"

namespace truce::monitor {

struct Observation {
  std::string mission;
  std::string id;    // the mission's reference, or ""
  std::string time;  // as given, with its offset
  std::string day;   // the local calendar day of `time`
  std::string method;
  long count = 0;
  std::string kind;
  std::string weapon;
  double observer_lat = 0, observer_lon = 0;
  std::string country;      // where the team stood, ISO alpha-2, or ""
  double lat = 0, lon = 0;  // the event, estimated
  bool located = false;     // true when bearing and distance placed the event
  nlohmann::json json;      // the observation as entered
};

// True for the kinds that are explosions (impacts, airbursts, outgoing, undetermined).
bool is_explosion(const std::string& kind);

// Returns the observations of `text` (the file's content) after validating it against the
// schema; fails with "<name>: <path>: <problem>" for every field the schema rejects (one line
// each, the first ones), so nothing of a rejected file is used.
Result<std::vector<Observation>> parse_observations(const std::string& name,
                                                    const std::string& text);

// Returns the observation stored as `json` (an entry of parse_observations' input) of `mission`.
Observation observation_from_json(const std::string& mission, const nlohmann::json& json);

// The schema itself, as published in docs/schemas/observations.schema.json.
const char* observation_schema();

}  // namespace truce::monitor
