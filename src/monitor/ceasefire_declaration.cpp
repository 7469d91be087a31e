// See ceasefire_declaration.hpp.
#include "monitor/ceasefire_declaration.hpp"

#include <fmt/core.h>

#include "monitor/ceasefire_register.hpp"

namespace truce::monitor {

Result<CheckedDeclaration> check_declaration(const CeasefireDeclaration& d, const SideBook& sides) {
  if (d.name.empty()) return make_error("name: missing (what the ceasefire is called)", 2);
  auto start = parse_moment(d.from);
  if (!start) return make_error("from: " + start.error().message, 2);
  if (!d.to.empty()) {
    auto end = parse_moment(d.to);
    if (!end) return make_error("to: " + end.error().message, 2);
    if (*end < *start)
      return make_error(fmt::format("to: {} is before the start, {}", d.to, d.from), 2);
  }
  for (const auto& party : d.parties) {
    if (!sides.is_party(party)) {
      return make_error(
          fmt::format("parties: '{}' is not a party to a conflict of data/conflicts.tsv", party),
          2);
    }
  }
  auto area = Area::parse(d.area);
  if (!area) return make_error("area: " + area.error().message, 2);
  return CheckedDeclaration{
      DeclaredCeasefire{0, d.name, d.from, d.to, d.parties, d.area, d.note, "", ""},
      std::move(*area)};
}

}  // namespace truce::monitor
