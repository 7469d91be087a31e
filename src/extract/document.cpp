// Preparing a report: tokens, sentences, actors (lexicon entries composed into noun phrases)
// and dates.
#include "extract/document.hpp"

#include <algorithm>
#include <map>

namespace truce::extract {
namespace {

// Joins lexicon matches into actor noun phrases: a state next to a head noun, or a head noun
// "of/in/for" a state, takes the state's side and the head's kind.
std::vector<ActorMention> compose(const Lexicons& lex, const Document& doc,
                                  const std::vector<PhraseMatch>& raw) {
  const auto& t = doc.tokens;
  std::vector<ActorMention> out;
  for (const auto& m : raw) {
    const ActorEntry& e = lex.actors[static_cast<std::size_t>(m.id)];
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
      const bool adjacent =
          b.first == a.last || (b.first == a.last + 1 && t[a.last].kind == text::TokenKind::word &&
                                !t[a.last].is_any({"and", "or", "of", "in", "to", "against", "with",
                                                   "by", "from", "on", "near"}) &&
                                // "The FARDC said troops ...": a speech verb between two names
                                // ends the first.
                                !lex.cue("speech").match_at(t, a.last, a.last + 1));
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
      } else if (a.side.empty() && a.kind != "enemy" && !b.side.empty() && b.kind == "state") {
        // "army Armenia" hardly occurs; "ministry Azerbaijan" neither: keep apart.
        break;
      } else if (!a.side.empty() && !b.side.empty() && a.side == b.side) {
        a.last = b.last;  // "Azerbaijani President Ilham Aliyev"
        if (b.kind != "state") a.kind = b.kind;
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
      for (std::size_t p = a.last; p < b.first; ++p) {
        if (t[p].is_any({"of", "in", "for", "to"})) {
          link = true;
        } else if (!t[p].is_any({"the", "a"})) {
          bool inside = false;
          for (std::size_t m = i + 1; m < k; ++m) {
            if (p >= merged[m].first && p < merged[m].last) inside = true;
          }
          if (!inside) ok = false;
        }
        ++gap;
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
  // Locative state names: "inside Armenia", "in Nagorno Karabakh", "near Azerbaijan". A demonym
  // alone is not a place: "on Azerbaijani lands" names whose lands.
  for (auto& a : merged) {
    if (a.kind != "state" || a.first == 0) continue;
    std::size_t p = a.first - 1;
    if (t[p].key == "the" && p > 0) --p;
    if (!cue_ends_at(lex, doc, "place_preposition", p, p + 1)) continue;
    const bool demonym = cue_ends_at(lex, doc, "demonym", a.first, a.last);
    if (!demonym || a.last - a.first > 1) a.locative = true;
  }
  return merged;
}

// The place mentions by offset, so that each sentence reads only its own (issue 11: a pass over
// every mention for every sentence grew with the square of the input).
class PlacesByOffset {
 public:
  explicit PlacesByOffset(const std::vector<PlaceCountry>& places) : places_(places) {
    for (std::size_t i = 0; i < places.size(); ++i) order_.push_back(i);
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
      return places[a].offset < places[b].offset;
    });
  }
  // The indices of the places at offsets [begin, end), in the order given.
  std::vector<std::size_t> within(std::size_t begin, std::size_t end) const {
    auto it = std::lower_bound(order_.begin(), order_.end(), begin,
                               [&](std::size_t i, std::size_t b) { return places_[i].offset < b; });
    std::vector<std::size_t> out;
    for (; it != order_.end() && places_[*it].offset < end; ++it) out.push_back(*it);
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  const std::vector<PlaceCountry>& places_;
  std::vector<std::size_t> order_;
};

// The epithets of the report's conflicts ("the junta", "regime forces"): each replaces the
// lexicon matches it overlaps, and the sentence's actors are composed again.
void add_epithets(const Lexicons& lex, Document& doc) {
  std::vector<const PhraseMatcher*> matchers;
  for (const ConflictEntry* c : doc.context.conflicts) {
    if (auto it = lex.epithets.find(c->name); it != lex.epithets.end())
      matchers.push_back(&it->second);
  }
  if (matchers.empty()) return;
  for (auto& v : doc.sentences) {
    std::vector<PhraseMatch> found;
    for (const PhraseMatcher* m : matchers) {
      for (const auto& e : m->find_all(doc.tokens, v.first, v.last)) {
        const bool taken = std::any_of(found.begin(), found.end(), [&](const PhraseMatch& f) {
          return f.first < e.last && e.first < f.last;
        });
        if (!taken) found.push_back(e);
      }
    }
    if (found.empty()) continue;
    auto raw = lex.actor_matcher.find_all(doc.tokens, v.first, v.last);
    std::erase_if(raw, [&](const PhraseMatch& r) {
      return std::any_of(found.begin(), found.end(), [&](const PhraseMatch& f) {
        return f.first < r.last && r.first < f.last && r.last - r.first <= f.last - f.first;
      });
    });
    std::erase_if(found, [&](const PhraseMatch& f) {
      return std::any_of(raw.begin(), raw.end(), [&](const PhraseMatch& r) {
        return f.first < r.last && r.first < f.last;
      });
    });
    raw.insert(raw.end(), found.begin(), found.end());
    std::sort(raw.begin(), raw.end(),
              [](const PhraseMatch& a, const PhraseMatch& b) { return a.first < b.first; });
    v.actors = compose(lex, doc, raw);
  }
}

}  // namespace

Span Document::span(std::size_t a, std::size_t b) const {
  if (a >= b || b > tokens.size()) return {};
  return {tokens[a].begin, tokens[b - 1].end};
}

std::string Document::text(std::size_t a, std::size_t b) const {
  const Span s = span(a, b);
  if (s.empty()) return {};
  return report->body.substr(s.begin, s.end - s.begin);
}

bool word_of(const Lexicons& lex, const Document& doc, const std::string& cls, std::size_t i) {
  return i < doc.tokens.size() && lex.cue(cls).match_at(doc.tokens, i, i + 1).has_value();
}

const ActorMention* actor_at(const SentenceView& view, std::size_t i) {
  for (const auto& a : view.actors) {
    if (i >= a.first && i < a.last) return &a;
  }
  return nullptr;
}

Document prepare(const Report& report, const Lexicons& lex,
                 const std::vector<PlaceCountry>& places) {
  Document doc;
  doc.report = &report;
  doc.lex = &lex;
  doc.tokens = text::tokenize(report.body);
  const auto sentences = text::split_sentences(report.body);
  const PlacesByOffset places_by_offset(places);
  std::size_t k = 0;
  for (const auto& s : sentences) {
    SentenceView v;
    v.sentence = s;
    while (k < doc.tokens.size() && doc.tokens[k].begin < s.begin) ++k;
    v.first = k;
    while (k < doc.tokens.size() && doc.tokens[k].end <= s.end) ++k;
    v.last = k;
    const auto raw = lex.actor_matcher.find_all(doc.tokens, v.first, v.last);
    v.actors = compose(lex, doc, raw);
    v.dates = text::find_dates(doc.tokens, v.first, v.last, report.published);
    for (const std::size_t i : places_by_offset.within(s.begin, s.end)) {
      v.place_countries.push_back(places[i].country);
      // A place inside an actor's name ("the Karabakh Defence Army") locates nothing.
      const auto in_actor = [&](const ActorMention& a) {
        return a.first < a.last && doc.tokens[a.first].begin <= places[i].offset &&
               places[i].offset < doc.tokens[a.last - 1].end;
      };
      if (places[i].local && std::none_of(v.actors.begin(), v.actors.end(), in_actor))
        v.names_locality = true;
    }
    doc.sentences.push_back(std::move(v));
  }
  std::map<std::string, int> side_mentions;
  for (const auto& v : doc.sentences) {
    for (const auto& a : v.actors) {
      if (!a.side.empty() && a.side != "civilians" && a.side != "media") ++side_mentions[a.side];
    }
  }
  std::vector<std::string> place_countries;
  for (const auto& p : places) place_countries.push_back(p.country);
  doc.context =
      choose_conflicts(lex, std::move(side_mentions), place_countries, report.published.iso);
  add_epithets(lex, doc);
  return doc;
}

std::vector<PhraseMatch> cues_in(const Lexicons& lex, const Document& doc, const std::string& cls,
                                 std::size_t from, std::size_t to) {
  return lex.cue(cls).find_all(doc.tokens, from, to);
}

bool cue_ends_at(const Lexicons& lex, const Document& doc, const std::string& cls, std::size_t from,
                 std::size_t end) {
  const auto& m = lex.cue(cls);
  for (std::size_t start = end > 4 ? end - 4 : 0; start < end; ++start) {
    if (start < from) continue;
    auto hit = m.match_at(doc.tokens, start, end);
    if (hit && hit->last == end) return true;
  }
  return false;
}

std::string opponent_of(const Document& doc, const std::string& side) {
  const auto o = doc.context.enemies(*doc.lex, side);
  return o.empty() ? std::string() : o.front();
}

std::string enemy_of(const Document& doc, const std::string& speaker_side) {
  if (belligerent(doc, speaker_side)) return opponent_of(doc, speaker_side);
  return doc.context.home_side.empty() ? std::string() : opponent_of(doc, doc.context.home_side);
}

bool belligerent(const Document& doc, const std::string& side) {
  return !doc.context.enemies(*doc.lex, side).empty();
}

}  // namespace truce::extract
