// The dead and wounded of an incident that its own sentence does not count in the words the
// incident extractor reads. "AA fighters shelled the camp, and one member of the security forces
// was killed" and "Russian drones struck Kherson. Two soldiers were killed." both tell the toll
// of the attack; the claim parser reads such counts, so the incident takes them from its claims.
#pragma once

#include <vector>

#include "extract/document.hpp"

namespace truce::extract {

// Fills the fatalities and injuries an incident lacks from the casualty claims (people killed or
// wounded, not running totals, same claimant) of its own sentences (rule "sentence-claims"), or
// of the sentence right after its last one when that sentence reports no incident of its own
// and names no other day (rule "next-sentence-claims": the sentence joins the evidence). Of
// several incidents (an attack split by target), the one whose place the count's sentence
// names nearest to the count takes it. Runs after places are linked and targets split.
// Returns the casualty counts no incident took, in order, that may be sites of their own
// (add_sites): those of a sentence with no incident before it or on another day, and those at a
// town none of the incidents just told is at.
std::vector<const LossClaim*> fill_tolls(const Document& doc, std::vector<Incident>& incidents,
                                         const std::vector<LossClaim>& claims,
                                         const std::vector<PlaceRef>& places);

}  // namespace truce::extract
