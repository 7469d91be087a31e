// See recent_facts.hpp.
#include "store/recent_facts.hpp"

namespace truce::store {
namespace {

// Whether the recent facts have grown enough to merge. Row ids stand for the rows written since
// the recent table was last emptied and into the older one: two look-ups, not two counts.
Result<bool> grown(StatementCache& statements, const std::string& context) {
  auto sizes = statements.get(
      "SELECT (SELECT max(rowid) FROM facts_recent), (SELECT max(rowid) FROM facts)", context);
  if (!sizes) return sizes.error();
  auto row = (*sizes)->step();
  if (!row) return row.error();
  const int64_t recent = (*row && !(*sizes)->is_null(0)) ? (*sizes)->column_int(0) : 0;
  const int64_t older = (*row && !(*sizes)->is_null(1)) ? (*sizes)->column_int(1) : 0;
  (*sizes)->reset();
  return recent >= kMinRecentFacts && recent * kRecentShare >= older;
}

}  // namespace

Status merge_recent_facts(StatementCache& statements, MergeWhen when, const std::string& context) {
  if (when == MergeWhen::grown) {
    auto due = grown(statements, context);
    if (!due) return due.error();
    if (!*due) return {};
  }
  // In the listings' order: every listing index ends with (date, report, fact id), so each one's
  // inserts move forward through the index within each of its kinds, types, sides or targets,
  // visiting each page once instead of once per fact.
  for (const char* sql : {
           R"sql(INSERT INTO facts (report_id, kind, fact_id, type, date, claimant, claimant_side,
                                    actor1, about, measure, place, value, json)
                 SELECT report_id, kind, fact_id, type, date, claimant, claimant_side, actor1,
                        about, measure, place, value, json
                 FROM facts_recent ORDER BY kind, date, report_id, length(fact_id), fact_id)sql",
           R"sql(INSERT INTO fact_points (report_id, kind, fact_id, lat, lon)
                 SELECT report_id, kind, fact_id, lat, lon FROM fact_points_recent ORDER BY id)sql",
           "DELETE FROM fact_points_recent",
           "DELETE FROM facts_recent",
       }) {
    auto stmt = statements.get(sql, context);
    if (!stmt) return stmt.error();
    if (Status done = (*stmt)->run(); !done) return done;
  }
  return {};
}

}  // namespace truce::store
