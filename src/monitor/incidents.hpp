// Linked incidents read from the store: each report's account gathered with the others of the
// same incident, fields merged with their spread, graded, with the denials of its accounts.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "monitor/grade.hpp"
#include "monitor/incident_linker.hpp"
#include "monitor/link_rules.hpp"
#include "monitor/observations.hpp"
#include "monitor/sides.hpp"
#include "monitor/sources.hpp"
#include "store/report_store.hpp"

namespace truce::monitor {

// What the monitor knows from data/: sides, outlets, linking rules.
struct Knowledge {
  SideBook sides;
  SourceBook sources;
  LinkRules rules;
};
// Loads data/sides.tsv, data/sources.tsv and data/linking.tsv. Fails naming a bad file and line.
Result<std::shared_ptr<const Knowledge>> load_knowledge(const std::filesystem::path& data_dir);

// A figure across accounts: "3", "3-5", or empty.
struct Range {
  std::optional<long> low;
  std::optional<long> high;
  void add(std::optional<long> value);
  std::string text() const;
};

struct MergedFields {
  std::string type;
  std::string sub_event;
  std::string date;        // best estimate: the earliest day of the most precise accounts
  std::string date_first;  // the spread of the accounts' dates
  std::string date_last;
  std::string date_precision;  // of the best estimate
  std::string actor1;          // sides, most often given
  std::string actor2;
  std::optional<geo::Place> place;  // the most precise place, most often named
  std::vector<std::string> places;  // every place named, canonical names
  Range fatalities;                 // ACLED codes the low end
  Range injuries;
  std::vector<std::string> claimants;  // "Name (side)"
  std::vector<int64_t> reports;        // original reports, each once
  std::vector<std::string> outlets;
};

struct LinkedIncident {
  std::string id;  // ref of its first account
  std::vector<const Account*> accounts;
  std::vector<LinkExplanation> links;
  std::vector<DenialRef> denials;
  std::vector<const Observation*> observations;  // a mission's own, same day, within the radius
  MergedFields merged;
  GradeResult grade;
};

struct IncidentFilter {
  std::optional<std::string> since;  // on the best date, inclusive
  std::optional<std::string> until;
  std::optional<std::string> type;
  std::optional<std::string> side;  // actor1 or actor2 side (canonical)
  std::optional<double> lat, lon, radius_km;
  std::optional<Grade> grade;
};

// Every account and every linked incident in a store, as one consistent snapshot.
class IncidentBook {
 public:
  // Reads incidents, denials, reports and analysts' decisions from `store` and links them.
  // Fails naming the store's problem.
  static Result<IncidentBook> build(ReportStore& store, std::shared_ptr<const Knowledge> knowledge);

  const std::vector<LinkedIncident>& incidents() const { return incidents_; }
  const std::vector<Account>& accounts() const { return *accounts_; }
  const Knowledge& knowledge() const { return *knowledge_; }
  const std::vector<Observation>& observations() const { return *observations_; }
  // The incident with this id or holding the account with this ref, or null.
  const LinkedIncident* find(const std::string& id_or_ref) const;
  // The incidents matching `filter`, in date order.
  std::vector<const LinkedIncident*> select(const IncidentFilter& filter) const;

 private:
  std::shared_ptr<const Knowledge> knowledge_;
  std::shared_ptr<std::vector<Account>> accounts_;  // stable addresses for the pointers below
  std::shared_ptr<std::vector<Observation>> observations_;
  std::vector<LinkedIncident> incidents_;
};

// True for the event types that count as fighting (ceasefire violations): battles, explosions
// and remote violence, violence against civilians.
bool is_violent(const std::string& type);

}  // namespace truce::monitor
