// The filters of the monitor's linked incidents, read from a request's query the same way by
// GET /api/incidents and GET /api/export: date range, type, side, grade (monitor::IncidentFilter)
// and, applied here, the claimant, a bounding box and free text.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "monitor/incidents.hpp"
#include "serve/query_params.hpp"

namespace truce::serve {

// The query parameters every incident listing takes, followed by the route's own (paging...).
std::vector<std::string_view> incident_params(std::initializer_list<std::string_view> own);

struct IncidentQuery {
  monitor::IncidentFilter filter;
  std::optional<std::string> claimant;  // a claimant's name or side (case-insensitive substring)
  std::optional<BoundingBox> bbox;      // a place of some account lies inside
  std::optional<std::string> text;      // type, places, actors, claimants, outlets
};

// Throws ApiError(400) naming a bad parameter.
IncidentQuery read_incident_query(const QueryParams& params);

// The incidents of `book` the query keeps, in the book's (date) order.
std::vector<const monitor::LinkedIncident*> select_incidents(const monitor::IncidentBook& book,
                                                             const IncidentQuery& query);

}  // namespace truce::serve
