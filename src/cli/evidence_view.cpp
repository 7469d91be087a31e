// See evidence_view.hpp.
#include "cli/evidence_view.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace truce::cli {
namespace {

using nlohmann::json;

// A span is stored as [begin, end]; anything else (null, empty) is no span.
bool read_span(const json& value, std::size_t& begin, std::size_t& end) {
  if (!value.is_array() || value.size() != 2) return false;
  begin = value[0].get<std::size_t>();
  end = value[1].get<std::size_t>();
  return end > begin;
}

void add(std::vector<MarkedSpan>& out, const json& span, std::string label) {
  std::size_t begin = 0;
  std::size_t end = 0;
  if (read_span(span, begin, end)) out.push_back({begin, end, std::move(label)});
}

// The fields of one fact that carry spans, with the label each gets.
void add_fact_spans(std::vector<MarkedSpan>& out, const json& fact, const std::string& tag) {
  if (fact.contains("triggers")) {
    for (const auto& t : fact["triggers"]) add(out, t, tag + " " + fact.value("type", ""));
  }
  for (const char* role : {"actor1", "actor2"}) {
    if (fact.contains(role) && fact[role].is_object()) {
      add(out, fact[role]["span"], tag + " " + role);
    }
  }
  if (fact.contains("places")) {
    for (const auto& p : fact["places"]) add(out, p["span"], tag + " place");
  }
  for (const char* field : {"date", "as_of"}) {
    if (fact.contains(field) && fact[field].is_object()) {
      add(out, fact[field]["span"], tag + " date");
    }
  }
  if (fact.contains("claimant") && fact["claimant"].is_object()) {
    add(out, fact["claimant"]["span"], tag + " claimant");
  }
  if (fact.contains("item")) add(out, fact["item"], tag + " " + fact.value("category", "item"));
  if (fact.contains("cue")) add(out, fact["cue"], tag + " ceasefire " + fact.value("kind", ""));
  if (fact.contains("denied")) add(out, fact["denied"], tag + " denied");
}

struct FactKind {
  const char* key;
  const char* tag;
};
constexpr FactKind kKinds[] = {
    {"incidents", "I"}, {"claims", "C"}, {"ceasefires", "F"}, {"denials", "D"}};

std::string quote(const std::string& body, const json& span) {
  std::size_t begin = 0;
  std::size_t end = 0;
  if (!read_span(span, begin, end) || end > body.size()) return "";
  return fmt::format("[{},{}) \"{}\"", begin, end, body.substr(begin, end - begin));
}

std::string scalar(const json& value) {
  if (value.is_null()) return "-";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_float()) return fmt::format("{:.2f}", value.get<double>());
  return value.dump();
}

}  // namespace

std::vector<MarkedSpan> evidence_spans(const json& extraction) {
  std::vector<MarkedSpan> out;
  for (const auto& kind : kKinds) {
    if (!extraction.contains(kind.key)) continue;
    for (const auto& fact : extraction[kind.key]) {
      add_fact_spans(out, fact, std::string(kind.tag) + scalar(fact["id"]));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const MarkedSpan& a, const MarkedSpan& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

std::string mark_spans(const std::string& body, const std::vector<MarkedSpan>& spans, bool colour) {
  std::string out;
  std::size_t at = 0;
  for (const auto& span : spans) {
    if (span.begin < at || span.end > body.size()) continue;  // nested, overlapping or stale
    out.append(body, at, span.begin - at);
    const std::string words = body.substr(span.begin, span.end - span.begin);
    if (colour) {
      out += fmt::format("\033[1;4m{}\033[0m\033[2m{{{}}}\033[0m", words, span.label);
    } else {
      out += fmt::format("⟦{}⟧{{{}}}", words, span.label);
    }
    at = span.end;
  }
  out.append(body, std::min(at, body.size()), std::string::npos);
  return out;
}

std::string evidence_legend(const std::string& body, const json& extraction) {
  std::string out;
  for (const auto& kind : kKinds) {
    if (!extraction.contains(kind.key)) continue;
    for (const auto& fact : extraction[kind.key]) {
      const std::string tag = std::string(kind.tag) + scalar(fact["id"]);
      out += fmt::format("{} {}\n", tag, kind.key);
      for (const auto& [field, value] : fact.items()) {
        if (field == "id" || field == "provenance") continue;
        if (value.is_object() && value.contains("span")) {
          const std::string name = value.contains("name")   ? scalar(value["name"])
                                   : value.contains("date") ? scalar(value["date"])
                                                            : "";
          out += fmt::format("  {:<11} {:<32} {}\n", field, name, quote(body, value["span"]));
        } else if (field == "evidence" || field == "triggers" || field == "item" ||
                   field == "cue" || field == "denied") {
          const json spans = value.is_array() && !value.empty() && value[0].is_array()
                                 ? value
                                 : json::array({value});
          for (const auto& s : spans) out += fmt::format("  {:<11} {}\n", field, quote(body, s));
        } else if (field == "places") {
          for (const auto& p : value) {
            const std::string name =
                p["place"].is_object() ? scalar(p["place"]["name"]) : "(unresolved)";
            out += fmt::format("  {:<11} {:<32} {}\n", "place", name, quote(body, p["span"]));
          }
        } else if (!value.is_object() && !value.is_array()) {
          out += fmt::format("  {:<11} {}\n", field, scalar(value));
        }
      }
      if (fact.contains("provenance")) {
        for (const auto& [field, rule] : fact["provenance"].items()) {
          out += fmt::format("  rule        {:<11} <- {}\n", field, scalar(rule));
        }
      }
    }
  }
  return out;
}

}  // namespace truce::cli
