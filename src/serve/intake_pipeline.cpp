// See intake_pipeline.hpp.
#include "serve/intake_pipeline.hpp"

#include <stdexcept>

#include "pipeline/ingest_pipeline.hpp"

namespace truce::serve {

Result<std::shared_ptr<IntakePipeline>> IntakePipeline::create(const std::string& db) {
  auto store = open_store(db);
  if (!store) return store.error();
  auto extraction = pipeline::ExtractionRunner::load();
  if (!extraction) return extraction.error();
  return std::shared_ptr<IntakePipeline>(
      new IntakePipeline(std::move(*store), std::move(*extraction)));
}

ingest::ReportReader& IntakePipeline::reader_for(const std::string& source) {
  auto it = readers_.find(source);
  if (it == readers_.end()) {
    ingest::ReadOptions options;
    options.source = source;
    auto reader = ingest::ReportReader::create(options);
    if (!reader) throw std::runtime_error(reader.error().message);
    it = readers_.emplace(source, std::move(*reader)).first;
  }
  return it->second;
}

IntakeCount IntakePipeline::store(const std::string& origin, const std::string& bytes,
                                  const std::string& source) {
  problems_.clear();
  IntakeCount count;
  const auto read = reader_for(source).read_bytes(origin, bytes);
  for (const auto& problem : read.problems) problems_.push_back(problem.message);
  count.problems = static_cast<int>(read.problems.size());
  pipeline::IngestPipeline steps(*store_, &extraction_);
  for (const auto& report : read.reports) {
    const auto outcome = steps.ingest(report);
    using Status = pipeline::IngestOutcome::Status;
    if (outcome.status == Status::stored || outcome.status == Status::near_duplicate) {
      ++count.stored;
    } else if (outcome.status == Status::already_stored) {
      ++count.already_stored;
    } else {
      ++count.problems;
      problems_.push_back(outcome.error);
    }
  }
  return count;
}

}  // namespace truce::serve
