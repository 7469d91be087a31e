// See ceasefire_register.hpp.
#include "monitor/ceasefire_register.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <regex>
#include <set>

namespace truce::monitor {
namespace {

// A ceasefire found in reports, in the conflict `ref` names (its countries are its area; every
// violent incident there counts, whoever the actors), agreed on `day`.
RegisteredCeasefire found(const std::string& day, const std::string& why,
                          const extract::CeasefireRef& ref) {
  RegisteredCeasefire c;
  c.id = "found:" + day;
  c.name = ref.conflict.empty() ? fmt::format("Ceasefire agreed {}{}", day, why)
                                : fmt::format("Ceasefire agreed {}{} ({})", day, why, ref.conflict);
  c.origin = "found";
  c.starts = day;
  c.start_day = day_number(day).value_or(0);
  std::string countries;
  for (const auto& cc : ref.countries) countries += (countries.empty() ? "" : ",") + cc;
  if (auto area = Area::parse(countries)) c.area = std::move(*area);
  c.conflict = ref.conflict;
  return c;
}

}  // namespace

Result<long> parse_moment(const std::string& text) {
  static const std::regex kMoment(
      R"(^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$)");
  std::smatch m;
  const auto day = std::regex_match(text, m, kMoment) ? day_number(m[1].str()) : std::nullopt;
  if (!day || iso_date(*day) != m[1].str()) {
    return make_error(
        fmt::format("'{}' is not a date (YYYY-MM-DD) or a time (2020-10-10T12:00+04:00)", text), 2);
  }
  return *day;
}

Result<CeasefireRegister> CeasefireRegister::build(ReportStore& store, const SideBook& sides) {
  CeasefireRegister reg;
  reg.sides_ = &sides;
  auto declared = store.list_declared_ceasefires();
  if (!declared) return declared.error();
  for (const auto& d : *declared) {
    RegisteredCeasefire c;
    c.id = fmt::format("declared:{}", d.id);
    c.name = d.name;
    c.origin = "declared";
    c.starts = d.starts;
    c.ends = d.ends;
    c.ends_why = d.ends.empty() ? "" : "declared";
    auto start = parse_moment(d.starts);
    if (!start) return make_error(fmt::format("ceasefire {}: {}", c.id, start.error().message));
    c.start_day = *start;
    if (!d.ends.empty()) {
      auto end = parse_moment(d.ends);
      if (!end) return make_error(fmt::format("ceasefire {}: {}", c.id, end.error().message));
      c.end_day = *end;
    }
    c.parties = d.parties;
    auto area = Area::parse(d.area);
    if (!area) return make_error(fmt::format("ceasefire {}: {}", c.id, area.error().message));
    c.area = std::move(*area);
    c.note = d.note;
    reg.ceasefires_.push_back(std::move(c));
  }

  auto refs = store.list_ceasefires({});
  if (!refs) return refs.error();
  // Agreements with the day they were reached are found ceasefires, one per day.
  // Keyed by conflict, then day: a ceasefire supersedes only an earlier one of its own war.
  std::map<std::pair<std::string, std::string>, RegisteredCeasefire> by_day;
  std::vector<const StoredCeasefire*> undated;
  for (const auto& r : *refs) {
    if (r.fact.kind != "agreement") continue;
    // An agreement the report never dated carries its publication day as a bound
    // (rule undated-publication): it is the truce in force, not one agreed that day.
    if (!r.fact.date || r.fact.date->iso.empty() || r.fact.date->rule == "undated-publication") {
      undated.push_back(&r);
      continue;
    }
    const std::string day = r.fact.date->iso;
    auto [it, fresh] = by_day.try_emplace({r.fact.conflict, day}, found(day, "", r.fact));
    // It holds from the day it took effect, when a report gives that too.
    if (r.fact.effective && !r.fact.effective->iso.empty() && it->second.starts == day) {
      if (const auto effective = day_number(r.fact.effective->iso)) {
        it->second.starts = r.fact.effective->iso;
        it->second.start_day = *effective;
      }
    }
    it->second.mentions.push_back(
        {fmt::format("{}:{}", r.origin.report_id, r.fact.id), r.origin, r.fact});
  }
  // A found ceasefire holds until the next one is agreed.
  for (auto it = by_day.begin(); it != by_day.end(); ++it) {
    const auto next = std::next(it);
    if (next == by_day.end() || next->first.first != it->first.first) continue;
    it->second.end_day = next->second.start_day - 1;
    it->second.ends = iso_date(next->second.start_day - 1);
    it->second.ends_why = "superseded by " + next->second.id;
  }
  // "The announced truce" without a day: the latest found ceasefire agreed before the report.
  for (const StoredCeasefire* r : undated) {
    const auto published = day_number(r->origin.published);
    RegisteredCeasefire* target = nullptr;
    for (auto& [key, c] : by_day) {
      if (key.first == r->fact.conflict && published && c.start_day <= *published) target = &c;
    }
    if (!target && published) {
      const std::string day = iso_date(*published);
      target = &by_day
                    .try_emplace({r->fact.conflict, day},
                                 found(day, " (or before: the report's date)", r->fact))
                    .first->second;
    }
    if (target) {
      target->mentions.push_back(
          {fmt::format("{}:{}", r->origin.report_id, r->fact.id), r->origin, r->fact});
    }
  }
  for (auto& [key, c] : by_day) reg.ceasefires_.push_back(std::move(c));
  std::stable_sort(reg.ceasefires_.begin(), reg.ceasefires_.end(),
                   [](const auto& a, const auto& b) { return a.start_day < b.start_day; });
  return reg;
}

const RegisteredCeasefire* CeasefireRegister::find(const std::string& id) const {
  for (const auto& c : ceasefires_) {
    if (c.id == id || c.name == id) return &c;
  }
  return nullptr;
}

// An incident with a place is in the area when its place is; one whose place is unknown is when
// its two actors are the ceasefire's opposed camps, since a truce binds its parties wherever
// they fight.
bool CeasefireRegister::in_area(const RegisteredCeasefire& c, const MergedFields& m) const {
  if (m.place) return c.area.contains(m.place);
  if (c.area.everywhere()) return true;
  if (m.actor1.empty() || m.actor2.empty()) return false;
  if (!c.parties.empty()) {
    std::set<std::string> parties;
    for (const auto& p : c.parties) parties.insert(sides_->canonical(p));
    return parties.count(sides_->canonical(m.actor1)) && parties.count(sides_->canonical(m.actor2));
  }
  return !c.conflict.empty() && sides_->opposed_in(c.conflict, m.actor1, m.actor2);
}

ViolationReport CeasefireRegister::violations(const RegisteredCeasefire& c,
                                              const IncidentBook& book) const {
  ViolationReport out;
  std::set<std::string> parties;
  for (const auto& p : c.parties) parties.insert(sides_->canonical(p));
  for (const auto& incident : book.incidents()) {
    const MergedFields& m = incident.merged;
    if (!is_violent(m.type)) continue;
    const auto day = day_number(m.date);
    if (!day || *day < c.start_day || (c.end_day && *day > *c.end_day)) continue;
    if (!in_area(c, m)) continue;
    if (!parties.empty() && !parties.count(m.actor1) && !parties.count(m.actor2)) continue;
    AllegedViolation v{&incident, m.date, m.place ? m.place->country : "unknown", {}, {}};
    std::set<std::string> accused, claimants;
    std::set<std::pair<std::string, std::string>> pairs;  // (claimant side, accused side)
    for (const Account* a : incident.accounts) {
      const auto& actor = a->incident.actor1;
      const std::string side =
          actor && !actor->side.empty() ? sides_->canonical(actor->side) : "unattributed";
      accused.insert(side);
      claimants.insert(a->incident.claimant.side);
      pairs.insert({a->incident.claimant.side, side});
    }
    v.accused.assign(accused.begin(), accused.end());
    v.claimants.assign(claimants.begin(), claimants.end());
    for (const auto& s : v.accused) ++out.by_accused[s];
    for (const auto& s : v.claimants) ++out.by_claimant[s];
    for (const auto& [claimant, side] : pairs) ++out.by_claimant_accused[claimant][side];
    ++out.by_area[v.area];
    out.violations.push_back(std::move(v));
  }
  for (const Observation& o : book.observations()) {
    const auto day = day_number(o.day);
    if (!day || *day < c.start_day || (c.end_day && *day > *c.end_day)) continue;
    geo::Place at;
    at.lat = o.lat;
    at.lon = o.lon;
    at.country = o.country;
    if (!c.area.contains(at)) continue;
    out.observed.push_back(&o);
    if (out.observed_by_day.empty() || out.observed_by_day.back().day != o.day) {
      ObservedDay next{o.day};
      if (!out.observed_by_day.empty()) {
        next.running_explosions = out.observed_by_day.back().running_explosions;
        next.running_other = out.observed_by_day.back().running_other;
      }
      out.observed_by_day.push_back(next);
    }
    ObservedDay& row = out.observed_by_day.back();
    (is_explosion(o.kind) ? row.explosions : row.other) += o.count;
    (is_explosion(o.kind) ? row.running_explosions : row.running_other) += o.count;
  }
  std::stable_sort(out.violations.begin(), out.violations.end(),
                   [](const auto& a, const auto& b) { return a.day < b.day; });
  int running = 0;
  for (const auto& v : out.violations) {
    if (out.by_day.empty() || out.by_day.back().day != v.day) {
      out.by_day.push_back(TallyRow{v.day, 0, running, {}});
    }
    TallyRow& row = out.by_day.back();
    ++row.incidents;
    row.running_total = ++running;
    for (const auto& s : v.accused) ++row.by_accused[s];
  }
  return out;
}

}  // namespace truce::monitor
