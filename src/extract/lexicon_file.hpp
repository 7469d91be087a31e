// Reading the tab-separated lexicon files under data/: '#' starts a comment line, the first
// other line names the columns, every following line is one entry. See docs/lexicons.md.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace truce::extract {

struct LexiconRow {
  std::size_t line = 0;             // 1-based line number in the file, for error messages
  std::vector<std::string> fields;  // one per header column, trimmed; missing trailing -> ""
};

struct LexiconTable {
  std::filesystem::path path;
  std::vector<std::string> columns;
  std::vector<LexiconRow> rows;

  // Returns the index of `column`, or -1.
  int column(const std::string& name) const;
};

// Returns the table in `path`, whose header must contain every name in `required`. Fails with
// "<path>:<line>: <problem>" on a missing file, a missing column or a row with too few or too
// many fields.
Result<LexiconTable> read_lexicon(const std::filesystem::path& path,
                                  const std::vector<std::string>& required);

// Splits "a|b|c" into its trimmed, non-empty parts.
std::vector<std::string> split_alternatives(const std::string& field);

}  // namespace truce::extract
