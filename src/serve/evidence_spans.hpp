// The spans of a report's body behind each extracted field, for the dashboard's report view: the
// fact, the field, its value and the rule or lexicon entry that produced it. Offsets are given in
// UTF-16 code units (what a browser's strings count) beside the stored byte offsets.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace truce::serve {

// Returns [{fact, kind, field, value, rule, begin, end, byte_begin, byte_end}] in body order;
// spans outside the body are left out.
nlohmann::json evidence_spans(const std::string& body, const nlohmann::json& extraction);

}  // namespace truce::serve
