// One report prepared for extraction: its tokens, sentences, actor mentions and date
// mentions, and small helpers over cue classes that every extractor shares.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/report.hpp"
#include "extract/conflict_context.hpp"
#include "extract/extraction.hpp"
#include "extract/lexicons.hpp"
#include "text/date_resolver.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

namespace truce::extract {

// An actor named in the text: a lexicon entry, or a state joined to a head noun
// ("the Azerbaijani Defense Ministry", "the army in Armenia", "Azerbaijan's forces").
struct ActorMention {
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  std::string side;       // empty for a generic head ("the army") with no state attached
  std::string kind;       // kind of the head when there is one, else of the entry
  bool named = false;     // names a particular actor (not just "army" or "forces")
  bool locative = false;  // a state name after "in", "inside", "near"...: a place, not an actor
  bool people = false;    // a state's people ("Lebanese residents"): as a target, civilians
  std::string source;     // lexicon entry
};

// A resolved place mention as preparation needs it: where it is and its country.
struct PlaceCountry {
  std::size_t offset = 0;  // byte offset in the body
  std::string country;     // ISO alpha-2
  bool local = false;      // a town, district or site, not a region or a country
  std::string holder;      // the side that held it on the report's day, where not its state
  bool stand_in = false;   // the geocoder's stand-in for a name it lacks (rule "...fallback")
  std::string admin1;      // its first-level region, where the gazetteer knows it
};

struct SentenceView {
  text::Sentence sentence;
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  std::vector<ActorMention> actors;
  std::vector<text::DateMention> dates;
  std::vector<std::string> place_countries;  // ISO alpha-2 of the places the sentence names
  std::vector<PlaceCountry> places;          // the same places, where and who held them
  bool names_locality = false;               // one of them is a town, district or site
};

struct Document {
  const Report* report = nullptr;
  const Lexicons* lex = nullptr;
  ConflictContext context;  // the conflicts the report is about
  std::vector<text::Token> tokens;
  std::vector<SentenceView> sentences;

  Span span(std::size_t first_token, std::size_t last_token) const;
  std::string text(std::size_t first_token, std::size_t last_token) const;
  // True when token `i` is a word whose first letter is upper-case in the report's text.
  bool capitalised(std::size_t i) const;
  Span sentence_span(std::size_t s) const {
    return {sentences[s].sentence.begin, sentences[s].sentence.end};
  }
  // The index of the sentence that holds (or, between sentences, follows) byte `byte`;
  // sentences.size() past the last.
  // Sentences are in text order: a binary search (issue 11: cost linear in the input).
  std::size_t sentence_of(std::size_t byte) const {
    const auto it =
        std::partition_point(sentences.begin(), sentences.end(),
                             [byte](const SentenceView& v) { return v.sentence.end <= byte; });
    return static_cast<std::size_t>(it - sentences.begin());
  }
  // The index of the token that holds (or, between tokens, follows) byte `byte`; tokens.size()
  // past the last.
  std::size_t token_of(std::size_t byte) const {
    const auto it = std::partition_point(tokens.begin(), tokens.end(),
                                         [byte](const text::Token& t) { return t.end <= byte; });
    return static_cast<std::size_t>(it - tokens.begin());
  }
};

// Returns the report tokenised, split and with actors and dates found, and the conflicts it is
// about chosen from its actors, `place_countries` (the ISO alpha-2 country of each place
// mention) and its date. Never fails.
Document prepare(const Report& report, const Lexicons& lex,
                 const std::vector<PlaceCountry>& places = {});

// Returns the matches of cue class `cls` in tokens [from, to).
std::vector<PhraseMatch> cues_in(const Lexicons& lex, const Document& doc, const std::string& cls,
                                 std::size_t from, std::size_t to);

// The offset where sentence `v`'s dateline ends: the dash or colon after an agency in brackets
// near its start ("CAIRO/JERUSALEM (Wire) -"), or after a town written in capitals ("BAGHDAD -");
// 0 where it has none. A dateline's town is where the reporter files from, not a party.
std::size_t dateline_end(const Document& doc, const SentenceView& v);

// True when some phrase of class `cls` ends exactly at token `end` (exclusive).
bool cue_ends_at(const Lexicons& lex, const Document& doc, const std::string& cls, std::size_t from,
                 std::size_t end);

// True when token `i` is a one-word phrase of cue class `cls` (a plural "s" allowed).
bool word_of(const Lexicons& lex, const Document& doc, const std::string& cls, std::size_t i);

// The actor mention of `view` that covers token `i`, or nullptr.
const ActorMention* actor_at(const SentenceView& view, std::size_t i);

// The enemy of `side` in the conflicts the report is about (the most named first); empty when
// `side` is no party to them.
std::string opponent_of(const Document& doc, const std::string& side);

// Whom "the enemy" means in the mouth of `speaker_side`: its opponent; for a speaker of no
// party (a local outlet's "enemy drone"), the opponent of the party the report's places lie in.
std::string enemy_of(const Document& doc, const std::string& speaker_side);

// True when `side` is a party to the conflicts the report is about.
bool belligerent(const Document& doc, const std::string& side);

}  // namespace truce::extract
