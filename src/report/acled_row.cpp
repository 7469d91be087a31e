// See acled_row.hpp.
#include "report/acled_row.hpp"

#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

#include "monitor/link_rules.hpp"

namespace truce::report {
namespace {

struct TypeNames {
  const char* type;
  const char* event_type;
  const char* disorder_type;
};

constexpr TypeNames kTypes[] = {
    {"battles", "Battles", "Political violence"},
    {"explosions_remote_violence", "Explosions/Remote violence", "Political violence"},
    {"violence_against_civilians", "Violence against civilians", "Political violence"},
    {"protests", "Protests", "Demonstrations"},
    {"riots", "Riots", "Political violence; Demonstrations"},
    {"strategic_developments", "Strategic developments", "Strategic developments"},
};

const TypeNames* names_of(const std::string& type) {
  for (const auto& t : kTypes) {
    if (type == t.type) return &t;
  }
  return nullptr;
}

// ACLED's actor types: 1 state forces, 7 civilians, 8 external/other forces; 0 no actor.
int inter_code(const std::string& side, const monitor::SideBook& sides) {
  if (side.empty()) return 0;
  if (side == "civilians") return 7;
  return sides.is_party(side) ? 1 : 8;
}

std::string actor_name(const std::string& side, const std::string& country_name) {
  if (side.empty()) return "";
  if (side == "civilians") return fmt::format("Civilians ({})", country_name);
  return fmt::format("Military Forces of {}", side);
}

// 1: the day is known; 2: a few days (approximate, a range, only the publication date); 3: month.
int time_precision(const monitor::LinkedIncident& i) {
  const std::string& p = i.merged.date_precision;
  if (p == "day") return 1;
  if (p == "month" || p == "year" || p == "unknown" || p.empty()) return 3;
  return 2;
}

std::string source_scale(const monitor::LinkedIncident& i) {
  std::set<std::string> scales;
  for (const auto* a : i.accounts) {
    const auto* o = a->outlet.outlet;
    if (!o) continue;
    if (o->kind == "state_agency" || o->kind == "government" || o->kind == "party_organ") {
      scales.insert("National");
    } else {
      scales.insert("International");
    }
  }
  return fmt::format("{}", fmt::join(scales, "-"));
}

std::vector<std::string> unique_sides(const monitor::LinkedIncident& i) {
  std::vector<std::string> out;
  for (const auto* a : i.accounts) {
    const std::string& s = a->incident.claimant.side;
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
  return out;
}

long unix_day_seconds(const std::string& iso) {
  const auto day = monitor::day_number(iso);
  return day ? *day * 86400L : 0;
}

}  // namespace

const std::vector<std::string>& acled_columns() {
  static const std::vector<std::string> columns = {
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
      "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
      "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
      "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
      "fatalities", "tags", "timestamp",
      // truce's own
      "truce_incident_id", "claimant", "claimant_side", "grade", "report_ids", "fatalities_range"};
  return columns;
}

std::string EventIds::next(const std::string& cca3) {
  return fmt::format("{}{}", cca3, ++last_[cca3]);
}

std::vector<std::string> acled_row(const monitor::LinkedIncident& i,
                                   const monitor::Knowledge& knowledge,
                                   const CountryTable& countries, EventIds& ids) {
  const auto& m = i.merged;
  const monitor::SideBook& sides = knowledge.sides;
  const Country country = m.place ? countries.find(m.place->country) : Country{};
  const TypeNames* names = names_of(m.type);
  const int inter1 = inter_code(m.actor1, sides);
  const int inter2 = inter_code(m.actor2, sides);
  const int interaction =
      inter2 == 0 ? inter1 * 10 : std::min(inter1, inter2) * 10 + std::max(inter1, inter2);
  std::string published_last;
  std::vector<std::string> claimants;
  for (const auto* a : i.accounts) {
    published_last = std::max(published_last, a->origin.published);
    const std::string c = a->incident.claimant.name;
    if (std::find(claimants.begin(), claimants.end(), c) == claimants.end()) claimants.push_back(c);
  }
  std::vector<std::string> report_ids;
  for (const int64_t r : m.reports) report_ids.push_back(std::to_string(r));
  const std::string location = m.place ? m.place->name : "";
  const std::string notes = fmt::format(
      "On {}, {} against {}{}, as reported by {}. Fatalities reported: {}; the lowest is coded. "
      "Grade: {} ({}).",
      m.date.empty() ? "an unknown date" : m.date, m.actor1.empty() ? "unknown actors" : m.actor1,
      m.actor2.empty() ? "unknown targets" : m.actor2, location.empty() ? "" : " near " + location,
      fmt::join(claimants, "; "), m.fatalities.text().empty() ? "none" : m.fatalities.text(),
      monitor::to_string(i.grade.grade), i.grade.why);
  return {
      ids.next(country.cca3.empty() ? "XXX" : country.cca3),
      m.date,
      m.date.size() >= 4 ? m.date.substr(0, 4) : "",
      std::to_string(time_precision(i)),
      names ? names->disorder_type : "",
      names ? names->event_type : m.type,
      m.sub_event,
      actor_name(m.actor1, country.name),
      "",
      std::to_string(inter1),
      actor_name(m.actor2, country.name),
      "",
      std::to_string(inter2),
      std::to_string(interaction),
      m.actor2 == "civilians" ? "Civilian targeting" : "",
      country.ccn3.empty() ? "" : std::to_string(std::stoi(country.ccn3)),
      country.subregion,
      country.name,
      "",  // admin1: extraction keeps no region for a place yet
      "",
      "",
      location,
      m.place ? fmt::format("{:.4f}", m.place->lat) : "",
      m.place ? fmt::format("{:.4f}", m.place->lon) : "",
      m.place ? std::to_string(m.place->precision) : "",
      fmt::format("{}", fmt::join(m.outlets, "; ")),
      source_scale(i),
      notes,
      std::to_string(m.fatalities.low.value_or(0)),
      "",
      std::to_string(unix_day_seconds(published_last)),
      i.id,
      fmt::format("{}", fmt::join(claimants, "; ")),
      fmt::format("{}", fmt::join(unique_sides(i), "; ")),
      std::string(monitor::to_string(i.grade.grade)),
      fmt::format("{}", fmt::join(report_ids, ";")),
      m.fatalities.text(),
  };
}

}  // namespace truce::report
