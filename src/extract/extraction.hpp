// What extraction produces for one report: incidents, loss and gain claims, ceasefire
// references and denials. Every field carries its claimant and the byte spans behind it, and
// `provenance` names the lexicon entry or rule that produced each field.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/report.hpp"
#include "geo/place.hpp"

namespace truce::extract {

struct Span {
  std::size_t begin = 0;  // byte offsets into Report::body
  std::size_t end = 0;
  bool empty() const { return end <= begin; }
};

// Who says so. `side` is a side of data/sides.tsv, "media" when the report speaks on its own
// account or a journalist or agency does.
struct Claimant {
  std::string name;  // "Ministry of Defense of Azerbaijan" as written, or the outlet
  std::string side;
  std::string kind;  // actor kind (military, government, media, ...)
  Span span;         // the words naming the claimant; empty for the outlet
  std::string rule;  // speech-verb, according-to, carry-over, paragraph, outlet
};

struct DateValue {
  std::string iso;      // first day; empty when unknown
  std::string end_iso;  // last day of a range ("in recent days"); equal to iso for one day
  DatePrecision precision = DatePrecision::unknown;
  std::string rule;  // yesterday, weekday, day-of-month, recent-days, publication, ...
  Span span;         // the words, empty when the publication date was used
};

struct ActorRef {
  std::string name;  // as written
  std::string side;  // side, "civilians", or empty when unknown
  std::string kind;
  Span span;
  std::string rule;  // subject, object, by-agent, of-agent, opponent, claimant, ...
};

struct PlaceRef {
  Span span;
  std::string mention;
  std::optional<geo::Place> place;  // nullopt: recognised but not resolved
  std::string rule;
};

struct Incident {
  std::string id;  // "<n>" within the report
  std::string type;
  std::string sub_event;
  std::string plover;
  std::optional<ActorRef> actor1;
  std::optional<ActorRef> actor2;
  std::vector<PlaceRef> places;
  DateValue date;
  std::optional<long> fatalities;
  std::optional<long> injuries;
  Claimant claimant;
  std::vector<Span> evidence;  // the sentences that report it
  std::vector<Span> triggers;  // the words that signalled it
  double confidence = 0;
  std::map<std::string, std::string> provenance;  // field -> rule or lexicon entry
};

struct LossClaim {
  std::string id;
  Claimant claimant;
  std::string about;     // whose losses (or gains): a side, or "civilians"... never empty
  std::string category;  // a category of data/equipment.tsv
  std::string measure;   // killed, wounded, destroyed, shot_down, captured
  double value = 0;
  std::string qualifier;  // exact, about, more_than, at_least, up_to
  std::string system;     // named system, e.g. "S-300"
  DateValue as_of;
  bool cumulative = false;
  Span evidence;  // the sentence
  Span item;      // the words of this item ("250 artillery and missile systems")
  std::map<std::string, std::string> provenance;
};

struct CeasefireRef {
  std::string id;
  std::string kind;  // agreement, call, rejection, violation
  Claimant claimant;
  std::optional<DateValue> date;       // the day an agreement was reached, when given
  std::optional<DateValue> effective;  // the day it took effect, when the report gives both
  Span evidence;                       // the first sentence that names it
  Span cue;
  std::vector<Span> mentions;  // every sentence of the report that refers to this agreement
  std::string conflict;        // the conflict of data/conflicts.tsv the report is about, if any
  std::vector<std::string> countries;  // its countries (ISO alpha-2): where the ceasefire holds
  std::vector<std::string> parties;    // its parties
};

struct Denial {
  std::string id;
  Claimant claimant;
  Span denied;           // what is denied
  Span evidence;         // the sentence
  std::string incident;  // id of the incident denied, when one is found
};

struct Extraction {
  std::string origin;
  std::vector<Incident> incidents;
  std::vector<LossClaim> claims;
  std::vector<CeasefireRef> ceasefires;
  std::vector<Denial> denials;
  std::vector<PlaceRef> places;  // every toponym mention the finder returned
};

void to_json(nlohmann::json& j, const Span& v);
void to_json(nlohmann::json& j, const Claimant& v);
void to_json(nlohmann::json& j, const DateValue& v);
void to_json(nlohmann::json& j, const ActorRef& v);
void to_json(nlohmann::json& j, const PlaceRef& v);
void to_json(nlohmann::json& j, const Incident& v);
void to_json(nlohmann::json& j, const LossClaim& v);
void to_json(nlohmann::json& j, const CeasefireRef& v);
void to_json(nlohmann::json& j, const Denial& v);
void to_json(nlohmann::json& j, const Extraction& v);

}  // namespace truce::extract
