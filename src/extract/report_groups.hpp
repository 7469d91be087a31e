// Armed groups a report defines that no lexicon knows: a name with a word of an armed group's
// name (cue class group_name_head) followed by its acronym in brackets ("the Free Aceh Movement
// (GAM)", "the Lord's Resistance Army (LRA)"). The acronym becomes a side of its own, named in
// every sentence that writes it or the full name, so that a report of a war data/conflicts.tsv
// does not list still names its insurgents. Internal to prepare().
#pragma once

#include <string>
#include <vector>

#include "extract/document.hpp"

namespace truce::extract {

struct ReportGroup {
  std::string side;               // the acronym: "GAM"
  std::vector<std::string> name;  // the full name's token keys: "free", "aceh", "movement"
  std::string full_name;          // as written: "Free Aceh Movement"
};

// The groups `doc` defines, in order of definition. Needs the sentences' actors: an acronym or
// a name a lexicon already gives a side defines none.
std::vector<ReportGroup> defined_groups(const Lexicons& lex, const Document& doc);

// Names the groups wherever the report writes their acronym or full name, replacing the actor
// mentions those words overlap. Safe to run again after the actors are composed anew.
void name_report_groups(Document& doc, const std::vector<ReportGroup>& groups);

// "the rebels", "the insurgents" (cue class armed_group_word): in a report whose one defined
// group is a party of its chosen conflicts, they name that group.
void name_lone_report_group(const Lexicons& lex, Document& doc,
                            const std::vector<ReportGroup>& groups);

}  // namespace truce::extract
