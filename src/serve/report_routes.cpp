// GET /api/reports (listing, filters, full-text search) and GET /api/reports/{id} (one report
// with its extraction and the evidence spans behind every field).
#include <fmt/core.h>

#include "serve/evidence_spans.hpp"
#include "serve/json_response.hpp"
#include "serve/review_rules.hpp"
#include "serve/routes.hpp"

namespace truce::serve {
namespace {

using nlohmann::json;

json summary_json(const ReportSummary& r) {
  json out = {{"id", r.id},
              {"title", r.title},
              {"published", r.published},
              {"published_precision", r.published_precision},
              {"source", r.source},
              {"origin", r.origin},
              {"duplicate_of", nullptr},
              {"similarity", nullptr}};
  if (r.duplicate_of) {
    out["duplicate_of"] = r.duplicate_of->original_id;
    out["similarity"] = r.duplicate_of->similarity;
  }
  return out;
}

json report_json(const StoredReport& stored) {
  const Report& r = stored.report;
  json out = {{"id", stored.id},
              {"origin", r.origin},
              {"format", std::string(to_string(r.format))},
              {"title", r.title},
              {"url", r.url},
              {"author", r.author},
              {"source", r.source},
              {"lang", r.lang},
              {"published", r.published.iso},
              {"published_precision", std::string(to_string(r.published.precision))},
              {"ingested_at", stored.ingested_at},
              {"warnings", r.warnings},
              {"duplicate_of", nullptr},
              {"similarity", nullptr},
              {"body", r.body}};
  if (stored.duplicate_of) {
    out["duplicate_of"] = stored.duplicate_of->original_id;
    out["similarity"] = stored.duplicate_of->similarity;
  }
  return out;
}

void list_reports(SharedStore& shared, const httplib::Request& request,
                  httplib::Response& response) {
  const QueryParams params(request,
                           {"q", "since", "until", "source", "originals", "limit", "offset"});
  ReportFilter filter;
  filter.since = params.date("since");
  filter.until = params.date("until");
  filter.source = params.text("source");
  filter.include_duplicates = !params.flag("originals");
  const auto query = params.text("q");
  const Page page = params.page();
  // The store counts the listing and reads only the page.
  const json out = shared.with([&](ReportStore& store) {
    json items = json::array();
    ReportFilter cut = filter;
    cut.limit = static_cast<int>(page.limit);
    cut.offset = page.offset;
    if (query) {
      // Full-text hits, best first, among the reports the other filters keep.
      const int64_t total = value_or_throw(store.count_search(*query, filter));
      for (const auto& hit :
           value_or_throw(store.search_reports(*query, cut, "\u27e6", "\u27e7"))) {
        json item = summary_json(hit.report);
        item["snippet"] = hit.snippet;
        item["rank"] = hit.rank;
        items.push_back(std::move(item));
      }
      return page_json(std::move(items), total, page);
    }
    const int64_t total = value_or_throw(store.count_reports(filter));
    for (const auto& summary : value_or_throw(store.list_reports(cut))) {
      items.push_back(summary_json(summary));
    }
    return page_json(std::move(items), total, page);
  });
  send_json(request, response, out);
}

void show_report(SharedStore& shared, const httplib::Request& request,
                 httplib::Response& response) {
  const QueryParams params(request, {});
  const int64_t id = parse_id(request.matches[1], "id");
  json out = shared.with([&](ReportStore& store) {
    auto stored = value_or_throw(store.get_report(id));
    if (!stored) throw ApiError(404, "id", fmt::format("id: no report {}", id));
    json report = report_json(*stored);
    auto extraction = value_or_throw(store.get_extraction(id));
    report["extractor"] = nullptr;
    report["extraction"] = nullptr;
    report["evidence"] = json::array();
    if (extraction) {
      const json facts = json::parse(extraction->json);
      report["extractor"] = extraction->extractor;
      report["evidence"] = evidence_spans(stored->report.body, facts);
      report["extraction"] = facts;
    }
    return report;
  });
  json reviews = json::array();
  shared.with_reviews([&](ReviewStore& store) {
    ReviewFilter filter;
    filter.report_id = id;
    for (const auto& r : value_or_throw(store.list_reviews(filter)))
      reviews.push_back(review_json(r));
    return 0;
  });
  out["reviews"] = std::move(reviews);
  send_json(request, response, out);
}

}  // namespace

void add_report_routes(Router& router, SharedStore& store) {
  router.get("/api/reports",
             [&store](const auto& req, auto& res) { list_reports(store, req, res); });
  router.get("/api/reports/{id}",
             [&store](const auto& req, auto& res) { show_report(store, req, res); });
}

}  // namespace truce::serve
