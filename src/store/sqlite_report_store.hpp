// The embedded store: ReportStore on one SQLite file (WAL, foreign keys, FTS5). One object per
// thread; several processes may share the file, writers waiting on the busy timeout.
#pragma once

#include <memory>
#include <string>

#include "store/generation_cache.hpp"
#include "store/listing_sql.hpp"
#include "store/report_store.hpp"
#include "store/sqlite_handle.hpp"

namespace truce::store {

// Opens the database at `path` (creating it if absent) with the store's settings (busy timeout,
// WAL, foreign keys) and migrates it to the latest schema.
Result<DatabasePtr> open_migrated(const std::string& path);

// Opens the existing database at `path` for reading only: never creates the file, never writes
// it (a read-only file or a copy on read-only media reads fine). A database of an older schema is
// migrated first if it can be written. Fails with "<path>: no such database..." when absent.
Result<DatabasePtr> open_for_reading(const std::string& path);

// Binds `values` to ?1, ?2, ... in order.
void bind_values(Statement& stmt, const std::vector<SqlValue>& values);

class SqliteReportStore final : public ReportStore {
 public:
  // Opens or creates the database at `path` and migrates it to the latest schema (with
  // `mode` read: see open_for_reading). Fails with "<path>: ..." when the file is not a
  // database, cannot be opened or created, or is newer.
  static Result<std::unique_ptr<SqliteReportStore>> open(const std::string& path,
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
  // The API's search and its count: sqlite_report_listing.cpp.
  Result<std::vector<ReportHit>> search_reports(const std::string& query,
                                                const ReportFilter& filter, const std::string& open,
                                                const std::string& close) override;
  Result<int64_t> count_search(const std::string& query, const ReportFilter& filter) override;
  Result<std::optional<int64_t>> original_id(int64_t id) override;
  Result<int64_t> count_reports(const ReportFilter& filter) override;
  // Extraction results: sqlite_fact_queries.cpp.
  Status put_extraction(int64_t report_id, const ExtractionRecord& extraction) override;
  Result<std::optional<ExtractionRecord>> get_extraction(int64_t report_id) override;
  Result<std::vector<StoredFact>> list_facts(const FactFilter& filter) override;
  Result<int64_t> count_facts(const FactFilter& filter) override;
  // Analysts' decisions: sqlite_analyst_tables.cpp.
  Result<std::vector<int64_t>> add_incident_decisions(
      const std::vector<IncidentDecision>& decisions) override;
  Result<std::vector<IncidentDecision>> list_incident_decisions() override;
  Result<int64_t> add_declared_ceasefire(const DeclaredCeasefire& ceasefire) override;
  Result<std::vector<DeclaredCeasefire>> list_declared_ceasefires() override;
  Result<std::vector<int64_t>> add_observations(
      const std::vector<StoredObservation>& observations) override;
  Result<std::vector<StoredObservation>> list_observations() override;

  const std::string& path() const { return path_; }

  // Merges the latest extractions' facts into the older ones now, in one transaction (an ingest
  // merges them by itself once they have grown: recent_facts.hpp). Listings are the same before
  // and after.
  Status merge_recent_facts_now();

 private:
  SqliteReportStore(DatabasePtr db, std::string path)
      : db_(std::move(db)), path_(std::move(path)), statements_(db_.get()) {}

  // The steps of insert_report inside its transaction; any failure rolls all of them back.
  Result<int64_t> insert_rows(const Report& report, const Fingerprint& fingerprint,
                              const std::optional<DuplicateLink>& duplicate_of);

  // The merges of the latest rows into the older ones when they have grown, at the end of a
  // batch or of a write outside one: LSH bands, then facts (recent_facts.hpp).
  Status merge_recent_rows(const std::string& context);
  // Moves the LSH bands of lsh_bands_recent into lsh_bands when the recent table has grown (see
  // migration 10): inside the open transaction, so a kill loses neither.
  Status merge_recent_bands(const std::string& context);
  static constexpr int64_t kMinRecentReports = 1024;
  static constexpr int64_t kRecentShare = 8;  // merged at 1/8 of the older reports

  // Runs the count `sql` with `params`, or answers it from counts_ when nothing was written
  // since it last ran.
  Result<int64_t> cached_count(const std::string& sql, const std::vector<SqlValue>& params,
                               const std::string& context);
  // The hits of the FTS5 query `match` among the reports `filter` keeps, best first, each with
  // its relevance; remembered per generation, so paging through a search ranks it once.
  struct Ranked {
    int64_t id;
    double rank;  // higher is better
  };
  using Ranking = std::shared_ptr<const std::vector<Ranked>>;
  Result<Ranking> ranking(const std::string& match, const ReportFilter& filter,
                          const std::string& context);
  // This connection's view of the database's generation: it changes with every commit of
  // another connection (PRAGMA data_version) and every row this connection changes.
  Result<std::string> generation();

  DatabasePtr db_;
  std::string path_;
  StatementCache statements_;  // declared after db_: finalized before the connection closes
  GenerationCache<int64_t> counts_{4096};
  // A ranking is 16 bytes a hit: a few recent searches, none of more than kMaxRankedHits.
  static constexpr std::size_t kMaxRankedHits = 50'000;
  GenerationCache<Ranking> rankings_{16};
};

}  // namespace truce::store
