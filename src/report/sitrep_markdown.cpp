// The situation report as Markdown: footnote-style evidence numbers after each statement, the
// sentences themselves at the end.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include "report/sitrep.hpp"
#include "report/sitrep_text.hpp"

namespace truce::report {
namespace {

std::string cites(const std::vector<int>& numbers) {
  std::string out;
  for (const int n : numbers) out += fmt::format("[{}]", n);
  return out;
}

}  // namespace

std::string render_markdown(const Sitrep& s) {
  std::string out = fmt::format("# Daily situation report: {}\n\n", s.date);
  out += fmt::format(
      "Compiled by truce from the reports stored; incidents are dated by the day they happened "
      "(local dates as reported). Claims are the parties' own and are marked as such; numbers in "
      "brackets point to the sentences each statement rests on.\n\n");
  out += "## Summary\n\n" + summary_sentence(s) + "\n";
  for (const auto& c : s.ceasefires) {
    out += fmt::format("\n{} alleged violation(s) of \"{}\" ({} on {}); {} since it began on {}.\n",
                       c.today, c.ceasefire->name, c.previous_day, s.previous, c.running_total,
                       c.ceasefire->starts);
  }

  out += "\n## Incidents by area\n";
  if (s.by_area.empty()) out += "\nNo incident was reported for the day.\n";
  for (const auto& [area, incidents] : s.by_area) {
    out += fmt::format("\n### {}\n\n", area);
    for (const auto* i : incidents) {
      const auto it = s.incident_evidence.find(i->id);
      out += fmt::format("- **{}** {} Grade: *{}* ({}). {}\n", i->id, incident_line(*i),
                         monitor::to_string(i->grade.grade), i->grade.why,
                         it == s.incident_evidence.end() ? "" : cites(it->second));
    }
  }

  out += "\n## Ceasefires in force\n\n";
  if (s.ceasefires.empty())
    out += "No ceasefire in force on the day is registered.\n";
  else {
    out +=
        "| ceasefire | since | alleged violations on the day | previous day | running total | "
        "accused on the day |\n";
    out += "|---|---|---|---|---|---|\n";
    for (const auto& c : s.ceasefires) {
      std::vector<std::string> accused;
      for (const auto& [side, n] : c.accused_today)
        accused.push_back(fmt::format("{} {}", side, n));
      out +=
          fmt::format("| {} ({}) | {} | {} | {} | {} | {} |\n", c.ceasefire->name, c.ceasefire->id,
                      c.ceasefire->starts, c.today, c.previous_day, c.running_total,
                      accused.empty() ? "-" : fmt::format("{}", fmt::join(accused, ", ")));
    }
  }

  out += "\n## Observed by monitoring missions\n\n";
  if (s.observed.empty()) out += "No mission observation is recorded for the day.\n";
  for (const auto* o : s.observed) out += "- " + observation_line(*o) + "\n";

  out += "\n## Claims ledger: figures given for the day\n\n";
  if (s.ledger.empty()) out += "No loss figure is dated to the day.\n";
  for (const auto& c : s.ledger) out += fmt::format("- {} [{}]\n", ledger_line(c), c.evidence);

  out += "\n## Denials\n\n";
  if (s.denials.empty()) out += "No denial was reported on the day.\n";
  for (const auto& d : s.denials) out += fmt::format("- {} [{}]\n", denial_line(d), d.evidence);

  out += "\n## Sources\n\n";
  for (const auto& src : s.sources) {
    out += fmt::format("- {} ({}{}): report(s) {}\n", src.outlet,
                       src.kind.empty() ? "not in data/sources.tsv" : src.kind,
                       src.side.empty() ? "" : ", " + src.side, fmt::join(src.reports, ", "));
  }

  out += "\n## Evidence\n\n";
  for (const auto& e : s.evidence) {
    out += fmt::format("{}. report {} ({}, {}), {}: \"{}\"\n", e.number, e.report_id, e.source,
                       e.published, e.ref, e.text);
  }
  return out;
}

}  // namespace truce::report
