// The situation report as one self-contained HTML file: the same sections as the Markdown, a map
// of the day's incidents (svg_map.hpp) and a bar chart of the day's counts against the previous
// day's, inline SVG and CSS only; evidence numbers link to the sentences at the end.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <map>

#include "report/sitrep.hpp"
#include "report/sitrep_text.hpp"
#include "report/svg_map.hpp"

namespace truce::report {
namespace {

constexpr const char* kStyle = R"css(
body{font:15px/1.45 Georgia,serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:1.6em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
sup a{text-decoration:none}.grade{font-style:italic}.evidence li{margin-bottom:.4em}
.sea{fill:#dde8f0}.land path{fill:#f4f1ea;stroke:#999;stroke-width:.5}
.points circle{fill:#c0392b;stroke:#fff;stroke-width:1}
.points .g-acknowledged_by_both,.points .g-observer_confirmed{fill:#1f6f43}
.points .g-reported_independently{fill:#d68910}
.chart rect.today{fill:#c0392b}.chart rect.before{fill:#aaa}.chart text{font:11px sans-serif}
)css";

std::string cites(const std::vector<int>& numbers) {
  std::string out;
  for (const int n : numbers) out += fmt::format("<sup><a href=\"#e{0}\">[{0}]</a></sup>", n);
  return out;
}

std::string chart(const Sitrep& s) {
  std::map<std::string, std::pair<int, int>> counts;  // type -> (today, previous day)
  for (const auto* i : s.today) ++counts[event_type_name(i->merged.type)].first;
  for (const auto* i : s.previous_day) ++counts[event_type_name(i->merged.type)].second;
  if (counts.empty()) return {};
  int top = 1;
  for (const auto& [type, c] : counts) top = std::max({top, c.first, c.second});
  const int row = 34;
  std::string bars;
  int y = 0;
  for (const auto& [type, c] : counts) {
    const auto w = [&](int n) { return 260.0 * n / top; };
    bars += fmt::format(
        "<text x=\"0\" y=\"{}\">{}</text>"
        "<rect class=\"today\" x=\"200\" y=\"{}\" width=\"{:.0f}\" height=\"12\"/>"
        "<text x=\"{:.0f}\" y=\"{}\">{}</text>"
        "<rect class=\"before\" x=\"200\" y=\"{}\" width=\"{:.0f}\" height=\"10\"/>"
        "<text x=\"{:.0f}\" y=\"{}\">{}</text>",
        y + 16, html_escape(type), y + 4, w(c.first), 205 + w(c.first), y + 14, c.first, y + 18,
        w(c.second), 205 + w(c.second), y + 27, c.second);
    y += row;
  }
  return fmt::format(
      "<svg class=\"chart\" viewBox=\"0 0 500 {0}\" width=\"500\" height=\"{0}\" role=\"img\" "
      "aria-label=\"incidents by type, the day (red) and the day before (grey)\">{1}</svg>",
      y, bars);
}

}  // namespace

std::string render_html(const Sitrep& s, const std::string& map_topojson) {
  std::string out = fmt::format(
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Daily situation "
      "report: {0}</title><style>{1}</style></head><body><h1>Daily situation report: {0}</h1>",
      s.date, kStyle);
  out +=
      "<p>Compiled by truce from the reports stored; incidents are dated by the day they "
      "happened (local dates as reported). Claims are the parties' own and are marked as "
      "such; numbers in brackets link to the sentences each statement rests on.</p>";
  out += "<h2>Summary</h2><p>" + html_escape(summary_sentence(s)) + "</p>";
  for (const auto& c : s.ceasefires) {
    out += fmt::format(
        "<p>{} alleged violation(s) of &ldquo;{}&rdquo; ({} on {}); {} since it "
        "began on {}.</p>",
        c.today, html_escape(c.ceasefire->name), c.previous_day, s.previous, c.running_total,
        html_escape(c.ceasefire->starts));
  }
  out += chart(s);
  std::vector<MapPoint> points;
  for (const auto* i : s.today) {
    if (i->merged.place) {
      points.push_back(
          {i->merged.place->lat, i->merged.place->lon,
           i->id + ": " + event_type_name(i->merged.type) + " near " + i->merged.place->name,
           std::string(monitor::to_string(i->grade.grade))});
    }
  }
  const std::string map = svg_map(map_topojson, points);
  if (!map.empty()) {
    out += "<figure>" + map +
           "<figcaption>Incidents of the day with a known place (green: acknowledged by both "
           "sides or observed; amber: independent reports; red: one party's claim). Country "
           "shapes: Natural Earth.</figcaption></figure>";
  }

  out += "<h2>Incidents by area</h2>";
  if (s.by_area.empty()) out += "<p>No incident was reported for the day.</p>";
  for (const auto& [area, incidents] : s.by_area) {
    out += "<h3>" + html_escape(area) + "</h3><ul>";
    for (const auto* i : incidents) {
      const auto it = s.incident_evidence.find(i->id);
      out += fmt::format("<li><b>{}</b> {} Grade: <span class=\"grade\">{}</span> ({}). {}</li>",
                         html_escape(i->id), html_escape(incident_line(*i)),
                         monitor::to_string(i->grade.grade), html_escape(i->grade.why),
                         it == s.incident_evidence.end() ? "" : cites(it->second));
    }
    out += "</ul>";
  }

  out += "<h2>Ceasefires in force</h2>";
  if (s.ceasefires.empty()) {
    out += "<p>No ceasefire in force on the day is registered.</p>";
  } else {
    out +=
        "<table><tr><th>ceasefire</th><th>since</th><th>alleged violations on the day</th>"
        "<th>previous day</th><th>running total</th><th>accused on the day</th></tr>";
    for (const auto& c : s.ceasefires) {
      std::vector<std::string> accused;
      for (const auto& [side, n] : c.accused_today)
        accused.push_back(fmt::format("{} {}", side, n));
      out += fmt::format(
          "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
          html_escape(c.ceasefire->name), html_escape(c.ceasefire->starts), c.today, c.previous_day,
          c.running_total,
          html_escape(accused.empty() ? "-" : fmt::format("{}", fmt::join(accused, ", "))));
    }
    out += "</table>";
  }

  out += "<h2>Observed by monitoring missions</h2><ul>";
  if (s.observed.empty()) out += "<li>No mission observation is recorded for the day.</li>";
  for (const auto* o : s.observed) out += "<li>" + html_escape(observation_line(*o)) + "</li>";
  out += "</ul>";
  out += "<h2>Claims ledger: figures given for the day</h2><ul>";
  if (s.ledger.empty()) out += "<li>No loss figure is dated to the day.</li>";
  for (const auto& c : s.ledger)
    out += "<li>" + html_escape(ledger_line(c)) + " " + cites({c.evidence}) + "</li>";
  out += "</ul><h2>Denials</h2><ul>";
  if (s.denials.empty()) out += "<li>No denial was reported on the day.</li>";
  for (const auto& d : s.denials)
    out += "<li>" + html_escape(denial_line(d)) + " " + cites({d.evidence}) + "</li>";
  out += "</ul><h2>Sources</h2><ul>";
  for (const auto& src : s.sources) {
    out += fmt::format("<li>{} ({}{}): report(s) {}</li>", html_escape(src.outlet),
                       src.kind.empty() ? "not in data/sources.tsv" : src.kind,
                       html_escape(src.side.empty() ? "" : ", " + src.side),
                       fmt::join(src.reports, ", "));
  }
  out += "</ul><h2>Evidence</h2><ol class=\"evidence\">";
  for (const auto& e : s.evidence) {
    out += fmt::format("<li id=\"e{}\">report {} ({}, {}), {}: &ldquo;{}&rdquo;</li>", e.number,
                       e.report_id, html_escape(e.source), html_escape(e.published),
                       html_escape(e.ref), html_escape(e.text));
  }
  out += "</ol></body></html>\n";
  return out;
}

}  // namespace truce::report
