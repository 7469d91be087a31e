// See grade.hpp.
#include "monitor/grade.hpp"

#include <fmt/core.h>
#include <fmt/ranges.h>

#include <array>
#include <set>

namespace truce::monitor {
namespace {

constexpr std::array<std::pair<Grade, std::string_view>, 5> kNames = {{
    {Grade::observer_confirmed, "observer_confirmed"},
    {Grade::acknowledged_by_both, "acknowledged_by_both"},
    {Grade::reported_independently, "reported_independently"},
    {Grade::claimed_by_one_party, "claimed_by_one_party"},
    {Grade::contested, "contested"},
}};

}  // namespace

std::string_view to_string(Grade grade) {
  for (const auto& [g, name] : kNames) {
    if (g == grade) return name;
  }
  return "claimed_by_one_party";
}

std::optional<Grade> parse_grade(std::string_view name) {
  for (const auto& [g, n] : kNames) {
    if (n == name) return g;
  }
  return std::nullopt;
}

Voice voice_of(const Account& account, const SideBook& sides, const std::string& acting,
               const std::string& acted_on) {
  const auto in_this_war = [&](const std::string& side) {
    if (acting.empty() && acted_on.empty()) return sides.is_party(side);
    return (!acting.empty() && sides.same_war(side, acting)) ||
           (!acted_on.empty() && sides.same_war(side, acted_on));
  };
  const auto& claimant = account.incident.claimant;
  const Outlet* outlet = account.outlet.outlet;
  if (claimant.side != "media" && !claimant.side.empty()) {
    if (in_this_war(claimant.side)) return Voice{"party", sides.canonical(claimant.side), ""};
    // A third state or an international body speaking for itself.
    return Voice{"independent", "", claimant.side};
  }
  // The report speaks on its own account (or a journalist does): its outlet decides.
  if (!outlet) return Voice{"unknown", "", account.origin.source};
  if (outlet->kind == "observer_mission") return Voice{"observer", "", outlet->name};
  if (!outlet->side.empty() && in_this_war(outlet->side)) {
    return Voice{"party", sides.canonical(outlet->side), outlet->name};
  }
  return Voice{"independent", "", outlet->name};
}

GradeResult grade_incident(const std::vector<const Account*>& accounts,
                           const std::vector<DenialRef>& denials, const std::string& acting,
                           const std::string& acted_on, const SideBook& sides,
                           const std::vector<std::string>& observed_by) {
  std::set<std::string> parties, independent, observers(observed_by.begin(), observed_by.end());
  for (const Account* a : accounts) {
    const Voice v = voice_of(*a, sides, acting, acted_on);
    if (v.kind == "party") parties.insert(v.side);
    if (v.kind == "independent") independent.insert(v.source);
    if (v.kind == "observer") observers.insert(v.source);
  }
  const std::string accused = acting.empty() ? "" : sides.canonical(acting);
  const std::string victim = acted_on.empty() ? "" : sides.canonical(acted_on);
  std::set<std::string> deniers;
  for (const auto& d : denials) {
    if (!d.side.empty() && sides.canonical(d.side) == accused) deniers.insert(d.claimant);
  }

  if (!observers.empty()) {
    return {Grade::observer_confirmed, fmt::format("observed by {}", fmt::join(observers, ", "))};
  }
  // The other side: the party acted on, or (civilians, an unknown target) any party at war
  // with the accused that tells of it.
  std::string other;
  if (!victim.empty() && parties.count(victim) && sides.opposed(accused, victim)) {
    other = victim;
  } else if (victim.empty() || !sides.is_party(victim)) {
    for (const auto& p : parties) {
      if (sides.opposed(accused, p)) other = p;
    }
  }
  if (!accused.empty() && parties.count(accused) && !other.empty() && deniers.empty()) {
    return {Grade::acknowledged_by_both,
            fmt::format("claimed by {} and acknowledged by {}", accused, other)};
  }
  if (!deniers.empty() && independent.empty()) {
    return {Grade::contested, fmt::format("denied by {} ({})", accused, fmt::join(deniers, ", "))};
  }
  if (!independent.empty()) {
    std::string why = fmt::format("reported by {}", fmt::join(independent, ", "));
    if (!deniers.empty()) why += fmt::format("; denied by {}", accused);
    return {Grade::reported_independently, why};
  }
  if (parties.size() > 1) {
    return {Grade::claimed_by_one_party,
            fmt::format("claimed by {} without confirmation by the side acted on",
                        fmt::join(parties, ", "))};
  }
  return {Grade::claimed_by_one_party,
          parties.empty() ? std::string("only outlets truce does not know report it")
                          : fmt::format("claimed by {} only", *parties.begin())};
}

}  // namespace truce::monitor
