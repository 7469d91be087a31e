// Corroboration grades of a linked incident, modelled on Airwars' grading of civilian-harm
// allegations and on how ceasefire monitors keep observations apart from claims. Best first;
// the scale and its reasoning are in docs/monitor.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "monitor/account.hpp"
#include "monitor/sides.hpp"

namespace truce::monitor {

enum class Grade {
  observer_confirmed,      // an observer mission's own report
  acknowledged_by_both,    // the acting side tells of it and the side it fights confirms it
  reported_independently,  // an outlet or body affiliated with neither party reports it
  claimed_by_one_party,    // only one party's claims, however many outlets relay them
  contested,               // the accused denies it and no independent source reports it
};

std::string_view to_string(Grade grade);
// Parses a grade name; nullopt when unknown.
std::optional<Grade> parse_grade(std::string_view name);

// Whose voice an account is: a party, an independent source or an observer, from its claimant
// and (when the report speaks on its own account) its outlet.
struct Voice {
  std::string kind;    // "party", "independent", "observer", "unknown"
  std::string side;    // the party, for kind "party"
  std::string source;  // the independent outlet or body, for counting each once
};

// `acting`, `acted_on`: the incident's sides; a claimant is a party when it is at war beside or
// against one of them (Iran speaking of a Karabakh incident is a third state).
Voice voice_of(const Account& account, const SideBook& sides, const std::string& acting,
               const std::string& acted_on);

// A denial of one of the incident's accounts.
struct DenialRef {
  std::string ref;   // "<report>:<denial id>"
  std::string side;  // the denying claimant's side
  std::string claimant;
  std::string account;  // ref of the account denied
};

struct GradeResult {
  Grade grade = Grade::claimed_by_one_party;
  std::string why;  // one line
};

// Grades an incident from its accounts (near-duplicates counted once, by their original) and
// the denials of them. `acting` and `acted_on` are the incident's merged actor sides.
// `observed_by`: what monitoring missions' own observations of it say ("Mission: 3 impact").
GradeResult grade_incident(const std::vector<const Account*>& accounts,
                           const std::vector<DenialRef>& denials, const std::string& acting,
                           const std::string& acted_on, const SideBook& sides,
                           const std::vector<std::string>& observed_by = {});

}  // namespace truce::monitor
