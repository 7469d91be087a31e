// Gathering the accounts of one incident: an account joins the incident holding the account it
// fits best (every field fits, link_rules.hpp) unless another account of that incident rules it
// out (a field disagrees), so a chain of near-fits never glues two incidents; an analyst's merge
// and split decisions, keyed by stable account keys, override the rules and survive
// re-extraction.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "monitor/account.hpp"
#include "monitor/link_rules.hpp"

namespace truce::monitor {

// An analyst's decision about two accounts: "merge" (one incident) or "split" (never one).
struct PairDecision {
  std::string action;
  std::string account_a;  // Account::key
  std::string account_b;
};

// Why an account joined its incident: the account it fits best and how.
struct LinkExplanation {
  std::string account;  // ref of the joining account
  std::string with;     // ref of the account it was compared with
  LinkCheck check;
  std::string decided;  // "merge" when an analyst's decision linked it, else ""
};

struct AccountGroup {
  std::vector<std::size_t> accounts;  // indexes into the accounts given to link_accounts
  std::vector<LinkExplanation> links;
};

// Returns the incidents, each a group of accounts, in the order of their first account.
// `accounts` should be ordered by date, report and fact. Later decisions override earlier ones
// about the same pair. Deterministic.
std::vector<AccountGroup> link_accounts(const std::vector<Account>& accounts,
                                        const std::vector<PairDecision>& decisions,
                                        const LinkRules& rules, const SideBook& sides);

}  // namespace truce::monitor
