// Incidents that casualty counts tell at sites of their own. "Israeli strikes on two villages
// killed 11 ... five were killed in Haris and four more in Tallousa": each village is the
// attack's site, an incident like the attack but for its place and toll. "Two civilians were
// wounded in Vardenis", in a sentence that tells and continues no incident: an incident of its
// own, its victims and toll from the count.
#pragma once

#include <vector>

#include "extract/document.hpp"

namespace truce::extract {

// The town or district that the words after byte `at` of `sentence` name right after "in",
// "at" or "near" ("killed in Haris"), or nullptr. A name the index lacks, placed at a town
// near it in the text, or a region is no site.
const PlaceRef* located_at(const Document& doc, const std::vector<PlaceRef>& places,
                           const Span& sentence, std::size_t at);

// True when one of `incidents` is at `place`.
bool at_any(const std::vector<Incident*>& incidents, const PlaceRef& place);

// Adds, after `incidents`, the incidents that the counts no incident took (`unplaced`, from
// fill_tolls, in order) tell at sites of their own: another site of the attack of the same
// claimant told in the few sentences before (rule "casualty-at-another-site"), else an incident
// of its own whose kind is that of an incident told at that place, else of the one told last
// ("casualty-of-its-own"). Never for a span of days or a count at no town.
void add_sites(const Document& doc, std::vector<Incident>& incidents,
               const std::vector<const LossClaim*>& unplaced, const std::vector<PlaceRef>& places);

}  // namespace truce::extract
