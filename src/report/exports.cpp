// See exports.hpp.
#include "report/exports.hpp"

#include <nlohmann/json.hpp>

#include "monitor/incident_json.hpp"
#include "report/acled_row.hpp"

namespace truce::report {
namespace {

void write_csv_field(std::ostream& out, const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) {
    out << field;
    return;
  }
  out << '"';
  for (const char c : field) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

void write_csv_line(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out << ',';
    write_csv_field(out, fields[i]);
  }
  out << "\r\n";
}

// Numeric ACLED columns are numbers in GeoJSON properties.
bool numeric_column(const std::string& c) {
  return c == "year" || c == "time_precision" || c == "inter1" || c == "inter2" ||
         c == "interaction" || c == "iso" || c == "latitude" || c == "longitude" ||
         c == "geo_precision" || c == "fatalities" || c == "timestamp";
}

std::string span_text(const std::string& body, const extract::Span& span) {
  if (span.end > body.size() || span.begin >= span.end) return {};
  return body.substr(span.begin, span.end - span.begin);
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "acled-csv") return ExportFormat::acled_csv;
  if (name == "geojson") return ExportFormat::geojson;
  if (name == "jsonl") return ExportFormat::jsonl;
  return std::nullopt;
}

void write_acled_csv(std::ostream& out,
                     const std::vector<const monitor::LinkedIncident*>& incidents,
                     const monitor::Knowledge& knowledge, const CountryTable& countries) {
  write_csv_line(out, acled_columns());
  EventIds ids;
  for (const auto* i : incidents) write_csv_line(out, acled_row(*i, knowledge, countries, ids));
}

void write_geojson(std::ostream& out, const std::vector<const monitor::LinkedIncident*>& incidents,
                   const monitor::Knowledge& knowledge, const CountryTable& countries) {
  nlohmann::json features = nlohmann::json::array();
  EventIds ids;
  const auto& columns = acled_columns();
  for (const auto* i : incidents) {
    const auto row = acled_row(*i, knowledge, countries, ids);
    nlohmann::json properties = nlohmann::json::object();
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (numeric_column(columns[c]) && !row[c].empty()) {
        properties[columns[c]] = nlohmann::json::parse(row[c]);
      } else {
        properties[columns[c]] = row[c];
      }
    }
    nlohmann::json geometry;
    if (i->merged.place) {
      geometry = {{"type", "Point"}, {"coordinates", {i->merged.place->lon, i->merged.place->lat}}};
    }
    features.push_back(
        {{"type", "Feature"}, {"id", i->id}, {"geometry", geometry}, {"properties", properties}});
  }
  const nlohmann::json collection = {{"type", "FeatureCollection"}, {"features", features}};
  out << collection.dump(1) << "\n";
}

void write_jsonl(std::ostream& out, const std::vector<const monitor::LinkedIncident*>& incidents,
                 const BodyOf& body_of) {
  for (const auto* i : incidents) {
    nlohmann::json j = monitor::to_json(*i);
    for (std::size_t a = 0; a < i->accounts.size(); ++a) {
      const auto* account = i->accounts[a];
      const std::string body = body_of(account->origin.report_id);
      nlohmann::json evidence = nlohmann::json::array();
      for (const auto& span : account->incident.evidence) evidence.push_back(span_text(body, span));
      j["accounts"][a]["evidence_text"] = evidence;
    }
    out << j.dump() << "\n";
  }
}

}  // namespace truce::report
