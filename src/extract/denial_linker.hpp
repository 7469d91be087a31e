// Which incident a denial denies: "Armenia denied firing at Ganja" answers the incident
// another party reported at Ganja.
#pragma once

#include <vector>

#include "extract/document.hpp"

namespace truce::extract {

// Sets `Denial::incident` to the id of the incident each denial answers: one reported by
// another side whose place is named in the denied words, else the nearest one reported by the
// denier's opponent in the two sentences before. Leaves it empty when none fits.
void link_denials(const Document& doc, const Lexicons& lex, const std::vector<Incident>& incidents,
                  std::vector<Denial>& denials);

}  // namespace truce::extract
