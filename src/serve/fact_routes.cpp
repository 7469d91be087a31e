// GET /api/events, /api/claims, /api/ceasefires, /api/denials: the facts extracted from stored
// reports, each whole (fields, spans, provenance) with the report it comes from, filtered and
// paged in the store's order (date, report, fact).
#include <algorithm>
#include <cctype>

#include "serve/json_response.hpp"
#include "serve/review_rules.hpp"
#include "serve/routes.hpp"

namespace truce::serve {
namespace {

using nlohmann::json;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// True when any string value of `value` (names, places, types; not keys) contains `needle`.
bool mentions(const json& value, const std::string& needle) {
  if (value.is_string()) return lower(value.get<std::string>()).find(needle) != std::string::npos;
  if (value.is_structured()) {
    for (const auto& [key, item] : value.items()) {
      if (key != "provenance" && mentions(item, needle)) return true;
    }
  }
  return false;
}

bool has_place_in(const json& fact, const BoundingBox& box) {
  for (const auto& ref : fact.value("places", json::array())) {
    const json& place = ref.value("place", json());
    if (place.is_object() && place["lat"].is_number() && place["lon"].is_number() &&
        box.contains(place["lat"].get<double>(), place["lon"].get<double>())) {
      return true;
    }
  }
  return false;
}

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
  const auto query = params.text("q");
  const Page page = params.page();

  const bool include_rejected = route.reviewed && params.flag("include_rejected");
  const auto facts =
      shared.with([&](ReportStore& store) { return value_or_throw(store.list_facts(filter)); });
  const ReviewIndex reviews = route.reviewed ? shared.with_reviews([](ReviewStore& store) {
    return index_reviews(value_or_throw(store.list_reviews(ReviewFilter{})));
  })
                                             : ReviewIndex();
  json items = json::array();
  for (const auto& f : facts) {
    json row = json::parse(f.fact.json);
    if (route.reviewed && !apply_reviews(row, route.kind, f.report_id, reviews) &&
        !include_rejected) {
      continue;
    }
    if (box && !has_place_in(row, *box)) continue;
    if (query && !mentions(row, lower(*query))) continue;
    row["report"] = f.report_id;
    row["original_report"] = f.original_id;
    row["published"] = f.published;
    row["source"] = f.source;
    items.push_back(std::move(row));
  }
  send_json(request, response, page_of(items, page));
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
