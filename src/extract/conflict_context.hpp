// Which armed conflicts a report is about, chosen from the sides it names, the countries of its
// places and its publication date (data/conflicts.tsv), and what follows from them: each side's
// enemies, and the party whose country the report's places lie in.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/lexicons.hpp"

namespace truce::extract {

struct ConflictContext {
  std::vector<const ConflictEntry*> conflicts;  // best first
  std::map<std::string, int> side_mentions;     // how often the report names each side
  std::string home_side;  // the party most of the report's places lie in; empty when none
  // The state most of the report's places lie in, whether or not a war on file is chosen: the
  // people killed in a war conflicts.tsv does not list are its civilians.
  std::string place_state;
  // The conflict of the state of the report's places against the armed groups the report
  // defines (report_groups.hpp), where no lexicon knows them; null when there is none.
  std::shared_ptr<const ConflictEntry> report_conflict;

  // The enemies of `side` in the chosen conflicts, the most named first; empty when `side` is
  // no party to them.
  std::vector<std::string> enemies(const Lexicons& lex, const std::string& side) const;
  // The one state fighting in the chosen conflicts when its enemies are armed groups only (the
  // home state where several fight on one side, as in the Sahel); empty otherwise.
  std::string state_at_war(const Lexicons& lex) const;
};

// Chooses the conflicts of a report that names `side_mentions` (side -> count), has places in
// `place_countries` (ISO alpha-2, one per place mention) and was published on `published`
// (YYYY-MM-DD, or empty when unknown). `place_holders`, where given, has one entry per place:
// the side that held it that day where not its country's state (held_areas.tsv), else empty;
// a held place counts toward its holder as the report's home. `epithet_votes`: one entry per
// epithet the report uses, the conflicts whose epithets.tsv rows name it ("regime forces": the
// Syrian conflicts); each votes as a party named once. `report_groups`: the sides of the armed
// groups the report defines that no lexicon knows; they fight the state of most of the report's
// places in a conflict of the report's own, first where no chosen conflict has a party named.
// `place_regions`, where given, has one entry per place: its first-level region (empty when
// unknown), so that a war fought in part of a country (conflicts.tsv areas) is chosen by its
// places only.
// The state whose country holds most of the places counted per ISO country code; empty where
// none is a state's.
std::string most_placed_state(const Lexicons& lex, const std::map<std::string, int>& per_country);

ConflictContext choose_conflicts(const Lexicons& lex, std::map<std::string, int> side_mentions,
                                 const std::vector<std::string>& place_countries,
                                 const std::string& published,
                                 const std::vector<std::string>& place_holders = {},
                                 const std::vector<std::vector<std::string>>& epithet_votes = {},
                                 const std::vector<std::string>& report_groups = {},
                                 const std::vector<std::string>& place_regions = {});

}  // namespace truce::extract
