// The storage interface the pipeline talks to. The embedded SQLite store implements it today; a
// PostgreSQL store can implement it without ingest or extraction changing.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/fingerprint.hpp"
#include "core/report.hpp"
#include "core/result.hpp"
#include "extract/extraction.hpp"
#include "store/extraction_record.hpp"

namespace truce {

// How a command opens the store: writing (creating and migrating it as needed) or only reading.
enum class OpenMode { read_write, read };

struct StoredReport {
  int64_t id = 0;
  Report report;  // raw bytes decompressed
  std::optional<DuplicateLink> duplicate_of;
  std::string ingested_at;  // UTC, ISO 8601
};

struct ReportSummary {
  int64_t id = 0;
  std::string published;  // ISO date or empty
  std::string published_precision;
  std::string title;
  std::string source;
  std::string origin;
  std::optional<DuplicateLink> duplicate_of;
};

struct SearchHit {
  int64_t id = 0;
  std::string title;
  std::string published;
  std::string snippet;  // with matches marked by the caller's markers, on one line
  double rank = 0;      // relevance (negated BM25, titles weigh double): higher is better
};

struct ReportFilter {
  std::optional<std::string> since;  // inclusive ISO dates on `published`
  std::optional<std::string> until;
  std::optional<std::string> source;
  bool include_duplicates = true;  // false: originals only, each story counted once
  int limit = 0;                   // 0: no limit
  int64_t offset = 0;              // rows of the listing's order skipped first
};

// A full-text hit with the report's summary, as the API lists it.
struct ReportHit {
  ReportSummary report;
  std::string snippet;  // as SearchHit's
  double rank = 0;      // as SearchHit's: higher is better
};

// An analyst's decision about two accounts of incidents (monitor/account.hpp keys).
struct IncidentDecision {
  int64_t id = 0;
  std::string action;  // "merge" or "split"
  std::string account_a;
  std::string account_b;
  std::string note;
  std::string decided_at;  // UTC, ISO 8601; set by the store
  std::string decided_by;  // the API token's name; "" from the command line
};

// A ceasefire declared by an analyst.
struct DeclaredCeasefire {
  int64_t id = 0;
  std::string name;
  std::string starts;  // ISO 8601 date or date-time with offset, as given
  std::string ends;    // "" while in force
  std::vector<std::string> parties;
  std::string area;  // "" (everywhere), country codes "AZ,AM", or a GeoJSON geometry
  std::string note;
  std::string declared_at;  // UTC, ISO 8601; set by the store
  std::string declared_by;  // the API token's name; "" from the command line
};

// A monitoring mission's field observation as stored (monitor/observations.hpp reads `json`).
struct StoredObservation {
  int64_t id = 0;
  std::string batch;  // the file it was entered from
  std::string mission;
  std::string day;  // local calendar day
  double lat = 0;   // the event's estimated position
  double lon = 0;
  std::string json;
  std::string entered_at;  // UTC, ISO 8601; set by the store
};

// Where a stored fact comes from: its report, the report's original (itself unless a
// near-duplicate), publication date and outlet.
struct FactOrigin {
  int64_t report_id = 0;
  int64_t original_id = 0;
  std::string published;
  std::string source;
};

// Stored facts read back typed, whole (every place, actor, span and provenance entry).
template <typename Fact>
struct Stored {
  FactOrigin origin;
  Fact fact;
};
using StoredIncident = Stored<extract::Incident>;
using StoredClaim = Stored<extract::LossClaim>;
using StoredCeasefire = Stored<extract::CeasefireRef>;
using StoredDenial = Stored<extract::Denial>;

// The extraction queue's size: reports waiting for a worker (never claimed, or their lease
// expired) and reports a worker holds a running lease on.
struct QueueCounts {
  int64_t waiting = 0;
  int64_t leased = 0;
};

class ReportStore : public FingerprintLookup {
 public:
  // Stores the report, its fingerprint, duplicate link and (when given) its extraction in one
  // transaction; returns its id. On failure nothing of the report is stored.
  virtual Result<int64_t> insert_report(const Report& report, const Fingerprint& fingerprint,
                                        const std::optional<DuplicateLink>& duplicate_of,
                                        const ExtractionRecord* extraction = nullptr) = 0;
  // Groups the reports stored until end_batch() into one transaction, each report still all or
  // nothing within it (a failed one is rolled back alone): many small commits cost more than
  // the reports. A kill before end_batch() loses the batch, never part of a report.
  virtual Status begin_batch() { return {}; }
  virtual Status end_batch() { return {}; }
  virtual Result<std::optional<StoredReport>> get_report(int64_t id) = 0;
  virtual Result<std::vector<ReportSummary>> list_reports(const ReportFilter& filter) = 0;
  // Full-text search over titles and bodies; `open`/`close` mark matches in snippets.
  virtual Result<std::vector<SearchHit>> search(const std::string& query, int limit,
                                                const std::string& open,
                                                const std::string& close) = 0;

