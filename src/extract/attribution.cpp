// Attribution by speech verbs and "according to", with carry-over to the last named speaker.
#include "extract/attribution.hpp"

#include "extract/closing_sources.hpp"
#include "extract/filters.hpp"
#include "extract/report_voices.hpp"
#include "extract/speaker_phrases.hpp"
#include "extract/speech_verbs.hpp"
#include "extract/unnamed_speakers.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace truce::extract {

// How many words may follow a trailing attribution's verb ("told a news agency on Thursday").
constexpr std::size_t kTrailingTail = 8;

const Claimant& SentenceAttribution::at(std::size_t i) const {
  const AttributionSegment* seg = &segments.front();
  for (const auto& s : segments) {
    if (s.from <= i) seg = &s;
  }
  return seg->claimant;
}

namespace {

// What carries from sentence to sentence: the report's fixed voices and the speakers named so
// far, to which later pronouns and bare institutions refer back.
struct SpeakerState {
  const Document& doc;
  const Lexicons& lex;
  const std::vector<SentenceAttribution>& done;  // the sentences attributed so far
  Claimant own_voice;
  std::optional<Claimant> signer;
  std::optional<Claimant> headline;
  // The source a report relays from its first attributed sentence on ("informs Report with
  // reference to the regional executive", "the agency reports, citing the army").
  std::optional<Claimant> relayed_lead;
  std::size_t relayed_from = 0;  // the first sentence it speaks for unnamed
  bool lead_weighed = false;     // whether the first speaker was weighed as the lead's source
  std::string outlet_party;      // the party the outlet's name gives (report_voices.hpp)
  Claimant last_named;
  bool have_named = false;
  std::vector<Claimant> speakers;  // every named speaker so far, in order

  void name(const Claimant& c) {
    last_named = c;
    have_named = true;
    speakers.push_back(last_named);
  }

