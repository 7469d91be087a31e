// An analyst's writes to the monitor over HTTP, as the command line makes them: a ceasefire
// declared by hand (POST /api/ceasefire-register, `truce ceasefire add`) and linked incidents
// merged or split (POST /api/incident-decisions, `truce incidents merge|split`), with the trail
// of decisions (GET /api/incident-decisions). Writes need an analyst or admin token; who made
// each is kept with it.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "monitor/ceasefire_declaration.hpp"
#include "monitor/incident_decisions.hpp"
#include "monitor/incident_json.hpp"
#include "monitor/register_json.hpp"
#include "serve/json_response.hpp"
#include "serve/request_body.hpp"
#include "serve/routes.hpp"
#include "serve/tokens.hpp"

namespace truce::serve {
namespace {

using nlohmann::json;

// The field a monitor error starts with ("from: ..."), or "".
std::string field_of(const std::string& message) {
  const auto colon = message.find(": ");
  const std::string head = message.substr(0, colon);
  return colon == std::string::npos || head.find(' ') != std::string::npos ? "" : head;
}

// "area" is country codes ("AZ,AM") or a GeoJSON object.
std::string area_of(const json& body) {
  const auto it = body.find("area");
  if (it == body.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object()) return it->dump();
  throw ApiError(400, "area", "area: must be country codes (\"AZ,AM\") or a GeoJSON object");
}

void declare_ceasefire(SharedStore& shared, const MonitorKnowledge& knowledge,
                       const httplib::Request& request, httplib::Response& response) {
  const QueryParams params(request, {});
  const std::string who = require_role(shared, request, {"analyst", "admin"});
  const json body = parse_json_body(request, {"name", "from", "to", "parties", "area", "note"});
  require(knowledge);
  const monitor::CeasefireDeclaration declaration{
      required_string(body, "name", "what the ceasefire is called"),
      required_string(body, "from", "its start, 2020-10-10 or 2020-10-10T12:00+04:00"),
      string_field(body, "to").value_or(""),
      string_list_field(body, "parties"),
      area_of(body),
      string_field(body, "note").value_or("")};
  auto checked = monitor::check_declaration(declaration, knowledge.linking->sides);
  if (!checked) {
    const std::string& message = checked.error().message;
    throw ApiError(400, field_of(message), message);
  }
  checked->ceasefire.declared_by = who;
  const json stored = shared.with([&](ReportStore& store) {
    const int64_t id = value_or_throw(store.add_declared_ceasefire(checked->ceasefire));
    const auto book = book_of(store, knowledge);
    const auto ceasefires = register_of(store, knowledge);
    const auto* c = ceasefires.find(fmt::format("declared:{}", id));
    if (!c) throw ApiError(500, "", fmt::format("declared:{} was stored but not read back", id));
    json item = monitor::to_json(*c);
    item["alleged_violations"] = monitor::to_json(ceasefires.violations(*c, book));
    return item;
  });
  send_json(request, response, stored, 201);
}

json decision_json(const IncidentDecision& d) {
  return {{"id", d.id},
          {"action", d.action},
          {"account_a", d.account_a},
          {"account_b", d.account_b},
          {"note", d.note},
          {"decided_at", d.decided_at},
          {"decided_by", d.decided_by}};
}

void list_decisions(SharedStore& shared, const httplib::Request& request,
                    httplib::Response& response) {
  const QueryParams params(request, {"limit", "offset"});
  const Page page = params.page();
  const json items = shared.with([](ReportStore& store) {
    json out = json::array();
    for (const auto& d : value_or_throw(store.list_incident_decisions())) {
      out.push_back(decision_json(d));
    }
    return out;
  });
  send_json(request, response, page_of(items, page));
}

// The decisions a merge or split body asks for, and the incidents to show after it (ids or refs).
struct Asked {
  std::vector<IncidentDecision> decisions;
  std::vector<std::string> show;
  std::string done;
};

Asked decisions_of(const json& body, const monitor::IncidentBook& book) {
  const std::string action = required_string(body, "action", "merge or split");
  const std::string note = required_string(body, "note", "why, for the record");
  if (action == "merge") {
    const auto ids = string_list_field(body, "incidents");
    if (ids.size() < 2) throw ApiError(400, "incidents", "incidents: name two or more incidents");
    auto made = monitor::merge_decisions(book, ids, note);
    if (!made) throw ApiError(404, "incidents", "incidents: " + made.error().message);
    return {std::move(*made),
            {ids.front()},
            fmt::format("merged {} into incident {}", fmt::join(ids, ", "),
                        book.find(ids.front())->id)};
  }
  if (action == "split") {
    const std::string id = required_string(body, "incident", "the incident to split");
    const auto refs = string_list_field(body, "accounts");
    if (refs.empty()) throw ApiError(400, "accounts", "accounts: name the accounts to take out");
    auto made = monitor::split_decisions(book, id, refs, note);
    if (!made) {
      const bool known = book.find(id) != nullptr;
      throw ApiError(known ? 400 : 404, known ? "accounts" : "incident",
                     (known ? "accounts: " : "incident: ") + made.error().message);
    }
    // Every account the incident held: afterwards they make two incidents (or more).
    std::vector<std::string> show;
    for (const auto* account : book.find(id)->accounts) show.push_back(account->ref);
    return {std::move(*made), show,
            fmt::format("split {} out of incident {}", fmt::join(refs, ", "), id)};
  }
  throw ApiError(400, "action", fmt::format("action: '{}' is not merge or split", action));
}

void decide(SharedStore& shared, const MonitorKnowledge& knowledge, const httplib::Request& request,
            httplib::Response& response) {
  const QueryParams params(request, {});
  const std::string who = require_role(shared, request, {"analyst", "admin"});
  const json body =
      parse_json_body(request, {"action", "incidents", "incident", "accounts", "note"});
  require(knowledge);
  const json answer = shared.with([&](ReportStore& store) {
    Asked asked = decisions_of(body, book_of(store, knowledge));
    for (auto& d : asked.decisions) d.decided_by = who;
    const auto ids = value_or_throw(store.add_incident_decisions(asked.decisions));
    // The incidents as linking now makes them, each once.
    const auto after = book_of(store, knowledge);
    json incidents = json::array();
    std::vector<std::string> seen;
    for (const auto& ref : asked.show) {
      const auto* incident = after.find(ref);
      if (!incident || std::find(seen.begin(), seen.end(), incident->id) != seen.end()) continue;
      seen.push_back(incident->id);
      incidents.push_back(monitor::to_json(*incident));
    }
    return json{{"decisions", ids}, {"done", asked.done}, {"incidents", incidents}};
  });
  send_json(request, response, answer, 201);
}

}  // namespace

void add_decision_routes(Router& router, SharedStore& store, const MonitorKnowledge& knowledge) {
  router.post("/api/ceasefire-register", [&store, &knowledge](const auto& req, auto& res) {
    declare_ceasefire(store, knowledge, req, res);
  });
  router.get("/api/incident-decisions",
             [&store](const auto& req, auto& res) { list_decisions(store, req, res); });
  router.post("/api/incident-decisions", [&store, &knowledge](const auto& req, auto& res) {
    decide(store, knowledge, req, res);
  });
}

}  // namespace truce::serve
