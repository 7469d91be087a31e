// One incident per target: a strike on "Stepanakert and the town of Martakert" is two
// incidents, and a following sentence joined to an incident but naming another place
// becomes its own.
#pragma once

#include <vector>

#include "extract/document.hpp"

namespace truce::extract {

// Splits the explosions and violence against civilians of `incidents` whose places (linked
// already) are coordinated targets far apart, and undoes joins of sentences that name a
// different place. The casualties stay with the first target. Renumbers the incidents.
void split_targets(const Document& doc, std::vector<Incident>& incidents);

}  // namespace truce::extract
