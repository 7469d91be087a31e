// GET /api/events, /api/claims, /api/ceasefires, /api/denials: the facts extracted from stored
// reports, each whole (fields, spans, provenance) with the report it comes from, filtered and
// paged in the store's order (date, report, fact); see fact_page.hpp.
#include "serve/fact_page.hpp"
#include "serve/json_response.hpp"
#include "serve/review_rules.hpp"
#include "serve/routes.hpp"

namespace truce::serve {
namespace {

using nlohmann::json;

struct FactRoute {
  const char* path;
  const char* kind;
  const char* about_param;  // the name `about` goes by on this route, or nullptr
  bool has_bbox;
  bool reviewed;  // analysts review these: reviews are applied, rejected ones left out
};

constexpr FactRoute kRoutes[] = {
    {"/api/events", "incident", "target", true, true},
    {"/api/claims", "claim", "about", false, true},
    {"/api/ceasefires", "ceasefire", nullptr, false, false},
    {"/api/denials", "denial", nullptr, false, false},
};

void list_facts(const FactRoute& route, SharedStore& shared, const httplib::Request& request,
                httplib::Response& response) {
  const char* about = route.about_param ? route.about_param : "side";
  // Routes without a bbox or reviews list "q" in their place: the same name twice is harmless.
  const QueryParams params(request, {"type", "side", about, "since", "until", "report", "originals",
                                     "q", route.has_bbox ? "bbox" : "q",
                                     route.reviewed ? "include_rejected" : "q", "limit", "offset"});
  FactFilter filter;
  filter.kind = route.kind;
  filter.type = params.text("type");
  filter.claimant_side = params.text("side");
  if (route.about_param) filter.about = params.text(route.about_param);
  filter.since = params.date("since");
  filter.until = params.date("until");
  filter.report_id = params.integer("report", 1, INT64_MAX);
  filter.originals_only = params.flag("originals");
  const auto box = route.has_bbox ? params.bbox("bbox") : std::nullopt;

  // Read in this order, so the first bad parameter named is the same as ever.
  const auto query = params.text("q");
  const Page page = params.page();
  FactPageRequest asked{.filter = filter,
                        .query = query,
                        .reviewed = route.reviewed,
                        .include_rejected = route.reviewed && params.flag("include_rejected"),
                        .page = page};
  if (box) asked.filter.box = GeoBox{box->min_lat, box->max_lat, box->min_lon, box->max_lon};
  const ReviewIndex reviews = route.reviewed ? shared.with_reviews([](ReviewStore& store) {
    return index_reviews(value_or_throw(store.list_reviews(ReviewFilter{})));
  })
                                             : ReviewIndex();
  send_json_text(request, response,
                 shared.with([&](ReportStore& store) { return fact_page(store, reviews, asked); }));
}

}  // namespace

void add_fact_routes(Router& router, SharedStore& store) {
  for (const FactRoute& route : kRoutes) {
    router.get(route.path, [&route, &store](const auto& req, auto& res) {
      list_facts(route, store, req, res);
    });
  }
}

}  // namespace truce::serve
