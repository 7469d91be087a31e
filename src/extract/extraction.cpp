// JSON form of the extraction types: absent values are null, spans are [begin, end].
#include "extract/extraction.hpp"

#include <nlohmann/json.hpp>

namespace truce::extract {

void to_json(nlohmann::json& j, const Span& v) { j = nlohmann::json::array({v.begin, v.end}); }

void to_json(nlohmann::json& j, const Claimant& v) {
  j = {{"name", v.name}, {"side", v.side}, {"kind", v.kind}, {"span", v.span}, {"rule", v.rule}};
}

void to_json(nlohmann::json& j, const DateValue& v) {
  j = {{"date", v.iso.empty() ? nlohmann::json() : nlohmann::json(v.iso)},
       {"end", v.end_iso.empty() ? nlohmann::json() : nlohmann::json(v.end_iso)},
       {"precision", std::string(to_string(v.precision))},
       {"rule", v.rule},
       {"span", v.span}};
}

void to_json(nlohmann::json& j, const ActorRef& v) {
  j = {{"name", v.name},
       {"side", v.side.empty() ? nlohmann::json() : nlohmann::json(v.side)},
       {"kind", v.kind},
       {"span", v.span},
       {"rule", v.rule}};
}

void to_json(nlohmann::json& j, const PlaceRef& v) {
  j = {{"mention", v.mention}, {"span", v.span}, {"rule", v.rule}};
  if (v.place) {
    j["place"] = {{"id", v.place->id},
                  {"name", v.place->name},
                  {"kind", std::string(geo::to_string(v.place->kind))},
                  {"lat", v.place->lat},
                  {"lon", v.place->lon},
                  {"country", v.place->country},
                  {"precision", v.place->precision}};
  } else {
    j["place"] = nullptr;
  }
}

namespace {
template <typename T>
nlohmann::json opt(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}
}  // namespace

void to_json(nlohmann::json& j, const Incident& v) {
  j = {{"id", v.id},
       {"type", v.type},
       {"sub_event", v.sub_event},
       {"plover", v.plover},
       {"actor1", opt(v.actor1)},
       {"actor2", opt(v.actor2)},
       {"places", v.places},
       {"date", v.date},
       {"fatalities", opt(v.fatalities)},
       {"injuries", opt(v.injuries)},
       {"claimant", v.claimant},
       {"evidence", v.evidence},
       {"triggers", v.triggers},
       {"confidence", v.confidence},
       {"provenance", v.provenance}};
}

void to_json(nlohmann::json& j, const LossClaim& v) {
  j = {{"id", v.id},
       {"claimant", v.claimant},
       {"about", v.about},
       {"category", v.category},
       {"measure", v.measure},
       {"value", v.value},
       {"qualifier", v.qualifier},
       {"system", v.system.empty() ? nlohmann::json() : nlohmann::json(v.system)},
       {"as_of", v.as_of},
       {"cumulative", v.cumulative},
       {"evidence", v.evidence},
       {"item", v.item},
       {"provenance", v.provenance}};
}

void to_json(nlohmann::json& j, const CeasefireRef& v) {
  j = {{"id", v.id},
       {"kind", v.kind},
       {"claimant", v.claimant},
       {"date", opt(v.date)},
       {"effective", opt(v.effective)},
       {"evidence", v.evidence},
       {"cue", v.cue},
       {"mentions", v.mentions},
       {"conflict", v.conflict},
       {"countries", v.countries},
       {"parties", v.parties}};
}

void to_json(nlohmann::json& j, const Denial& v) {
  j = {{"id", v.id},
       {"claimant", v.claimant},
       {"denied", v.denied},
       {"evidence", v.evidence},
       {"incident", v.incident.empty() ? nlohmann::json() : nlohmann::json(v.incident)}};
}

void to_json(nlohmann::json& j, const Extraction& v) {
  j = {{"origin", v.origin},         {"incidents", v.incidents}, {"claims", v.claims},
       {"ceasefires", v.ceasefires}, {"denials", v.denials},     {"places", v.places}};
}

}  // namespace truce::extract
