// PgReportStore's extraction queue, shared by `truce worker` processes on any number of machines.
// A claim leases the oldest waiting reports with FOR UPDATE SKIP LOCKED (workers never wait for
// each other's rows); a report is done when the transaction storing its extraction deletes its
// queue row, which it does only while the lease is still the worker's. A killed worker's lease
// expires and the next claim takes the report over; if the slow worker comes back, its
// completion finds the lease gone and stores nothing, so each report is stored exactly once.
#include <fmt/core.h>

#include <algorithm>

#include "store/pg_report_store.hpp"

namespace truce::store {

Result<std::vector<int64_t>> PgReportStore::claim_reports(const std::string& worker, int max,
                                                          int lease_seconds) {
  auto rows = conn_->run(R"sql(
    WITH claimable AS (
      SELECT report_id FROM extraction_queue
      WHERE lease_until IS NULL OR lease_until < now()
      ORDER BY report_id LIMIT $2
      FOR UPDATE SKIP LOCKED)
    UPDATE extraction_queue q
    SET worker = $1, lease_until = clock_timestamp() + make_interval(secs => $3),
        attempts = q.attempts + 1
    FROM claimable c WHERE q.report_id = c.report_id
    RETURNING q.report_id
  )sql",
                         {pg::text(worker), pg::integer(max), pg::integer(lease_seconds)},
                         fmt::format("{}: worker {} cannot claim reports", name(), worker));
  if (!rows) return rows.error();
  std::vector<int64_t> ids;
  for (int i = 0; i < rows->size(); ++i) ids.push_back(rows->integer(i, 0));
  std::sort(ids.begin(), ids.end());
  return ids;
}

Result<bool> PgReportStore::complete_report(int64_t report_id, const std::string& worker,
                                            const ExtractionRecord& extraction) {
  const std::string context = fmt::format("{}: worker {} cannot store the extraction of report {}",
                                          name(), worker, report_id);
  auto tx = pg::Transaction::begin(*conn_, context);
  if (!tx) return tx.error();
  // Locks the queue row: a claim running now skips it, and a later one finds it gone.
  auto held =
      conn_->run("SELECT 1 FROM extraction_queue WHERE report_id = $1 AND worker = $2 FOR UPDATE",
                 {pg::integer(report_id), pg::text(worker)}, context);
  if (!held) return held.error();
  if (held->size() == 0) return false;  // taken over by another worker after the lease expired
  if (Status written = write_extraction(report_id, extraction, context); !written) {
    return written.error();
  }
  if (Status committed = tx->commit(); !committed) return committed.error();
  return true;
}

Result<QueueCounts> PgReportStore::queue_counts() {
  auto rows = conn_->run(R"sql(
    SELECT count(*) FILTER (WHERE lease_until IS NULL OR lease_until < now()),
           count(*) FILTER (WHERE lease_until >= now())
    FROM extraction_queue
  )sql",
                         {}, fmt::format("{}: cannot read the extraction queue", name()));
  if (!rows) return rows.error();
  return QueueCounts{rows->integer(0, 0), rows->integer(0, 1)};
}

}  // namespace truce::store
