// See sitrep_text.hpp.
#include "report/sitrep_text.hpp"

#include <fmt/core.h>
#include <fmt/ranges.h>

#include <map>

namespace truce::report {

std::string event_type_name(const std::string& type) {
  static const std::map<std::string, std::string> names = {
      {"battles", "Battles"},
      {"explosions_remote_violence", "Explosions/Remote violence"},
      {"violence_against_civilians", "Violence against civilians"},
      {"protests", "Protests"},
      {"riots", "Riots"},
      {"strategic_developments", "Strategic developments"}};
  const auto it = names.find(type);
  return it == names.end() ? type : it->second;
}

namespace {

std::string counts(const std::vector<const monitor::LinkedIncident*>& incidents) {
  std::map<std::string, int> by_type;
  for (const auto* i : incidents) ++by_type[event_type_name(i->merged.type)];
  std::vector<std::string> parts;
  for (const auto& [type, n] : by_type) parts.push_back(fmt::format("{} {}", n, type));
  return parts.empty() ? std::string("none") : fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

std::string summary_sentence(const Sitrep& s) {
  const int today = static_cast<int>(s.today.size());
  const int before = static_cast<int>(s.previous_day.size());
  const std::string trend = today > before   ? "more than"
                            : today < before ? "fewer than"
                                             : "as many as";
  return fmt::format(
      "{} incident(s) were reported for {} ({}), {} on {} ({}).", today, s.date, counts(s.today),
      trend, s.previous,
      before == 0 ? std::string("none") : fmt::format("{}: {}", before, counts(s.previous_day)));
}

std::string incident_line(const monitor::LinkedIncident& i) {
  const auto& m = i.merged;
  std::string line = fmt::format("{} ({})", event_type_name(m.type), m.sub_event);
  line += fmt::format(": {} against {}", m.actor1.empty() ? "unidentified forces" : m.actor1,
                      m.actor2.empty() ? "an unidentified target" : m.actor2);
  if (m.place) line += " near " + m.place->name;
  if (!m.fatalities.text().empty()) line += fmt::format("; {} killed", m.fatalities.text());
  if (!m.injuries.text().empty()) line += fmt::format("; {} injured", m.injuries.text());
  line += fmt::format(". Claimed by {}.", fmt::join(m.claimants, "; "));
  return line;
}

std::string ledger_line(const LedgerChange& c) {
  const auto& x = c.claim.fact;
  const std::string q = x.qualifier.empty() || x.qualifier == "exact" ? "" : x.qualifier + " ";
  std::string line = fmt::format("{} ({}) claims {}{:g} {} {} of {}", x.claimant.side,
                                 x.claimant.name, q, x.value, x.category, x.measure, x.about);
  line += c.previous ? fmt::format(" (previously {:g}, {})", *c.previous, c.previous_as_of)
                     : std::string(" (first figure)");
  return line;
}

std::string denial_line(const DenialLine& d) {
  return fmt::format(
      "{} ({}) denies an allegation{}", d.denial.fact.claimant.name, d.denial.fact.claimant.side,
      d.denial.fact.incident.empty()
          ? std::string()
          : fmt::format(" (incident {}:{})", d.denial.origin.report_id, d.denial.fact.incident));
}

std::string observation_line(const monitor::Observation& o) {
  std::string line =
      fmt::format("{} {} ({}): {} {}", o.time.size() >= 16 ? o.time.substr(11, 5) : o.time,
                  o.mission, o.method, o.count, o.kind);
  if (!o.weapon.empty()) line += ", " + o.weapon;
  const auto& j = o.json;
  if (j.contains("distance_km")) {
    line += fmt::format(", {:g}-{:g} km", j["distance_km"]["min"].get<double>(),
                        j["distance_km"]["max"].get<double>());
  }
  if (j.contains("direction")) {
    line += fmt::format(", fire from {} to {}", j["direction"].value("from", "?"),
                        j["direction"].value("to", "?"));
  }
  const std::string place = j["observer"].value("place", "");
  if (!place.empty()) line += ", observed from " + place;
  if (j.contains("notes")) line += "; " + j["notes"].get<std::string>();
  return line;
}

}  // namespace truce::report
