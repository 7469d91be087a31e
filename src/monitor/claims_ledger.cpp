// See claims_ledger.hpp.
#include "monitor/claims_ledger.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "extract/lexicon_file.hpp"

namespace truce::monitor {
namespace {

std::string series_key(const LedgerEntry& e) { return e.claim.category + "/" + e.claim.measure; }

// A cumulative figure below an earlier one of the same claimant, category and measure.
void flag_falls(LedgerSeries& series) {
  std::map<std::string, const LedgerEntry*> highest;
  for (auto& e : series.entries) {
    if (!e.claim.cumulative) continue;
    const auto it = highest.find(series_key(e));
    if (it != highest.end() && e.claim.value < it->second->claim.value) {
      e.flags.push_back(fmt::format("cumulative figure falls from {:g} ({})",
                                    it->second->claim.value, it->second->claim.as_of.iso));
    }
    if (it == highest.end() || e.claim.value > it->second->claim.value) highest[series_key(e)] = &e;
  }
}

void flag_far_above(LedgerSeries& series, const std::vector<LedgerEntry>& admissions) {
  for (auto& e : series.entries) {
    double admitted = 0;
    for (const auto& a : admissions) {
      if (series_key(a) == series_key(e)) admitted = std::max(admitted, a.claim.value);
    }
    if (admitted > 0 && e.claim.value > kFarAboveAdmission * admitted) {
      e.flags.push_back(fmt::format("{:.1f}x the most the side admits ({:g})",
                                    e.claim.value / admitted, admitted));
    }
  }
}

}  // namespace

Result<LedgerCategories> LedgerCategories::load(const std::filesystem::path& data_dir) {
  auto table = extract::read_lexicon(data_dir / "ledger_categories.tsv", {"category", "includes"});
  if (!table) return table.error();
  LedgerCategories out;
  for (const auto& row : table->rows) {
    auto includes = extract::split_alternatives(row.fields[1]);
    if (includes.empty() || includes.front() != row.fields[0]) {
      return make_error(fmt::format("{}:{}: includes must list '{}' first", table->path.string(),
                                    row.line, row.fields[0]));
    }
    out.includes_[row.fields[0]] = std::move(includes);
  }
  return out;
}

std::vector<std::string> LedgerCategories::includes(const std::string& category) const {
  const auto it = includes_.find(category);
  return it == includes_.end() ? std::vector<std::string>{category} : it->second;
}

Result<Ledger> build_ledger(ReportStore& store, const std::string& about,
                            const std::string& category, const LedgerCategories& categories,
                            const SideBook& sides) {
  Ledger ledger{about, category, categories.includes(category), {}};
  const std::string side = sides.canonical(about);
  FactFilter filter;
  filter.originals_only = true;
  std::map<std::pair<std::string, std::string>, LedgerSeries> by_series;  // (role, claimant)
  for (const auto& cat : ledger.categories) {
    filter.type = cat;
    auto claims = store.list_claims(filter);
    if (!claims) return claims.error();
    for (auto& c : *claims) {
      const std::string claimant = c.fact.claimant.side.empty() ? "unknown" : c.fact.claimant.side;
      const std::string whose = sides.canonical(c.fact.about);
      const std::string by = sides.canonical(claimant);
      std::string role;
      if (whose == side && by == side) {
        role = "admission";
      } else if (whose == side) {
        role = "claim";
      } else if (by == side && sides.opposed(side, whose)) {
        role = "counter-claim";
      } else {
        continue;
      }
      LedgerSeries& s = by_series[{role, claimant}];
      s.claimant_side = claimant;
      s.role = role;
      s.entries.push_back(LedgerEntry{fmt::format("{}:{}", c.origin.report_id, c.fact.id),
                                      c.origin,
                                      std::move(c.fact),
                                      cat != category,
                                      {}});
    }
  }
  std::vector<LedgerEntry> admissions;
  for (auto& [key, s] : by_series) {
    std::stable_sort(s.entries.begin(), s.entries.end(), [](const auto& a, const auto& b) {
      return std::tie(a.claim.as_of.iso, a.origin.report_id) <
             std::tie(b.claim.as_of.iso, b.origin.report_id);
    });
    if (s.role == "admission")
      admissions.insert(admissions.end(), s.entries.begin(), s.entries.end());
  }
  for (const std::string role : {"claim", "admission", "counter-claim"}) {
    for (auto& [key, s] : by_series) {
      if (key.first != role) continue;
      flag_falls(s);
      if (role == "claim") flag_far_above(s, admissions);
      ledger.series.push_back(std::move(s));
    }
  }
  return ledger;
}

}  // namespace truce::monitor
