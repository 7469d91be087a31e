// See fact_page.hpp.
#include "serve/fact_page.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <vector>

#include "serve/json_response.hpp"
#include "serve/json_splice.hpp"
#include "serve/shared_store.hpp"

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

// A place of `fact` (as reviewed) inside `box`, edges included.
bool has_place_in(const json& fact, const GeoBox& box) {
  for (const auto& ref : fact.value("places", json::array())) {
    const json& place = ref.value("place", json());
    if (!place.is_object() || !place["lat"].is_number() || !place["lon"].is_number()) continue;
    const double lat = place["lat"].get<double>();
    const double lon = place["lon"].get<double>();
    if (lat >= box.min_lat && lat <= box.max_lat && lon >= box.min_lon && lon <= box.max_lon) {
      return true;
    }
  }
  return false;
}

// The listing's order: date, report, fact id (shorter ids first), as the store sorts (bytes).
bool before(const StoredFact& a, const StoredFact& b) {
  if (const int c = a.fact.date.compare(b.fact.date); c != 0) return c < 0;
  if (a.report_id != b.report_id) return a.report_id < b.report_id;
  if (a.fact.fact_id.size() != b.fact.fact_id.size()) {
    return a.fact.fact_id.size() < b.fact.fact_id.size();
  }
  return a.fact.fact_id < b.fact.fact_id;
}

// The fact's JSON with its reviews applied; nullopt when they leave it out.
std::optional<json> reviewed_json(const StoredFact& f, const ReviewIndex& reviews,
                                  const FactPageRequest& request) {
  json row = json::parse(f.fact.json);
  if (request.reviewed && !apply_reviews(row, request.filter.kind, f.report_id, reviews) &&
      !request.include_rejected) {
    return std::nullopt;
  }
  return row;
}

// `row` with where it comes from.
json with_origin(json row, const StoredFact& f) {
  row["report"] = f.report_id;
  row["original_report"] = f.original_id;
  row["published"] = f.published;
  row["source"] = f.source;
  return row;
}

// A fact the store found unreviewed, as listed: its stored JSON with where it comes from
// added, unparsed. Were a review added since the reviews were read, it is applied all the same
// (the fact keeps its rank: the page's ranks are fixed by the store's rows).
std::string unreviewed_text(const StoredFact& f, const ReviewIndex& reviews,
                            const FactPageRequest& request) {
  if (!request.reviewed || !reviews.contains({f.report_id, f.fact.kind, f.fact.fact_id})) {
    std::vector<std::pair<std::string, std::string>> members = {
        {"original_report", std::to_string(f.original_id)},
        {"published", json_text(f.published)},
        {"report", std::to_string(f.report_id)}};
    if (request.reviewed) members.emplace_back("review", "null");
    members.emplace_back("source", json_text(f.source));
    if (auto text = with_members(f.fact.json, members)) return std::move(*text);
  }
  json row = json::parse(f.fact.json);
  if (request.reviewed) apply_reviews(row, request.filter.kind, f.report_id, reviews);
  return json_text(with_origin(std::move(row), f));
}

struct Listed {
  StoredFact fact;
  json row;
};

// The facts analysts reviewed that the request keeps, in the listing's order, reviews applied.
std::vector<Listed> reviewed_facts(ReportStore& store, const ReviewIndex& reviews,
                                   const FactPageRequest& request) {
  FactFilter filter = request.filter;
  filter.reviewed = ReviewedFacts::only;
  filter.box.reset();  // tested on the reviewed places below
  filter.limit = 0;
  filter.offset = 0;
  std::vector<Listed> out;
  for (auto& f : value_or_throw(store.list_facts(filter))) {
    auto row = reviewed_json(f, reviews, request);
    if (!row) continue;
    if (request.filter.box && !has_place_in(*row, *request.filter.box)) continue;
    if (request.query && !mentions(*row, *request.query)) continue;
    json listed = with_origin(std::move(*row), f);
    out.push_back(Listed{std::move(f), std::move(listed)});
  }
  return out;
}

// With a text query: every fact the filters keep, tested one by one, then paged.
std::string queried_page(ReportStore& store, const ReviewIndex& reviews,
                         const FactPageRequest& request, const FactFilter& unreviewed,
                         const std::vector<Listed>& reviewed) {
  json items = json::array();
  auto next_reviewed = reviewed.begin();
  for (auto& f : value_or_throw(store.list_facts(unreviewed))) {
    auto row = reviewed_json(f, reviews, request);
    if (!row || !mentions(*row, *request.query)) continue;
    for (; next_reviewed != reviewed.end() && before(next_reviewed->fact, f); ++next_reviewed) {
      items.push_back(next_reviewed->row);
    }
    items.push_back(with_origin(std::move(*row), f));
  }
  for (; next_reviewed != reviewed.end(); ++next_reviewed) items.push_back(next_reviewed->row);
  return json_text(page_of(items, request.page));
}

}  // namespace

std::string fact_page(ReportStore& store, const ReviewIndex& reviews,
                      const FactPageRequest& request) {
  FactPageRequest asked = request;
  if (asked.query) asked.query = lower(*asked.query);
  std::vector<Listed> reviewed;
  FactFilter unreviewed = asked.filter;
  if (asked.reviewed && !reviews.empty()) {
    reviewed = reviewed_facts(store, reviews, asked);
    unreviewed.reviewed = ReviewedFacts::none;
  }
  if (asked.query) return queried_page(store, reviews, asked, unreviewed, reviewed);

  // The page of the merged listing starts at `offset`; at most |reviewed| of the facts before
  // it are reviewed ones, so the store's rows from offset - |reviewed| on cover it.
  const int64_t offset = asked.page.offset;
  const int64_t limit = asked.page.limit;
  const auto r = static_cast<int64_t>(reviewed.size());
  const int64_t total = value_or_throw(store.count_facts(unreviewed)) + r;
  unreviewed.offset = std::max<int64_t>(0, offset - r);
  unreviewed.limit = static_cast<int>(offset + limit - unreviewed.offset);
  const auto rows = value_or_throw(store.list_facts(unreviewed));
  const bool all_read = static_cast<int64_t>(rows.size()) < unreviewed.limit;

  // Merge the store's rows with the reviewed facts that fall among them; a reviewed fact before
  // the first row lies before the page (and shifts its ranks), one after the last row of a full
  // read lies after it.
  int64_t rank = 0;
  auto next = reviewed.begin();
  if (unreviewed.offset > 0 && !rows.empty()) {
    for (; next != reviewed.end() && before(next->fact, rows.front()); ++next) ++rank;
    rank += unreviewed.offset;
  }
  std::vector<std::string> items;
  auto take = [&](auto&& make_row) {
    if (rank >= offset && rank < offset + limit) items.push_back(make_row());
    ++rank;
  };
  for (const auto& f : rows) {
    for (; next != reviewed.end() && before(next->fact, f); ++next) {
      take([&] { return json_text(next->row); });
    }
    take([&] { return unreviewed_text(f, reviews, asked); });
  }
  for (; all_read && next != reviewed.end(); ++next) take([&] { return json_text(next->row); });
  return page_text(items, total, asked.page);
}

}  // namespace truce::serve
