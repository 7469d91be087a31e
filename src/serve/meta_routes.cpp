// GET /api/health (is the server up, what does the store hold) and GET /api/openapi.json (the
// description of every route, the one the contract test checks the server against).
#include "serve/json_response.hpp"
#include "serve/routes.hpp"

namespace truce::serve {

void add_meta_routes(Router& router, SharedStore& store, nlohmann::json openapi) {
  router.get("/api/health", [&store](const auto& req, auto& res) {
    const QueryParams params(req, {});
    const int64_t reports =
        store.with([](ReportStore& s) { return value_or_throw(s.count_reports(ReportFilter{})); });
    send_json(req, res, {{"status", "ok"}, {"version", "0.1.0"}, {"reports", reports}});
  });
  router.get("/api/openapi.json", [spec = std::move(openapi)](const auto& req, auto& res) {
    const QueryParams params(req, {});
    send_json(req, res, spec);
  });
}

}  // namespace truce::serve
