// The days of a ceasefire agreement: the day it was reached and the day it took effect, read
// from the words around its mention ("agreed on Saturday", "took effect at noon on 3 May"), from
// its name ("the ceasefire of 14 August 2006") and from the agreements on record
// (data/agreements.tsv). The parts of ceasefire_finder.cpp that date a reference.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "extract/document.hpp"

namespace truce::extract::ceasefire {

// How far after a mention its dates are read, in tokens: far enough for a clock time and an
// agency's initials ("brokered by the United States, which was meant to begin at 8 a.m. local
// time on Monday": "a.m." alone is four tokens).
inline constexpr std::size_t kDateAfter = 20;
// "a ceasefire between Israel and Hezbollah came into force": the verb of taking effect may
// follow the parties.
inline constexpr std::size_t kEffectReach = 9;
// The same when the parties follow the mention ("a ceasefire between A and B took effect").
inline constexpr std::size_t kPartiesReach = 20;

inline bool cue_near(const Document& doc, const Lexicons& lex, const std::string& cls,
                     std::size_t from, std::size_t to) {
  return !cues_in(lex, doc, cls, from, to).empty();
}

// "the truce that President X announced on Saturday", "the ceasefire, which began at 4 a.m.":
// the token after the verb of a relative clause on the mention at `m`, or 0 when there is none.
std::size_t relative_clause_verb(const Document& doc, const Lexicons& lex, const SentenceView& v,
                                 const PhraseMatch& m);

// The day that names the agreement at `m` ("the ceasefire of 14 August 2006", "the October 10
// ceasefire", "the truce since the 18th"), or nullptr.
const text::DateMention* named_by_day(const Document& doc, const SentenceView& v,
                                      const PhraseMatch& m);

// The report's publication day as a date the words did not give (precision approximate).
std::optional<DateValue> publication_day(const Document& doc);

// True when `d` lies more than a year before the report's publication.
bool older_than_history(const Document& doc, const DateValue& d);

// True when only a month or a year, more than a year before the report, dates `ref`: background.
bool old_by_month(const Document& doc, const CeasefireRef& ref);

// Gives `ref`, dated by a month or a year, the days of the one agreement on record then.
void on_record_day(const Document& doc, const Lexicons& lex, CeasefireRef& ref);

// True when the tokens from `i` are the words `keys` (a name's phrase_keys); false for no keys.
bool words_at(const std::vector<text::Token>& t, std::size_t i,
              const std::vector<std::string>& keys);

// Dates an undated `ref` whose mention at `m` ends with the name of an agreement of the report's
// conflicts on record ("the trilateral statement"); false when it names none.
bool named_on_record(const Document& doc, const Lexicons& lex, const PhraseMatch& m,
                     CeasefireRef& ref);

// Dates an undated `ref` by the latest agreement on record in the month before the report;
// false when there is none.
bool recent_on_record(const Document& doc, const Lexicons& lex, CeasefireRef& ref);

// Sets the day the agreement at `m` was reached and the day it took effect, reading dates from
// token `floor` to token `limit`. Returns the further days of a plural agreement ("agreements
// reached on the 10th and 17th"), each an agreement of its own.
std::vector<DateValue> date_agreement(const Document& doc, const Lexicons& lex,
                                      const SentenceView& v, const PhraseMatch& m,
                                      std::size_t floor, std::size_t limit, CeasefireRef& ref);

}  // namespace truce::extract::ceasefire
