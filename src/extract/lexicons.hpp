// Everything extraction knows about the world, loaded from the data files under data/:
// actors, sides, equipment, event patterns, loss measures and cue words. Formats are in
// docs/lexicons.md; an analyst extends them without touching C++.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "extract/phrase_matcher.hpp"

namespace truce::extract {

struct ActorEntry {
  std::string name;      // canonical name: the first variant
  std::string side;      // "Azerbaijan", "civilians", "media", ...; empty for a generic head noun
  std::string kind;      // state, military, government, armed_group, civilians, media,
                         // international_organisation, enemy
  std::string source;    // "actors.tsv:12", for provenance
  std::string conflict;  // an epithet (epithets.tsv): the one conflict in which it names `side`
  // A generic name of any insurgency ("the rebels", cue class armed_group_word) standing for a
  // conflict's lone armed group: it names that group once the conflict is chosen, but names no
  // conflict itself.
  bool generic_word = false;
};

struct SideEntry {
  std::string side;
  std::string counts_as;        // the side it is scored as in actor fields ("Artsakh" -> "Armenia")
  std::string country;          // ISO 3166-1 alpha-2 of a state; empty for other sides
  std::string civil_authority;  // the party its civil institutions speak for ("Palestine":
                                // Hamas governs Gaza); empty: itself
};

// An armed conflict of data/conflicts.tsv: two camps of sides, a period and the countries
// fought over. The conflicts a report is about decide who "the enemy" of each side is.
struct ConflictEntry {
  std::string name;
  std::vector<std::string> camp_a;
  std::vector<std::string> camp_b;
  std::string from;                    // YYYY-MM-DD
  std::string to;                      // YYYY-MM-DD, empty while ongoing
  std::vector<std::string> countries;  // ISO alpha-2
  std::string source;                  // "conflicts.tsv:12"
  std::vector<std::string> aircraft;   // the parties that fly combat aircraft in it
  std::vector<std::string> drones;     // the one party that flies armed drones in it, if one
  // Where it is fought in part of a country only: "CM:Northwest" (country code, first-level
  // region as the gazetteer names it); empty for the whole of every country.
  std::vector<std::string> areas;

  bool involves(const std::string& side) const;
  // True when a place in country `cc` and first-level region `admin1` (empty when unknown or
  // the place is the country) lies where it is fought.
  bool fought_at(const std::string& cc, const std::string& admin1) const;
  // The other camp of `side`; empty when `side` is in neither.
  const std::vector<std::string>& enemies_of(const std::string& side) const;
};

struct EquipmentEntry {
  std::string phrase;
  std::vector<std::string> categories;  // first is the default; others by measure
  std::string system;                   // named system, e.g. "S-300"; empty for a category
  std::string source;
};

// Land a side holds inside another country's borders for a while (data/held_areas.tsv): the
// Nagorno-Karabakh authorities held districts of Azerbaijan until the 2020 war took them back.
// A strike on a place held so was a strike on its holder's camp.
struct HeldArea {
  std::string side;
  std::string country;              // ISO alpha-2 of the country the land lies in
  std::vector<std::string> areas;   // first-level regions as the gazetteer names them
  std::vector<std::string> places;  // place ids ("geonames:147105") that follow their own dates
  std::string from;                 // YYYY-MM-DD
  std::string to;                   // YYYY-MM-DD, empty while held
  std::string source;               // "held_areas.tsv:12"
};

// A ceasefire agreement whose days are on record (agreements.tsv): a reference dated only by
// its month or year takes the day it was reached.
struct AgreementEntry {
  std::string conflict;            // ConflictEntry::name
  std::vector<std::string> names;  // what reports call it
  // Each name's folded word keys (text::phrase_keys), made once at load for matching tokens.
  std::vector<std::vector<std::string>> name_keys;
  std::string reached;    // YYYY-MM-DD
  std::string effective;  // YYYY-MM-DD; equal to reached when the same day
  std::string source;     // "agreements.tsv:12"
};

struct EventPattern {
  std::string phrase;
  std::string type;          // ACLED type in snake case, or "contextual"
  std::string sub_event;     // ACLED sub-event type
  std::string plover;        // PLOVER category
  std::string form;          // "verb" or "noun"
  std::string agent;         // "subject" (default), "object" (repel, retreat: the object is
                             // the attacker) or "patient" ("came under fire": the subject is hit)
  std::string requires_cue;  // a cue class that must follow within a few tokens; "near:<class>"
                             // within a few tokens either side; or empty
  std::string source;
};

struct MeasureEntry {
  std::string phrase;
  std::string measure;  // killed, wounded, destroyed, shot_down, captured, losses, toll
  std::string source;
};

// The closed vocabularies the lexicons are checked against: ACLED incident types in snake case
// (without "contextual", a pattern type no incident keeps) and claim categories. Command-line
// filters name them in their errors.
const std::set<std::string>& incident_types();
const std::set<std::string>& claim_categories();

struct Lexicons {
  std::vector<ActorEntry> actors;
  PhraseMatcher actor_matcher;
  // Entries of `actors` that name a party in one conflict only, by conflict name.
  std::map<std::string, PhraseMatcher> epithets;
  std::map<std::string, SideEntry> sides;
  std::vector<ConflictEntry> conflicts;
  std::vector<HeldArea> held_areas;
  std::vector<AgreementEntry> agreements;
  // The side holding the place `place_id` in first-level region `admin1` of `country` on
  // `date` (YYYY-MM-DD) by held_areas; empty where the country's own state holds it. A row
  // naming the place itself decides for it over a row naming its region.
  std::string holder_of(const std::string& place_id, const std::string& admin1,
                        const std::string& country, const std::string& date) const;
  std::vector<EquipmentEntry> equipment;
  PhraseMatcher equipment_matcher;
  std::vector<EventPattern> patterns;
  PhraseMatcher pattern_matcher;
  std::vector<MeasureEntry> measures;
  PhraseMatcher measure_matcher;
  std::map<std::string, PhraseMatcher> cues;  // by class
  std::map<std::string, std::vector<std::string>> cue_sources;

  // Returns the matcher of cue class `cls` (an empty one when the class is unknown).
  const PhraseMatcher& cue(const std::string& cls) const;
  // Returns the side `side` is scored as in actor fields.
  std::string counts_as(const std::string& side) const;
  // True when `side` is a state (a side with a country).
  bool is_state(const std::string& side) const;
  // The state whose country is `cc` ("IR": Iran), a party of any conflict or none; the side
  // scored as itself, not one scored as it ("Artsakh"). Empty when none.
  std::string state_of_country(const std::string& cc) const;
};

// Returns the lexicons in `data_dir` (sides.tsv, actors.tsv, armed_groups.tsv, conflicts.tsv,
// equipment.tsv, event_patterns.tsv, measures.tsv, cues.tsv, and generated/states.tsv when the
// build made it). Fails naming the file and line of the first bad entry, or the missing file.
Result<Lexicons> load_lexicons(const std::filesystem::path& data_dir);

}  // namespace truce::extract
