// See countries.hpp.
#include "report/countries.hpp"

#include <fstream>
#include <sstream>
#include <vector>

namespace truce::report {

CountryTable CountryTable::load(const std::filesystem::path& data_dir) {
  CountryTable table;
  std::ifstream in(data_dir / "generated" / "countries.tsv");
  bool header = true;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> f;
    std::stringstream fields(line);
    for (std::string field; std::getline(fields, field, '\t');) f.push_back(field);
    if (f.size() < 5) continue;
    table.by_code_[f[0]] = Country{f[0], f[1], f[2], f[3], f[4]};
  }
  return table;
}

Country CountryTable::find(const std::string& cca2) const {
  const auto it = by_code_.find(cca2);
  return it != by_code_.end() ? it->second : Country{cca2, cca2, "", cca2, ""};
}

}  // namespace truce::report
