// The rules that decide whether two accounts tell of one incident (data/linking.tsv): which
// event types are compatible, how far apart places may lie by their precision, how much a date
// may be off by its precision. Each comparison explains itself.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "core/result.hpp"
#include "monitor/account.hpp"
#include "monitor/sides.hpp"

namespace truce::monitor {

// How two accounts compare, field by field: each says whether it fits and why, in a few words.
struct LinkCheck {
  bool linked = false;    // every field fits: the two may be one incident
  bool conflict = false;  // a field rules it out (types, dates, places or actors disagree)
  double strength = 0;    // 0..4, one point a field, less for a field that is merely not known
  std::string type, date, place, actors;  // "same type", "14 km apart (within 25 km)", ...
};

class LinkRules {
 public:
  // Reads `data_dir`/linking.tsv. Fails naming the file and line of a bad row.
  static Result<LinkRules> load(const std::filesystem::path& data_dir);

  // Compares two accounts on type, date, place and actors.
  LinkCheck compare(const Account& a, const Account& b, const SideBook& sides) const;

  // The distance within which two places of these ACLED geo-precisions may lie, in km.
  double radius_km(int precision_a, int precision_b) const;

 private:
  std::map<int, double> radius_;                         // geo precision -> km
  std::map<std::string, int> slack_;                     // date precision or rule -> days
  std::set<std::pair<std::string, std::string>> types_;  // compatible pairs, both orders
};

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD" (or "YYYY-MM", "YYYY": the first day);
// nullopt when it is not one.
std::optional<long> day_number(const std::string& iso);
// The ISO date of a day number.
std::string iso_date(long day);

}  // namespace truce::monitor
