// Scoring extractions against the answer key by the matching rules of
// ../shared/gold/README.md: precision, recall and F1 per kind, field accuracies on matched
// incidents and claims, and every miss and false alarm with its sentence.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/report.hpp"
#include "eval/answer_key.hpp"
#include "extract/extraction.hpp"
#include "extract/lexicons.hpp"

namespace truce::eval {

struct ScoredDocument {
  std::string doc;  // file name, as the key's "doc"
  Report report;
  extract::Extraction extraction;
};

struct Prf {
  std::size_t matched = 0;       // key records found
  std::size_t required = 0;      // key records not optional
  std::size_t false_alarms = 0;  // predictions that match nothing
  double precision() const;
  double recall() const;
  double f1() const;
};

struct Accuracy {
  std::size_t right = 0;
  std::size_t total = 0;
  double value() const { return total ? static_cast<double>(right) / total : 0.0; }
};

struct Finding {
  std::string kind;  // miss, false_alarm, no_event, wrong_field
  std::string what;  // event, claim, place, ceasefire
  std::string doc;
  std::string detail;    // type, category/value, field name...
  std::string sentence;  // the sentence (prediction) or the key evidence (miss)
};

struct EvalResult {
  Prf incidents, claims, places, ceasefires;
  std::size_t no_event_violations = 0;
  std::map<std::string, Accuracy> incident_fields;  // place, date, claimant_side, actors, ...
  std::map<std::string, Accuracy> claim_fields;     // claimant_side, about, measure
  std::vector<Finding> findings;
};

// Returns the scores of `docs` against the key records of the same documents. Actor sides are
// compared as `lex` counts them (Artsakh as Armenia); in battles either actor order matches.
EvalResult score(const std::vector<KeyRecord>& key, const std::vector<ScoredDocument>& docs,
                 const extract::Lexicons& lex);

void to_json(nlohmann::json& j, const EvalResult& r);
// Returns the human-readable report: the figures, then misses and false alarms.
std::string render(const EvalResult& r);

}  // namespace truce::eval