  // The hits of `query` among the reports `filter` keeps, best first (ties by id), from
  // filter.offset, at most filter.limit (0: all); snippets are made for those returned only.
  virtual Result<std::vector<ReportHit>> search_reports(const std::string& query,
                                                        const ReportFilter& filter,
                                                        const std::string& open,
                                                        const std::string& close) = 0;
  // How many reports `filter` keeps match `query` (its limit and offset ignored).
  virtual Result<int64_t> count_search(const std::string& query, const ReportFilter& filter) = 0;

  // Returns the id of the report `id` is a near-duplicate of, `id` itself for an original, or
  // nullopt when no report `id` is stored. Later stages count a story once by this id.
  virtual Result<std::optional<int64_t>> original_id(int64_t id) = 0;
  // Returns how many reports match `filter` (its limit and offset ignored).
  virtual Result<int64_t> count_reports(const ReportFilter& filter) = 0;

  // Replaces report `report_id`'s extraction and facts in one transaction. Fails naming the
  // report when it is not stored.
  virtual Status put_extraction(int64_t report_id, const ExtractionRecord& extraction) = 0;
  // Returns the stored extraction of a report, or nullopt when it has none.
  virtual Result<std::optional<ExtractionRecord>> get_extraction(int64_t report_id) = 0;
  // Returns the facts matching `filter`, by date then report then fact id (shorter ids first),
  // from filter.offset, at most filter.limit.
  virtual Result<std::vector<StoredFact>> list_facts(const FactFilter& filter) = 0;
  // How many facts match `filter` (its limit and offset ignored).
  virtual Result<int64_t> count_facts(const FactFilter& filter) = 0;

  // Stores analysts' decisions in one transaction, all or none; returns their ids.
  virtual Result<std::vector<int64_t>> add_incident_decisions(
      const std::vector<IncidentDecision>& decisions) = 0;
  // Every decision, oldest first.
  virtual Result<std::vector<IncidentDecision>> list_incident_decisions() = 0;
  // Stores a declared ceasefire; returns its id.
  virtual Result<int64_t> add_declared_ceasefire(const DeclaredCeasefire& ceasefire) = 0;
  // Every declared ceasefire, by id.
  virtual Result<std::vector<DeclaredCeasefire>> list_declared_ceasefires() = 0;

  // Stores a file's observations in one transaction, all or none; returns their ids.
  virtual Result<std::vector<int64_t>> add_observations(
      const std::vector<StoredObservation>& observations) = 0;
  // Every observation, by day then id.
  virtual Result<std::vector<StoredObservation>> list_observations() = 0;

  // The extraction queue `truce worker` processes, in stores shared by many workers
  // (PostgreSQL): a report stored without extraction waits in it until a worker stores its
  // extraction. The embedded store has none; there these fail saying so.
  virtual bool has_work_queue() const { return false; }
  // Leases up to `max` waiting reports, oldest first, to `worker` for `lease_seconds`; reports
  // leased by another worker are skipped, not waited for; an expired lease is taken over.
  virtual Result<std::vector<int64_t>> claim_reports(const std::string& worker, int max,
                                                     int lease_seconds);
  // Stores the extraction of a report leased to `worker` and takes the report off the queue, in
  // one transaction. Returns false, storing nothing, when the lease went to another worker.
  virtual Result<bool> complete_report(int64_t report_id, const std::string& worker,
                                       const ExtractionRecord& extraction);
  virtual Result<QueueCounts> queue_counts();

  // The facts of one kind matching `filter` (its `kind` is ignored), typed, in list_facts'
  // order. Every implementation gets them through list_facts. Fails naming the report and fact
  // when a stored fact cannot be read back.
  Result<std::vector<StoredIncident>> list_incidents(FactFilter filter);
  Result<std::vector<StoredClaim>> list_claims(FactFilter filter);
  Result<std::vector<StoredCeasefire>> list_ceasefires(FactFilter filter);
  Result<std::vector<StoredDenial>> list_denials(FactFilter filter);
};

// Opens (creating and migrating as needed) the store at `location`: a file path for the embedded
// SQLite store ("" means ./truce.db), or a postgresql:// (postgres://) URL for a PostgreSQL
// server, whose database must exist (truce creates its tables). Fails with a one-line message
// naming the location: not a database, cannot be opened or created, or written by a newer truce.
// With `mode` read, the store must exist and is only read: a read command never creates a
// database (a typo in --db is an error) and works on a read-only file.
Result<std::unique_ptr<ReportStore>> open_store(const std::string& location,
                                                OpenMode mode = OpenMode::read_write);

}  // namespace truce
