// Actor mentions: composing lexicon matches into noun phrases, and the names a report gives
// its parties beyond the lexicons (its conflicts' epithets, the acronyms it defines).
#include "extract/actor_mentions.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

namespace truce::extract {
namespace {

// How many words may stand between a state and the head of its institution's name.
constexpr std::size_t kNameGapWords = 2;

// True when armed group `group` is a party to a conflict on file fought in the country of
// state `state`.
bool fights_in(const Lexicons& lex, const std::string& group, const std::string& state) {
  const auto it = lex.sides.find(state);
  if (it == lex.sides.end() || it->second.country.empty()) return true;
  const std::string& cc = it->second.country;
  return std::any_of(lex.conflicts.begin(), lex.conflicts.end(), [&](const ConflictEntry& c) {
    return c.involves(group) &&
           std::find(c.countries.begin(), c.countries.end(), cc) != c.countries.end();
  });
}

}  // namespace

// "the spokesman of the Ministry of Interior Najib Danish said", "told Al Arabiya English.": a
// one-word demonym after a capitalised word that no lexicon knows, with no noun after it, ends
// a person's or an outlet's name. A demonym as a party qualifies the noun after it ("Danish
// troops"), and where it stands alone no given name comes before it.
bool ends_a_name(const Lexicons& lex, const Document& doc, const PhraseMatch& m,
                 const PhraseMatch* before) {
  const auto& t = doc.tokens;
  if (m.last != m.first + 1 || m.first == 0 || !cue_ends_at(lex, doc, "demonym", m.first, m.last))
    return false;
  const std::size_t name = m.first - 1;
  if (t[name].kind != text::TokenKind::word || !doc.capitalised(name) ||
      (before && before->last > name))
    return false;
  if (m.last >= t.size()) return true;
  const auto& next = t[m.last];
  return (next.kind == text::TokenKind::punct && next.key != "-" && next.key != "'") ||
         next.is_any({"who", "told", "says"}) || lex.cue("speech").match_at(t, m.last, m.last + 1);
}

std::vector<ActorMention> compose_actors(const Lexicons& lex, const Document& doc,
                                         const std::vector<PhraseMatch>& raw) {
  const auto& t = doc.tokens;
  std::vector<ActorMention> out;
  for (std::size_t r = 0; r < raw.size(); ++r) {
    const PhraseMatch& m = raw[r];
    if (ends_a_name(lex, doc, m, r > 0 ? &raw[r - 1] : nullptr)) continue;
    // "Turkish-backed factions", "Rwandan-backed M23": the patron named is not the actor, and
    // must not compose with the head that follows ("Saudi-backed government forces").
    if (m.last < t.size() && t[m.last].joined && word_of(lex, doc, "patron", m.last)) continue;
    const ActorEntry& e = lex.actors[static_cast<std::size_t>(m.id)];
    // "2 units of the BM-21 Grad MLRS": a count of equipment, no military unit.
    if (e.side.empty() && m.last == m.first + 1 && t[m.first].is_any({"unit", "units"}) &&
        m.first > 0 && t[m.first - 1].kind == text::TokenKind::number && m.last < t.size() &&
        t[m.last].key == "of")
      continue;
    ActorMention a;
    a.first = m.first;
    a.last = m.last;
    a.side = e.side;
    a.kind = e.kind;
    a.named = !e.side.empty() || e.kind == "enemy";
    a.source = e.source;
    out.push_back(a);
  }
  // Pass 1: state/named + adjacent head ("Azerbaijani forces", "Azerbaijan's army",
  // "Armenian Ministry of Defense", "Azerbaijani army fighters").
  std::vector<ActorMention> merged;
  for (std::size_t i = 0; i < out.size(); ++i) {
    ActorMention a = out[i];
    while (i + 1 < out.size()) {
      const ActorMention& b = out[i + 1];
      // Up to two words may stand between two parts of a name, each capitalised ("Somali
      // National Army", "Lebanon's State Security agency") or a modifier of the cue class
      // actor_modifier ("Russian occupying forces"). Any other is a verb or a clause ("Houthis
      // seized Sanaa").
      bool adjacent = b.first >= a.last && b.first <= a.last + kNameGapWords;
      for (std::size_t k = a.last; adjacent && k < b.first; ++k) {
        adjacent = t[k].kind == text::TokenKind::word &&
                   (doc.capitalised(k) || word_of(lex, doc, "actor_modifier", k)) &&
                   !lex.cue("speech").match_at(t, k, k + 1);
      }
      if (!adjacent) break;
      // "Lebanese residents", "Palestinian civilians": the state's people.
      const bool people = a.kind == "state" && b.side == "civilians";
      if (!a.side.empty() && (b.side.empty() || people) && b.kind != "enemy") {
        a.people = b.kind == "civilians";
        a.kind = b.kind == "civilians" ? a.kind : b.kind;
        a.last = b.last;
        ++i;
      } else if (!a.side.empty() && a.kind == "state" && b.kind == "enemy" && b.first == a.last) {
        // "Israeli enemy warplanes": the state named is the enemy meant.
        a.last = b.last;
        ++i;
      } else if (a.kind == "state" && b.first == a.last &&
                 ((b.kind == "state" && t[b.first].joined) ||
                  b.source.rfind("epithets.tsv", 0) == 0)) {
        // "the American-British aggression": the state named first is the one meant, not the
        // party the epithet names in another year of the war.
        if (b.kind != "state") a.kind = b.kind;
        a.last = b.last;
        ++i;
      } else if (a.side.empty() && a.kind != "enemy" && !b.side.empty() && b.kind == "state") {
        // "army Armenia" hardly occurs; "ministry Azerbaijan" neither: keep apart.
        break;
      } else if (!a.side.empty() && !b.side.empty() && a.side == b.side) {
        a.last = b.last;  // "Azerbaijani President Ilham Aliyev"
        if (b.kind != "state") a.kind = b.kind;
        ++i;
      } else if (a.kind == "state" && b.kind == "armed_group" && b.first == a.last &&
                 !fights_in(lex, b.side, a.side)) {
        // "the Uganda People's Defence Force": a state's name before a group's that fights in
        // none of its wars is the state's own army of that name, not Myanmar's PDF.
        a.kind = "military";
        a.last = b.last;
        ++i;
      } else {
        break;
      }
    }
    merged.push_back(a);
  }
  // Pass 2: head "of/in/for/to [the]" state ("Ministry of Defense of Azerbaijan", "the army in
  // Armenia", "authorities of the Nagorno Karabakh region", "spokesman for the President of the
  // Karabakh region").
  for (std::size_t i = 0; i + 1 < merged.size(); ++i) {
    ActorMention& a = merged[i];
    if (!a.side.empty() || a.kind == "enemy") continue;
    for (std::size_t k = i + 1; k < merged.size() && k <= i + 2; ++k) {
      const ActorMention& b = merged[k];
      if (b.side.empty()) continue;
      std::size_t gap = 0;
      bool link = false;
      bool ok = true;
      // Words of an institution between count as one ("Border Service of the State Committee
      // for National Security of Kyrgyzstan").
      for (std::size_t p = a.last; p < b.first; ++p) {
        bool inside = false;
        for (std::size_t m = i + 1; m < k; ++m) {
          if (p >= merged[m].first && p < merged[m].last) inside = true;
        }
        if (t[p].is_any({"of", "in", "for", "to"}) && !inside) {
          link = true;
        } else if (t[p].key == "with" && p > a.last && t[p - 1].is_any({"affiliated", "allied"})) {
          link = true;  // "fighters affiliated with the Islamic State"
        } else if (!t[p].is_any({"the", "a"}) && !inside &&
                   !(p == a.last && t[p].is_any({"linked", "loyal", "affiliated", "allied",
                                                 "belonging", "tied"}))) {
          ok = false;  // "militants linked to the Islamic State group" names the group
        }
        if (!inside) ++gap;
      }
      if (ok && link && gap <= 6) {
        a.side = b.side;
        a.named = true;
        a.last = b.last;
        if (b.kind != "state" && b.kind != "civilians") a.kind = b.kind;
        merged.erase(merged.begin() + static_cast<long>(i) + 1,
                     merged.begin() + static_cast<long>(k) + 1);
        break;
      }
    }
  }
  // Locative state names: "inside Armenia", "in Nagorno Karabakh", "near Azerbaijan", "on the
  // Armenian side". A demonym alone is not a place: "on Azerbaijani lands" names whose lands.
  for (std::size_t n = 0; n < merged.size(); ++n) {
    auto& a = merged[n];
    if (a.kind != "state" || a.first == 0) continue;
    // "in the Central African capital Bangui", "the Azerbaijani capital Baku": the capital named
    // after the word is the city, and the state before it says whose.
    if (t[a.first - 1].key == "capital") {
      a.locative = true;
      if (n > 0 && merged[n - 1].kind == "state" && merged[n - 1].last + 1 == a.first)
        merged[n - 1].locative = true;
      continue;
    }
    std::size_t p = a.first - 1;
    // "in central Haiti", "in north-eastern Nigeria": a part of the country is a place too.
    while (p > 0 && (t[p].is_any({"central",      "northern",     "southern",     "eastern",
                                  "western",      "northeastern", "northwestern", "southeastern",
                                  "southwestern", "north",        "south",        "east",
                                  "west",         "northeast",    "northwest",    "southeast",
                                  "southwest",    "far",          "rural",        "mainland"}) ||
                     (t[p].joined && p > 1 && t[p - 1].is_any({"north", "south"}))))
      p = t[p].joined ? p - 2 : p - 1;
    if (t[p].key == "the" && p > 0) --p;
    if (!cue_ends_at(lex, doc, "place_preposition", p, p + 1)) continue;
    const bool demonym = cue_ends_at(lex, doc, "demonym", a.first, a.last);
    // "on the Pakistani side (of the border)" is where, as "in Pakistan" is.
    const bool side = a.last < t.size() && t[a.last].key == "side" && t[p].key == "on";
    if (!demonym || a.last - a.first > 1 || side) a.locative = true;
  }
  return merged;
}

namespace {

// The epithet matchers of the report's chosen conflicts.
std::vector<const PhraseMatcher*> epithet_matchers(const Lexicons& lex, const Document& doc) {
  std::vector<const PhraseMatcher*> out;
  for (const ConflictEntry* c : doc.context.conflicts) {
    if (auto it = lex.epithets.find(c->name); it != lex.epithets.end()) out.push_back(&it->second);
  }
  return out;
}

bool overlaps(const PhraseMatch& a, const PhraseMatch& b) {
  return a.first < b.last && b.first < a.last;
}

// The epithets in sentence `v`, earlier conflicts first, none overlapping another.
std::vector<PhraseMatch> epithets_in(const std::vector<const PhraseMatcher*>& matchers,
                                     const Document& doc, const SentenceView& v) {
  std::vector<PhraseMatch> found;
  for (const PhraseMatcher* m : matchers) {
    for (const auto& e : m->find_all(doc.tokens, v.first, v.last)) {
      if (std::none_of(found.begin(), found.end(),
                       [&](const PhraseMatch& f) { return overlaps(f, e); }))
        found.push_back(e);
    }
  }
  return found;
}

// True when token `i` is written as an acronym: two to six capital letters ("AA", "ENDF").
bool acronym_token(const Document& doc, std::size_t i) {
  const std::string word = doc.text(i, i + 1);
  if (word.size() < 2 || word.size() > 6) return false;
  return std::all_of(word.begin(), word.end(),
                     [](unsigned char c) { return std::isupper(c) != 0; });
}

// The acronyms the report defines after a named organisation ("the Arakan Army (AA)", "the
// Ethiopian National Defense Force (ENDF)"), each with the lexicon entry that gives its side,
// also where the lexicons know the acronym as another party's.
// A state, capital or place before brackets is a dateline or an agency ("BAKU (AA)"): none.
std::map<std::string, int> defined_acronyms(const Lexicons& lex, const Document& doc) {
  std::map<std::string, int> out;
  const auto& t = doc.tokens;
  for (const auto& v : doc.sentences) {
    for (const auto& a : v.actors) {
      if (a.side.empty() || a.kind == "state" || a.kind == "civilians" || a.kind == "media")
        continue;
      const std::size_t open = a.last;
      if (open + 2 >= v.last || t[open].key != "(" || t[open + 2].key != ")") continue;
      if (!acronym_token(doc, open + 1)) continue;
      // "the Sahrawi People's Liberation Army (SPLA)": the report's own definition outranks a
      // lexicon's acronym of another party (South Sudan's SPLA).
      if (auto known = lex.actor_matcher.match_at(t, open + 1, open + 2);
          known && lex.actors[static_cast<std::size_t>(known->id)].side == a.side)
        continue;
      for (const auto& m : lex.actor_matcher.find_all(t, a.first, a.last)) {
        if (lex.actors[static_cast<std::size_t>(m.id)].side == a.side) {
          out.emplace(doc.text(open + 1, open + 2), m.id);
          break;
        }
      }
    }
  }
  return out;
}

}  // namespace

void add_report_names(const Lexicons& lex, Document& doc) {
  const auto matchers = epithet_matchers(lex, doc);
  const auto acronyms = defined_acronyms(lex, doc);
  if (matchers.empty() && acronyms.empty()) return;
  for (auto& v : doc.sentences) {
    std::vector<PhraseMatch> found = epithets_in(matchers, doc, v);
    for (std::size_t i = v.first; i < v.last && !acronyms.empty(); ++i) {
      if (!acronym_token(doc, i)) continue;
      if (auto it = acronyms.find(doc.text(i, i + 1)); it != acronyms.end()) {
        const PhraseMatch m{i, i + 1, it->second};
        if (std::none_of(found.begin(), found.end(),
                         [&](const PhraseMatch& f) { return overlaps(f, m); }))
          found.push_back(m);
      }
    }
    if (found.empty()) continue;
    // Each replaces the lexicon matches it overlaps unless one of them is longer.
    auto raw = lex.actor_matcher.find_all(doc.tokens, v.first, v.last);
    std::erase_if(raw, [&](const PhraseMatch& r) {
      return std::any_of(found.begin(), found.end(), [&](const PhraseMatch& f) {
        return overlaps(f, r) && r.last - r.first <= f.last - f.first;
      });
    });
    std::erase_if(found, [&](const PhraseMatch& f) {
      return std::any_of(raw.begin(), raw.end(),
                         [&](const PhraseMatch& r) { return overlaps(f, r); });
    });
    raw.insert(raw.end(), found.begin(), found.end());
    std::sort(raw.begin(), raw.end(),
              [](const PhraseMatch& a, const PhraseMatch& b) { return a.first < b.first; });
    v.actors = compose_actors(lex, doc, raw);
  }
}

}  // namespace truce::extract
