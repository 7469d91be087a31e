// See evidence_spans.hpp.
#include "serve/evidence_spans.hpp"

#include <algorithm>
#include <vector>

namespace truce::serve {
namespace {

using nlohmann::json;

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string fact;
  std::string kind;
  std::string field;
  std::string value;
  std::string rule;
};

std::string text_of(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  return value.dump();
}

std::string string_at(const json& object, const char* key) {
  const auto it = object.find(key);
  return it == object.end() ? "" : text_of(*it);
}

// Collects the spans of one fact, labelled as evidence_view does for the terminal.
class FactSpans {
 public:
  FactSpans(std::vector<Span>& out, const json& fact, std::string kind)
      : out_(out), fact_(fact), kind_(std::move(kind)) {}

  void add(const json& span, const std::string& field, const std::string& value,
           const std::string& rule) {
    if (!span.is_array() || span.size() != 2 || !span[0].is_number() || !span[1].is_number()) {
      return;
    }
    const auto begin = span[0].get<std::size_t>();
    const auto end = span[1].get<std::size_t>();
    if (end <= begin) return;
    out_.push_back({begin, end, string_at(fact_, "id"), kind_, field, value, rule});
  }
  // A sub-object with its own span and rule (claimant, actor, date, place).
  void add_part(const json& part, const std::string& field, const std::string& value) {
    if (part.is_object()) add(part.value("span", json()), field, value, string_at(part, "rule"));
  }
  std::string provenance(const char* field) const {
    const auto it = fact_.find("provenance");
    return it != fact_.end() && it->is_object() ? string_at(*it, field) : "";
  }

 private:
  std::vector<Span>& out_;
  const json& fact_;
  std::string kind_;
};

void add_incident(std::vector<Span>& out, const json& fact) {
  FactSpans spans(out, fact, "incident");
  for (const auto& trigger : fact.value("triggers", json::array())) {
    spans.add(trigger, "type", string_at(fact, "type"), spans.provenance("type"));
  }
  for (const char* role : {"actor1", "actor2"}) {
    if (fact.contains(role)) spans.add_part(fact[role], role, string_at(fact[role], "name"));
  }
  for (const auto& place : fact.value("places", json::array())) {
    const json& resolved = place.value("place", json());
    spans.add_part(
        place, "place",
        resolved.is_object() ? string_at(resolved, "name") : string_at(place, "mention"));
  }
  if (fact.contains("date")) spans.add_part(fact["date"], "date", string_at(fact["date"], "date"));
  if (fact.contains("claimant")) {
    spans.add_part(fact["claimant"], "claimant", string_at(fact["claimant"], "name"));
  }
}

void add_claim(std::vector<Span>& out, const json& fact) {
  FactSpans spans(out, fact, "claim");
  spans.add(fact.value("item", json()), "category",
            string_at(fact, "category") + " " + string_at(fact, "measure") + " " +
                string_at(fact, "value"),
            spans.provenance("category") + "; " + spans.provenance("measure"));
  if (fact.contains("as_of"))
    spans.add_part(fact["as_of"], "as_of", string_at(fact["as_of"], "date"));
  if (fact.contains("claimant")) {
    spans.add_part(fact["claimant"], "claimant", string_at(fact["claimant"], "name"));
  }
}

void add_other(std::vector<Span>& out, const json& fact, const std::string& kind) {
  FactSpans spans(out, fact, kind);
  if (kind == "ceasefire") {
    spans.add(fact.value("cue", json()), "ceasefire", string_at(fact, "kind"), "ceasefire cue");
    if (fact.contains("date") && fact["date"].is_object()) {
      spans.add_part(fact["date"], "date", string_at(fact["date"], "date"));
    }
  } else {
    spans.add(fact.value("denied", json()), "denied", string_at(fact, "incident"), "denial cue");
  }
  if (fact.contains("claimant")) {
    spans.add_part(fact["claimant"], "claimant", string_at(fact["claimant"], "name"));
  }
}

// utf16[i] = UTF-16 code units before byte i; bytes inside a sequence get its start's count.
std::vector<std::size_t> utf16_offsets(const std::string& body) {
  std::vector<std::size_t> out(body.size() + 1, 0);
  std::size_t units = 0;
  for (std::size_t i = 0; i < body.size();) {
    const auto lead = static_cast<unsigned char>(body[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    for (std::size_t k = 0; k < length && i + k < body.size(); ++k) out[i + k] = units;
    units += length == 4 ? 2 : 1;
    i += length;
  }
  out[body.size()] = units;
  return out;
}

}  // namespace

json evidence_spans(const std::string& body, const json& extraction) {
  std::vector<Span> spans;
  for (const auto& fact : extraction.value("incidents", json::array())) add_incident(spans, fact);
  for (const auto& fact : extraction.value("claims", json::array())) add_claim(spans, fact);
  for (const auto& fact : extraction.value("ceasefires", json::array())) {
    add_other(spans, fact, "ceasefire");
  }
  for (const auto& fact : extraction.value("denials", json::array()))
    add_other(spans, fact, "denial");
  std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  const auto utf16 = utf16_offsets(body);
  json out = json::array();
  for (const auto& s : spans) {
    if (s.end > body.size()) continue;
    out.push_back({{"fact", s.fact},
                   {"kind", s.kind},
                   {"field", s.field},
                   {"value", s.value},
                   {"rule", s.rule},
                   {"begin", utf16[s.begin]},
                   {"end", utf16[s.end]},
                   {"byte_begin", s.begin},
                   {"byte_end", s.end}});
  }
  return out;
}

}  // namespace truce::serve
