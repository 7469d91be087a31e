// See report_groups.hpp.
#include "extract/report_groups.hpp"

#include <algorithm>
#include <cctype>

namespace truce::extract {
namespace {

// How many words a group's full name may have before its bracketed acronym.
constexpr std::size_t kNameWords = 8;

// True when token `i` is written as an acronym: two to six capital letters ("GAM", "LURD").
bool acronym_at(const Document& doc, std::size_t i) {
  if (doc.tokens[i].kind != text::TokenKind::word) return false;
  const std::string word = doc.text(i, i + 1);
  return word.size() >= 2 && word.size() <= 6 &&
         std::all_of(word.begin(), word.end(),
                     [](unsigned char c) { return std::isupper(c) != 0; });
}

// The first token of the capitalised name that ends right before token `open` ("the Free Aceh
// Movement (": "Free"), or `open` when there is none. Small words may join capitalised ones
// ("Liberians United for Reconciliation and Democracy").
std::size_t name_start(const Document& doc, const SentenceView& v, std::size_t open) {
  const auto& t = doc.tokens;
  std::size_t first = open;
  std::size_t k = open;
  while (k > v.first && open - k < kNameWords) {
    const std::size_t w = k - 1;
    if (doc.capitalised(w) && t[w].kind == text::TokenKind::word) {
      first = w;
    } else if (!(t[w].is_any({"of", "for", "and", "the", "al", "de", "du", "la", "-"}) ||
                 t[w].joined)) {
      break;
    }
    k = w;
  }
  return first;
}

// True when the name in tokens [first, last) is a state's institution, not an insurgent's
// ("the Uganda People's Defence Force"): a state is named in it and no word of an insurgent's
// name (cue class insurgent_name_word) is.
bool states_institution(const Lexicons& lex, const Document& doc, const SentenceView& v,
                        std::size_t first, std::size_t last) {
  bool state = false;
  bool insurgent = false;
  for (const auto& a : v.actors) {
    if (a.first < last && first < a.last && !a.side.empty()) state = true;
  }
  for (std::size_t k = first; k < last; ++k)
    if (word_of(lex, doc, "insurgent_name_word", k)) insurgent = true;
  return state && !insurgent;
}

// True when a lexicon gives the acronym at token `i` a side, or names an armed group within
// [first, last): the report names a known party, which actor_mentions.cpp handles. A state's
// name inside it is left to states_institution().
bool known_party(const Lexicons& lex, const Document& doc, const SentenceView& v, std::size_t i,
                 std::size_t first, std::size_t last) {
  if (auto m = lex.actor_matcher.match_at(doc.tokens, i, i + 1);
      m && !lex.actors[static_cast<std::size_t>(m->id)].side.empty() &&
      lex.actors[static_cast<std::size_t>(m->id)].side != "-")
    return true;
  return std::any_of(v.actors.begin(), v.actors.end(), [&](const ActorMention& a) {
    return a.first < last && first < a.last && !a.side.empty() && a.kind == "armed_group";
  });
}

ActorMention group_mention(const ReportGroup& g, std::size_t first, std::size_t last) {
  ActorMention a;
  a.first = first;
  a.last = last;
  a.side = g.side;
  a.kind = "armed_group";
  a.named = true;
  a.source = "report-defined group: " + g.full_name + " (" + g.side + ")";
  return a;
}

// Puts `found` into the sentence's actors in place of those they overlap.
void replace_overlapped(SentenceView& v, std::vector<ActorMention> found) {
  if (found.empty()) return;
  std::erase_if(v.actors, [&](const ActorMention& a) {
    return std::any_of(found.begin(), found.end(),
                       [&](const ActorMention& f) { return a.first < f.last && f.first < a.last; });
  });
  v.actors.insert(v.actors.end(), found.begin(), found.end());
  std::sort(v.actors.begin(), v.actors.end(),
            [](const ActorMention& a, const ActorMention& b) { return a.first < b.first; });
}

}  // namespace

std::vector<ReportGroup> defined_groups(const Lexicons& lex, const Document& doc) {
  std::vector<ReportGroup> out;
  const auto& t = doc.tokens;
  for (const auto& v : doc.sentences) {
    for (std::size_t open = v.first + 1; open + 2 < v.last; ++open) {
      if (t[open].key != "(" || t[open + 2].key != ")" || !acronym_at(doc, open + 1)) continue;
      std::size_t first = name_start(doc, v, open);
      if (first < open && t[first].key == "the") ++first;  // "The Free Aceh Movement (GAM)"
      if (open - first < 2) continue;
      bool head = false;
      for (std::size_t k = first; k < open; ++k)
        if (word_of(lex, doc, "group_name_head", k)) head = true;
      if (!head || known_party(lex, doc, v, open + 1, first, open) ||
          states_institution(lex, doc, v, first, open))
        continue;
      ReportGroup g;
      g.side = doc.text(open + 1, open + 2);
      g.full_name = doc.text(first, open);
      for (std::size_t k = first; k < open; ++k) g.name.push_back(t[k].key);
      const bool seen = std::any_of(out.begin(), out.end(),
                                    [&](const ReportGroup& o) { return o.side == g.side; });
      if (!seen) out.push_back(std::move(g));
    }
  }
  return out;
}

void name_report_groups(Document& doc, const std::vector<ReportGroup>& groups) {
  if (groups.empty()) return;
  const auto& t = doc.tokens;
  for (auto& v : doc.sentences) {
    std::vector<ActorMention> found;
    for (std::size_t i = v.first; i < v.last; ++i) {
      for (const auto& g : groups) {
        const std::size_t n = g.name.size();
        bool full = i + n <= v.last;
        for (std::size_t k = 0; full && k < n; ++k) full = t[i + k].key == g.name[k];
        if (full) {
          found.push_back(group_mention(g, i, i + n));
          i += n - 1;
          break;
        }
        if (acronym_at(doc, i) && doc.text(i, i + 1) == g.side) {
          found.push_back(group_mention(g, i, i + 1));
          break;
        }
      }
    }
    replace_overlapped(v, std::move(found));
  }
}

void name_lone_report_group(const Lexicons& lex, Document& doc,
                            const std::vector<ReportGroup>& groups) {
  if (groups.size() != 1) return;
  const ReportGroup& g = groups.front();
  const bool party = std::any_of(doc.context.conflicts.begin(), doc.context.conflicts.end(),
                                 [&](const ConflictEntry* c) { return c->involves(g.side); });
  if (!party) return;
  for (auto& v : doc.sentences) {
    std::vector<ActorMention> found;
    for (const auto& m : cues_in(lex, doc, "armed_group_word", v.first, v.last)) {
      const bool named = std::any_of(v.actors.begin(), v.actors.end(), [&](const ActorMention& a) {
        return a.first < m.last && m.first < a.last && !a.side.empty();
      });
      if (named) continue;
      ActorMention a = group_mention(g, m.first, m.last);
      a.source = "report-defined group: " + g.full_name + " (" + g.side +
                 "), the lone armed group of the report";
      found.push_back(std::move(a));
    }
    replace_overlapped(v, std::move(found));
  }
}

}  // namespace truce::extract
