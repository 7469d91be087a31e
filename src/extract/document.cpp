// Preparing a report: tokens, sentences, actors (lexicon entries composed into noun phrases)
// and dates.
#include "extract/document.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extract/actor_mentions.hpp"
#include "extract/report_groups.hpp"

namespace truce::extract {
namespace {

// How far into the body a dateline's town may stand, and how many places more it counts for.
constexpr std::size_t kDatelineBytes = 120;
constexpr int kDatelineWeight = 2;
// How many words a dateline's town name may have.
constexpr std::size_t kDatelineWords = 4;

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

// True when `p` opens a sentence near the top of the body as its dateline: a town's name
// followed by a comma, a parenthesis or a dash ("Phnom Penh, 25 July (AKP) --", "KYIV -").
bool dateline(const Document& doc, const PlaceCountry& p) {
  if (!p.local || p.offset >= kDatelineBytes) return false;
  const auto& t = doc.tokens;
  const std::size_t first = doc.token_of(p.offset);
  if (first >= t.size() || t[first].begin != p.offset) return false;
  const bool opens =
      first == 0 || std::any_of(doc.sentences.begin(), doc.sentences.end(),
                                [&](const SentenceView& v) { return v.first == first; });
  if (!opens) return false;
  for (std::size_t k = first + 1; k < t.size() && k <= first + kDatelineWords; ++k) {
    if (t[k].kind == text::TokenKind::punct)
      return t[k].key == "," || t[k].key == "(" || t[k].key == "-" || t[k].key == "–" ||
             t[k].key == "—";
    if (!doc.capitalised(k)) return false;
  }
  return false;
}

// True when match `m` is exactly a generic name of an insurgency (cue class armed_group_word).
bool insurgency_word(const Lexicons& lex, const Document& doc, const PhraseMatch& m) {
  const auto w = lex.cue("armed_group_word").match_at(doc.tokens, m.first, m.last);
  return w && w->first == m.first && w->last == m.last;
}

// One entry per epithet the report uses (epithets.tsv), with the conflicts whose rows name it:
// "regime forces" votes for the Syrian conflicts before any party is named.
std::vector<std::vector<std::string>> epithet_votes(const Lexicons& lex, const Document& doc) {
  // "the army", "the rebels": a generic head noun (actors.tsv, no side) names a party of any war.
  std::set<std::pair<std::size_t, std::size_t>> generic;
  for (const auto& m : lex.actor_matcher.find_all(doc.tokens, 0, doc.tokens.size())) {
    if (m.id >= 0 && lex.actors[static_cast<std::size_t>(m.id)].side.empty()) {
      generic.insert({m.first, m.last});
      if (m.first > 0 && doc.tokens[m.first - 1].key == "the")
        generic.insert({m.first - 1, m.last});
    }
  }
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::string>> at;
  for (const auto& [conflict, matcher] : lex.epithets) {
    for (const auto& m : matcher.find_all(doc.tokens, 0, doc.tokens.size())) {
      // "the rebels", "the insurgents" name the armed group of any insurgency (cue class
      // armed_group_word), whatever epithet row names them too: no vote.
      if (m.id >= 0 && lex.actors[static_cast<std::size_t>(m.id)].generic_word) continue;
      if (insurgency_word(lex, doc, m)) continue;
      if (!generic.count({m.first, m.last})) at[{m.first, m.last}].push_back(conflict);
    }
  }
  std::vector<std::vector<std::string>> out;
  for (auto& [span, conflicts] : at) out.push_back(std::move(conflicts));
  return out;
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

bool Document::capitalised(std::size_t i) const {
  if (i >= tokens.size() || tokens[i].kind != text::TokenKind::word) return false;
  const char first = report->body[tokens[i].begin];
  return std::isupper(static_cast<unsigned char>(first)) != 0;
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

namespace {

// How many words before a place the word of a meeting or an agreement may stand ("talks in
// Geneva", "agreed on Saturday in Doha").
constexpr std::size_t kVenueWords = 5;

// True when the place at byte `offset` of sentence `v` is where people met or agreed.
bool where_met(const Lexicons& lex, const Document& doc, const SentenceView& v,
               std::size_t offset) {
  const std::size_t ti = doc.token_of(offset);
  if (ti <= v.first || ti >= v.last || doc.tokens[ti - 1].key != "in") return false;
  const std::size_t from = ti > v.first + kVenueWords ? ti - kVenueWords : v.first;
  if (!lex.cue("venue").find_all(doc.tokens, from, ti).empty()) return true;
  // Not the agreement class: "struck a deal" is one, "struck the airport in Sanaa" is not.
  for (std::size_t k = from; k < ti; ++k) {
    if (doc.tokens[k].is_any({"agreed", "signed", "negotiated", "brokered", "mediated"}))
      return true;
  }
  return false;
}

// The state most of the report's own places lie in (not an organisation's name, a meeting's
// venue or the geocoder's stand-in); empty where none is a state's.
std::string state_of_places(const Lexicons& lex, const std::vector<PlaceCountry>& places,
                            const std::vector<bool>& organisation, const std::vector<bool>& venue) {
  std::map<std::string, int> per_country;
  for (std::size_t i = 0; i < places.size(); ++i)
    if (!organisation[i] && !venue[i] && !places[i].stand_in) ++per_country[places[i].country];
  return most_placed_state(lex, per_country);
}

}  // namespace

Document prepare(const Report& report, const Lexicons& lex,
                 const std::vector<PlaceCountry>& places) {
  Document doc;
  doc.report = &report;
  doc.lex = &lex;
  doc.tokens = text::tokenize(report.body);
  const auto sentences = text::split_sentences(report.body);
  const PlacesByOffset places_by_offset(places);
  // "the UN human rights office": an organisation's name that GeoNames also lists as a town
  // (Un, in India) is no place of the report.
  std::vector<bool> organisation(places.size(), false);
  // "agreed on Saturday in Doha", "talks in Geneva": where the parties met chooses no war; nor
  // does a state whose institution is named ("Qatar's foreign ministry").
  std::vector<bool> venue(places.size(), false);
  std::size_t k = 0;
  for (const auto& s : sentences) {
    SentenceView v;
    v.sentence = s;
    while (k < doc.tokens.size() && doc.tokens[k].begin < s.begin) ++k;
    v.first = k;
    while (k < doc.tokens.size() && doc.tokens[k].end <= s.end) ++k;
    v.last = k;
    const auto raw = lex.actor_matcher.find_all(doc.tokens, v.first, v.last);
    v.actors = compose_actors(lex, doc, raw);
    v.dates = text::find_dates(doc.tokens, v.first, v.last, report.published);
    for (const std::size_t i : places_by_offset.within(s.begin, s.end)) {
      // A place inside an actor's name ("the Karabakh Defence Army") locates nothing.
      const auto in_actor = [&](const ActorMention& a) {
        return a.first < a.last && doc.tokens[a.first].begin <= places[i].offset &&
               places[i].offset < doc.tokens[a.last - 1].end;
      };
      organisation[i] = std::any_of(v.actors.begin(), v.actors.end(), [&](const ActorMention& a) {
        return in_actor(a) && !a.locative && a.last - a.first == 1 &&
               (a.kind == "international_organisation" || a.kind == "media");
      });
      if (organisation[i]) continue;
      v.place_countries.push_back(places[i].country);
      v.places.push_back(places[i]);
      venue[i] = where_met(lex, doc, v, places[i].offset) ||
                 std::any_of(v.actors.begin(), v.actors.end(), [&](const ActorMention& a) {
                   return in_actor(a) && !a.locative && a.last - a.first > 1 &&
                          doc.tokens[a.first].possessive;
                 });
      if (places[i].local && std::none_of(v.actors.begin(), v.actors.end(), in_actor))
        v.names_locality = true;
    }
    doc.sentences.push_back(std::move(v));
  }
  const auto groups = defined_groups(lex, doc);
  name_report_groups(doc, groups);
  std::vector<std::string> group_sides;
  for (const auto& g : groups) group_sides.push_back(g.side);
  std::map<std::string, int> side_mentions;
  for (const auto& v : doc.sentences) {
    for (const auto& a : v.actors) {
      if (!a.side.empty() && a.side != "civilians" && a.side != "media") ++side_mentions[a.side];
    }
  }
  std::vector<std::string> place_countries;
  std::vector<std::string> place_holders;
  std::vector<std::string> place_regions;
  for (std::size_t i = 0; i < places.size(); ++i) {
    if (organisation[i] || venue[i]) continue;
    place_countries.push_back(places[i].country);
    place_holders.push_back(places[i].holder);
    place_regions.push_back(places[i].admin1);
  }
  // "Phnom Penh, 25 July 2025 (AKP) --": the dateline's town, where the report was filed,
  // counts as much as three places named in the story.
  if (!places.empty() && dateline(doc, places.front())) {
    for (int k = 0; k < kDatelineWeight; ++k) {
      place_countries.push_back(places.front().country);
      place_holders.push_back(places.front().holder);
      place_regions.push_back(places.front().admin1);
    }
  }
  doc.context =
      choose_conflicts(lex, std::move(side_mentions), place_countries, report.published.iso,
                       place_holders, epithet_votes(lex, doc), group_sides, place_regions);
  doc.context.place_state = state_of_places(lex, places, organisation, venue);
  add_report_names(lex, doc);
  name_report_groups(doc, groups);  // again where add_report_names composed a sentence anew
  name_lone_report_group(lex, doc, groups);
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

// How many words a dateline may run before its dash ("CAIRO/JERUSALEM (Wire) -").
constexpr std::size_t kDatelineRun = 10;

std::size_t dateline_end(const Document& doc, const SentenceView& v) {
  const auto& t = doc.tokens;
  bool bracket = false;
  const std::string first = v.first < v.last ? doc.text(v.first, v.first + 1) : std::string();
  const bool capitals = first.size() >= 3 && std::all_of(first.begin(), first.end(), [](char c) {
                          return std::isupper(static_cast<unsigned char>(c)) != 0;
                        });
  for (std::size_t k = v.first; k < v.last && k < v.first + kDatelineRun; ++k) {
    if (t[k].key == "(") bracket = true;
    if ((bracket || capitals) && t[k].is_any({"-", "\u2014", "\u2013", ":"})) return t[k].end;
  }
  return 0;
}

}  // namespace truce::extract
