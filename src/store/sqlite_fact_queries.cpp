// SqliteReportStore's extraction methods: storing a re-extraction, reading an extraction back,
// and listing facts with filters.
#include <fmt/core.h>

#include "store/extraction_json_parts.hpp"
#include "store/extraction_rows.hpp"
#include "store/sqlite_report_store.hpp"

namespace truce::store {

Status SqliteReportStore::put_extraction(int64_t report_id, const ExtractionRecord& extraction) {
  const std::string context =
      fmt::format("{}: cannot store the extraction of report {}", path_, report_id);
  auto tx = Transaction::begin(db_.get(), context);
  if (!tx) return tx.error();
  auto exists = Statement::prepare(db_.get(), "SELECT 1 FROM reports WHERE id = ?1", context);
  if (!exists) return exists.error();
  exists->bind(1, report_id);
  auto found = exists->step();
  if (!found) return found.error();
  if (!*found) return make_error(fmt::format("{}: no report {}", path_, report_id));
  if (Status written = write_extraction_rows(statements_, report_id, extraction, context);
      !written) {
    return written;
  }
  return tx->commit();
}

Result<std::optional<ExtractionRecord>> SqliteReportStore::get_extraction(int64_t report_id) {
  const std::string context =
      fmt::format("{}: cannot read the extraction of report {}", path_, report_id);
  auto stmt = Statement::prepare(
      db_.get(), "SELECT extractor, json FROM extractions WHERE report_id = ?1", context);
  if (!stmt) return stmt.error();
  stmt->bind(1, report_id);
  auto row = stmt->step();
  if (!row) return row.error();
  if (!*row) return std::optional<ExtractionRecord>();
  ExtractionRecord record;
  record.extractor = stmt->column_text(0);
  const std::string shell = stmt->column_text(1);
  // Each fact's JSON is stored once, in its row: put the whole extraction together again.
  auto facts = Statement::prepare(db_.get(),
                                  "SELECT kind, fact_id, json FROM facts WHERE report_id = ?1 "
                                  "ORDER BY kind, length(fact_id), fact_id",
                                  context);
  if (!facts) return facts.error();
  facts->bind(1, report_id);
  std::vector<FactRow> rows;
  while (true) {
    auto fact = facts->step();
    if (!fact) return fact.error();
    if (!*fact) break;
    rows.push_back(FactRow{.kind = facts->column_text(0),
                           .fact_id = facts->column_text(1),
                           .json = facts->column_text(2)});
  }
  auto whole = assemble_extraction_json(shell, rows, context);
  if (!whole) return whole.error();
  record.json = std::move(*whole);
  return std::optional<ExtractionRecord>(std::move(record));
}

Result<std::vector<StoredFact>> SqliteReportStore::list_facts(const FactFilter& filter) {
  const std::string context = fmt::format("{}: cannot list {} facts", path_, filter.kind);
  auto stmt = Statement::prepare(db_.get(), R"sql(
    SELECT f.report_id, coalesce(d.original_id, f.report_id), r.published, r.source,
           f.kind, f.fact_id, f.type, f.date, f.claimant, f.claimant_side, f.actor1, f.about,
           f.measure, f.place, f.value, f.json
    FROM facts f
    JOIN reports r ON r.id = f.report_id
    LEFT JOIN duplicate_links d ON d.report_id = f.report_id
    WHERE f.kind = ?1
      AND (?2 IS NULL OR f.type = ?2)
      AND (?3 IS NULL OR f.claimant_side = ?3 COLLATE NOCASE)
      AND (?4 IS NULL OR f.about = ?4 COLLATE NOCASE)
      AND (?5 IS NULL OR (f.date <> '' AND f.date >= ?5))
      AND (?6 IS NULL OR (f.date <> '' AND substr(f.date, 1, length(?6)) <= ?6))
      AND (?7 IS NULL OR f.report_id = ?7)
      AND (?8 = 0 OR d.report_id IS NULL)
    ORDER BY f.date, f.report_id, length(f.fact_id), f.fact_id
    LIMIT ?9
  )sql",
                                 context);
  if (!stmt) return stmt.error();
  stmt->bind(1, filter.kind)
      .bind_optional(2, filter.type)
      .bind_optional(3, filter.claimant_side)
      .bind_optional(4, filter.about)
      .bind_optional(5, filter.since)
      .bind_optional(6, filter.until)
      .bind_optional(7, filter.report_id);
  stmt->bind(8, int64_t{filter.originals_only ? 1 : 0});
  stmt->bind(9, int64_t{filter.limit > 0 ? filter.limit : -1});

  std::vector<StoredFact> out;
  while (true) {
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) break;
    StoredFact f;
    f.report_id = stmt->column_int(0);
    f.original_id = stmt->column_int(1);
    f.published = stmt->column_text(2);
    f.source = stmt->column_text(3);
    f.fact.kind = stmt->column_text(4);
    f.fact.fact_id = stmt->column_text(5);
    f.fact.type = stmt->column_text(6);
    f.fact.date = stmt->column_text(7);
    f.fact.claimant = stmt->column_text(8);
    f.fact.claimant_side = stmt->column_text(9);
    f.fact.actor1 = stmt->column_text(10);
    f.fact.about = stmt->column_text(11);
    f.fact.measure = stmt->column_text(12);
    f.fact.place = stmt->column_text(13);
    if (!stmt->is_null(14)) f.fact.value = stmt->column_double(14);
    f.fact.json = stmt->column_text(15);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace truce::store
