// See extraction_runner.hpp.
#include "pipeline/extraction_runner.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/data_dir.hpp"
#include "geo/geoparser.hpp"

namespace truce::pipeline {
namespace {

// FNV-1a over the lexicon files (name and content, in name order): a re-extraction after an
// analyst edits a lexicon records a different digest.
std::string lexicon_digest(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".tsv") files.push_back(entry);
  }
  std::sort(files.begin(), files.end());
  uint64_t hash = 1469598103934665603ULL;
  auto mix = [&hash](std::string_view bytes) {
    for (const unsigned char c : bytes) {
      hash ^= c;
      hash *= 1099511628211ULL;
    }
  };
  for (const auto& file : files) {
    mix(file.filename().string());
    std::ifstream in(file, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    mix(content.str());
  }
  return fmt::format("{:016x}", hash);
}

std::string place_name(const extract::PlaceRef& place) {
  return place.place ? place.place->name : place.mention;
}

}  // namespace

Result<ExtractionRunner> ExtractionRunner::load() {
  auto extractor = extract::Extractor::load(data_dir());
  if (!extractor) return extractor.error();
  std::shared_ptr<const geo::PlaceFinder> places;
  std::string warning;
  if (auto finder = geo::load_place_finder(); finder) {
    places = std::move(*finder);
  } else {
    warning = fmt::format("places will not be resolved: {}", finder.error().message);
  }
  std::string id = fmt::format("truce 0.1.0; lexicons {}", lexicon_digest(data_dir()));
  return ExtractionRunner(std::move(*extractor), std::move(places), std::move(warning),
                          std::move(id));
}

std::vector<FactRow> fact_rows(const extract::Extraction& extraction,
                               const nlohmann::json& encoded) {
  std::vector<FactRow> rows;
  // Each fact's JSON is its part of the whole extraction's, encoded once.
  auto json_of = [&encoded](const char* kind, std::size_t i) { return encoded[kind][i].dump(); };
  for (std::size_t i = 0; i < extraction.incidents.size(); ++i) {
    const auto& incident = extraction.incidents[i];
    FactRow row{.kind = "incident",
                .fact_id = incident.id,
                .type = incident.type,
                .date = incident.date.iso,
                .claimant = incident.claimant.name,
                .claimant_side = incident.claimant.side,
                .actor1 = incident.actor1 ? incident.actor1->side : "",
                .about = incident.actor2 ? incident.actor2->side : "",
                .place = incident.places.empty() ? "" : place_name(incident.places.front()),
                .json = json_of("incidents", i)};
    if (incident.fatalities) row.value = static_cast<double>(*incident.fatalities);
    for (const auto& place : incident.places) {
      if (place.place) row.points.emplace_back(place.place->lat, place.place->lon);
    }
    rows.push_back(std::move(row));
  }
  for (std::size_t i = 0; i < extraction.claims.size(); ++i) {
    const auto& claim = extraction.claims[i];
    rows.push_back(FactRow{.kind = "claim",
                           .fact_id = claim.id,
                           .type = claim.category,
                           .date = claim.as_of.iso,
                           .claimant = claim.claimant.name,
                           .claimant_side = claim.claimant.side,
                           .about = claim.about,
                           .measure = claim.measure,
                           .value = claim.value,
                           .json = json_of("claims", i)});
  }
  for (std::size_t i = 0; i < extraction.ceasefires.size(); ++i) {
    const auto& ceasefire = extraction.ceasefires[i];
    rows.push_back(FactRow{.kind = "ceasefire",
                           .fact_id = ceasefire.id,
                           .type = ceasefire.kind,
                           .date = ceasefire.date ? ceasefire.date->iso : "",
                           .claimant = ceasefire.claimant.name,
                           .claimant_side = ceasefire.claimant.side,
                           .json = json_of("ceasefires", i)});
  }
  for (std::size_t i = 0; i < extraction.denials.size(); ++i) {
    const auto& denial = extraction.denials[i];
    rows.push_back(FactRow{.kind = "denial",
                           .fact_id = denial.id,
                           .type = "denial",
                           .claimant = denial.claimant.name,
                           .claimant_side = denial.claimant.side,
                           .json = json_of("denials", i)});
  }
  return rows;
}

ExtractionRecord ExtractionRunner::run(const Report& report) const {
  const extract::Extraction extraction = extractor_.extract(report, places_.get());
  nlohmann::json encoded = extraction;
  std::vector<FactRow> facts = fact_rows(extraction, encoded);
  // The facts' JSON is kept once, in their rows; the store puts the whole together on reading.
  for (const char* array : {"incidents", "claims", "ceasefires", "denials"}) {
    encoded[array] = nlohmann::json::array();
  }
  return ExtractionRecord{extractor_id_, encoded.dump(), std::move(facts)};
}

}  // namespace truce::pipeline
