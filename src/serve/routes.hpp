// The server's routes, one file per group. Each add_*_routes registers its handlers through a
// Router, which wraps every handler (an ApiError becomes its JSON error response) and records
// each operation as the OpenAPI file names it ("GET /api/reports/{id}"), so a test can hold the
// server and its description to the same list.
#pragma once

#include <httplib.h>

#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "monitor/ceasefire_register.hpp"
#include "monitor/claims_ledger.hpp"
#include "monitor/incidents.hpp"
#include "serve/shared_store.hpp"

namespace truce::serve {

using RouteHandler = std::function<void(const httplib::Request&, httplib::Response&)>;

// Wraps `handler`: ApiError becomes its status and JSON error; any other exception a 500.
httplib::Server::Handler guarded(RouteHandler handler);

class Router {
 public:
  explicit Router(httplib::Server& server) : server_(server) {}

  // `path` is an OpenAPI path template: each {name} matches one path segment, passed to the
  // handler as request.matches[1], [2], ...
  void get(const std::string& path, RouteHandler handler);
  void post(const std::string& path, RouteHandler handler);
  void put(const std::string& path, RouteHandler handler);
  void del(const std::string& path, RouteHandler handler);

  // "GET /api/reports/{id}", ... in the order registered.
  const std::vector<std::string>& operations() const { return operations_; }

 private:
  std::string pattern(const std::string& method, const std::string& path);
  httplib::Server& server_;
  std::vector<std::string> operations_;
};

// GET /api/reports, /api/reports/{id}.
void add_report_routes(Router& router, SharedStore& store);
// GET /api/events, /api/claims, /api/ceasefires, /api/denials.
void add_fact_routes(Router& router, SharedStore& store);
// What the monitor's views read from data/, loaded once when the server starts. When a file
// cannot be loaded the server still serves everything else, and these routes answer 503 with
// the problem.
struct MonitorKnowledge {
  std::shared_ptr<const monitor::Knowledge> linking;  // sides, sources, linking rules
  std::optional<monitor::LedgerCategories> categories;
  std::string problem;  // why they could not be loaded, or ""
};
MonitorKnowledge load_monitor_knowledge();
// Throws ApiError(503) naming the data file the monitor could not load.
void require(const MonitorKnowledge& knowledge);
// The store's linked incidents and ceasefire register; 503 without the monitor's data, 500 when
// the store cannot be read.
monitor::IncidentBook book_of(ReportStore& store, const MonitorKnowledge& knowledge);
monitor::CeasefireRegister register_of(ReportStore& store, const MonitorKnowledge& knowledge);

// GET /api/incidents, /api/ceasefire-register, /api/ledger.
void add_monitor_routes(Router& router, SharedStore& store, const MonitorKnowledge& knowledge);
// POST /api/reviews (analyst or admin token), GET /api/reviews.
void add_review_routes(Router& router, SharedStore& store);
// GET /api/sitrep (the daily report, Markdown or HTML) and GET /api/export (ACLED CSV, GeoJSON,
// JSON Lines, with the incidents' filters).
void add_publish_routes(Router& router, SharedStore& store, const MonitorKnowledge& knowledge);
// An analyst's monitor writes: POST /api/ceasefire-register (declare a ceasefire), GET and POST
// /api/incident-decisions (merge and split linked incidents), analyst or admin token.
void add_decision_routes(Router& router, SharedStore& store, const MonitorKnowledge& knowledge);
// GET and POST /api/observations: a mission's field observations (observer or admin token).
void add_observation_routes(Router& router, SharedStore& store);
// GET /api/health, GET /api/openapi.json (the description the server answers to) and
// GET /api/intake (the inbox and feeds, when `intake` is given).
void add_meta_routes(Router& router, SharedStore& store, nlohmann::json openapi,
                     const class Intake* intake);
// GET of any path outside /api/: files under `web_dir` (index.html for "/"), never outside it.
// Not an API operation, so not recorded.
void add_static_routes(httplib::Server& server, const std::filesystem::path& web_dir);

}  // namespace truce::serve
