// Ceasefire references: agreements with the day they were reached, calls for a ceasefire,
// rejections of one and accusations of breaking one, each with who said it.
#pragma once

#include <vector>

#include "extract/attribution.hpp"
#include "extract/document.hpp"

namespace truce::extract {

// Returns the ceasefire mentions of sentence `v`: names of a ceasefire ("truce", "halt to the
// fighting") and words of stopping with a kind of hostilities ("a moratorium on strikes"), each
// with the words that qualify it before ("a 48-hour temporary ceasefire"). The hostilities they
// name are no incident.
std::vector<PhraseMatch> ceasefire_mentions(const Document& doc, const Lexicons& lex,
                                            const SentenceView& v);

// Returns the ceasefire references of `doc`, one per ceasefire mention (one per day for an
// agreement reached on several days). Plain mentions with no cue are left out.
std::vector<CeasefireRef> find_ceasefires(const Document& doc, const Lexicons& lex,
                                          const std::vector<SentenceAttribution>& attribution);

}  // namespace truce::extract
