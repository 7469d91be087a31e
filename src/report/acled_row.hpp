// A linked incident as one row of ACLED's event table (their column names and meanings, see
// docs/monitor.md "Exports"), followed by truce's own columns: who claims it, how well it is
// confirmed, from which reports.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "monitor/incidents.hpp"
#include "report/countries.hpp"

namespace truce::report {

// ACLED's columns, in the order of their public export, then truce's.
const std::vector<std::string>& acled_columns();

// Numbers event ids per country in the order rows are written ("AZE1", "AZE2", ...).
class EventIds {
 public:
  std::string next(const std::string& cca3);

 private:
  std::map<std::string, int> last_;
};

// The row of `incident`, one value per column of acled_columns().
std::vector<std::string> acled_row(const monitor::LinkedIncident& incident,
                                   const monitor::Knowledge& knowledge,
                                   const CountryTable& countries, EventIds& ids);

}  // namespace truce::report
