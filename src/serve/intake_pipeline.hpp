// The sink continuous intake runs through: bytes from the inbox or a feed read as `truce ingest`
// reads a file, then each report through the pipeline (duplicates, extraction, storage in one
// transaction) on the intake's own connection to the store.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ingest/report_reader.hpp"
#include "pipeline/extraction_runner.hpp"
#include "serve/intake.hpp"
#include "store/report_store.hpp"

namespace truce::serve {

class IntakePipeline {
 public:
  // Opens the store and loads extraction; fails naming what could not be loaded.
  static Result<std::shared_ptr<IntakePipeline>> create(const std::string& db);

  IntakeCount store(const std::string& origin, const std::string& bytes, const std::string& source);

  // One line per problem met by the last store() call.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  IntakePipeline(std::unique_ptr<ReportStore> store, pipeline::ExtractionRunner extraction)
      : store_(std::move(store)), extraction_(std::move(extraction)) {}
  ingest::ReportReader& reader_for(const std::string& source);

  std::unique_ptr<ReportStore> store_;
  pipeline::ExtractionRunner extraction_;
  std::map<std::string, ingest::ReportReader> readers_;  // by source
  std::vector<std::string> problems_;
};

}  // namespace truce::serve
