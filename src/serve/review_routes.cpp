// POST /api/reviews (an analyst accepts, rejects or corrects an extracted incident, claim or
// place; needs an analyst or admin token) and GET /api/reviews (the audit trail, open to read).
#include <fmt/core.h>

#include "serve/json_response.hpp"
#include "serve/request_body.hpp"
#include "serve/review_rules.hpp"
#include "serve/routes.hpp"
#include "serve/tokens.hpp"

namespace truce::serve {
namespace {

using nlohmann::json;

int64_t report_of(const json& body) {
  const auto it = body.find("report");
  if (it == body.end()) throw ApiError(400, "report", "report: missing");
  if (!it->is_number_integer() || it->get<int64_t>() < 1) {
    throw ApiError(400, "report", "report: must be a report id (a positive integer)");
  }
  return it->get<int64_t>();
}

std::string fact_of(const json& body) {
  const auto it = body.find("fact");
  if (it == body.end()) throw ApiError(400, "fact", "fact: missing");
  if (it->is_string() && !it->get<std::string>().empty()) return it->get<std::string>();
  if (it->is_number_integer()) return it->dump();
  throw ApiError(400, "fact", "fact: must be the fact's id within its report");
}

// The incident or claim `fact_id` of report `report`'s stored extraction.
json find_fact(ReportStore& store, int64_t report, const std::string& kind,
               const std::string& fact_id) {
  auto extraction = value_or_throw(store.get_extraction(report));
  if (!extraction) {
    if (!value_or_throw(store.original_id(report))) {
      throw ApiError(404, "report", fmt::format("report: no report {}", report));
    }
    throw ApiError(404, "report", fmt::format("report: report {} has no extraction", report));
  }
  const json facts = json::parse(extraction->json);
  for (const auto& fact : facts.value(kind == "claim" ? "claims" : "incidents", json::array())) {
    const json& id = fact.value("id", json());
    if ((id.is_string() ? id.get<std::string>() : id.dump()) == fact_id) return fact;
  }
  throw ApiError(404, "fact", fmt::format("fact: report {} has no {} {}", report, kind, fact_id));
}

void post_review(SharedStore& store, const httplib::Request& request, httplib::Response& response) {
  const QueryParams params(request, {});
  const std::string reviewer = require_role(store, request, {"analyst", "admin"});
  const json body = parse_json_body(
      request, {"target", "report", "fact", "decision", "field", "value", "reason"});
  const auto target = body.value("target", json());
  if (!target.is_string() || (target != "incident" && target != "claim" && target != "place")) {
    throw ApiError(400, "target", "target: must be one of incident, claim, place");
  }
  const int64_t report = report_of(body);
  const std::string fact_id = fact_of(body);
  const std::string kind = fact_kind_of(target.get<std::string>());
  const json fact = store.with([&](ReportStore& s) { return find_fact(s, report, kind, fact_id); });
  Review review = review_from_request(body, fact);
  review.report_id = report;
  review.fact_id = fact_id;
  review.reviewer = reviewer;
  const Review stored =
      store.with_reviews([&](ReviewStore& s) { return value_or_throw(s.add_review(review)); });
  send_json(request, response, review_json(stored), 201);
}

void list_reviews(SharedStore& store, const httplib::Request& request,
                  httplib::Response& response) {
  const QueryParams params(request, {"report", "target", "fact", "limit", "offset"});
  ReviewFilter filter;
  filter.report_id = params.integer("report", 1, INT64_MAX);
  filter.target = params.choice("target", {"incident", "claim", "place"});
  filter.fact_id = params.text("fact");
  const Page page = params.page();
  const auto reviews =
      store.with_reviews([&](ReviewStore& s) { return value_or_throw(s.list_reviews(filter)); });
  json items = json::array();
  for (const auto& r : reviews) items.push_back(review_json(r));
  send_json(request, response, page_of(items, page));
}

}  // namespace

void add_review_routes(Router& router, SharedStore& store) {
  router.post("/api/reviews",
              [&store](const auto& req, auto& res) { post_review(store, req, res); });
  router.get("/api/reviews",
             [&store](const auto& req, auto& res) { list_reviews(store, req, res); });
}

}  // namespace truce::serve
