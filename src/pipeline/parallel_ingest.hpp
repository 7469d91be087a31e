// Ingest of many inputs on all cores: reading, cleaning, fingerprinting and extraction run on
// `jobs` threads; duplicate checks and storage run on the calling thread in input order, so what
// is stored is byte for byte the same whatever the number of threads. Reports are committed in
// batches (each report still all or nothing) because one commit per report costs more than
// storing it.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "ingest/report_reader.hpp"
#include "pipeline/ingest_pipeline.hpp"

namespace truce::pipeline {

struct ParallelOptions {
  unsigned jobs = 0;                          // threads preparing reports; 0: one per core
  std::size_t batch_reports = 256;            // commit after this many reports...
  std::chrono::milliseconds batch_time{500};  // ...or this long, whichever comes first
};

// What happened to one input: the problems reading it and its reports' outcomes, in order.
struct InputOutcome {
  std::string input;
  std::vector<Error> problems;
  std::vector<IngestOutcome> reports;
};

// The number of threads `jobs` asks for: itself, or the number of cores when 0.
unsigned resolve_jobs(unsigned jobs);

// Reads every input with `reader` and stores its reports through `pipeline`, calling `done`
// once per input in input order, after its reports are stored. Fails only when a batch cannot
// be committed (naming the store); the reports of that batch are then not stored.
Status ingest_inputs(const ingest::ReportReader& reader, IngestPipeline& pipeline,
                     ReportStore& store, const std::vector<std::string>& inputs,
                     const ParallelOptions& options,
                     const std::function<void(InputOutcome&&)>& done);

}  // namespace truce::pipeline
