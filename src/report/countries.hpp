// Country codes and names for exports, from data/generated/countries.tsv (built from the npm
// package world-countries, see countries.cmake). Without the file, codes stay ISO alpha-2.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace truce::report {

struct Country {
  std::string cca2;       // ISO 3166-1 alpha-2
  std::string cca3;       // alpha-3, what ACLED's event ids start with
  std::string ccn3;       // numeric, ACLED's `iso`
  std::string name;       // common English name
  std::string subregion;  // UN subregion
};

class CountryTable {
 public:
  // Reads `data_dir`/generated/countries.tsv; an absent or unreadable file gives an empty table.
  static CountryTable load(const std::filesystem::path& data_dir);
  // The country with this alpha-2 code; one carrying only the code when it is unknown.
  Country find(const std::string& cca2) const;
  bool empty() const { return by_code_.empty(); }

 private:
  std::map<std::string, Country> by_code_;
};

}  // namespace truce::report
