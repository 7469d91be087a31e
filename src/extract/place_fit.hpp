// Places that fit the report: an incident's place must lie in a country the report is about
// (the countries of the conflicts it is about, and of the states it names). A place elsewhere is
// replaced by the best candidate of the same name that does fit, or dropped; either way the
// place's rule says why, for `truce show --evidence`.
#pragma once

#include <vector>

#include "extract/document.hpp"
#include "geo/place.hpp"

namespace truce::extract {

// The report's own place list: a place abroad that only a loose spelling or a small namesake
// made is refitted to a candidate in the report's countries, or dropped.
void fit_report_places(const Document& doc, const Lexicons& lex, const geo::PlaceFinder& finder,
                       std::vector<PlaceRef>& places);

void fit_places(const Document& doc, const Lexicons& lex, const geo::PlaceFinder& finder,
                std::vector<Incident>& incidents);

}  // namespace truce::extract
