// See recent_facts.hpp.
#include "store/recent_facts.hpp"

#include <fmt/core.h>

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
  // visiting each page once instead of once per fact. A chunk at a time (the first kMergeChunk
  // facts left, the same rows for the three statements: the order is total), so that no statement
  // changes more pages than SQLite's in-memory statement journal holds (sqlite_handle.cpp): one
  // statement moving 18,000 facts outgrew it and failed with "database or disk is full" when it
  // spilled to a file (SQLite 3.40).
  constexpr std::string_view kChunk =
      "SELECT rowid FROM facts_recent ORDER BY kind, date, report_id, length(fact_id), fact_id"
      " LIMIT 1024";
  const std::string facts = fmt::format(
      R"sql(INSERT INTO facts (report_id, kind, fact_id, type, date, claimant, claimant_side,
                               actor1, about, measure, place, value, json)
            SELECT report_id, kind, fact_id, type, date, claimant, claimant_side, actor1, about,
                   measure, place, value, json
            FROM facts_recent WHERE rowid IN ({0})
            ORDER BY kind, date, report_id, length(fact_id), fact_id)sql",
      kChunk);
  const std::string points = fmt::format(
      R"sql(INSERT INTO fact_points (report_id, kind, fact_id, lat, lon)
            SELECT p.report_id, p.kind, p.fact_id, p.lat, p.lon
            FROM facts_recent f JOIN fact_points_recent p
              ON p.report_id = f.report_id AND p.kind = f.kind AND p.fact_id = f.fact_id
            WHERE f.rowid IN ({0}) ORDER BY p.id)sql",
      kChunk);
  // The facts' points go with them (ON DELETE CASCADE, and the R*Tree's trigger).
  const std::string remove = fmt::format("DELETE FROM facts_recent WHERE rowid IN ({})", kChunk);
  for (;;) {
    auto left = statements.get("SELECT EXISTS (SELECT 1 FROM facts_recent)", context);
    if (!left) return left.error();
    auto row = (*left)->step();
    if (!row) return row.error();
    const bool more = *row && (*left)->column_int(0) != 0;
    (*left)->reset();
    if (!more) return {};
    for (const std::string* sql : {&facts, &points, &remove}) {
      auto stmt = statements.get(*sql, context);
      if (!stmt) return stmt.error();
      if (Status done = (*stmt)->run(); !done) return done;
    }
  }
}

}  // namespace truce::store
