// Reading the JSON form of the extraction types back (the inverse of the to_json functions in
// extraction.hpp), so stored facts come back typed. Missing or null fields take their defaults;
// a value of the wrong JSON type throws nlohmann::json::exception (callers name the fact).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "extract/extraction.hpp"

namespace truce::extract {

void from_json(const nlohmann::json& j, Span& v);
void from_json(const nlohmann::json& j, Claimant& v);
void from_json(const nlohmann::json& j, DateValue& v);
void from_json(const nlohmann::json& j, ActorRef& v);
void from_json(const nlohmann::json& j, PlaceRef& v);
void from_json(const nlohmann::json& j, Incident& v);
void from_json(const nlohmann::json& j, LossClaim& v);
void from_json(const nlohmann::json& j, CeasefireRef& v);
void from_json(const nlohmann::json& j, Denial& v);

}  // namespace truce::extract
