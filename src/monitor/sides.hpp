// The sides as the monitor needs them: the side each counts as (data/sides.tsv: "Artsakh"
// counts as Armenia) and who fights whom (data/conflicts.tsv: two camps per conflict).
#pragma once

#include <filesystem>
#include <map>
#include <set>
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
  // True when `side` is a party to some conflict.
  bool is_party(const std::string& side) const;
  // True when `side` is a party to a conflict `other` is a party to (either camp).
  bool same_war(const std::string& side, const std::string& other) const;
  // True when the two sides fight each other (opposite camps of one conflict).
  bool opposed(const std::string& a, const std::string& b) const;
  // True when the two sides fight each other in the conflict named `conflict`.
  bool opposed_in(const std::string& conflict, const std::string& a, const std::string& b) const;

 private:
  struct Conflict {
    std::string name;
    std::set<std::string> a, b;  // canonical sides
  };
  std::vector<Conflict> conflicts_;
  std::map<std::string, std::string> counts_as_;
};

}  // namespace truce::monitor
