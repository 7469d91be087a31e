// The claims ledger: for one side's losses and one category, the series of figures each claimant
// gave over time (cumulative or per period), beside what that side admits about its own losses
// and what it claims about its opponents; flags where a cumulative figure falls or a claim is
// far above everything the side admits. Categories roll up (data/ledger_categories.tsv).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "monitor/sides.hpp"
#include "store/report_store.hpp"

namespace truce::monitor {

struct LedgerEntry {
  std::string ref;  // "<report>:<claim id>"
  FactOrigin origin;
  extract::LossClaim claim;
  bool rolled_up = false;          // its category includes the one asked for without splitting it
  std::vector<std::string> flags;  // "falls from 300 (2020-10-03)", "12x the side's admission"
};

struct LedgerSeries {
  std::string claimant_side;
  std::string role;  // "claim" (about the side), "admission" (its own), "counter-claim"
  std::vector<LedgerEntry> entries;  // by as-of date, then report
};

struct Ledger {
  std::string about;
  std::string category;
  std::vector<std::string> categories;  // the roll-up: every category listed
  std::vector<LedgerSeries> series;
};

class LedgerCategories {
 public:
  // Reads `data_dir`/ledger_categories.tsv. Fails naming the file and line of a bad row.
  static Result<LedgerCategories> load(const std::filesystem::path& data_dir);
  // The categories `category` includes, itself first.
  std::vector<std::string> includes(const std::string& category) const;

 private:
  std::map<std::string, std::vector<std::string>> includes_;
};

// Flags a claim this many times above the largest figure the side admits (same category and
// measure); documented in docs/monitor.md.
inline constexpr double kFarAboveAdmission = 3.0;

// Builds the ledger of `about`'s losses in `category` (and its roll-up) from the store's claims.
// Near-duplicate reports count once. Fails naming the store's problem.
Result<Ledger> build_ledger(ReportStore& store, const std::string& about,
                            const std::string& category, const LedgerCategories& categories,
                            const SideBook& sides);

}  // namespace truce::monitor
