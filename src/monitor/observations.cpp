// See observations.hpp. Validation by valijson (a maintained JSON Schema validator) against the
// schema compiled in from docs/schemas/, so the published file and the check never differ.
#include "monitor/observations.hpp"

#include <fmt/core.h>

#include <cmath>
#include <memory>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "core/bounded_json.hpp"

namespace truce::monitor {
namespace {

constexpr const char* kSchema =
#include "monitor/observation_schema.inc"
    ;

const valijson::Schema& schema() {
  static const std::unique_ptr<valijson::Schema> parsed = [] {
    auto s = std::make_unique<valijson::Schema>();
    const auto doc = nlohmann::json::parse(kSchema);
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    parser.populateSchema(adapter, *s);
    return s;
  }();
  return *parsed;
}

// "<root>" "[observations]" "[0]" "[kind]" -> "observations/0/kind".
std::string path_of(const std::vector<std::string>& context) {
  std::string path;
  for (const auto& part : context) {
    if (part == "<root>") continue;
    std::string name = part;
    if (name.size() >= 2 && name.front() == '[' && name.back() == ']') {
      name = name.substr(1, name.size() - 2);
    }
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
      name = name.substr(1, name.size() - 2);
    }
    path += (path.empty() ? "" : "/") + name;
  }
  return path.empty() ? "(the document)" : path;
}

// The point `km` away from (lat, lon) on `bearing` degrees (great circle).
std::pair<double, double> destination(double lat, double lon, double bearing, double km) {
  constexpr double kRad = 3.14159265358979323846 / 180;
  const double d = km / 6371.0088;
  const double p1 = lat * kRad, l1 = lon * kRad, b = bearing * kRad;
  const double p2 =
      std::asin(std::sin(p1) * std::cos(d) + std::cos(p1) * std::sin(d) * std::cos(b));
  const double l2 = l1 + std::atan2(std::sin(b) * std::sin(d) * std::cos(p1),
                                    std::cos(d) - std::sin(p1) * std::sin(p2));
  return {p2 / kRad, l2 / kRad};
}

}  // namespace

const char* observation_schema() { return kSchema; }

bool is_explosion(const std::string& kind) {
  return kind == "impact" || kind == "airburst" || kind == "outgoing" ||
         kind == "undetermined_explosion";
}

Observation observation_from_json(const std::string& mission, const nlohmann::json& j) {
  Observation o;
  o.mission = mission;
  o.id = j.value("id", "");
  o.time = j.at("time").get<std::string>();
  o.day = o.time.substr(0, 10);
  o.method = j.at("method").get<std::string>();
  o.count = j.at("count").get<long>();
  o.kind = j.at("kind").get<std::string>();
  o.weapon = j.value("weapon", "");
  o.observer_lat = j.at("observer").at("lat").get<double>();
  o.observer_lon = j.at("observer").at("lon").get<double>();
  o.country = j.at("observer").value("country", "");
  o.lat = o.observer_lat;
  o.lon = o.observer_lon;
  if (j.contains("bearing_deg") && j.contains("distance_km")) {
    const double km =
        (j["distance_km"]["min"].get<double>() + j["distance_km"]["max"].get<double>()) / 2;
    std::tie(o.lat, o.lon) = destination(o.lat, o.lon, j["bearing_deg"].get<double>(), km);
    o.located = true;
  }
  o.json = j;
  return o;
}

Result<std::vector<Observation>> parse_observations(const std::string& name,
                                                    const std::string& text) {
  nlohmann::json doc;
  // Validation recurses into the document: a hostile file nested a million deep would overflow
  // the stack there, so depth is checked before parsing.
  if (json_depth(text) > kMaxJsonDepth) {
    return make_error(fmt::format("{}: JSON nested more than {} levels deep", name, kMaxJsonDepth),
                      2);
  }
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {  // syntax, or a number out of range
    return make_error(fmt::format("{}: not JSON: {}", name, e.what()), 2);
  }
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  if (!validator.validate(schema(), adapter, &results)) {
    // valijson reports the innermost failure last; the deepest path names the field.
    valijson::ValidationResults::Error error;
    std::string message;
    std::size_t depth = 0;
    while (results.popError(error)) {
      if (message.empty() || error.context.size() > depth) {
        depth = error.context.size();
        message = fmt::format("{}: {}: {}", name, path_of(error.context), error.description);
      }
    }
    return make_error(message, 2);
  }
  std::vector<Observation> out;
  const std::string mission = doc.at("mission").get<std::string>();
  for (const auto& j : doc.at("observations")) {
    if (j.contains("distance_km") && j["distance_km"]["min"] > j["distance_km"]["max"]) {
      return make_error(
          fmt::format("{}: observations/{}/distance_km: min is above max", name, out.size()), 2);
    }
    out.push_back(observation_from_json(mission, j));
  }
  return out;
}

}  // namespace truce::monitor
