// One report's account of an incident: an extracted incident with the report it comes from and
// the outlet that published it. Linking gathers the accounts of one incident.
#pragma once

#include <string>

#include "extract/extraction.hpp"
#include "monitor/sources.hpp"
#include "store/report_store.hpp"

namespace truce::monitor {

struct Account {
  // Stable across re-extraction (fact ids are renumbered, spans and types are not): the report,
  // the offset of the words that signalled the incident, its type. Analyst decisions use it.
  std::string key;
  std::string ref;  // "<report>:<fact id>", as `truce events` lists it
  FactOrigin origin;
  std::string title;
  std::string url;
  SourceMatch outlet;
  extract::Incident incident;
};

// Returns the stable key of `incident` in report `report_id`.
std::string account_key(int64_t report_id, const extract::Incident& incident);

}  // namespace truce::monitor
