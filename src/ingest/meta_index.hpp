// The meta.jsonl an analyst keeps beside a folder of reports: per file, its publication date and
// precision, outlet and language (the format of ../shared/seeds/meta.jsonl).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/report.hpp"
#include "core/result.hpp"

namespace truce::ingest {

struct MetaEntry {
  std::optional<ReportDate> published;
  std::string source;  // "outlet_via" (or "source")
  std::string lang;
  std::string url;
  std::string title;
};

class MetaIndex {
 public:
  // Returns the entries of `dir`/meta.jsonl, or an empty index when the file does not exist.
  // Each bad line (invalid JSON, no "doc", a bad date or precision) adds a problem
  // "<dir>/meta.jsonl:<line>: <why>" and is skipped.
  static MetaIndex load(const std::filesystem::path& dir, std::vector<Error>& problems);

  // Returns the entry for the file named `doc` (a name relative to the folder), or nullptr.
  const MetaEntry* find(const std::string& doc) const;
  bool empty() const { return entries_.empty(); }

 private:
  std::map<std::string, MetaEntry> entries_;
};

}  // namespace truce::ingest
