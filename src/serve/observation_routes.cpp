// Observer reports over HTTP: POST /api/observations takes a mission's field observations in the
// form `truce observe` reads from a file (docs/schemas/observations.schema.json), validated the
// same strict way: a bad field is named and nothing of the body is stored. Needs an observer or
// admin token; the batch records which token entered it. GET /api/observations lists them.
#include <fmt/core.h>

#include "monitor/observations.hpp"
#include "serve/json_response.hpp"
#include "serve/routes.hpp"
#include "serve/tokens.hpp"

namespace truce::serve {
namespace {

using nlohmann::json;

// "body: observations/0/time: ..." names the field "observations/0/time".
std::string field_of(const std::string& message) {
  const std::string rest = message.substr(message.find(": ") + 2);
  const auto colon = rest.find(": ");
  const std::string head = rest.substr(0, colon);
  return colon == std::string::npos || head.find(' ') != std::string::npos ? "body" : head;
}

void post_observations(SharedStore& shared, const httplib::Request& request,
                       httplib::Response& response) {
  const QueryParams params(request, {});
  const std::string who = require_role(shared, request, {"observer", "admin"});
  const std::string type = request.get_header_value("Content-Type");
  if (!type.starts_with("application/json")) {
    throw ApiError(415, "Content-Type",
                   fmt::format("Content-Type: '{}' is not application/json", type));
  }
  auto observations = monitor::parse_observations("body", request.body);
  if (!observations) {
    const std::string& message = observations.error().message;
    throw ApiError(400, field_of(message), message);
  }
  const std::string batch = "api:" + who;
  std::vector<StoredObservation> rows;
  for (const auto& o : *observations) {
    rows.push_back(StoredObservation{0, batch, o.mission, o.day, o.lat, o.lon, o.json.dump(), ""});
  }
  const auto ids =
      shared.with([&](ReportStore& s) { return value_or_throw(s.add_observations(rows)); });
  send_json(request, response, {{"batch", batch}, {"stored", ids.size()}, {"ids", ids}}, 201);
}

void list_observations(SharedStore& shared, const httplib::Request& request,
                       httplib::Response& response) {
  const QueryParams params(request, {"since", "until", "limit", "offset"});
  const auto since = params.date("since");
  const auto until = params.date("until");
  const Page page = params.page();
  const auto stored =
      shared.with([](ReportStore& s) { return value_or_throw(s.list_observations()); });
  json items = json::array();
  for (const auto& o : stored) {
    if (since && o.day < *since) continue;
    if (until && o.day.substr(0, until->size()) > *until) continue;
    items.push_back({{"id", o.id},
                     {"batch", o.batch},
                     {"mission", o.mission},
                     {"day", o.day},
                     {"lat", o.lat},
                     {"lon", o.lon},
                     {"observation", json::parse(o.json)},
                     {"entered_at", o.entered_at}});
  }
  send_json(request, response, page_of(items, page));
}

}  // namespace

void add_observation_routes(Router& router, SharedStore& store) {
  router.post("/api/observations",
              [&store](const auto& req, auto& res) { post_observations(store, req, res); });
  router.get("/api/observations",
             [&store](const auto& req, auto& res) { list_observations(store, req, res); });
}

}  // namespace truce::serve
