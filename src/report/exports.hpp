// Exports of linked incidents: ACLED-style CSV (acled_row.hpp), a GeoJSON FeatureCollection for
// GIS, and JSON Lines with every field, account and evidence. Output is deterministic: the
// incidents' order, fixed column order, fixed number formats.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "monitor/incidents.hpp"
#include "report/countries.hpp"

namespace truce::report {

enum class ExportFormat { acled_csv, geojson, jsonl };

// Parses "acled-csv", "geojson", "jsonl"; nullopt otherwise.
std::optional<ExportFormat> parse_export_format(std::string_view name);

// Returns a report's body (cleaned text every span points into), or "" when it cannot be read.
using BodyOf = std::function<std::string(int64_t report_id)>;

// Writes one CSV row per incident under a header row (RFC 4180: fields quoted where they hold a
// comma, quote or line break; CRLF line ends).
void write_acled_csv(std::ostream& out,
                     const std::vector<const monitor::LinkedIncident*>& incidents,
                     const monitor::Knowledge& knowledge, const CountryTable& countries);

// Writes a FeatureCollection: one Point feature per incident with a place (longitude, latitude;
// WGS 84), the ACLED row's fields and truce's as properties; incidents without a place get a
// null geometry.
void write_geojson(std::ostream& out, const std::vector<const monitor::LinkedIncident*>& incidents,
                   const monitor::Knowledge& knowledge, const CountryTable& countries);

// Writes one JSON object a line: the incident as `truce incidents --json` gives it, each account
// with the text of its evidence sentences.
void write_jsonl(std::ostream& out, const std::vector<const monitor::LinkedIncident*>& incidents,
                 const BodyOf& body_of);

}  // namespace truce::report
