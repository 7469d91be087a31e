// See incident_json.hpp.
#include "monitor/incident_json.hpp"

#include <nlohmann/json.hpp>

namespace truce::monitor {
namespace {

nlohmann::json or_null(const std::string& s) {
  return s.empty() ? nlohmann::json() : nlohmann::json(s);
}

nlohmann::json range_json(const Range& r) {
  if (!r.low) return nullptr;
  return {{"low", *r.low}, {"high", *r.high}, {"text", r.text()}};
}

nlohmann::json place_json(const geo::Place& p) {
  return {{"id", p.id},   {"name", p.name},       {"lat", p.lat},
          {"lon", p.lon}, {"country", p.country}, {"precision", p.precision}};
}

}  // namespace

nlohmann::json to_json(const LinkCheck& check) {
  return {{"linked", check.linked}, {"strength", check.strength}, {"type", check.type},
          {"date", check.date},     {"place", check.place},       {"actors", check.actors}};
}

nlohmann::json to_json(const Account& a) {
  nlohmann::json j = {
      {"ref", a.ref},
      {"key", a.key},
      {"report", a.origin.report_id},
      {"original_report", a.origin.original_id},
      {"published", a.origin.published},
      {"source", a.origin.source},
      {"outlet", a.outlet.outlet ? nlohmann::json(a.outlet.outlet->name) : nlohmann::json()},
      {"title", a.title},
      {"url", or_null(a.url)},
      {"incident", a.incident}};
  return j;
}

nlohmann::json to_json(const LinkedIncident& incident) {
  const MergedFields& m = incident.merged;
  nlohmann::json accounts = nlohmann::json::array();
  for (const Account* a : incident.accounts) accounts.push_back(to_json(*a));
  nlohmann::json links = nlohmann::json::array();
  for (const auto& l : incident.links) {
    links.push_back({{"account", l.account},
                     {"with", l.with},
                     {"decided", or_null(l.decided)},
                     {"check", to_json(l.check)}});
  }
  nlohmann::json denials = nlohmann::json::array();
  for (const auto& d : incident.denials) {
    denials.push_back(
        {{"ref", d.ref}, {"claimant", d.claimant}, {"side", d.side}, {"account", d.account}});
  }
  nlohmann::json observations = nlohmann::json::array();
  for (const auto* o : incident.observations) {
    observations.push_back({{"mission", o->mission}, {"observation", o->json}});
  }
  return {{"id", incident.id},
          {"observations", observations},
          {"type", m.type},
          {"sub_event", m.sub_event},
          {"date", or_null(m.date)},
          {"date_precision", or_null(m.date_precision)},
          {"date_first", or_null(m.date_first)},
          {"date_last", or_null(m.date_last)},
          {"actor1", or_null(m.actor1)},
          {"actor2", or_null(m.actor2)},
          {"place", m.place ? place_json(*m.place) : nlohmann::json()},
          {"places", m.places},
          {"fatalities", range_json(m.fatalities)},
          {"injuries", range_json(m.injuries)},
          {"grade", std::string(to_string(incident.grade.grade))},
          {"grade_why", incident.grade.why},
          {"claimants", m.claimants},
          {"reports", m.reports},
          {"outlets", m.outlets},
          {"accounts", accounts},
          {"links", links},
          {"denials", denials}};
}

}  // namespace truce::monitor
