// See extraction_json.hpp. Mirrors extraction.cpp field by field; the round trip is tested in
// tests/extract/extraction_json_test.cpp so the two cannot drift apart unnoticed.
#include "extract/extraction_json.hpp"

#include <nlohmann/json.hpp>

namespace truce::extract {
namespace {

// Sets `out` from j[key] unless it is absent or null.
template <typename T>
void read(const nlohmann::json& j, const char* key, T& out) {
  const auto it = j.find(key);
  if (it != j.end() && !it->is_null()) it->get_to(out);
}

template <typename T>
void read_optional(const nlohmann::json& j, const char* key, std::optional<T>& out) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    out.reset();
  } else {
    out = it->get<T>();
  }
}

}  // namespace

void from_json(const nlohmann::json& j, Span& v) {
  v.begin = j.at(0).get<std::size_t>();
  v.end = j.at(1).get<std::size_t>();
}

void from_json(const nlohmann::json& j, Claimant& v) {
  read(j, "name", v.name);
  read(j, "side", v.side);
  read(j, "kind", v.kind);
  read(j, "span", v.span);
  read(j, "rule", v.rule);
}

void from_json(const nlohmann::json& j, DateValue& v) {
  read(j, "date", v.iso);
  read(j, "end", v.end_iso);
  std::string precision;
  read(j, "precision", precision);
  v.precision = parse_date_precision(precision).value_or(DatePrecision::unknown);
  read(j, "rule", v.rule);
  read(j, "span", v.span);
}

void from_json(const nlohmann::json& j, ActorRef& v) {
  read(j, "name", v.name);
  read(j, "side", v.side);
  read(j, "kind", v.kind);
  read(j, "span", v.span);
  read(j, "rule", v.rule);
}

void from_json(const nlohmann::json& j, PlaceRef& v) {
  read(j, "mention", v.mention);
  read(j, "span", v.span);
  read(j, "rule", v.rule);
  v.place.reset();
  const auto it = j.find("place");
  if (it == j.end() || it->is_null()) return;
  geo::Place place;
  read(*it, "id", place.id);
  read(*it, "name", place.name);
  read(*it, "lat", place.lat);
  read(*it, "lon", place.lon);
  read(*it, "country", place.country);
  read(*it, "precision", place.precision);
  // Extractions stored before places had a kind read back as towns.
  std::string kind;
  read(*it, "kind", kind);
  place.kind = geo::parse_place_kind(kind).value_or(geo::PlaceKind::town);
  v.place = std::move(place);
}

void from_json(const nlohmann::json& j, Incident& v) {
  read(j, "id", v.id);
  read(j, "type", v.type);
  read(j, "sub_event", v.sub_event);
  read(j, "plover", v.plover);
  read_optional(j, "actor1", v.actor1);
  read_optional(j, "actor2", v.actor2);
  read(j, "places", v.places);
  read(j, "date", v.date);
  read_optional(j, "fatalities", v.fatalities);
  read_optional(j, "injuries", v.injuries);
  read(j, "claimant", v.claimant);
  read(j, "evidence", v.evidence);
  read(j, "triggers", v.triggers);
  read(j, "confidence", v.confidence);
  read(j, "provenance", v.provenance);
}

void from_json(const nlohmann::json& j, LossClaim& v) {
  read(j, "id", v.id);
  read(j, "claimant", v.claimant);
  read(j, "about", v.about);
  read(j, "category", v.category);
  read(j, "measure", v.measure);
  read(j, "value", v.value);
  read(j, "qualifier", v.qualifier);
  read(j, "system", v.system);
  read(j, "as_of", v.as_of);
  read(j, "cumulative", v.cumulative);
  read(j, "evidence", v.evidence);
  read(j, "item", v.item);
  read(j, "provenance", v.provenance);
}

void from_json(const nlohmann::json& j, CeasefireRef& v) {
  read(j, "id", v.id);
  read(j, "kind", v.kind);
  read(j, "claimant", v.claimant);
  read_optional(j, "date", v.date);
  read_optional(j, "effective", v.effective);
  read(j, "evidence", v.evidence);
  read(j, "cue", v.cue);
  read(j, "mentions", v.mentions);
  read(j, "conflict", v.conflict);
  read(j, "countries", v.countries);
  read(j, "parties", v.parties);
}

void from_json(const nlohmann::json& j, Denial& v) {
  read(j, "id", v.id);
  read(j, "claimant", v.claimant);
  read(j, "denied", v.denied);
  read(j, "evidence", v.evidence);
  read(j, "incident", v.incident);
}

}  // namespace truce::extract
