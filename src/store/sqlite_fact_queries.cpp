// SqliteReportStore's extraction methods: storing a re-extraction, reading an extraction back,
// and listing facts with filters.
#include <fmt/core.h>

#include "store/extraction_json_parts.hpp"
#include "store/extraction_rows.hpp"
#include "store/listing_sql.hpp"
#include "store/recent_facts.hpp"
#include "store/sqlite_report_store.hpp"

namespace truce::store {

Status SqliteReportStore::put_extraction(int64_t report_id, const ExtractionRecord& extraction) {
  const std::string context =
      fmt::format("{}: cannot store the extraction of report {}", path_, report_id);
  const bool in_batch = sqlite3_get_autocommit(db_.get()) == 0;  // end_batch merges
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
  if (!in_batch) {
    if (Status merged = merge_recent_facts(statements_, MergeWhen::grown, context); !merged) {
      return merged;
    }
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
                                  "SELECT kind, fact_id, json FROM"
                                  " (SELECT kind, fact_id, json FROM facts WHERE report_id = ?1"
                                  " UNION ALL SELECT kind, fact_id, json FROM facts_recent"
                                  " WHERE report_id = ?1)"
                                  " ORDER BY kind, length(fact_id), fact_id",
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

namespace {

// The listing's box plan: along the order when the page is reached after fewer facts than the
// box holds (a box holding most facts), from the R*Tree otherwise (a box holding few).
BoxPlan box_plan(const FactFilter& filter, int64_t in_box, int64_t without_box) {
  const int64_t wanted = filter.limit > 0 ? filter.offset + filter.limit : in_box;
  if (in_box == 0) return BoxPlan::from_index;
  // Facts visited along the order before `wanted` are in the box, against the box's points.
  const double along =
      static_cast<double>(wanted) * static_cast<double>(without_box) / static_cast<double>(in_box);
  return along <= 4.0 * static_cast<double>(in_box) ? BoxPlan::along_order : BoxPlan::from_index;
}

}  // namespace

Result<std::vector<StoredFact>> SqliteReportStore::list_facts(const FactFilter& filter) {
  const std::string context = fmt::format("{}: cannot list {} facts", path_, filter.kind);
  BoxPlan plan = BoxPlan::from_index;
  if (filter.box) {
    auto in_box = count_facts(filter);
    if (!in_box) return in_box.error();
    FactFilter without = filter;
    without.box.reset();
    auto all = count_facts(without);
    if (!all) return all.error();
    plan = box_plan(filter, *in_box, *all);
  }
  const SqlQuery query = fact_list_sql(filter, SqlDialect::sqlite, plan);
  auto stmt = statements_.get(query.sql, context);
  if (!stmt) return stmt.error();
  bind_values(**stmt, query.params);
  std::vector<StoredFact> out;
  while (true) {
    auto row = (*stmt)->step();
    if (!row) return row.error();
    if (!*row) break;
    const Statement& s = **stmt;
    StoredFact f;
    f.report_id = s.column_int(0);
    f.original_id = s.column_int(1);
    f.published = s.column_text(2);
    f.source = s.column_text(3);
    f.fact.kind = s.column_text(4);
    f.fact.fact_id = s.column_text(5);
    f.fact.type = s.column_text(6);
    f.fact.date = s.column_text(7);
    f.fact.claimant = s.column_text(8);
    f.fact.claimant_side = s.column_text(9);
    f.fact.actor1 = s.column_text(10);
    f.fact.about = s.column_text(11);
    f.fact.measure = s.column_text(12);
    f.fact.place = s.column_text(13);
    if (!s.is_null(14)) f.fact.value = s.column_double(14);
    f.fact.json = s.column_text(15);
    out.push_back(std::move(f));
  }
  (*stmt)->reset();
  return out;
}

Result<int64_t> SqliteReportStore::count_facts(const FactFilter& filter) {
  const SqlQuery query = fact_count_sql(filter, SqlDialect::sqlite);
  return cached_count(query.sql, query.params,
                      fmt::format("{}: cannot count {} facts", path_, filter.kind));
}

}  // namespace truce::store
