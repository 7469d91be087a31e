// The daily situation report: one day's incidents by area with grade, claimants and casualty
// ranges, compared with the day before; alleged violations of each ceasefire in force with
// running totals; changes in the claims ledger; denials; sources; every statement tied to the
// sentence it rests on. Rendered as Markdown (sitrep_markdown.cpp) or one self-contained HTML
// file with a map and a chart (sitrep_html.cpp).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "monitor/ceasefire_register.hpp"
#include "monitor/incidents.hpp"
#include "report/countries.hpp"

namespace truce::report {

// A sentence a statement rests on, numbered in the order the report cites it.
struct Evidence {
  int number = 0;
  std::string ref;  // "<report>:<fact>"
  int64_t report_id = 0;
  std::string source;
  std::string published;
  std::string text;
};

struct CeasefireDay {
  const monitor::RegisteredCeasefire* ceasefire = nullptr;
  int today = 0;
  int previous_day = 0;
  int running_total = 0;  // since it began, through the report's day
  std::map<std::string, int> accused_today;
};

struct LedgerChange {
  StoredClaim claim;
  std::optional<double> previous;  // the claimant's last figure before, same category/measure
  std::string previous_as_of;
  int evidence = 0;
};

struct DenialLine {
  StoredDenial denial;
  int evidence = 0;
};

struct SourceLine {
  std::string outlet;
  std::string kind;  // "" when data/sources.tsv does not know it
  std::string side;
  std::vector<int64_t> reports;
};

struct Sitrep {
  std::string date;
  std::string previous;
  std::vector<const monitor::LinkedIncident*> today;
  std::vector<const monitor::LinkedIncident*> previous_day;
  std::map<std::string, std::vector<const monitor::LinkedIncident*>> by_area;  // country name
  std::map<std::string, std::vector<int>> incident_evidence;                   // by incident id
  std::vector<CeasefireDay> ceasefires;
  std::vector<const monitor::Observation*> observed;  // missions' own, that day
  std::vector<LedgerChange> ledger;
  std::vector<DenialLine> denials;
  std::vector<SourceLine> sources;
  std::vector<Evidence> evidence;
};

using BodyText = std::function<std::string(int64_t report_id)>;

// Builds the report of `date` (YYYY-MM-DD). Fails naming a bad date or the store's problem.
Result<Sitrep> build_sitrep(const std::string& date, ReportStore& store,
                            const monitor::IncidentBook& book,
                            const monitor::CeasefireRegister& ceasefires,
                            const CountryTable& countries, const BodyText& body_of);

std::string render_markdown(const Sitrep& sitrep);
// `map_topojson`: Natural Earth country shapes as TopoJSON (world-atlas), "" for no map.
std::string render_html(const Sitrep& sitrep, const std::string& map_topojson);

}  // namespace truce::report
