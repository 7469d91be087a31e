// Linked incidents as JSON, the form `truce incidents --json`, exports and the HTTP API share:
// merged fields with their spread, grade, every account with its evidence, every link explained.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "monitor/incidents.hpp"

namespace truce::monitor {

nlohmann::json to_json(const LinkedIncident& incident);
nlohmann::json to_json(const Account& account);
nlohmann::json to_json(const LinkCheck& check);

}  // namespace truce::monitor
