// See incident_decisions.hpp.
#include "monitor/incident_decisions.hpp"

#include <fmt/core.h>

#include <algorithm>

namespace truce::monitor {

Result<std::vector<IncidentDecision>> merge_decisions(const IncidentBook& book,
                                                      const std::vector<std::string>& ids,
                                                      const std::string& note) {
  if (ids.size() < 2) return make_error("merge: name two or more incidents", 2);
  std::vector<const LinkedIncident*> found;
  for (const auto& id : ids) {
    const auto* incident = book.find(id);
    if (!incident) return make_error(fmt::format("no incident {}", id), 2);
    found.push_back(incident);
  }
  std::vector<IncidentDecision> decisions;
  const std::string anchor = found.front()->accounts.front()->key;
  for (const auto* incident : found) {
    for (const auto* account : incident->accounts) {
      if (account->key != anchor) {
        decisions.push_back({0, "merge", anchor, account->key, note, "", ""});
      }
    }
  }
  return decisions;
}

Result<std::vector<IncidentDecision>> split_decisions(const IncidentBook& book,
                                                      const std::string& id,
                                                      const std::vector<std::string>& refs,
                                                      const std::string& note) {
  const auto* incident = book.find(id);
  if (!incident) return make_error(fmt::format("no incident {}", id), 2);
  if (refs.empty()) return make_error("split: name at least one account to take out", 2);
  std::vector<const Account*> out;
  for (const auto& ref : refs) {
    const auto it = std::find_if(incident->accounts.begin(), incident->accounts.end(),
                                 [&](const Account* a) { return a->ref == ref; });
    if (it == incident->accounts.end()) {
      return make_error(fmt::format("incident {} has no account {}", id, ref), 2);
    }
    out.push_back(*it);
  }
  // The accounts taken out never join those left, nor each other unless the rules link them.
  std::vector<IncidentDecision> decisions;
  for (const auto* a : out) {
    for (const auto* b : incident->accounts) {
      if (std::find(out.begin(), out.end(), b) == out.end()) {
        decisions.push_back({0, "split", a->key, b->key, note, "", ""});
      }
    }
  }
  if (decisions.empty()) {
    return make_error(fmt::format("incident {}: taking out every account splits nothing", id), 2);
  }
  return decisions;
}

}  // namespace truce::monitor
