// The parts of a loss claim that claim_parser reads separately: the counted items of a
// sentence and whose losses each is. Internal to claim_parser.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "extract/document.hpp"
#include "text/number_parser.hpp"

namespace truce::extract {

// How far after the list's last item a figure that says it continues the list ("four more",
// "39 others") may stand, past a place's apposition ("five were killed in Haris, a village in
// the Bint Jbeil district, and four more in Tallousa").
constexpr std::size_t kMoreReach = 20;

// A loss measure in a sentence: killed, wounded, destroyed, shot_down, captured, losses, toll
// (of the dead), injury_toll (of the wounded).
struct MeasureHit {
  std::size_t first, last;
  std::string measure;
  std::string source;

  bool is_toll() const { return measure == "toll" || measure == "injury_toll"; }
};

// A counted item: "300 tanks and military vehicles", "a combat plane", "the S-300 system".
struct ClaimItem {
  std::size_t first = 0, last = 0;  // tokens of the item
  std::size_t count_first = 0;
  double value = 0;
  text::Qualifier qualifier = text::Qualifier::exact;
  bool article = false;  // "a drone": one only because of the article
  std::vector<std::string> categories;
  std::string system;
  std::string source;
};

// True for the categories that count people (personnel, civilians).
bool counts_people(const std::string& category);

// True for a plural word of people ("soldiers", "volunteers", "people", "men"): after "a" it
// names no one person ("a bus carrying soldiers").
bool plural_people(const text::Token& w);

// The measure a claim states for `measure` as found (toll, losses, injury_toll...) on an item
// of `category`: people are killed or wounded, equipment destroyed.
std::string normalise_measure(std::string measure, const std::string& category);

// The words around each "losses" ("loss", "casualties") before token `first` of sentence `v`
// that may name whose losses they are ("the losses of the Georgian army", "the enemy's
// losses"): one token range [first, second) per such word.
std::vector<std::pair<std::size_t, std::size_t>> losses_windows(const Document& doc,
                                                                const SentenceView& v,
                                                                std::size_t first);

// "the adversary retreated leaving more than 40 dead", "the attackers fled, leaving 12": the
// party that retreated, named before a retreat word (cue class retreat_word) a few words before
// "leaving" the count at token `first`, left its own dead. Returns that party's mention (a
// force, an armed group or the enemy), or nullptr.
const ActorMention* retreated_leaving(const Document& doc, const Lexicons& lex, std::size_t si,
                                      std::size_t first);

// Returns the counted items of sentence `si`, whose loss measures are `measures`.
std::vector<ClaimItem> find_items(const Document& doc, const Lexicons& lex, std::size_t si,
                                  const std::vector<MeasureHit>& measures);

// What the owner search needs to know about one item of a list.
struct OwnerQuery {
  std::size_t si = 0;                   // the sentence
  const ClaimItem* item = nullptr;      // the item
  const MeasureHit* measure = nullptr;  // the measure that governs it
  std::string category;
  std::string measure_name;  // the measure as the claim states it
  std::size_t clause_start = 0;
  const ClaimItem* previous = nullptr;  // the item before in the list, if any
  std::string previous_about;           // whose losses that was
  std::string toll_told_about;          // whose dead the report's last claim counted
  const Incident* incident = nullptr;   // the sentence's incident nearest the item, if any
  bool incident_before = false;         // `incident` was told in the sentence before
};

struct Owner {
  std::string about;  // a side; empty when nobody can be named
  std::string rule;
};

// Whose losses the item of `q` is: words inside the item, "of/belonging to X" after it, the
// toll's or the loser's owner, the list's, the side the sentence's attack hit, then the
// claimant's own civilians or its enemy.
Owner find_owner(const Document& doc, const Lexicons& lex, const OwnerQuery& q,
                 const Claimant& claimant);

}  // namespace truce::extract
