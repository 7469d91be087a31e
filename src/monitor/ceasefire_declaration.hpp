// A ceasefire an analyst declares (`truce ceasefire add`, POST /api/ceasefire-register), checked
// before it is stored: its start and end, the parties (each a party to a conflict of
// data/conflicts.tsv) and its area (country codes or GeoJSON).
#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"
#include "monitor/area.hpp"
#include "monitor/sides.hpp"
#include "store/report_store.hpp"

namespace truce::monitor {

struct CeasefireDeclaration {
  std::string name;
  std::string from;  // 2020-10-10 or 2020-10-10T12:00+04:00
  std::string to;    // "" while in force
  std::vector<std::string> parties;
  std::string area;  // "", "AZ,AM" or GeoJSON text
  std::string note;
};

// The declaration as the store keeps it, with its parsed area. Fails with a message that starts
// with the field at fault ("from: ...", "parties: ...", "area: ...").
struct CheckedDeclaration {
  DeclaredCeasefire ceasefire;
  Area area;
};
Result<CheckedDeclaration> check_declaration(const CeasefireDeclaration& declaration,
                                             const SideBook& sides);

}  // namespace truce::monitor
