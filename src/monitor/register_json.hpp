// The ceasefire register, alleged violations and the claims ledger as JSON, the form the HTTP API
// serves (`truce ceasefire --json` and `truce ledger --json` print the same fields).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "monitor/ceasefire_register.hpp"
#include "monitor/claims_ledger.hpp"

namespace truce::monitor {

nlohmann::json to_json(const RegisteredCeasefire& ceasefire);
nlohmann::json to_json(const ViolationReport& report);
nlohmann::json to_json(const Ledger& ledger);

}  // namespace truce::monitor
