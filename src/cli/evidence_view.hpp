// `truce show ID --evidence`: a report's text with the span behind every extracted field marked,
// followed by a legend that lists each fact's fields with their offsets and the rule behind them.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

namespace truce::cli {

struct MarkedSpan {
  std::size_t begin = 0;  // byte offsets into the body
  std::size_t end = 0;
  std::string label;  // "I1 trigger", "C2 item", ...
};

// Returns every field span of a stored extraction (as its JSON), in body order.
std::vector<MarkedSpan> evidence_spans(const nlohmann::json& extraction);

// Returns `body` with the spans marked: `⟦words⟧{label}` in plain text, or bold with the label
// dimmed after it when `colour` is set. Spans nested inside an earlier span are left unmarked
// in the text (the legend still lists them); spans past the body's end are ignored.
std::string mark_spans(const std::string& body, const std::vector<MarkedSpan>& spans, bool colour);

// Returns the legend: one block per fact with its fields, values, offsets and provenance.
std::string evidence_legend(const std::string& body, const nlohmann::json& extraction);

}  // namespace truce::cli
