// See incident_query.hpp.
#include "serve/incident_query.hpp"

#include <algorithm>
#include <cctype>

namespace truce::serve {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool any_contains(const std::vector<std::string>& values, const std::string& needle) {
  return std::any_of(values.begin(), values.end(), [&](const std::string& v) {
    return lower(v).find(needle) != std::string::npos;
  });
}

bool has_place_in(const monitor::LinkedIncident& incident, const BoundingBox& box) {
  for (const auto* account : incident.accounts) {
    for (const auto& ref : account->incident.places) {
      if (ref.place && box.contains(ref.place->lat, ref.place->lon)) return true;
    }
  }
  return false;
}

// What free text is matched against: the incident's type, places, actors, claimants, outlets.
std::vector<std::string> words_of(const monitor::LinkedIncident& incident) {
  const auto& m = incident.merged;
  std::vector<std::string> out = {m.type, m.sub_event, m.actor1, m.actor2};
  out.insert(out.end(), m.places.begin(), m.places.end());
  out.insert(out.end(), m.claimants.begin(), m.claimants.end());
  out.insert(out.end(), m.outlets.begin(), m.outlets.end());
  for (const auto* account : incident.accounts) {
    for (const auto& ref : account->incident.places) out.push_back(ref.mention);
  }
  return out;
}

}  // namespace

std::vector<std::string_view> incident_params(std::initializer_list<std::string_view> own) {
  std::vector<std::string_view> out = {"since", "until",    "type", "side",
                                       "grade", "claimant", "bbox", "q"};
  out.insert(out.end(), own.begin(), own.end());
  return out;
}

IncidentQuery read_incident_query(const QueryParams& params) {
  IncidentQuery query;
  auto& filter = query.filter;
  filter.since = params.date("since");
  filter.until = params.date("until");
  filter.type = params.text("type");
  filter.side = params.text("side");
  if (const auto grade =
          params.choice("grade", {"observer_confirmed", "acknowledged_by_both",
                                  "reported_independently", "claimed_by_one_party", "contested"})) {
    filter.grade = monitor::parse_grade(*grade);
  }
  query.claimant = params.text("claimant");
  query.bbox = params.bbox("bbox");
  query.text = params.text("q");
  return query;
}

std::vector<const monitor::LinkedIncident*> select_incidents(const monitor::IncidentBook& book,
                                                             const IncidentQuery& query) {
  const std::string claimant = query.claimant ? lower(*query.claimant) : "";
  const std::string text = query.text ? lower(*query.text) : "";
  std::vector<const monitor::LinkedIncident*> out;
  for (const auto* incident : book.select(query.filter)) {
    if (query.claimant && !any_contains(incident->merged.claimants, claimant)) continue;
    if (query.bbox && !has_place_in(*incident, *query.bbox)) continue;
    if (query.text && !any_contains(words_of(*incident), text)) continue;
    out.push_back(incident);
  }
  return out;
}

}  // namespace truce::serve
