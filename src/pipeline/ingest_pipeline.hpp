// The pipeline as every caller runs it (the CLI, the HTTP server, workers): a report goes through
// duplicate detection, extraction and storage in one transaction; a stored report is extracted
// again. Callers read and present; the order of the steps lives here only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/report.hpp"
#include "ingest/duplicate_detector.hpp"
#include "pipeline/extraction_runner.hpp"
#include "store/report_store.hpp"

namespace truce::pipeline {

// What happened to one report.
struct IngestOutcome {
  enum class Status { stored, near_duplicate, already_stored, error };
  Status status = Status::error;
  std::string origin;
  std::string title;
  int64_t id = 0;            // the new report, or the stored one it duplicates exactly
  int64_t duplicate_of = 0;  // near_duplicate: the original
  double similarity = 0;
  std::optional<std::size_t> facts;   // facts extracted, when extraction ran
  std::string error;                  // status error: one line naming the report
  std::vector<std::string> warnings;  // "<origin>: warning: ..." from reading
};

// "stored", "near_duplicate", "already_stored", "error".
const char* to_string(IngestOutcome::Status status);
// The outcome as JSON: origin, title, status, id, duplicate_of, similarity, facts, error.
nlohmann::json to_json(const IngestOutcome& outcome);

// A report with what can be worked out without the store: its fingerprint and extraction.
struct PreparedReport {
  Report report;
  Fingerprint fingerprint;
  std::optional<ExtractionRecord> extraction;
};

class IngestPipeline {
 public:
  // `extraction` null stores reports without extracting them. Both must outlive the pipeline.
  IngestPipeline(ReportStore& store, const ExtractionRunner* extraction,
                 ingest::DuplicateDetector::Options options = {})
      : store_(store), extraction_(extraction), detector_(options) {}

  // Stores `report` unless an exact duplicate is stored: a near-duplicate is linked to its
  // original; its extraction goes in the same transaction. Never throws; a failure leaves
  // nothing of the report stored and is reported in the outcome.
  IngestOutcome ingest(const Report& report) { return store(prepare(report)); }

  // The two halves of ingest(). prepare() reads no store and may run on many threads at once;
  // store() checks duplicates against the store and writes, on one thread. An exact duplicate
  // is extracted by prepare() and then not stored.
  PreparedReport prepare(Report report) const;
  IngestOutcome store(const PreparedReport& prepared);

 private:
  ReportStore& store_;
  const ExtractionRunner* extraction_;
  ingest::DuplicateDetector detector_;
};

// Extracts stored report `id` again and replaces its facts in one transaction; returns the new
// record. Fails naming the store and the report when it is not stored or cannot be written.
Result<ExtractionRecord> reextract(ReportStore& store, const ExtractionRunner& runner, int64_t id,
                                   const std::string& store_name);

}  // namespace truce::pipeline
