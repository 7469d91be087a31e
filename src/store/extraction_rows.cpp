// See extraction_rows.hpp.
#include "store/extraction_rows.hpp"

#include "store/sqlite_handle.hpp"

namespace truce::store {

namespace {

// An incident's places as points for the map's box (fact_points_recent and its R*Tree, merged into
// fact_points with their facts: recent_facts.hpp). Written here,
// by the one writer of facts, rather than by a trigger on facts reading them back out of the
// fact's JSON: the trigger cost about a tenth of an ingest's CPU.
Status write_points(StatementCache& statements, int64_t report_id, const FactRow& row,
                    const std::string& context) {
  if (row.kind != "incident" || row.points.empty()) return {};
  auto point = statements.get(R"sql(
    INSERT INTO fact_points_recent (report_id, kind, fact_id, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5)
  )sql",
                              context);
  if (!point) return point.error();
  for (const auto& [lat, lon] : row.points) {
    (*point)->reset();
    (*point)->bind(1, report_id).bind(2, row.kind).bind(3, row.fact_id).bind(4, lat).bind(5, lon);
    if (Status done = (*point)->run(); !done) return done;
  }
  return {};
}

}  // namespace

Status write_extraction_rows(StatementCache& statements, int64_t report_id,
                             const ExtractionRecord& extraction, const std::string& context) {
  // The facts go with the old extraction row (ON DELETE CASCADE), from either table; the new ones
  // join the latest facts (facts_recent), merged into facts later (recent_facts.hpp).
  auto remove = statements.get("DELETE FROM extractions WHERE report_id = ?1", context);
  if (!remove) return remove.error();
  (*remove)->bind(1, report_id);
  if (Status done = (*remove)->run(); !done) return done;

  auto insert = statements.get(R"sql(
    INSERT INTO extractions (report_id, extractor, extracted_at, json)
    VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?3)
  )sql",
                               context);
  if (!insert) return insert.error();
  (*insert)->bind(1, report_id).bind(2, extraction.extractor).bind(3, extraction.json);
  if (Status done = (*insert)->run(); !done) return done;

  auto fact = statements.get(R"sql(
    INSERT INTO facts_recent (report_id, kind, fact_id, type, date, claimant, claimant_side, actor1,
                       about, measure, place, value, json)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
  )sql",
                             context);
  if (!fact) return fact.error();
  for (const FactRow& row : extraction.facts) {
    (*fact)->reset();
    (*fact)
        ->bind(1, report_id)
        .bind(2, row.kind)
        .bind(3, row.fact_id)
        .bind(4, row.type)
        .bind(5, row.date)
        .bind(6, row.claimant)
        .bind(7, row.claimant_side)
        .bind(8, row.actor1)
        .bind(9, row.about)
        .bind(10, row.measure)
        .bind(11, row.place)
        .bind_optional(12, row.value)
        .bind(13, row.json);
    if (Status done = (*fact)->run(); !done) return done;
    if (Status done = write_points(statements, report_id, row, context); !done) return done;
  }
  return {};
}

}  // namespace truce::store
