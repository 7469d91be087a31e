// See incident_linker.hpp.
#include "monitor/incident_linker.hpp"

#include <fmt/core.h>

#include <numeric>

namespace truce::monitor {
namespace {

using Pair = std::pair<std::string, std::string>;

Pair ordered(const std::string& a, const std::string& b) { return a < b ? Pair{a, b} : Pair{b, a}; }

// Union-find over account indexes, for analysts' merges.
struct Groups {
  std::vector<std::size_t> parent;
  explicit Groups(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t root(std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void join(std::size_t a, std::size_t b) {
    a = root(a);
    b = root(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace

std::vector<AccountGroup> link_accounts(const std::vector<Account>& accounts,
                                        const std::vector<PairDecision>& decisions,
                                        const LinkRules& rules, const SideBook& sides) {
  std::map<Pair, std::string> decided;  // the last decision about each pair wins
  for (const auto& d : decisions) decided[ordered(d.account_a, d.account_b)] = d.action;
  const auto decision = [&](std::size_t i, std::size_t j) {
    const auto it = decided.find(ordered(accounts[i].key, accounts[j].key));
    return it == decided.end() ? std::string() : it->second;
  };

  // Analysts' merges first: those accounts start out together.
  std::map<std::string, std::size_t> by_key;
  for (std::size_t i = 0; i < accounts.size(); ++i) by_key.emplace(accounts[i].key, i);
  Groups merged(accounts.size());
  for (const auto& [pair, action] : decided) {
    if (action != "merge") continue;
    const auto a = by_key.find(pair.first);
    const auto b = by_key.find(pair.second);
    if (a != by_key.end() && b != by_key.end()) merged.join(a->second, b->second);
  }

  std::vector<AccountGroup> groups;
  std::map<std::size_t, std::size_t> group_of_root;
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    const std::size_t root = merged.root(i);
    if (root != i) {
      AccountGroup& g = groups[group_of_root.at(root)];
      LinkExplanation why{accounts[i].ref, accounts[root].ref,
                          rules.compare(accounts[i], accounts[root], sides), "merge"};
      g.accounts.push_back(i);
      g.links.push_back(std::move(why));
      continue;
    }
    // The incident one of whose accounts this one fits, best, and none of whose accounts rules
    // it out (nor an analyst's split).
    std::size_t best = groups.size();
    double best_strength = -1;
    LinkExplanation best_why;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      bool ruled_out = false;
      LinkExplanation strongest;
      double strongest_strength = -1;
      for (const std::size_t j : groups[g].accounts) {
        LinkCheck check = rules.compare(accounts[i], accounts[j], sides);
        if (check.conflict || decision(i, j) == "split") {
          ruled_out = true;
          break;
        }
        if (check.linked && check.strength > strongest_strength) {
          strongest_strength = check.strength;
          strongest = LinkExplanation{accounts[i].ref, accounts[j].ref, std::move(check), ""};
        }
      }
      if (ruled_out || strongest_strength < 0) continue;
      if (strongest_strength > best_strength) {
        best_strength = strongest_strength;
        best = g;
        best_why = std::move(strongest);
      }
    }
    if (best == groups.size()) {
      groups.push_back(AccountGroup{{i}, {}});  // best stays groups.size() - 1
    } else {
      groups[best].accounts.push_back(i);
      groups[best].links.push_back(std::move(best_why));
    }
    group_of_root[i] = best;  // after a push_back, `best` is the new group's index
  }
  return groups;
}

}  // namespace truce::monitor