  // The party that spoke last, for an institution named without its state (last_party).
  const Claimant* party() const {
    return last_party(doc, have_named ? &last_named : nullptr, headline);
  }
};

// A speech verb of sentence `si` and where its subject may begin ([start, verb.first)).
struct SpeechClause {
  std::size_t si;
  const SentenceView& v;
  const PhraseMatch& verb;
  std::size_t start;
  const std::vector<AttributionSegment>& before;  // the sentence's earlier speech segments
};

// Where the words [from, name_end) after an inverted speech verb are a person's name (capitalised
// words) and a title follows it after a comma to the sentence's end ("said Abdul Aziz Bek, head of
// the provincial council."), returns the end of the title; else 0.
std::size_t appositive_end(const Document& doc, const SentenceView& v, std::size_t from,
                           std::size_t name_end) {
  const auto& t = doc.tokens;
  if (name_end < from + 2 || name_end > from + kNameWords || name_end + 2 >= v.last ||
      t[name_end].key != ",")
    return 0;
  for (std::size_t k = from; k < name_end; ++k)
    if (!doc.capitalised(k)) return 0;
  const std::size_t end = v.last - 1;
  if (t[end].key != ".") return 0;
  for (std::size_t k = name_end + 1; k < end; ++k) {
    if (t[k].kind == text::TokenKind::punct && t[k].key != "," && t[k].key != "'") return 0;
    if (t[k].is_any({"had", "has", "have", "was", "were", "is", "are", "will", "would", "that"}))
      return 0;
  }
  if (!doc.lex->pattern_matcher.find_all(t, name_end + 1, end).empty()) return 0;
  return end;
}

// "..., said the ministry.", "..., informs the press service of X.": the speaker follows the
// verb and what came before is what it said. False when the verb is not inverted or no speaker
// follows it.
bool speaker_after_verb(SpeakerState& s, const SpeechClause& cl, Claimant& c) {
  const auto& t = s.doc.tokens;
  const SentenceView& v = cl.v;
  const PhraseMatch& m = cl.verb;
  if (m.first <= v.first || (t[m.first - 1].key != "," && t[m.first - 1].key != "\"")) return false;
  std::size_t after_end = m.last;
  while (after_end < v.last && t[after_end].key != "," && t[after_end].key != "." &&
         t[after_end].key != ";" && t[after_end].key != "\"")
    ++after_end;
  // The speaker must come right after the verb and close the clause ("..., said X.").
  std::size_t speaker_from = m.last;
  // "..., reported to Interfax in the press center of the Joint Grouping" (Russian "сообщили
  // Интерфаксу в пресс-центре"): the outlet told, then the speaker after "in".
  if (speaker_from + 2 < after_end && t[speaker_from].key == "to") {
    const ActorMention* told = actor_at(v, speaker_from + 1);
    if (told && told->first == speaker_from + 1 && told->kind == "media" &&
        told->last + 1 < after_end && t[told->last].is_any({"in", "at"}))
      speaker_from = told->last + 1;
  }
  // "..., declared on Tuesday the spokesman of the army" (French and Spanish order): the day
  // between the verb and its speaker.
  for (const auto& d : v.dates) {
    if (speaker_from >= after_end) break;
    const std::size_t at = t[speaker_from].key == "on" ? speaker_from + 1 : speaker_from;
    if (d.first == at && d.last < after_end) speaker_from = d.last;
  }
  if (speaker_from < after_end && t[speaker_from].key == "the") ++speaker_from;
  const ActorMention* after = speaker_from < after_end ? actor_at(v, speaker_from) : nullptr;
  // "..., said Ukrainian President Volodymyr Zelensky.", "..., informed President of Ukraine
  // Volodymyr Zelensky.": a title, and the name that follows it, close the clause.
  // A phrase after the name ("in the evening address") is no part of it.
  std::size_t name_end = after_end;
  for (std::size_t k = after ? after->last : after_end; k < after_end; ++k) {
    if (t[k].is_any({"in", "at", "on", "during", "via", "through", "to"})) {
      name_end = k;
      break;
    }
  }
  bool named_after = after && after->first == speaker_from && after->last < name_end &&
                     name_end - after->last <= kNameWords + 2;
  for (std::size_t k = after ? after->last : name_end; named_after && k < name_end; ++k)
    named_after = s.doc.capitalised(k) || t[k].is_any({"of", "the"});
  const bool closes =
      after && after->first == speaker_from && (after->last == after_end || named_after);
  if (closes && resolve_region(s.doc, v, speaker_from, after_end, c)) {
    c.rule = "speech-verb-inverted";
    s.name(c);
  } else if (resolve_local_official(s.doc, s.lex, speaker_from, after_end, c)) {
    s.name(c);  // "..., said the regional governor."
  } else if (speaker_from < after_end && after && after->first == speaker_from &&
             resolve_institution(s.doc, cl.si, speaker_from, after_end, s.party(), c, true)) {
    s.name(c);  // "..., telling the Ministry of Defence." (machine-translated "the ministry said")
  } else if (named_earlier(s.doc, s.done, speaker_from, after_end, c)) {
    s.name(c);  // '"...", said Nogovitsyn.', the deputy chief named so before
  } else if (after_end <= m.last + 2 && has_pronoun(s.lex, s.doc, m.last, after_end) &&
             s.have_named) {
    c = s.last_named;  // "..., she said."
    c.rule = "carry-over";
  } else if (const std::size_t end = appositive_end(s.doc, v, speaker_from, after_end); end) {
    // "..., said Abdul Aziz Bek, head of the provincial council.": a person and the title after
    // the name, which says whom he speaks for; one we cannot place, the outlet answers for.
    if (resolve_local_official(s.doc, s.lex, after_end + 1, end, c) ||
        resolve_institution(s.doc, cl.si, after_end + 1, end, s.party(), c, true)) {
      s.name(c);
    } else {
      c = s.own_voice;
      c.rule = "speech-verb-unresolved";
    }
    c.name = s.doc.text(speaker_from, end);
    c.span = s.doc.span(speaker_from, end);
  } else {
    return false;
  }
  return true;
}

// A verb that goes on from the sentence's last speech verb keeps its speaker.
bool continued_speaker(const Document& doc, const SpeechClause& cl, Claimant& c) {
  const auto& t = doc.tokens;
  const PhraseMatch& m = cl.verb;
  if (cl.before.empty()) {
    // "The Karabakh authorities put their toll at 974, and said 37 civilians had died": the
    // first verb of saying, joined by "and" to the sentence's first verb, has its subject.
    if (m.first <= cl.v.first || t[m.first - 1].key != "and") return false;
    for (const auto& a : cl.v.actors) {
      if (a.first > cl.v.first + 1 || a.side.empty() || a.locative) continue;
      if (!resolve_region(doc, cl.v, a.first, a.last, c)) return false;
      c.rule = "coordinated-verb";
      return true;
    }
    return false;
  }
  const std::string& verb = t[m.first].key;
  if (verb.size() > 4 && verb.ends_with("ing") && m.last == m.first + 1) {
    c = cl.before.back().claimant;  // "..., adding that": the same speaker goes on
    return true;
  }
  if (m.first > cl.v.first && t[m.first - 1].key == "and") {
    // "The FARDC spokesman accused Rwanda of leading the offensive and said ...": verbs
    // joined by "and" share their speaker.
    c = cl.before.back().claimant;
    c.rule = "coordinated-verb";
    return true;
  }
  return false;
}

// "The press service of the self-defence forces, quoted by Armenpress in Yerevan, confirmed":
// where a relay set off by commas stands just before the verb, the subject ends before it.
// Returns the comma that opens the aside, else `verb`.
std::size_t relay_aside_start(const std::vector<text::Token>& t, std::size_t start,
                              std::size_t verb) {
  if (verb <= start + 3 || t[verb - 1].key != ",") return verb;
  for (std::size_t k = verb - 1; k > start; --k) {
    if (t[k - 1].key != ",") continue;
    return k + 1 < verb && t[k].is_any({"quoted", "cited"}) && t[k + 1].key == "by" ? k - 1 : verb;
  }
  return verb;
}

// The speaker named as the verb's subject; the second clause of "Azerbaijan does not disclose X
// but says ..." keeps the sentence's subject.
bool subject_speaker(SpeakerState& s, const SpeechClause& cl, Claimant& c) {
  const auto& t = s.doc.tokens;
  const std::size_t start = cl.start;
  const std::size_t verb = relay_aside_start(t, start, cl.verb.first);
  if (!resolve_subject(s.doc, s.lex, cl.v, start, verb, c) &&
      !(start == verb && start > cl.v.first && is_clause_joiner(t[start - 1]) &&
        resolve_region(s.doc, cl.v, cl.v.first, start, c)))
    return false;
  if (c.rule != "local-official") c.rule = "speech-verb";
  s.name(c);
  return true;
}

// "The group said", "the movement said": the armed group that spoke last, else, where nobody
// has spoken yet, the armed group named last. A rights group that spoke, or that publishes the
// report ("a rights group's update": "the group also said"), is no armed group.
bool group_anaphor(const SpeakerState& s, const SpeechClause& cl, Claimant& c) {
  const auto anaphor = cues_in(s.lex, s.doc, "group_anaphor", cl.start, cl.verb.first);
  if (anaphor.empty()) return false;
  const std::string& head = s.doc.tokens[anaphor.front().last - 1].key;
  for (const auto& w : text::tokenize(s.own_voice.name))
    if (w.key == head) return false;
  if (s.have_named) {
    const auto it = s.doc.lex->sides.find(s.last_named.side);
    if (it == s.doc.lex->sides.end() || !it->second.country.empty()) return false;
    c = s.last_named;
  } else if (!last_armed_group(s.doc, cl.si, cl.start, c)) {
    return false;
  }
  c.name = s.doc.text(cl.start, cl.verb.first);
  c.span = s.doc.span(cl.start, cl.verb.first);
  c.rule = "group-anaphor";
  return true;
}

// True when `army` was named in an earlier sentence as told by a party it fights: "Russian
// troops shelled Antonivka, reported the head of the regional administration" makes a later
// "the General Staff reported" no Russian voice.
bool told_by_enemy(const SpeakerState& s, const Claimant& army) {
  const std::size_t si = s.doc.sentence_of(army.span.begin);
  if (si >= s.done.size()) return false;
  const SentenceView& v = s.doc.sentences[si];
  for (std::size_t k = v.first; k < v.last; ++k) {
    if (s.doc.tokens[k].begin != army.span.begin) continue;
    const Claimant& teller = s.done[si].at(k);
    return belligerent(s.doc, teller.side) &&
           s.lex.counts_as(teller.side) != s.lex.counts_as(army.side);
  }
  return false;
}

// A subject that refers back to a speaker named before: "the ministry said" (the ministry named
// before), a pronoun (the last speaker), "Spokeswoman X said" (the institution speaking).
bool earlier_speaker(const SpeakerState& s, const SpeechClause& cl, Claimant& c) {
  const std::size_t start = cl.start;
  const std::size_t verb = cl.verb.first;
  if (auto same = same_head(s.doc, s.lex, cl.v, start, verb, s.speakers)) {
    c = *same;
  } else if (group_anaphor(s, cl, c)) {
    // "The group said": the armed group that spoke or was named last.
  } else if (has_pronoun(s.lex, s.doc, start, verb) && s.have_named) {
    c = s.last_named;
    c.rule = "carry-over";
    // "the army said" after a civil agency spoke: the army named last.
    Claimant army;
    const bool military_word = c.kind != "military" && c.kind != "armed_group" &&
                               !cues_in(s.lex, s.doc, "military_pronoun", start, verb).empty();
    if (military_word &&
        last_military(s.doc, cl.si, verb, army,
                      !cues_in(s.lex, s.doc, "state_army", start, verb).empty()) &&
        !told_by_enemy(s, army)) {
      c = army;
      c.rule = "carry-over-military";
    } else if (military_word && !belligerent(s.doc, c.side) &&
               resolve_institution(s.doc, cl.si, start, verb, s.party(), army)) {
      // "the army said" after a mediator spoke (Qatar's foreign ministry): no army of the
      // mediator's; the army of the war's state.
      c = army;
    }
  } else if (!cues_in(s.lex, s.doc, "spokesperson", start, verb).empty() && s.have_named) {
    // "Spokeswoman X said" with no institution named: the institution that was speaking.
    c = s.last_named;
    c.name = s.doc.text(start, verb);
    c.span = s.doc.span(start, verb);
    c.rule = "spokesperson-carry-over";
  } else {
    return false;
  }
  // "..., the Ministry of Defense informed" after the enemy's ministry spoke: who writes "the
  // enemy" beside one party's forces speaks for that party, not for the enemy.
  if (const std::string own = side_facing_enemy(s.doc, cl.v, start, verb);
      !own.empty() && own != c.side && belligerent(s.doc, c.side) &&
      opponent_of(s.doc, own) == c.side) {
    c.side = own;
    c.name = s.doc.text(start, verb);
    c.span = s.doc.span(start, verb);
    c.rule += "+facing-enemy";
  }
  return true;
}

// A subject named beside a party's speaker in an earlier sentence, or an institution named
// without its state (the party that spoke last, else the headline's source).
bool newly_named_speaker(SpeakerState& s, const SpeechClause& cl, Claimant& c) {
  if (!named_earlier(s.doc, s.done, cl.start, cl.verb.first, c) &&
      !resolve_institution(s.doc, cl.si, cl.start, cl.verb.first, s.party(), c))
    return false;
  s.name(c);
  return true;
}

// A speech verb whose subject names no speaker we can place.
Claimant unplaced_speaker(const SpeakerState& s, const SpeechClause& cl) {
  if (!cl.before.empty()) return cl.before.back().claimant;  // "quoted eyewitnesses as saying"
  if (cl.start == cl.verb.first && cl.si > 0 && cl.verb.first == cl.v.first) {
    Claimant c = s.have_named ? s.last_named : s.own_voice;  // sentence opens with the verb
    c.rule = "carry-over";
    return c;
  }
  if (Claimant c; resolve_officer(s.doc, cl.si, cl.start, cl.verb.first, c) ||
                  resolve_state_media(s.doc, cl.start, cl.verb.first, c))
    return c;
  // A source we cannot place ("diplomats said"): the outlet answers for it. A quotation's
  // closing mark before the speaker ('"...," Fonseka said') is no part of the name; "As
  // reported," names nobody.
  Claimant c = s.own_voice;
  std::size_t from = cl.start;
  const auto& t = s.doc.tokens;
  while (from < cl.verb.first && t[from].kind == text::TokenKind::punct) ++from;
  if (from + 1 == cl.verb.first && t[from].is_any({"as", "it", "this", "that"})) return c;
  c.name = s.doc.text(from, cl.verb.first);
  c.span = s.doc.span(from, cl.verb.first);
  c.rule = "speech-verb-unresolved";
  return c;
}

// How many words a reported clause before an inverted verb has at least.
constexpr std::size_t kReportedClauseWords = 7;

// The end of a speaker's noun phrase right after an inverted verb ("..., said the member of the
// council Vladimir Rogov in his channel"); 0 where the verb is not inverted or no noun phrase
// follows it ("..., said that", "..., said on Monday", "..., said Thai troops had ..."), or the
// phrase does not end the sentence.
std::size_t inverted_speaker_end(const Document& doc, const SpeechClause& cl) {
  const auto& t = doc.tokens;
  const std::size_t after = cl.verb.last;
  if (cl.verb.first <= cl.v.first || !t[cl.verb.first - 1].is_any({",", "\""}) ||
      after >= cl.v.last || !t[after].is_any({"the", "a", "an"}))
    return 0;
  // What the verb's comma closes must be a clause: "Azerbaijan's ombudsman, Sabina Aliyeva,
  // said", "The military, led by Gen. Burhan, said", "Mujahid, however, told" close an
  // apposition or a connective, and their subject speaks.
  std::size_t segment = cl.verb.first - 1;
  while (segment > cl.v.first && t[segment - 1].key != ",") --segment;
  if (cl.verb.first - 1 - segment < kReportedClauseWords) return 0;
  // "the communique No. 5 of the Headquarters": the full stop of "No." before its number is
  // no end of the phrase.
  auto numbered = [&](std::size_t k) {
    return t[k].key == "." && k > after && t[k - 1].is_any({"no", "nr"}) && k + 1 < cl.v.last &&
           t[k + 1].kind == text::TokenKind::number;
  };
  std::size_t end = after;
  while (end < cl.v.last && (t[end].kind != text::TokenKind::punct || numbered(end))) ++end;
  // "..., said the Inter-Services Public Relations (ISPR) in its statement today": the
  // speaker's acronym in brackets, and the words after it, end the sentence as well.
  std::size_t close = end;
  if (close + 2 < cl.v.last && t[close].key == "(" && t[close + 2].key == ")") {
    close += 3;
    while (close < cl.v.last && t[close].kind != text::TokenKind::punct) ++close;
  }
  // The phrase must close the sentence: "..., said Armenian forces had repelled attacks,
  // killing 60" is an appositive's speaker going on with what was said.
  if (close < cl.v.last && !(t[close].key == "." && close + 1 == cl.v.last)) return 0;
  // A speaker is named, not told of: "..., said the RSF had attacked its positions" goes on.
  for (std::size_t k = after; k < end; ++k) {
    if (t[k].is_any({"had", "has", "have", "was", "were", "is", "are", "will", "would", "that"}))
      return 0;
  }
  if (!doc.lex->pattern_matcher.find_all(t, after, end).empty()) return 0;
  return end;
}

// True when a relay cue ("with reference to", "citing") stands inside the speaker read after the
// verb of `cl`.
bool relay_inside(const Document& doc, const Lexicons& lex, const SpeechClause& cl,
                  const Span& speaker) {
  const auto& t = doc.tokens;
  for (std::size_t k = cl.verb.last; k < cl.v.last && t[k].begin < speaker.end; ++k) {
    if (t[k].begin > speaker.begin && lex.cue("according").match_at(t, k, cl.v.last)) return true;
  }
  return false;
}

// The claimant of a speech verb: the first reading above that finds one, in that order; "X
// reported, citing Y" gives Y's word.
Claimant speech_claimant(SpeakerState& s, const SpeechClause& cl) {
  Claimant c;
  if (passive_agent(s.doc, s.lex, cl.v, cl.verb, c)) {
    s.name(c);  // "it was informed to NEWS.am by the office of ..."
  } else if (speaker_after_verb(s, cl, c) || continued_speaker(s.doc, cl, c)) {
    // the speaker read
  } else if (const std::size_t end = inverted_speaker_end(s.doc, cl); end) {
    // "Ukrainian forces fired on the plant, said the member of the council Vladimir Rogov":
    // what comes before the verb is what was said, and its doer is no speaker. An institution
    // there speaks for its party; a speaker we cannot place, the outlet answers for.
    if (resolve_region(s.doc, cl.v, cl.verb.last, end, c)) {
      c.rule = "speech-verb-inverted";
      s.name(c);
      return c;
    }
    if (resolve_institution(s.doc, cl.si, cl.verb.last, end, s.party(), c, true)) {
      s.name(c);
      return c;
    }
    c = s.own_voice;
    c.name = s.doc.text(cl.verb.last, end);
    c.span = s.doc.span(cl.verb.last, end);
    c.rule = "speech-verb-unresolved";
  } else if (!subject_speaker(s, cl, c) && !earlier_speaker(s, cl, c) &&
             !newly_named_speaker(s, cl, c)) {
    c = unplaced_speaker(s, cl);
  }
  // "On the Indian side, the army had said ...": a speaker carried over from an earlier
  // sentence is the party the sentence opens with.
  if (c.rule == "carry-over" || c.rule == "carry-over-military") {
    if (const std::string side = fronted_side(s.doc, cl.v);
        !side.empty() && side != c.side && belligerent(s.doc, side)) {
      c.side = side;
      c.name = s.doc.text(cl.start, cl.verb.first);
      c.span = s.doc.span(cl.start, cl.verb.first);
      c.rule = "fronted-side";
    }
  }
  // "a Russian news agency reported, citing the ministry": the bare institution is the party's
  // own where the speaker is no party; after a party's speaker it is that speaker's.
  // "informs AZERTAC with reference to the press service of ..." read whole as the speaker is the
  // outlet relaying an institution, not a party speaking.
  const bool party_speaks = belligerent(s.doc, c.side) && !relay_inside(s.doc, s.lex, cl, c.span);
  const Claimant* party = !cl.before.empty() && belligerent(s.doc, cl.before.back().claimant.side)
                              ? &cl.before.back().claimant
                              : s.party();
  if (Claimant relayed;
      resolve_relay(s.doc, s.lex, cl.si, cl.verb.last, party, !party_speaks, relayed)) {
    c = relayed;
    const std::size_t here = s.doc.sentence_span(cl.si).begin;
    if (std::ranges::all_of(s.speakers, [&](const Claimant& k) { return k.span.begin >= here; })) {
      s.relayed_lead = c;  // the report's first source
      s.relayed_from = 0;
    }
    s.name(c);
  }
  // "..., officials on both sides said": the two camps agree, and the outlet answers for it.
  if (cl.start < cl.verb.first &&
      !cues_in(s.lex, s.doc, "both_sides", cl.start, cl.verb.first).empty()) {
    c = s.own_voice;
    c.name = s.doc.text(cl.start, cl.verb.first);
    c.span = s.doc.span(cl.start, cl.verb.first);
    c.rule = "both-sides";
  }
  return c;
}

// Where a second speaker's trailing attribution takes over what the first reported: "A said
// five soldiers were wounded, while on the other side four civilians were killed, the district
// head told a news agency" gives the clause from "while" to the district head. Returns 0 where
// the verb at `m` with its subject from `start` is not such an attribution.
std::size_t trailing_scope(const Document& doc, const SentenceView& v, const PhraseMatch& m,
                           std::size_t floor, std::size_t start) {
  const auto& t = doc.tokens;
  if (floor == v.first || start <= floor + 1 || t[start - 1].key != ",") return 0;
  if (m.last + kTrailingTail < v.last) return 0;  // the verb closes the sentence
  for (std::size_t k = start - 1; k > floor; --k) {
    if (t[k - 1].is_any({"while", "whereas", ";"})) return k - 1;
  }
  return 0;
}

// True when no sentence before `si` tells of an event (an event pattern's words): the source
// `si` names is the report's lead, not a voice met on the way ("Rockets struck the city. ...,
// the district head told our correspondent"). Headlines, which end in no full stop, tell the
// lead's story and do not count.
bool tells_nothing_before(const Document& doc, std::size_t si) {
  const auto& t = doc.tokens;
  for (std::size_t k = 0; k < si; ++k) {
    const SentenceView& v = doc.sentences[k];
    if (!v.sentence.terminal) continue;  // a headline: its story is the lead's
    if (!doc.lex->pattern_matcher.find_all(t, v.first, v.last).empty()) return false;
  }
  return true;
}

// "In the night ... shelled Sarushen, informs the State Service of Artsakh", "As informs the
// press service of the Ministry of Defense, ...": a party's source that the report's first
// attributed sentence names goes on in the sentences after it that name none, until another
// source speaks (issue 8, point 1b). Weighed once: a speaker who is not the lead's source at its
// first naming is not later, when more sentences stand before it.
void weigh_lead(SpeakerState& s, const Claimant& c, std::size_t si) {
  if (s.relayed_lead || s.lead_weighed || !belligerent(s.doc, c.side) || s.speakers.size() != 1 ||
      s.speakers.front().span.begin != c.span.begin)
    return;
  s.lead_weighed = true;
  if (tells_nothing_before(s.doc, si)) {
    s.relayed_lead = c;
    s.relayed_from = si + 1;  // not the sentence's own words before the verb
  }
}

// One segment per speech verb of sentence `si`, from the verb on, with its claimant; a trailing
// second speaker's also from the clause it closes.
std::vector<AttributionSegment> speech_segments(SpeakerState& s, std::size_t si,
                                                const std::vector<PhraseMatch>& speech) {
  const SentenceView& v = s.doc.sentences[si];
  std::vector<AttributionSegment> segs;
  std::size_t floor = v.first;
  for (const auto& m : speech) {
    const SpeechClause cl{si, v, m, subject_start(s.doc, s.lex, v, m, floor), segs};
    Claimant c = speech_claimant(s, cl);
    weigh_lead(s, c, si);
    if (const std::size_t scope = trailing_scope(s.doc, v, m, floor, cl.start); scope)
      segs.push_back(AttributionSegment{scope, c});
    segs.push_back(AttributionSegment{m.last, std::move(c)});
    floor = m.last;
  }
  return segs;
}

// The source of "according to X" with X in [from, to).
// How many words a source cited with "according to" may have to be a bare institution.
constexpr std::size_t kBareInstitutionWords = 3;

// True when tokens [from, to) are an institution's name alone ("Defence Ministry", "the
// ministry"), not a list or a description ("defense ministries of both countries", "local
// leaders and a rescuer").
bool bare_institution(const Document& doc, std::size_t from, std::size_t to) {
  if (from < to && doc.tokens[from].is_any({"the", "a", "an"})) ++from;
  return from < to && to - from <= kBareInstitutionWords;
}

// Where [from, to) is an institution's title named without its state (an actor mention of no
// side) and then a person's name ("the Secretary of the Security Council Armen Grigoryan"), the
// end of the title; else `to`.
std::size_t title_before_name(const Document& doc, const SentenceView& v, std::size_t from,
                              std::size_t to) {
  const std::size_t start =
      from < to && doc.tokens[from].is_any({"the", "a", "an"}) ? from + 1 : from;
  for (const auto& a : v.actors) {
    if (a.first != start || a.last >= to || !a.side.empty() || to - a.last > kNameWords ||
        to - a.last < 2)
      continue;
    bool name = true;
    for (std::size_t k = a.last; k < to; ++k) name = name && doc.capitalised(k);
    if (name) return a.last;
  }
  return to;
}

Claimant according_claimant(SpeakerState& s, std::size_t si, std::size_t from, std::size_t to) {
  const SentenceView& v = s.doc.sentences[si];
  Claimant c;
  if (resolve_region(s.doc, v, from, to, c)) {
    c.rule = "according-to";
    s.name(c);
  } else if (resolve_local_official(s.doc, s.lex, from, to, c)) {
    s.name(c);  // "according to the State Ministry of Health"
  } else if (auto same = same_head(s.doc, s.lex, v, from, to, s.speakers)) {
    c = *same;  // "according to the ministry": the ministry named before
  } else if (s.have_named &&
             (has_pronoun(s.lex, s.doc, from, to) ||
              (to == from + 1 && s.doc.tokens[from].is_any({"him", "her", "them"})) ||
              !cues_in(s.lex, s.doc, "source_reference", from, to).empty())) {
    // "according to him": the object pronoun, only as the whole source.
    // "according to the ministry", "according to the information": the last speaker.
    c = s.last_named;
    c.rule = "according-to-carry-over";
  } else if (s.headline && !cues_in(s.lex, s.doc, "source_reference", from, to).empty()) {
    c = *s.headline;  // "according to a statement": the source the headline names
  } else if (const std::size_t title = title_before_name(s.doc, v, from, to);
             (title < to || bare_institution(s.doc, from, to)) &&
             resolve_institution(s.doc, si, from, title, s.party(), c)) {
    // "as informed by Defence Ministry", "according to the Secretary of the Security Council
    // Armen Grigoryan": the institution of the party speaking.
    c.name = s.doc.text(from, to);
    c.span = s.doc.span(from, to);
    s.name(c);
  } else {
    c = s.own_voice;
    c.name = s.doc.text(from, to);
    c.span = s.doc.span(from, to);
    c.rule = "according-to-unresolved";
  }
  return c;
}

// "according to X": X, up to the next comma or the end of the clause; only the sentence's first
// "according to", and not one inside a reported clause.
std::optional<Claimant> according_to_source(SpeakerState& s, std::size_t si,
                                            const std::vector<AttributionSegment>& segs) {
  const SentenceView& v = s.doc.sentences[si];
  const auto& t = s.doc.tokens;
  const auto cues = cues_in(s.lex, s.doc, "according", v.first, v.last);
  if (cues.empty()) return std::nullopt;
  const PhraseMatch& m = cues.front();
  if (!segs.empty() && m.first > segs.front().from) return std::nullopt;
  std::size_t end = m.last;
  while (end < v.last && t[end].key != "," && t[end].key != "." && t[end].key != ";") ++end;
  Claimant c = according_claimant(s, si, m.last, end);
  if (m.first == v.first) weigh_lead(s, c, si);  // "According to X, ..." opens the sentence
  return c;
}

// What precedes the first speech verb: the "according to" source, else the verb's own subject
// ("'...,' Pashinyan said"), else the previous sentence of the paragraph, else a party's voice,
// else the signer, the headline's source or the outlet.
Claimant lead_claimant(const SpeakerState& s, std::size_t si,
                       const std::optional<Claimant>& according,
                       const std::vector<AttributionSegment>& segs) {
  const SentenceView& v = s.doc.sentences[si];
  if (according) return *according;
  if (!segs.empty()) return segs.front().claimant;
  if (!cues_in(s.lex, s.doc, "outlet_learned", v.first, v.last).empty()) {
    // "..., it was learned": what the outlet found out, not its headline's source's words.
    Claimant own = s.own_voice;
    own.rule = "outlet-learned";
    return own;
  }
  if (si > 0 && !s.done.empty() && s.done.back().segments.back().claimant.rule != "outlet" &&
      s.doc.sentences[si - 1].sentence.paragraph == v.sentence.paragraph) {
    Claimant lead = s.done.back().segments.back().claimant;
    lead.rule = "paragraph";
    return lead;
  }
  if (s.have_named && belligerent(s.doc, s.last_named.side) &&
      !cues_in(s.lex, s.doc, "speaker_voice", v.first, v.last).empty()) {
    // "our army", "the enemy": a party's voice, not the outlet's; the last party speaking.
    Claimant lead = s.last_named;
    lead.rule = "speaker-voice";
    return lead;
  }
  if (s.signer) return *s.signer;
  if (s.headline) return *s.headline;
  if (s.relayed_lead && si >= s.relayed_from &&
      s.last_named.span.begin == s.relayed_lead->span.begin) {
    // A report relaying one source goes on in that source's words, paragraph after paragraph,
    // until another source speaks.
    Claimant lead = *s.relayed_lead;
    lead.rule = "relayed-lead";
    return lead;
  }
  if (!s.outlet_party.empty() && s.own_voice.rule == "outlet" &&
      !cues_in(s.lex, s.doc, "speaker_voice", v.first, v.last).empty()) {
    // "the enemy", "our army" on a party's outlet, nobody named yet: that party's voice.
    Claimant lead = s.own_voice;
    lead.side = s.outlet_party;
    lead.rule = "outlet-party-voice";
    return lead;
  }
  return s.own_voice;
}

const std::vector<AttributionSegment> kNoSegments;

// ", saying ...": a speech verb as a participle after a comma.
bool participle_after_comma(const Document& doc, const PhraseMatch& m) {
  return m.first > 0 && doc.tokens[m.first].key == "saying" && doc.tokens[m.first - 1].key == ",";
}

}  // namespace

std::vector<SentenceAttribution> attribute(const Document& doc, const Lexicons& lex) {
  std::vector<SentenceAttribution> out;
  SpeakerState s{doc, lex, out, own_voice_of(doc, lex), signature(doc), headline_source(doc, lex)};
  s.outlet_party = outlet_party(doc, lex);
  s.last_named = s.own_voice;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceView& v = doc.sentences[si];
    SentenceAttribution sa;
    sa.speech = speech_verbs(doc, lex, v);
    std::vector<AttributionSegment> segs = speech_segments(s, si, sa.speech);
    const std::optional<Claimant> according = according_to_source(s, si, segs);
    sa.own = !segs.empty() || according.has_value();
    // "Israel struck government forces in Sweida, saying it was acting to protect the Druze":
    // the doer's words follow the participle; what comes before is the report's account.
    const bool participle = !sa.speech.empty() && participle_after_comma(doc, sa.speech.front());
    sa.segments.push_back(AttributionSegment{
        v.first, lead_claimant(s, si, according, participle ? kNoSegments : segs)});
    for (auto& seg : segs) sa.segments.push_back(std::move(seg));
    out.push_back(std::move(sa));
  }
  close_by_sources(doc, lex, out);
  return out;
}

}  // namespace truce::extract
