// See register_json.hpp.
#include "monitor/register_json.hpp"

#include <nlohmann/json.hpp>

#include "extract/extraction.hpp"
#include "monitor/grade.hpp"
#include "monitor/incidents.hpp"

namespace truce::monitor {

nlohmann::json to_json(const RegisteredCeasefire& c) {
  nlohmann::json mentions = nlohmann::json::array();
  for (const auto& m : c.mentions) {
    mentions.push_back({{"ref", m.ref},
                        {"report", m.origin.report_id},
                        {"published", m.origin.published},
                        {"source", m.origin.source},
                        {"fact", m.fact}});
  }
  return {{"id", c.id},           {"name", c.name},
          {"origin", c.origin},   {"starts", c.starts},
          {"ends", c.ends},       {"ends_why", c.ends_why},
          {"parties", c.parties}, {"area", c.area.describe()},
          {"note", c.note},       {"mentions", mentions}};
}

nlohmann::json to_json(const ViolationReport& r) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& v : r.violations) {
    list.push_back({{"incident", v.incident->id},
                    {"day", v.day},
                    {"type", v.incident->merged.type},
                    {"area", v.area},
                    {"accused", v.accused},
                    {"claimants", v.claimants},
                    {"grade", std::string(to_string(v.incident->grade.grade))}});
  }
  nlohmann::json days = nlohmann::json::array();
  for (const auto& d : r.by_day) {
    days.push_back({{"day", d.day},
                    {"incidents", d.incidents},
                    {"running_total", d.running_total},
                    {"by_accused", d.by_accused}});
  }
  nlohmann::json observed = nlohmann::json::array();
  for (const auto& d : r.observed_by_day) {
    observed.push_back({{"day", d.day},
                        {"explosions", d.explosions},
                        {"other", d.other},
                        {"running_explosions", d.running_explosions},
                        {"running_other", d.running_other}});
  }
  nlohmann::json observations = nlohmann::json::array();
  for (const auto* o : r.observed) {
    observations.push_back({{"mission", o->mission}, {"observation", o->json}});
  }
  return {{"total", r.violations.size()},
          {"violations", list},
          {"observed_by_day", observed},
          {"observations", observations},
          {"by_day", days},
          {"by_accused", r.by_accused},
          {"by_claimant", r.by_claimant},
          {"by_claimant_accused", r.by_claimant_accused},
          {"by_area", r.by_area}};
}

nlohmann::json to_json(const Ledger& ledger) {
  nlohmann::json series = nlohmann::json::array();
  for (const auto& s : ledger.series) {
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& e : s.entries) {
      entries.push_back({{"ref", e.ref},
                         {"as_of", e.claim.as_of.iso},
                         {"claimant", e.claim.claimant.name},
                         {"category", e.claim.category},
                         {"rolled_up", e.rolled_up},
                         {"measure", e.claim.measure},
                         {"value", e.claim.value},
                         {"qualifier", e.claim.qualifier},
                         {"cumulative", e.claim.cumulative},
                         {"system", e.claim.system},
                         {"report", e.origin.report_id},
                         {"published", e.origin.published},
                         {"source", e.origin.source},
                         {"flags", e.flags},
                         {"claim", e.claim}});
    }
    series.push_back({{"claimant_side", s.claimant_side}, {"role", s.role}, {"entries", entries}});
  }
  return {{"about", ledger.about},
          {"category", ledger.category},
          {"categories", ledger.categories},
          {"series", series}};
}

}  // namespace truce::monitor
