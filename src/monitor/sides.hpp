// The sides as the monitor needs them: who is a party to the fighting and whom it fights (from
// data/conflicts.tsv), and the side it counts as ("Artsakh" counts as Armenia, data/sides.tsv).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace truce::monitor {

class SideBook {
 public:
  // Reads `data_dir`/sides.tsv and conflicts.tsv. Fails naming the file and line of a bad row.
  static Result<SideBook> load(const std::filesystem::path& data_dir);

  // Returns the side `side` counts as (itself unless sides.tsv says otherwise).
  std::string canonical(const std::string& side) const;
  // True when `side` (canonically) has opponents: a party to the fighting.
  bool is_party(const std::string& side) const;
  // True when the two sides (canonically) fight each other.
  bool opposed(const std::string& a, const std::string& b) const;

 private:
  std::map<std::string, std::vector<std::string>> opponents_;
  std::map<std::string, std::string> counts_as_;
};

}  // namespace truce::monitor
