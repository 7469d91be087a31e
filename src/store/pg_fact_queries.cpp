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

Result<std::vector<StoredFact>> PgReportStore::list_facts(const FactFilter& filter) {
  auto rows = conn_->run(
      R"sql(
    SELECT f.report_id, coalesce(d.original_id, f.report_id), r.published, r.source,
           f.kind, f.fact_id, f.type, f.date, f.claimant, f.claimant_side, f.actor1, f.about,
           f.measure, f.place, f.value, f.json
    FROM facts f
    JOIN reports r ON r.id = f.report_id
    LEFT JOIN duplicate_links d ON d.report_id = f.report_id
    WHERE f.kind = $1
      AND ($2::text IS NULL OR f.type = $2::text)
      AND ($3::text IS NULL OR lower(f.claimant_side) = lower($3::text))
      AND ($4::text IS NULL OR lower(f.about) = lower($4::text))
      AND ($5::text IS NULL OR (f.date <> '' AND f.date >= $5::text))
      AND ($6::text IS NULL OR (f.date <> '' AND substr(f.date, 1, length($6::text)) <= $6::text))
      AND ($7::bigint IS NULL OR f.report_id = $7::bigint)
      AND (NOT $8::boolean OR d.report_id IS NULL)
    ORDER BY f.date, f.report_id, length(f.fact_id), f.fact_id
    LIMIT $9::bigint
  )sql",
      {pg::text(filter.kind), pg::optional_text(filter.type),
       pg::optional_text(filter.claimant_side), pg::optional_text(filter.about),
       pg::optional_text(filter.since), pg::optional_text(filter.until),
       pg::optional_integer(filter.report_id), pg::boolean(filter.originals_only),
       filter.limit > 0 ? pg::integer(filter.limit) : pg::null()},
      fmt::format("{}: cannot list {} facts", name(), filter.kind));
  if (!rows) return rows.error();
  std::vector<StoredFact> out;
  out.reserve(static_cast<std::size_t>(rows->size()));
  for (int i = 0; i < rows->size(); ++i) {
    StoredFact f;
    f.report_id = rows->integer(i, 0);
    f.original_id = rows->integer(i, 1);
    f.published = rows->text(i, 2);
    f.source = rows->text(i, 3);
    f.fact.kind = rows->text(i, 4);
    f.fact.fact_id = rows->text(i, 5);
    f.fact.type = rows->text(i, 6);
    f.fact.date = rows->text(i, 7);
    f.fact.claimant = rows->text(i, 8);
    f.fact.claimant_side = rows->text(i, 9);
    f.fact.actor1 = rows->text(i, 10);
    f.fact.about = rows->text(i, 11);
    f.fact.measure = rows->text(i, 12);
    f.fact.place = rows->text(i, 13);
    if (!rows->is_null(i, 14)) f.fact.value = rows->real(i, 14);
    f.fact.json = rows->text(i, 15);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace truce::store
