// One page of a fact listing (/api/events, /api/claims, /api/ceasefires, /api/denials) read
// without reading the whole listing. The store filters, counts and cuts the page of the facts
// no analyst reviewed; the few reviewed ones are read whole, their reviews applied (a rejected
// fact is left out, a corrected place is tested against the box) and merged into the page at
// their place in the listing's order (date, report, fact id). A text query (`q`) is tested on
// each fact's JSON, so with one every fact the filters keep is read.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "serve/query_params.hpp"
#include "serve/review_rules.hpp"
#include "store/report_store.hpp"

namespace truce::serve {

struct FactPageRequest {
  FactFilter filter;                 // kind, columns' filters, box (its limit and offset unused)
  std::optional<std::string> query;  // words any string of the fact must contain, or none
  bool reviewed = false;             // analysts review this kind: apply their reviews
  bool include_rejected = false;     // keep facts whose latest review rejected them
  Page page;
};

// {"items", "total", "limit", "offset", "next_offset"} as JSON text: each item the fact's JSON
// with its reviews applied ("review": null when none) and its report, original report,
// publication date and outlet. `reviews` are every review (empty when the kind is not
// reviewed). Unreviewed facts go out as stored, their JSON never parsed.
std::string fact_page(ReportStore& store, const ReviewIndex& reviews,
                      const FactPageRequest& request);

}  // namespace truce::serve
