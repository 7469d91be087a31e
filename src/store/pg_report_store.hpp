// The server store: ReportStore on a PostgreSQL database, for many processes (ingest, serve,
// workers on many machines) sharing one database. The same tables and answers as the embedded
// store; full-text search with PostgreSQL's own (tsvector, GIN); an extraction queue that
// `truce worker` processes with FOR UPDATE SKIP LOCKED. One object per thread (one connection).
#pragma once

#include <memory>
#include <string>

#include "store/generation_cache.hpp"
#include "store/listing_sql.hpp"
#include "store/pg_connection.hpp"
#include "store/report_store.hpp"

namespace truce::store {

class PgReportStore final : public ReportStore {
 public:
  // Connects to `url` and migrates the database to the latest schema (with `mode` read: fails
  // when truce has never written it). Fails with "<url without password>: ...".
  static Result<std::unique_ptr<PgReportStore>> open(const std::string& url,
                                                     OpenMode mode = OpenMode::read_write);

  Result<std::optional<int64_t>> find_exact(const std::string& content_hash) override;
  Result<std::vector<NearCandidate>> near_candidates(const Fingerprint& fingerprint) override;
  Result<int64_t> insert_report(const Report& report, const Fingerprint& fingerprint,
                                const std::optional<DuplicateLink>& duplicate_of,
                                const ExtractionRecord* extraction = nullptr) override;
  Status begin_batch() override;
  Status end_batch() override;
  Result<std::optional<StoredReport>> get_report(int64_t id) override;
  Result<std::vector<ReportSummary>> list_reports(const ReportFilter& filter) override;
  Result<std::vector<SearchHit>> search(const std::string& query, int limit,
                                        const std::string& open, const std::string& close) override;
  // Listings and counts: pg_listing_queries.cpp.
  Result<std::vector<ReportHit>> search_reports(const std::string& query,
                                                const ReportFilter& filter, const std::string& open,
                                                const std::string& close) override;
  Result<int64_t> count_search(const std::string& query, const ReportFilter& filter) override;
  Result<std::optional<int64_t>> original_id(int64_t id) override;
  Result<int64_t> count_reports(const ReportFilter& filter) override;
  // Extraction results and the queue: pg_fact_queries.cpp, pg_work_queue.cpp.
  Status put_extraction(int64_t report_id, const ExtractionRecord& extraction) override;
  Result<std::optional<ExtractionRecord>> get_extraction(int64_t report_id) override;
  Result<std::vector<StoredFact>> list_facts(const FactFilter& filter) override;
  Result<int64_t> count_facts(const FactFilter& filter) override;
  bool has_work_queue() const override { return true; }
  Result<std::vector<int64_t>> claim_reports(const std::string& worker, int max,
                                             int lease_seconds) override;
  Result<bool> complete_report(int64_t report_id, const std::string& worker,
                               const ExtractionRecord& extraction) override;
  Result<QueueCounts> queue_counts() override;
  // Analysts' decisions: pg_analyst_tables.cpp.
  Result<std::vector<int64_t>> add_incident_decisions(
      const std::vector<IncidentDecision>& decisions) override;
  Result<std::vector<IncidentDecision>> list_incident_decisions() override;
  Result<int64_t> add_declared_ceasefire(const DeclaredCeasefire& ceasefire) override;
  Result<std::vector<DeclaredCeasefire>> list_declared_ceasefires() override;
  Result<std::vector<int64_t>> add_observations(
      const std::vector<StoredObservation>& observations) override;
  Result<std::vector<StoredObservation>> list_observations() override;

  pg::Connection& connection() { return *conn_; }

 private:
  explicit PgReportStore(std::unique_ptr<pg::Connection> conn) : conn_(std::move(conn)) {}

  const std::string& name() const { return conn_->name(); }
  // The steps of insert_report inside its transaction; any failure rolls all of them back.
  Result<int64_t> insert_rows(const Report& report, const Fingerprint& fingerprint,
                              const std::optional<DuplicateLink>& duplicate_of,
                              const std::string& context);
  // Replaces a report's extraction and facts (inside the caller's transaction).
  Status write_extraction(int64_t report_id, const ExtractionRecord& extraction,
                          const std::string& context);
  // Runs the count `sql`, or answers it from counts_ while the snapshot is the one it was
  // taken in (no transaction has ended or begun writing since).
  Result<int64_t> cached_count(const std::string& sql, const std::vector<SqlValue>& params,
                               const std::string& context);

  std::unique_ptr<pg::Connection> conn_;
  GenerationCache<int64_t> counts_{4096};
};

// Connects to `url` and brings its schema up to date (read: only checks that it is truce's).
Result<std::unique_ptr<pg::Connection>> connect_migrated(const std::string& url, OpenMode mode);

}  // namespace truce::store
