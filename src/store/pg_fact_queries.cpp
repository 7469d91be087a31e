// PgReportStore's extraction methods: storing an extraction, reading it back, and listing facts
// with filters, in the order the SQLite store lists them.
#include <fmt/core.h>

#include "store/extraction_json_parts.hpp"
#include "store/pg_report_store.hpp"

namespace truce::store {

Status PgReportStore::write_extraction(int64_t report_id, const ExtractionRecord& extraction,
                                       const std::string& context) {
  // The facts go with the old extraction row (ON DELETE CASCADE); a queued report leaves the
  // queue, whoever extracted it.
  if (auto removed = conn_->run("DELETE FROM extractions WHERE report_id = $1;",
                                {pg::integer(report_id)}, context);
      !removed) {
    return removed.error();
  }
  if (auto dequeued = conn_->run("DELETE FROM extraction_queue WHERE report_id = $1",
                                 {pg::integer(report_id)}, context);
      !dequeued) {
    return dequeued.error();
  }
  if (auto inserted = conn_->run(
          R"sql(INSERT INTO extractions (report_id, extractor, extracted_at, json)
                VALUES ($1, $2, to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                        'YYYY-MM-DD"T"HH24:MI:SS"Z"'), $3))sql",
          {pg::integer(report_id), pg::text(extraction.extractor), pg::text(extraction.json)},
          context);
      !inserted) {
    return inserted.error();
  }
  if (extraction.facts.empty()) return {};
  // All the facts in one statement: one round trip per report, not per fact.
  std::string sql =
      "INSERT INTO facts (report_id, kind, fact_id, type, date, claimant, claimant_side, actor1,"
      " about, measure, place, value, json) VALUES ";
  std::vector<pg::Param> params = {pg::integer(report_id)};
  for (std::size_t i = 0; i < extraction.facts.size(); ++i) {
    const FactRow& row = extraction.facts[i];
    const std::size_t base = params.size();
    sql += fmt::format(
        "{}($1, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}::double precision, ${})",
        i ? ", " : "", base + 1, base + 2, base + 3, base + 4, base + 5, base + 6, base + 7,
        base + 8, base + 9, base + 10, base + 11, base + 12);
    for (const auto* field :
         {&row.kind, &row.fact_id, &row.type, &row.date, &row.claimant, &row.claimant_side,
          &row.actor1, &row.about, &row.measure, &row.place}) {
      params.push_back(pg::text(*field));
    }
    params.push_back(pg::optional_real(row.value));
    params.push_back(pg::text(row.json));
  }
  if (auto facts = conn_->run(sql, params, context); !facts) return facts.error();
  return {};
}

Status PgReportStore::put_extraction(int64_t report_id, const ExtractionRecord& extraction) {
  const std::string context =
      fmt::format("{}: cannot store the extraction of report {}", name(), report_id);
  auto tx = pg::Transaction::begin(*conn_, context);
  if (!tx) return tx.error();
  auto exists =
      conn_->run("SELECT 1 FROM reports WHERE id = $1", {pg::integer(report_id)}, context);
  if (!exists) return exists.error();
  if (exists->size() == 0) return make_error(fmt::format("{}: no report {}", name(), report_id));
  if (Status written = write_extraction(report_id, extraction, context); !written) return written;
  return tx->commit();
}

Result<std::optional<ExtractionRecord>> PgReportStore::get_extraction(int64_t report_id) {
  auto rows = conn_->run(
      "SELECT extractor, json FROM extractions WHERE report_id = $1", {pg::integer(report_id)},
      fmt::format("{}: cannot read the extraction of report {}", name(), report_id));
  if (!rows) return rows.error();
  if (rows->size() == 0) return std::optional<ExtractionRecord>();
  const std::string context =
      fmt::format("{}: cannot read the extraction of report {}", name(), report_id);
  // Each fact's JSON is stored once, in its row: put the whole extraction together again, in
  // the order the facts were numbered.
  auto facts = conn_->run(
      "SELECT kind, fact_id, json FROM facts WHERE report_id = $1 "
      "ORDER BY kind, length(fact_id), fact_id",
      {pg::integer(report_id)}, context);
  if (!facts) return facts.error();
  std::vector<FactRow> parts;
  for (int i = 0; i < facts->size(); ++i)
    parts.push_back(FactRow{
        .kind = facts->text(i, 0), .fact_id = facts->text(i, 1), .json = facts->text(i, 2)});
  auto whole = assemble_extraction_json(rows->text(0, 1), parts, context);
  if (!whole) return whole.error();
  return std::optional<ExtractionRecord>(ExtractionRecord{rows->text(0, 0), std::move(*whole), {}});
}

}  // namespace truce::store
