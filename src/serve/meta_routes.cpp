// GET /api/health (is the server up, what does the store hold), GET /api/openapi.json (the
// description of every route, the one the contract test checks the server against) and
// GET /api/intake (what continuous intake is doing).
#include "serve/intake.hpp"
#include "serve/json_response.hpp"
#include "serve/routes.hpp"

namespace truce::serve {

void add_meta_routes(Router& router, SharedStore& store, nlohmann::json openapi,
                     const Intake* intake) {
  router.get("/api/intake", [intake](const auto& req, auto& res) {
    const QueryParams params(req, {});
    send_json(req, res,
              intake ? intake->status()
                     : nlohmann::json{{"inbox", nullptr},
                                      {"files_taken", 0},
                                      {"files_failed", 0},
                                      {"feeds", nlohmann::json::array()}});
  });
  router.get("/api/health", [&store](const auto& req, auto& res) {
    const QueryParams params(req, {});
    const auto [reports, monitor_writes] = store.with([](ReportStore& s) {
      const int64_t count = value_or_throw(s.count_reports(ReportFilter{}));
      const auto writes = value_or_throw(s.list_incident_decisions()).size() +
                          value_or_throw(s.list_declared_ceasefires()).size() +
                          value_or_throw(s.list_observations()).size();
      return std::pair{count, writes};
    });
    const auto reviews = store.with_reviews(
        [](ReviewStore& s) { return value_or_throw(s.list_reviews(ReviewFilter{})).size(); });
    send_json(req, res,
              {{"status", "ok"},
               {"version", "0.1.0"},
               {"reports", reports},
               {"changes", monitor_writes + reviews}});
  });
  router.get("/api/openapi.json", [spec = std::move(openapi)](const auto& req, auto& res) {
    const QueryParams params(req, {});
    send_json(req, res, spec);
  });
}

}  // namespace truce::serve
