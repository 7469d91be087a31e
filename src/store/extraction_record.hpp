// Extraction results as the store keeps them: the whole extraction of a report as JSON (what
// `show --evidence` and exports read back) and one row per fact with the columns list filters
// need. The store knows nothing of extraction's types; the caller flattens them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace truce {

// One extracted fact: an incident, a loss claim, a ceasefire reference or a denial.
struct FactRow {
  std::string kind;             // "incident", "claim", "ceasefire", "denial"
  std::string fact_id;          // id within its report's extraction
  std::string type;             // incident type, claim category, ceasefire kind
  std::string date;             // ISO day (first day of a range) or ""
  std::string claimant;         // who says so, as written
  std::string claimant_side;    // side of the claimant ("media" for the outlet)
  std::string actor1;           // incidents: side of actor1; claims: ""
  std::string about;            // incidents: side of actor2; claims: whose losses
  std::string measure;          // claims: killed, destroyed, ...
  std::string place;            // first place's canonical name, or the mention
  std::optional<double> value;  // claims: the figure; incidents: fatalities
  std::string json;             // the fact as JSON, with spans and provenance
  // Incidents: the (lat, lon) of each resolved place, in the order of "places" in `json`.
  std::vector<std::pair<double, double>> points;
};

struct ExtractionRecord {
  std::string extractor;  // what produced it: program version and lexicon digest
  // The extraction. Written, its fact arrays (incidents, claims, ceasefires, denials) may be
  // left empty, each fact's JSON being in `facts`; read back (get_extraction), it is whole
  // (store/extraction_json_parts.hpp puts it together).
  std::string json;
  std::vector<FactRow> facts;
};

// A fact as listed back, with the report it came from.
struct StoredFact {
  int64_t report_id = 0;
  int64_t original_id = 0;  // the report's original (itself unless a near-duplicate)
  std::string published;
  std::string source;
  FactRow fact;
};

// A map's box in degrees, edges included.
struct GeoBox {
  double min_lat = 0;
  double max_lat = 0;
  double min_lon = 0;
  double max_lon = 0;
};

// Which facts a listing keeps by whether analysts reviewed them (a row in `reviews` naming the
// fact: target "incident" or "place" for an incident, "claim" for a claim). The API applies
// reviews to the few reviewed facts itself and pages the rest in the store.
enum class ReviewedFacts { any, only, none };

struct FactFilter {
  std::string kind;                 // required: "incident", "claim", ...
  std::optional<std::string> type;  // exact match on FactRow::type
  std::optional<std::string> claimant_side;
  std::optional<std::string> about;
  std::optional<std::string> since;  // on the fact's date, inclusive
  std::optional<std::string> until;
  std::optional<int64_t> report_id;
  bool originals_only = false;  // leave out facts of near-duplicate reports
  std::optional<GeoBox> box;    // keep facts with a resolved place ("places" in their JSON) inside
  ReviewedFacts reviewed = ReviewedFacts::any;
  int limit = 0;       // 0: no limit
  int64_t offset = 0;  // rows of the listing's order skipped before the first returned
};

}  // namespace truce
