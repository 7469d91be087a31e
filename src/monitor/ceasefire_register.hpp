// The ceasefire register: ceasefires found in reports (every report that mentions one) and those
// an analyst declared, each with its window, parties and area; and the alleged violations of each,
// the way the OSCE monitoring mission counted them: per day, accused side, claimant and area,
// with running totals since the ceasefire began.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "monitor/area.hpp"
#include "monitor/incidents.hpp"

namespace truce::monitor {

struct CeasefireMention {
  std::string ref;  // "<report>:<ceasefire fact id>"
  FactOrigin origin;
  extract::CeasefireRef fact;
};

struct RegisteredCeasefire {
  std::string id;        // "found:2020-10-10" or "declared:3"
  std::string name;      // "Ceasefire agreed 2020-10-10", or the analyst's name
  std::string origin;    // "found" or "declared"
  std::string starts;    // ISO date, or date-time with offset as declared
  std::string ends;      // "" while in force
  std::string ends_why;  // "superseded by found:2020-10-17", "declared", ""
  long start_day = 0;
  std::optional<long> end_day;
  std::vector<std::string> parties;  // empty: the warring parties, whoever they are
  Area area;
  std::string note;
  std::vector<CeasefireMention> mentions;
  std::string conflict;  // found ceasefires: the conflict of data/conflicts.tsv, if known
};

// One incident inside a ceasefire's window and area, with who accuses whom of it.
struct AllegedViolation {
  const LinkedIncident* incident = nullptr;
  std::string day;
  std::string area;                    // the place's country, or "unknown"
  std::vector<std::string> accused;    // sides blamed by some account ("unattributed" if none)
  std::vector<std::string> claimants;  // sides of the accounts' claimants
};

struct TallyRow {
  std::string day;
  int incidents = 0;
  int running_total = 0;
  std::map<std::string, int> by_accused;  // side -> incidents that day
};

// What missions observed on one day inside the ceasefire's window and area (OSCE style:
// explosions apart from other fire), with running totals since it began.
struct ObservedDay {
  std::string day;
  long explosions = 0;
  long other = 0;  // bursts, shots, projectiles in flight, flares
  long running_explosions = 0;
  long running_other = 0;
};

struct ViolationReport {
  std::vector<const Observation*> observed;  // missions' own observations, apart from claims
  std::vector<ObservedDay> observed_by_day;
  std::vector<AllegedViolation> violations;
  std::vector<TallyRow> by_day;            // running totals since the ceasefire began
  std::map<std::string, int> by_accused;   // side -> incidents it is accused of
  std::map<std::string, int> by_claimant;  // claimant side -> incidents it alleges
  std::map<std::string, std::map<std::string, int>> by_claimant_accused;
  std::map<std::string, int> by_area;
};

class CeasefireRegister {
 public:
  // Builds the register from the store's ceasefire references and declared ceasefires.
  // Fails naming the store's problem or a declared ceasefire that cannot be read.
  static Result<CeasefireRegister> build(ReportStore& store, const SideBook& sides);

  const std::vector<RegisteredCeasefire>& ceasefires() const { return ceasefires_; }
  const RegisteredCeasefire* find(const std::string& id) const;

  // The violent incidents inside `ceasefire`'s window, area and parties, tallied.
  ViolationReport violations(const RegisteredCeasefire& ceasefire, const IncidentBook& book) const;

 private:
  bool in_area(const RegisteredCeasefire& c, const MergedFields& m) const;

  std::vector<RegisteredCeasefire> ceasefires_;
  const SideBook* sides_ = nullptr;
};

// Checks a declared start or end: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS](Z|+HH:MM|-HH:MM)".
// Returns the local calendar day; fails naming the text.
Result<long> parse_moment(const std::string& text);

}  // namespace truce::monitor
