// The storage interface the pipeline talks to. The embedded SQLite store implements it today; a
// PostgreSQL store can implement it without ingest or extraction changing.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/report.hpp"
#include "core/result.hpp"
#include "store/extraction_record.hpp"

namespace truce {

// What duplicate detection computed for a report (see ingest/duplicate_detector.hpp).
struct Fingerprint {
  std::string content_hash;       // hash of the normalized body: equal means exact duplicate
  std::vector<uint32_t> minhash;  // MinHash signature over word shingles
  // One key per LSH band of `minhash` (band number mixed in). The store indexes them and
  // near_candidates looks them up; a fingerprint without keys is never a candidate.
  std::vector<int64_t> lsh_bands;
};

// A stored report that is a near-duplicate of an earlier one.
struct DuplicateLink {
  int64_t original_id = 0;
  double similarity = 0;  // estimated Jaccard similarity of the two bodies' shingles
};

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
};

// A report whose near-duplicate signature shares at least one LSH band with a query.
struct NearCandidate {
  int64_t id = 0;
  std::vector<uint32_t> minhash;
};

class ReportStore {
 public:
  virtual ~ReportStore() = default;

  // Returns the id of a stored report with this content hash, or nullopt.
  virtual Result<std::optional<int64_t>> find_exact(const std::string& content_hash) = 0;
  // Returns stored reports sharing an LSH band with `fingerprint` (original reports only).
  virtual Result<std::vector<NearCandidate>> near_candidates(const Fingerprint& fingerprint) = 0;
  // Stores the report, its fingerprint, duplicate link and (when given) its extraction in one
  // transaction; returns its id. On failure nothing of the report is stored.
  virtual Result<int64_t> insert_report(const Report& report, const Fingerprint& fingerprint,
                                        const std::optional<DuplicateLink>& duplicate_of,
                                        const ExtractionRecord* extraction = nullptr) = 0;
  virtual Result<std::optional<StoredReport>> get_report(int64_t id) = 0;
  virtual Result<std::vector<ReportSummary>> list_reports(const ReportFilter& filter) = 0;
  // Full-text search over titles and bodies; `open`/`close` mark matches in snippets.
  virtual Result<std::vector<SearchHit>> search(const std::string& query, int limit,
                                                const std::string& open,
                                                const std::string& close) = 0;

  // Returns the id of the report `id` is a near-duplicate of, `id` itself for an original, or
  // nullopt when no report `id` is stored. Later stages count a story once by this id.
  virtual Result<std::optional<int64_t>> original_id(int64_t id) = 0;
  // Returns how many reports match `filter` (its limit ignored).
  virtual Result<int64_t> count_reports(const ReportFilter& filter) = 0;

  // Replaces report `report_id`'s extraction and facts in one transaction. Fails naming the
  // report when it is not stored.
  virtual Status put_extraction(int64_t report_id, const ExtractionRecord& extraction) = 0;
  // Returns the stored extraction of a report, or nullopt when it has none.
  virtual Result<std::optional<ExtractionRecord>> get_extraction(int64_t report_id) = 0;
  // Returns the facts matching `filter`, by date then report then fact id.
  virtual Result<std::vector<StoredFact>> list_facts(const FactFilter& filter) = 0;
};

// Opens (creating and migrating as needed) the store at `location`: a file path for the embedded
// SQLite store ("" means ./truce.db). Fails with a one-line message naming the location: not a
// database, cannot be opened or created, or written by a newer truce.
Result<std::unique_ptr<ReportStore>> open_store(const std::string& location);

}  // namespace truce
