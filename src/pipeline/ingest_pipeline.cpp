// See ingest_pipeline.hpp.
#include "pipeline/ingest_pipeline.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

namespace truce::pipeline {

const char* to_string(IngestOutcome::Status status) {
  switch (status) {
    case IngestOutcome::Status::stored:
      return "stored";
    case IngestOutcome::Status::near_duplicate:
      return "near_duplicate";
    case IngestOutcome::Status::already_stored:
      return "already_stored";
    case IngestOutcome::Status::error:
      break;
  }
  return "error";
}

nlohmann::json to_json(const IngestOutcome& outcome) {
  nlohmann::json j = {
      {"origin", outcome.origin}, {"title", outcome.title}, {"status", to_string(outcome.status)}};
  if (outcome.status == IngestOutcome::Status::error) {
    j["error"] = outcome.error;
    return j;
  }
  j["id"] = outcome.id;
  if (outcome.status == IngestOutcome::Status::near_duplicate) {
    j["duplicate_of"] = outcome.duplicate_of;
    j["similarity"] = outcome.similarity;
  }
  if (outcome.facts) j["facts"] = *outcome.facts;
  return j;
}

PreparedReport IngestPipeline::prepare(Report report) const {
  PreparedReport prepared;
  prepared.fingerprint = detector_.fingerprint(report.body);
  if (extraction_) prepared.extraction = extraction_->run(report);
  prepared.report = std::move(report);
  return prepared;
}

IngestOutcome IngestPipeline::store(const PreparedReport& prepared) {
  const Report& report = prepared.report;
  IngestOutcome out;
  out.origin = report.origin;
  out.title = report.title;
  for (const auto& warning : report.warnings) {
    out.warnings.push_back(fmt::format("{}: warning: {}", report.origin, warning));
  }
  auto verdict = detector_.check(store_, prepared.fingerprint);
  if (!verdict) {
    out.error = verdict.error().message;
    return out;
  }
  using Kind = ingest::DuplicateDetector::Verdict::Kind;
  if (verdict->kind == Kind::exact) {
    out.status = IngestOutcome::Status::already_stored;
    out.id = verdict->existing_id;
    return out;
  }
  std::optional<DuplicateLink> link;
  if (verdict->kind == Kind::near) link = DuplicateLink{verdict->existing_id, verdict->similarity};
  const ExtractionRecord* extracted = prepared.extraction ? &*prepared.extraction : nullptr;
  auto id = store_.insert_report(report, prepared.fingerprint, link, extracted);
  if (!id) {
    // Another ingest may have stored the same text between the check and the insert: that is
    // the duplicate it would have been, not a problem.
    auto winner = store_.find_exact(prepared.fingerprint.content_hash);
    if (winner && *winner) {
      out.status = IngestOutcome::Status::already_stored;
      out.id = **winner;
      return out;
    }
    out.error = id.error().message;
    return out;
  }
  out.id = *id;
  out.status = link ? IngestOutcome::Status::near_duplicate : IngestOutcome::Status::stored;
  if (link) {
    out.duplicate_of = link->original_id;
    out.similarity = link->similarity;
  }
  if (extracted) out.facts = extracted->facts.size();
  return out;
}

Result<ExtractionRecord> reextract(ReportStore& store, const ExtractionRunner& runner, int64_t id,
                                   const std::string& store_name) {
  auto stored = store.get_report(id);
  if (!stored) return stored.error();
  if (!stored->has_value()) return make_error(fmt::format("{}: no report {}", store_name, id));
  ExtractionRecord record = runner.run((*stored)->report);
  if (Status written = store.put_extraction(id, record); !written) return written.error();
  return record;
}

}  // namespace truce::pipeline
