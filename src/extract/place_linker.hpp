// Which toponym mentions are an incident's places: those in its sentences after a locative
// ("in", "near", "the city of") or naming its target, but not a meeting's venue, not a
// parenthetical qualifier of another place, and a country only when nothing finer is named.
#pragma once

#include <vector>

#include "extract/document.hpp"
#include "geo/place.hpp"

namespace truce::extract {

// Attaches places from `mentions` (of the whole body) to each incident of `incidents`. A
// mention inside one of `denied` (what a denial denies: "denied firing at Ganja") is no
// incident's place.
void link_places(const Document& doc, const Lexicons& lex,
                 const std::vector<geo::PlaceMention>& mentions, std::vector<Incident>& incidents,
                 const std::vector<Span>& denied = {});

}  // namespace truce::extract
