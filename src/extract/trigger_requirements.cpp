// See trigger_requirements.hpp.
#include "extract/trigger_requirements.hpp"

#include <algorithm>

#include "extract/ceasefire_finder.hpp"

namespace truce::extract {
namespace {

// How many words from a verb of violation the ceasefire it breaks may be named.
constexpr std::size_t kTruceReach = 6;

// How far back the subject of "was hit" may start ("no civilian facilities were hit").
constexpr std::size_t kSubjectReach = 6;

}  // namespace

// The equipment phrases between tokens `from` and `to` that name materiel: any category but
// people and places ("three tanks", "a command post", not "three soldiers"), and but drones,
// whose destruction in the air is an interception ("shot down" is the clash).
std::vector<PhraseMatch> materiel_in(const Lexicons& lex, const Document& doc, std::size_t from,
                                     std::size_t to) {
  std::vector<PhraseMatch> out;
  for (const auto& m : lex.equipment_matcher.find_all(doc.tokens, from, to)) {
    const std::string& category = lex.equipment[static_cast<std::size_t>(m.id)].categories.front();
    if (category != "personnel" && category != "civilians" && category != "settlements" &&
        category != "drones")
      out.push_back(m);
  }
  return out;
}

// True when the subject before a "was hit" trigger at `first` is negated ("no buildings were
// hit", "none of the villages was hit"), looking back to the clause's start.
bool negated_subject(const Document& doc, const Lexicons& lex, const SentenceView& v,
                     std::size_t first) {
  const auto& t = doc.tokens;
  for (std::size_t k = first; k > v.first && k + kSubjectReach > first; --k) {
    if (t[k - 1].kind == text::TokenKind::punct) return false;
    if (t[k - 1].is_any({"none", "nobody", "nothing", "neither"}) ||
        lex.cue("negation").match_at(t, k - 1, k))
      return true;
  }
  return false;
}

// True when a ceasefire is what the violation at `m` breaks: named within six words ("violated
// the humanitarian ceasefire regime"), or "it" right after the verb in a report that named one
// before ("Ukrainian formations violated it 1,170 times").
bool truce_near(const Document& doc, const Lexicons& lex, const SentenceView& v,
                const PhraseMatch& m) {
  for (const auto& c : ceasefire_mentions(doc, lex, v)) {
    const std::size_t gap =
        c.first >= m.last ? c.first - m.last : m.first - std::min(m.first, c.last);
    if (gap <= kTruceReach) return true;
  }
  if (m.last >= v.last || doc.tokens[m.last].key != "it") return false;
  for (const auto& earlier : doc.sentences) {
    if (earlier.first >= v.first) break;
    if (!ceasefire_mentions(doc, lex, earlier).empty()) return true;
  }
  return false;
}

// False where an alleged violation at `m` is no incident: a threat or a stance ("any violation
// will be met with a response"), a predicate ("is a serious violation of the ceasefire"), the
// two sides accusing each other, or a count since the truce began ("has repeatedly violated it
// since it took effect").
bool accusation_stands(const Document& doc, const SentenceView& v, const PhraseMatch& m) {
  const auto& t = doc.tokens;
  for (std::size_t k = m.first; k > v.first && k + 3 > m.first; --k) {
    if (t[k - 1].is_any({"any", "no", "every"})) return false;
    if (t[k - 1].is_any({"a", "an"}) && k - 1 > v.first &&
        t[k - 2].is_any({"is", "was", "are", "were", "be", "constitutes"}))
      return false;
  }
  for (std::size_t k = v.first; k + 1 < v.last; ++k) {
    if ((t[k].is_any({"both"}) && t[k + 1].is_any({"sides", "parties"})) ||
        (t[k].is_any({"each", "the"}) && t[k + 1].is_any({"other"})))
      return false;
  }
  for (std::size_t k = m.last; k < v.last && k < m.last + kTruceReach + 4; ++k) {
    if (t[k].kind == text::TokenKind::punct) break;
    if (t[k].key == "since") return false;
  }
  // "The ceasefire was violated repeatedly.": a passive breach with no one who broke it, no
  // place and no day is a summary, not an incident.
  const bool passive = m.first > v.first && t[m.first - 1].is_any({"was", "were", "been", "is"});
  if (passive && v.dates.empty() && !v.names_locality) {
    bool by = false;
    for (std::size_t k = m.last; k < v.last; ++k) by = by || t[k].key == "by";
    if (!by) return false;
  }
  return true;
}

// True when the cue class an event pattern requires ("seized ... villages", "heard
// explosions") is near its words, within the sentence and with no clause end between.
bool requirement_met(const Document& doc, const Lexicons& lex, const SentenceView& v,
                     const PhraseMatch& m, const EventPattern& p) {
  if (p.requires_cue.empty()) return true;
  const auto& t = doc.tokens;
  // "near:<class>": the cue may also come before ("heard explosions", "explosions were
  // heard"); otherwise it must follow ("seized ... villages").
  // A fallback verb in the passive has what it requires as its subject ("a citizen was killed").
  const bool passive_fallback =
      p.form == "fallback" && m.first > v.first && t[m.first - 1].is_any({"was", "were"});
  const bool either = p.requires_cue.starts_with("near:") || passive_fallback;
  // "object:<class>": the cue is the verb's object, no preposition between ("had taken the town
  // of Shusha", not "took place in the village").
  const bool object = p.requires_cue.starts_with("object:");
  // "sentence:<class>": anywhere in the sentence ("fired on the positions ... in the Kalbajar
  // direction with small arms").
  const bool sentence = p.requires_cue.starts_with("sentence:");
  const std::string cls = p.requires_cue.starts_with("near:") ? p.requires_cue.substr(5)
                          : object                            ? p.requires_cue.substr(7)
                          : sentence                          ? p.requires_cue.substr(9)
                                                              : p.requires_cue;
  const std::size_t from = sentence                          ? v.first
                           : either && m.first > v.first + 6 ? m.first - 6
                           : either                          ? v.first
                                                             : m.last;
  const std::size_t to = sentence ? v.last : std::min(v.last, m.last + 7);
  // "materiel": military equipment of equipment.tsv ("destroyed three tanks near X"), in a
  // sentence that names a town, a site or a part of the front ("on the southern direction"):
  // a tally's totals name none.
  // "locality": the same test alone ("inflicted losses on the enemy near Kupyansk", "in the
  // Khojavend direction").
  if (cls == "materiel" || cls == "locality") {
    const bool locality =
        v.names_locality || !cues_in(lex, doc, "front_part", v.first, v.last).empty();
    if (cls == "locality" || !locality) return locality;
  }
  if (cls == "truce") return truce_near(doc, lex, v, m);
  // "captured Maungdaw", "took the town": a town or district named right after the verb is
  // territory as much as the word "town" is.
  if (cls == "territory" && !either && m.last < v.last) {
    const std::size_t next =
        doc.tokens[m.last].key == "the" && m.last + 1 < v.last ? m.last + 1 : m.last;
    for (const auto& place : v.places) {
      if (place.local && place.offset == doc.tokens[next].begin) return true;
    }
  }
  const auto near =
      cls == "materiel" ? materiel_in(lex, doc, from, to) : cues_in(lex, doc, cls, from, to);
  for (const auto& c : near) {
    if (c.first >= m.first && c.first < m.last) continue;
    // "the killing of 52 civilians by fighters": an agent after "by" is no object.
    if (!either && !sentence && c.first > m.last &&
        (t[c.first - 1].key == "by" ||
         (t[c.first - 1].key == "the" && c.first > m.last + 1 && t[c.first - 2].key == "by")))
      continue;
    const std::size_t a = c.first < m.first ? c.last : m.last;
    const std::size_t b = c.first < m.first ? m.first : c.first;
    bool clean = true;
    for (std::size_t k = a; k < b; ++k) {
      if (t[k].key == "." || t[k].key == ";") clean = false;
      // "had taken "strategic heights"": quotation marks around the object keep it one (the
      // tokenizer gives every quotation mark the key "\"").
      if (object && ((t[k].kind == text::TokenKind::punct && t[k].key != "\"") ||
                     lex.cue("place_preposition").match_at(t, k, k + 1) ||
                     t[k].is_any({"to", "up", "part", "place"})))
        clean = false;
    }
    if (clean) return true;
  }
  return false;
}

}  // namespace truce::extract
