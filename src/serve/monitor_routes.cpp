// GET /api/incidents (linked incidents: accounts, merged fields with their spread, grade),
// GET /api/ceasefire-register (found and declared ceasefires with their alleged violations and
// tallies) and GET /api/ledger (one side's claimed losses in a category, per claimant, beside
// its own admissions, with flags). Each answer is built from the store at request time.
#include <fmt/core.h>

#include "core/data_dir.hpp"
#include "monitor/incident_json.hpp"
#include "monitor/register_json.hpp"
#include "serve/incident_query.hpp"
#include "serve/json_response.hpp"
#include "serve/routes.hpp"

namespace truce::serve {
namespace {

using nlohmann::json;

void list_incidents(SharedStore& shared, const MonitorKnowledge& knowledge,
                    const httplib::Request& request, httplib::Response& response) {
  const QueryParams params(request, incident_params({"limit", "offset"}));
  const IncidentQuery query = read_incident_query(params);
  const Page page = params.page();
  const json items = shared.with([&](ReportStore& store) {
    const auto book = book_of(store, knowledge);
    json out = json::array();
    for (const auto* incident : select_incidents(book, query))
      out.push_back(monitor::to_json(*incident));
    return out;
  });
  send_json(request, response, page_of(items, page));
}

void list_register(SharedStore& shared, const MonitorKnowledge& knowledge,
                   const httplib::Request& request, httplib::Response& response) {
  const QueryParams params(request, {"limit", "offset"});
  const Page page = params.page();
  const json items = shared.with([&](ReportStore& store) {
    const auto book = book_of(store, knowledge);
    const auto ceasefires = register_of(store, knowledge);
    json out = json::array();
    for (const auto& c : ceasefires.ceasefires()) {
      json item = monitor::to_json(c);
      item["alleged_violations"] = monitor::to_json(ceasefires.violations(c, book));
      out.push_back(std::move(item));
    }
    return out;
  });
  send_json(request, response, page_of(items, page));
}

void show_ledger(SharedStore& shared, const MonitorKnowledge& knowledge,
                 const httplib::Request& request, httplib::Response& response) {
  const QueryParams params(request, {"about", "category"});
  const auto about = params.text("about");
  if (!about) throw ApiError(400, "about", "about: missing (whose losses, e.g. Armenia)");
  const auto category = params.text("category");
  if (!category) throw ApiError(400, "category", "category: missing (e.g. tanks, personnel)");
  require(knowledge);
  const json ledger = shared.with([&](ReportStore& store) {
    auto built = monitor::build_ledger(store, *about, *category, *knowledge.categories,
                                       knowledge.linking->sides);
    if (!built) throw ApiError(500, "", built.error().message);
    return monitor::to_json(*built);
  });
  send_json(request, response, ledger);
}

}  // namespace

void require(const MonitorKnowledge& knowledge) {
  if (!knowledge.problem.empty()) {
    throw ApiError(503, "", "monitor unavailable: " + knowledge.problem);
  }
}

monitor::IncidentBook book_of(ReportStore& store, const MonitorKnowledge& knowledge) {
  require(knowledge);
  auto book = monitor::IncidentBook::build(store, knowledge.linking);
  if (!book) throw ApiError(500, "", book.error().message);
  return std::move(*book);
}

monitor::CeasefireRegister register_of(ReportStore& store, const MonitorKnowledge& knowledge) {
  require(knowledge);
  auto built = monitor::CeasefireRegister::build(store, knowledge.linking->sides);
  if (!built) throw ApiError(500, "", built.error().message);
  return std::move(*built);
}

MonitorKnowledge load_monitor_knowledge() {
  MonitorKnowledge knowledge;
  auto linking = monitor::load_knowledge(data_dir());
  auto categories = monitor::LedgerCategories::load(data_dir());
  if (!linking) {
    knowledge.problem = linking.error().message;
  } else if (!categories) {
    knowledge.problem = categories.error().message;
  } else {
    knowledge.linking = std::move(*linking);
    knowledge.categories = std::move(*categories);
  }
  return knowledge;
}

void add_monitor_routes(Router& router, SharedStore& store, const MonitorKnowledge& knowledge) {
  router.get("/api/incidents", [&store, &knowledge](const auto& req, auto& res) {
    list_incidents(store, knowledge, req, res);
  });
  router.get("/api/ceasefire-register", [&store, &knowledge](const auto& req, auto& res) {
    list_register(store, knowledge, req, res);
  });
  router.get("/api/ledger", [&store, &knowledge](const auto& req, auto& res) {
    show_ledger(store, knowledge, req, res);
  });
}

}  // namespace truce::serve
