// An analyst's merge or split of linked incidents as the decisions the store keeps: pairs of
// stable account keys (monitor/account.hpp) that later linking, and re-extraction, respect.
// `truce incidents merge|split` and POST /api/incident-decisions both build them here.
#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"
#include "monitor/incidents.hpp"

namespace truce::monitor {

// Every account of the incidents `ids` (incident ids or account refs, two or more) joined to
// the first one's first account. Fails naming an id the book does not hold.
Result<std::vector<IncidentDecision>> merge_decisions(const IncidentBook& book,
                                                      const std::vector<std::string>& ids,
                                                      const std::string& note);

// The accounts `refs` taken out of incident `id`: each kept apart from every account left in it.
// Fails naming the incident or an account it does not hold.
Result<std::vector<IncidentDecision>> split_decisions(const IncidentBook& book,
                                                      const std::string& id,
                                                      const std::vector<std::string>& refs,
                                                      const std::string& note);

}  // namespace truce::monitor
