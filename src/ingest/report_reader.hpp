// The reading half of `truce ingest`: expands paths into inputs, reads each input in whatever
// format it is (text, HTML, RSS/Atom, JSON Lines), attaches metadata (meta.jsonl beside the
// files, command-line options) and returns cleaned reports plus one-line problems.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/report.hpp"
#include "core/result.hpp"
#include "ingest/furniture_cleaner.hpp"

namespace truce::ingest {

struct ReadOptions {
  std::size_t max_bytes = 20 * 1024 * 1024;  // per input file; raised by the CLI flag --max-bytes
  std::optional<ReportDate> published;       // --published (overrides detected dates)
  std::string source;                        // --source
};

struct ReadOutcome {
  std::vector<Report> reports;
  std::vector<Error> problems;  // each "<input>: <problem>" (or "<input>:<line>: ...", "#N")
};

// The name of the furniture patterns file under data_dir().
inline constexpr const char* kFurnitureFile = "furniture.tsv";

class ReportReader {
 public:
  // Loads the furniture patterns from data_dir()/furniture.tsv; fails naming the file and line.
  static Result<ReportReader> create(ReadOptions options);
  // As create(), with patterns already loaded (tests, other pattern files).
  static ReportReader with_patterns(ReadOptions options, FurniturePatterns patterns);

  // Inputs under `paths` in a stable order: files as given, directories recursively (sorted;
  // skipping meta.jsonl, hidden files and folders, README files), "-" for stdin.
  // Missing/unreadable paths become problems.
  std::vector<std::string> expand(const std::vector<std::string>& paths,
                                  std::vector<Error>& problems) const;

  // Reads one input (a path or "-") into zero or more cleaned reports plus problems.
  ReadOutcome read(const std::string& input) const;

  // Reads `bytes` as if they were the contents of `input` (its extension and folder still count:
  // format hint, meta.jsonl). What read() does after loading the bytes.
  ReadOutcome read_bytes(const std::string& input, const std::string& bytes) const;

  const ReadOptions& options() const { return options_; }

 private:
  struct MetaCache;
  ReportReader(ReadOptions options, FurniturePatterns patterns);

  ReadOptions options_;
  std::shared_ptr<const FurnitureCleaner> cleaner_;
  std::shared_ptr<MetaCache> meta_cache_;  // shared by copies; guarded by its own mutex
};

}  // namespace truce::ingest
