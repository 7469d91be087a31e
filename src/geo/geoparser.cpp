// Finding and resolving place mentions. Detection takes the longest run of capitalised words the
// gazetteer knows; fuzzy and curated mangled spellings fire only in place contexts. Ranking runs
// twice: first on the name alone (match, importance), then with the document's focus countries
// and the proximity of its other places.
#include "geo/geoparser.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <tuple>

#include "core/data_dir.hpp"
#include "geo/distance.hpp"
#include "geo/name_key.hpp"
#include "geo/scan.hpp"

namespace truce::geo {

// part: a place named inside an unknown longer name ("Colorado" in "Colorado State University");
// fallback: the document's main place for a given span the gazetteer cannot place at all.
enum class MatchKind { exact, alias, fuzzy, demonym, part, fallback };

struct Geoparser::Candidate {
  std::uint32_t place = 0;
  std::uint32_t name = 0;
  MatchKind kind = MatchKind::exact;
  double distance = 0;
  double share = 0;  // of the document's other places in this candidate's country
  double base = 0;
  double score = 0;
  std::string why;
};

struct Geoparser::Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool context = false;      // a place context surrounds it
  bool region_word = false;  // followed by "Province", "Region", ...
  bool focus_only = false;   // a demonym: counts for focus, not reported
  bool weak = false;         // one capitalised word outside any place context
  bool common_word = false;  // a given span that is one word of not_places.txt
  bool sentence_start = false;
  bool fallback = false;  // a given span with no candidate: takes the document's main place
  std::vector<Candidate> candidates;
};

namespace {

constexpr std::size_t kMaxWords = 6;
// A town named inside an unknown longer name must lie in one of the report's main countries: at
// least this share of its other places (measured on both corpora: 0.3 to 0.5 are best, 0.2 less).
constexpr double kPartShare = 0.3;

bool is_function_word(std::string_view folded) {
  static const std::set<std::string, std::less<>> kWords{
      "a",         "an",      "the",    "in",    "on",      "at",        "for",   "but",
      "and",       "or",      "if",     "as",    "by",      "from",      "to",    "with",
      "after",     "before",  "during", "while", "since",   "meanwhile", "of",    "this",
      "that",      "these",   "those",  "his",   "her",     "its",       "their", "our",
      "we",        "he",      "she",    "it",    "they",    "i",         "you",   "there",
      "when",      "where",   "what",   "who",   "why",     "how",       "all",   "some",
      "according", "despite", "under",  "over",  "between", "near",      "about", "into"};
  return kWords.contains(folded);
}

// Words that make the name before them part of an organisation's name ("the Minsk Group").
bool is_organisation_word(std::string_view folded) {
  static const std::set<std::string, std::less<>> kWords{
      "group",     "agency",     "ministry", "council",  "committee",   "university", "times",
      "post",      "news",       "party",    "company",  "corporation", "bank",       "club",
      "institute", "foundation", "network",  "airlines", "television",  "tv",         "radio",
      "herald",    "tribune",    "journal",  "gazette",  "press",       "fc",         "united"};
  return kWords.contains(folded);
}

bool is_connector(std::string_view word) {
  return word == "of" || word == "and" || word == "de" || word == "del" || word == "la" ||
         word == "al" || word == "el" || word == "on" || word == "upon" || word == "du" ||
         word == "da" || word == "des";
}

// Only spaces (or a hyphen) between two words keep them in one name.
bool joined(std::string_view text, std::size_t a_end, std::size_t b_begin) {
  for (std::size_t i = a_end; i < b_begin; ++i) {
    const char c = text[i];
    if (c != ' ' && c != '-' && c != '.') return false;
  }
  return b_begin - a_end <= 2;
}

double importance(const GazPlace& p) {
  if (p.is_country()) return p.feature_code == "PCLI" ? 4.2 : 2.6;
  // Continents, oceans and seas outrank the towns named after them ("Asia", PH; "Atlantic", US).
  if (p.feature_code == "CONT") return 4.0;
  if (p.feature_class == 'H') return 3.0;
  // A curated landmark ("White House") is in the supplement because news names it on its own:
  // it ranks like a region, above a city that merely has its name as an alternate (Casablanca).
  if (p.feature_class == 'S' && p.id.starts_with("truce:")) return 2.5;
  const double pop = 0.4 * std::log10(static_cast<double>(p.population) + 10.0);
  if (p.feature_class == 'L') return std::max(pop, 2.5);
  if (p.feature_code == "ADM1") return 2.5;
  if (p.feature_class == 'A') return std::max(pop, 1.8);
  double bonus = 0;
  if (p.feature_code == "PPLC")
    bonus = 0.9;
  else if (p.feature_code == "PPLA")
    bonus = 0.3;
  return pop + bonus;
}

// True when `s` has a letter of a script that writes no short vowels (Hebrew, Arabic, Syriac,
// Thaana: U+0590-U+08FF and the Arabic presentation forms). Folded to Latin such a name loses
// its vowels, so it meets unrelated Latin words ("נסאו", Nassau, folds to "NSW").
bool has_abjad_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = b;
    std::size_t len = 1;
    if (b >= 0xF0 && i + 3 < s.size()) {
      cp = ((b & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
           (s[i + 3] & 0x3Fu);
      len = 4;
    } else if (b >= 0xE0 && i + 2 < s.size()) {
      cp = ((b & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      len = 3;
    } else if (b >= 0xC0 && i + 1 < s.size()) {
      cp = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      len = 2;
    }
    if ((cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
        (cp >= 0xFE70 && cp <= 0xFEFF)) {
      return true;
    }
    i += len;
  }
  return false;
}

std::string_view kind_name(MatchKind k) {
  switch (k) {
    case MatchKind::exact:
      return "exact";
    case MatchKind::alias:
      return "alias";
    case MatchKind::fuzzy:
      return "fuzzy";
    case MatchKind::demonym:
      return "demonym";
    case MatchKind::part:
      return "part";
    case MatchKind::fallback:
      return "fallback";
  }
  return "?";
}

bool g_is_country(const Gazetteer& g, std::uint32_t place) { return g.place(place).is_country(); }

}  // namespace

Geoparser::Geoparser(std::shared_ptr<const Gazetteer> gazetteer, std::set<std::string> not_places,
                     GeoparserOptions options, std::set<std::string> landmark_words,
                     std::set<std::string> street_words)
    : gazetteer_(std::move(gazetteer)),
      not_places_(std::move(not_places)),
      landmark_words_(std::move(landmark_words)),
      street_words_(std::move(street_words)),
      options_(options) {}

// Candidates for text[span]: exact variants, then (in a place context, or for a given span)
// fuzzy ones by skeleton within the distance bound.
std::vector<Geoparser::Candidate> Geoparser::lookup(std::string_view text, const Span& span,
                                                    bool gold) const {
  const std::string_view surface = text.substr(span.begin, span.end - span.begin);
  const std::string key = fold_name(surface);
  std::vector<Candidate> out;
  if (key.empty()) return out;
  // A name written in an abjad matches only a name written in one: folded to Latin it has lost
  // the vowels that would tell it apart.
  const bool abjad_surface = has_abjad_letter(surface);
  for (const auto& e : gazetteer_->exact(key)) {
    if (!abjad_surface && has_abjad_letter(e.variant)) continue;
    Candidate c;
    c.place = e.place;
    c.name = static_cast<std::uint32_t>(&e - &gazetteer_->name(0));
    c.kind = MatchKind::exact;
    if (e.flags & kDemonym) {
      c.kind = MatchKind::demonym;
    } else if (e.flags & kContextOnly) {
      if (!span.context && !gold) continue;
      c.kind = MatchKind::alias;
    }
    out.push_back(c);
  }
  const bool has_real = std::any_of(out.begin(), out.end(), [](const Candidate& c) {
    return c.kind == MatchKind::exact || c.kind == MatchKind::alias;
  });
  if (has_real || (!span.context && !gold) || key.find(' ') != std::string::npos) return out;
  const std::string fine = fine_key(key);
  if (fine.size() < 4) return out;
  const double bound = fuzzy_bound(fine.size());
  for (const auto& s : gazetteer_->by_skeleton(skeleton(fine))) {
    const NameEntry& e = gazetteer_->name(s.name);
    if (!abjad_surface && has_abjad_letter(e.variant)) continue;
    const double d = variant_distance(fine, fine_key(e.key));
    if (d > bound) continue;
    Candidate c;
    c.place = e.place;
    c.name = s.name;
    c.kind = MatchKind::fuzzy;
    c.distance = d;
    // A given span outside any place context is mostly a place the index lacks (a river, a
    // landmark): a fuzzy namesake town there is nearly always wrong, a country or region not.
    const GazPlace& p = gazetteer_->place(e.place);
    if (gold && !span.context && !p.is_country() && p.feature_code != "ADM1") continue;
    out.push_back(c);
  }
  return out;
}

// Candidates for a given span the index does not know as a whole: the places named by its
// longest run of words that the index knows exactly ("Colorado State University" -> Colorado,
// "Pearson International Airport" -> none, "Stoke Newington" -> Stoke Newington itself).
std::vector<Geoparser::Candidate> Geoparser::lookup_part(std::string_view text,
                                                         const Span& span) const {
  std::vector<Token> words;
  const std::string_view name = text.substr(span.begin, span.end - span.begin);
  for (const auto& t : scan_words(name)) {
    // "Collins Avenue", "Rue Casa Calvo": a street is named after a person or a town elsewhere.
    if (street_words_.contains(fold_name(name.substr(t.begin, t.end - t.begin)))) return {};
    if (t.capitalised) words.push_back(t);
  }
  std::vector<Candidate> demonyms;
  for (std::size_t n = words.size() > 1 ? words.size() - 1 : 0; n >= 1; --n) {
    for (std::size_t i = 0; i + n <= words.size(); ++i) {
      Span part;
      part.begin = span.begin + words[i].begin;
      part.end = span.begin + words[i + n - 1].end;
      const std::string key = fold_name(text.substr(part.begin, part.end - part.begin));
      if (n == 1 &&
          (is_function_word(key) || not_places_.contains(key) || landmark_words_.contains(key))) {
        continue;
      }
      auto found = lookup(text, part, false);
      // "European Commission", "Russian Foreign Ministry": a demonym of a country or a wider
      // area stands for it, but only where no word of the name is a place itself.
      if (demonyms.empty()) {
        for (const auto& c : found) {
          const GazPlace& p = gazetteer_->place(c.place);
          if (c.kind == MatchKind::demonym && (p.is_country() || p.is_wide())) {
            demonyms.push_back(c);
          }
        }
      }
      // Only a place's own name: alternates ("St" for Sète) make too many namesakes; a
      // country's short forms excepted ("Western US").
      std::erase_if(found, [&](const Candidate& c) {
        return c.kind != MatchKind::exact || !((gazetteer_->name(c.name).flags & kPrimary) ||
                                               gazetteer_->place(c.place).is_country());
      });
      if (found.empty()) continue;
      for (auto& c : found) c.kind = MatchKind::part;
      return found;
    }
  }
  for (auto& c : demonyms) c.kind = MatchKind::part;
  return demonyms;
}

std::vector<Geoparser::Span> Geoparser::detect(std::string_view text) const {
  const auto tokens = scan_words(text);
  std::vector<Span> spans;
  std::set<std::string> person_words;  // last words of capitalised runs that name no place
  std::size_t last_end = std::string_view::npos;
  bool last_context = false;

  for (std::size_t i = 0; i < tokens.size();) {
    const Token& t = tokens[i];
    const std::string first = fold_name(text.substr(t.begin, t.end - t.begin));
    if (!t.capitalised || is_function_word(first)) {
      ++i;
      continue;
    }
    // The run of capitalised words from i, joined by spaces; connectors may sit inside a name.
    std::size_t caps = 1;
    while (i + caps < tokens.size() && tokens[i + caps].capitalised &&
           joined(text, tokens[i + caps - 1].end, tokens[i + caps].begin)) {
      ++caps;
    }
    std::size_t ext = 1;
    while (i + ext < tokens.size() && ext < kMaxWords &&
           joined(text, tokens[i + ext - 1].end, tokens[i + ext].begin)) {
      const Token& n = tokens[i + ext];
      if (!n.capitalised && !is_connector(text.substr(n.begin, n.end - n.begin))) break;
      ++ext;
    }

    Span found;
    bool matched = false;
    std::size_t used = 0;
    for (std::size_t n = std::min(ext, kMaxWords); n >= 1 && !matched; --n) {
      if (!tokens[i + n - 1].capitalised) continue;
      Span s;
      s.begin = t.begin;
      s.end = tokens[i + n - 1].end;
      const bool listed = last_end != std::string_view::npos && last_context && [&] {
        std::string gap(text.substr(last_end, s.begin - last_end));
        return gap == ", " || gap == " and " || gap == ", and " || gap == " or " || gap == ", or ";
      }();
      s.context = listed || place_context_before(text, s.begin) || place_word_after(text, s.end);
      std::size_t word_end = 0;
      s.region_word = region_word_after(text, s.end, word_end);
      auto candidates = lookup(text, s, false);
      if (n == 1) {
        const bool person = person_words.contains(first) || person_title_before(text, s.begin);
        if (person) candidates.clear();
        if (not_places_.contains(first)) {
          // Only a curated mangled spelling in a place context gets past the list.
          std::erase_if(candidates, [](const Candidate& c) { return c.kind != MatchKind::alias; });
        }
        s.weak = !s.context;
        s.sentence_start = t.sentence_start;
      }
      if (i + n < tokens.size() && joined(text, s.end, tokens[i + n].begin)) {
        const Token& next = tokens[i + n];
        if (is_organisation_word(fold_name(text.substr(next.begin, next.end - next.begin)))) {
          std::erase_if(candidates, [&](const Candidate& c) {
            return c.kind != MatchKind::demonym && !g_is_country(*gazetteer_, c.place);
          });
        }
      }
      if (candidates.empty()) continue;
      s.focus_only = std::all_of(candidates.begin(), candidates.end(),
                                 [](const Candidate& c) { return c.kind == MatchKind::demonym; });
      if (!s.focus_only) {
        std::erase_if(candidates, [](const Candidate& c) { return c.kind == MatchKind::demonym; });
      } else if (options_.demonyms) {
        s.focus_only = false;
      }
      s.candidates = std::move(candidates);
      found = std::move(s);
      matched = true;
      used = n;
    }
    if (matched) {
      if (!found.focus_only) {
        last_end = found.end;
        last_context = found.context;
      }
      spans.push_back(std::move(found));
      i += used;
      continue;
    }
    if (caps >= 2) {
      // "Charles Michel": a run of names that is no place; its last word is likely a surname.
      const Token& last = tokens[i + caps - 1];
      person_words.insert(fold_name(text.substr(last.begin, last.end - last.begin)));
      i += caps;
      continue;
    }
    ++i;
  }
  return spans;
}

namespace {
template <typename C>
double best_share(const C& c) {
  return c.share;
}
}  // namespace

std::vector<PlaceMention> Geoparser::rank(std::string_view text, std::vector<Span>& spans,
                                          std::size_t first_reported, std::string_view near) const {
  const Gazetteer& g = *gazetteer_;
  // Pass 1: the name alone.
  std::vector<long> top(spans.size(), -1);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    auto& s = spans[i];
    for (auto& c : s.candidates) {
      const GazPlace& p = g.place(c.place);
      const NameEntry& e = g.name(c.name);
      double m = 3.0;
      if (c.kind == MatchKind::alias) m = 2.6;
      if (c.kind == MatchKind::fuzzy) m = 2.0 - c.distance;
      if (c.kind == MatchKind::part) m = 2.2;
      // A place's own name over another's alternate: GeoNames gives Bozeman the alternate
      // "Missouri", and a town's alternate should not beat a state's name.
      if (e.flags & kPrimary) m += 0.8;
      if (e.flags & kStripped) m -= s.region_word ? 0.0 : 0.6;
      double b = m + importance(p);
      if (s.region_word && p.feature_class == 'A' && !p.is_country()) b += 1.0;
      c.base = b;
    }
    // A city and the region named after it around it ("Leeds", "Geneva", "Aberdeen"): the name
    // means the city unless a region word follows, and the city is the more precise answer, so
    // the city takes the region's rank and a little more.
    if (!s.region_word) {
      for (const auto& r : s.candidates) {
        const GazPlace& p = g.place(r.place);
        if (p.feature_code != "ADM1") continue;
        for (auto& c : s.candidates) {
          const GazPlace& q = g.place(c.place);
          if (q.feature_class == 'P' && q.country_code() == p.country_code() &&
              distance_km(p.lat, p.lon, q.lat, q.lon) < 50) {
            c.base = std::max(c.base, r.base + 0.1);
          }
        }
      }
    }
    if (!s.candidates.empty()) {
      top[i] =
          std::max_element(s.candidates.begin(), s.candidates.end(),
                           [](const Candidate& a, const Candidate& b) { return a.base < b.base; }) -
          s.candidates.begin();
    }
  }
  // Focus: the share of first-pass places in each country.
  // A mention's own first choice is left out of its focus, or every first choice would confirm
  // itself.
  // Every mention of the same name is left out too: a report that says "London" ten times has
  // not said ten times which London it means.
  std::vector<std::string> name_of(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    name_of[i] = fold_name(text.substr(spans[i].begin, spans[i].end - spans[i].begin));
  }
  std::map<std::string, double, std::less<>> count;
  std::map<std::string, std::map<std::string, double, std::less<>>, std::less<>> count_by_name;
  std::map<std::string, double, std::less<>> total_by_name;
  double total = 0;
  // Named regions: "London" in a text that names Ontario leans to London, Ontario.
  std::map<std::string, double, std::less<>> regions;  // "CC\tregion name" -> mentions
  auto region_key = [](const GazPlace& p, std::string_view name) {
    return fmt::format("{}\t{}", p.country_code(), name);
  };
  {
    for (std::size_t i = 0; i < spans.size(); ++i) {
      if (top[i] < 0) continue;
      const GazPlace& p = g.place(spans[i].candidates[top[i]].place);
      if (p.feature_code == "ADM1") regions[region_key(p, p.name)] += 1;
      const auto cc = p.country_code();
      if (cc == "ZZ") continue;  // a continent or sea says nothing of the document's countries
      count[std::string(cc)] += 1;
      count_by_name[name_of[i]][std::string(cc)] += 1;
      total_by_name[name_of[i]] += 1;
      total += 1;
    }
  }
  // The mentions of span i's own name that chose the region "CC\tname".
  auto own_region_mentions = [&](std::size_t i, const std::string& key) {
    double n = 0;
    for (std::size_t j = 0; j < spans.size(); ++j) {
      if (top[j] < 0 || name_of[j] != name_of[i]) continue;
      const GazPlace& q = g.place(spans[j].candidates[top[j]].place);
      if (q.feature_code == "ADM1" && region_key(q, q.name) == key) n += 1;
    }
    return n;
  };

  // The first choice of the mention right after span i and a comma ("Paris, Texas"), if any.
  auto qualifier = [&](std::size_t i) -> const GazPlace* {
    for (std::size_t j = 0; j < spans.size(); ++j) {
      if (top[j] < 0 || spans[j].begin != spans[i].end + 2) continue;
      if (text.substr(spans[i].end, 2) != ", ") continue;
      return &g.place(spans[j].candidates[top[j]].place);
    }
    return nullptr;
  };

  std::vector<std::optional<PlaceMention>> made(spans.size());
  std::vector<const Candidate*> chosen(spans.size(), nullptr);
  // Scores span i's candidates against the current context (the other mentions' choices).
  auto score_span = [&](std::size_t i) {
    auto& s = spans[i];
    const auto& own_counts = count_by_name[name_of[i]];
    const std::string_view own =
        top[i] >= 0 ? g.place(s.candidates[top[i]].place).country_code() : std::string_view();
    for (auto& c : s.candidates) {
      const GazPlace& p = g.place(c.place);
      const auto it = count.find(p.country_code());
      double n = it == count.end() ? 0.0 : it->second;
      double others = total;
      if (p.is_country()) {
        // A country named again and again is what the report is about ("China" ten times
        // beside one "Houston"): only the mention itself is left out.
        if (top[i] >= 0 && own != "ZZ") {
          others -= 1;
          if (p.country_code() == own) n -= 1;
        }
      } else {
        others -= total_by_name[name_of[i]];
        const auto own_it = own_counts.find(p.country_code());
        if (own_it != own_counts.end()) n -= own_it->second;
      }
      const double sh = others > 0 ? n / others : 0.0;
      c.share = sh;
      // A continent or ocean fits any document: it takes the focus a place of the document's
      // main country would, so a town named after it ("Atlantic", Iowa) needs more than focus.
      double focus = p.is_wide() ? 2.5 : 2.5 * sh;
      if (!p.is_country() && !p.is_wide()) {
        double named_region = 0;
        if (!p.admin1.empty()) {
          const std::string key = region_key(p, p.admin1);
          const auto r = regions.find(key);
          // The mentions' own first choices are no evidence for themselves.
          if (r != regions.end()) named_region = r->second - own_region_mentions(i, key);
        }
        // Weak on its own: every US state has a Washington and a Florida, and naming New York
        // does not make "Florida" the town in New York.
        if (named_region > 0) focus += 0.4;
        // "Paris, Texas", "London, Ont.", "Edmonton, Alberta": the name after the comma decides.
        if (const GazPlace* q = qualifier(i)) {
          const bool same_region = q->feature_code == "ADM1" &&
                                   q->country_code() == p.country_code() && q->name == p.admin1;
          const bool same_country = q->is_country() && q->country_code() == p.country_code();
          if (same_region) focus += 2.0;
          if (same_country) focus += 1.5;
        }
      }
      if (!near.empty() && p.country_code() == near) focus += 3.0;
      double proximity = 0;
      double nearest = 1e9;
      if (!p.is_country() && !p.is_wide()) {
        for (std::size_t j = 0; j < spans.size(); ++j) {
          if (j == i || top[j] < 0 || name_of[j] == name_of[i]) continue;
          const GazPlace& q = g.place(spans[j].candidates[top[j]].place);
          if (q.is_country() || q.is_wide() || q.id == p.id) continue;
          nearest = std::min(nearest, distance_km(p.lat, p.lon, q.lat, q.lon));
        }
        if (nearest < 250) proximity = 0.8;
      }
      c.score = c.base + focus + proximity;
      // A fuzzy town must also lie near the report's other places: "Makeen" is no Macon.
      // (where it names any other town or region).
      if (c.kind == MatchKind::fuzzy && p.country_code() != near &&
          (sh == 0 || (!p.is_admin() && !p.is_country() && proximity == 0 && nearest < 1e9))) {
        c.score = -1;
      }
      // A town inside an unknown name is a namesake more often than not ("Brands Hatch", "Eva's
      // Village") unless it lies in a main country of the document (kPartShare) and near its
      // other places; a region or country named there ("Colorado State University") needs only
      // to lie in one of its countries.
      if (c.kind == MatchKind::part && !p.is_country() && !p.is_wide() &&
          (sh == 0 || (!p.is_admin() && (proximity == 0 || sh < kPartShare))) &&
          p.country_code() != near) {
        c.score = -1;
      }
      // A given word that English uses otherwise (not_places.txt: "Western", "State", "West")
      // names a place only by that place's own name, in one of the document's countries and,
      // for a town, near its other places: "the West" is no Western Region of Ghana, nor West,
      // Texas.
      if (s.common_word && c.kind != MatchKind::fallback && !p.is_country() && !p.is_wide() &&
          p.country_code() != near &&
          (!(g.name(c.name).flags & kPrimary) || sh < 0.1 || (!p.is_admin() && proximity == 0))) {
        c.score = -1;
      }
      c.why = fmt::format(
          "{} match of \"{}\"; base {:.2f} (importance {:.2f}); focus {:.2f} ({} "
          "has {:.0f}% of the document's places); proximity {:.2f}",
          kind_name(c.kind), g.name(c.name).variant, c.base, importance(p), focus, p.country_code(),
          sh * 100, proximity);
    }
  };
  auto emit = [&](std::size_t i) {
    auto& s = spans[i];
    if (s.focus_only) return;
    PlaceMention m;
    m.begin = s.begin;
    m.end = s.end;
    m.text = std::string(text.substr(s.begin, s.end - s.begin));
    score_span(i);
    std::erase_if(s.candidates, [](const Candidate& c) { return c.score < 0; });
    // The document's main place stands in only where nothing named in the span is left.
    if (std::any_of(s.candidates.begin(), s.candidates.end(),
                    [](const Candidate& c) { return c.kind != MatchKind::fallback; })) {
      std::erase_if(s.candidates, [](const Candidate& c) { return c.kind == MatchKind::fallback; });
    }
    if (!s.candidates.empty()) {
      const auto best = std::max_element(
          s.candidates.begin(), s.candidates.end(), [&](const Candidate& a, const Candidate& b) {
            if (a.score != b.score) return a.score < b.score;
            return g.place(a.place).id > g.place(b.place).id;  // deterministic ties
          });
      const GazPlace& p = g.place(best->place);
      // One capitalised word outside a place context is often just a word ("Best", a name at
      // the start of a sentence): it must be a place that matters or one in the document's
      // countries.
      const bool strong = p.feature_class == 'A' || p.population >= 50000 ||
                          p.id.starts_with("truce:") || best_share(*best) > 0;
      const bool drop = s.weak && !strong && (s.sentence_start || p.population < 5000);
      PlaceMatch pm;
      pm.place = g.to_place(best->place);
      pm.matched_variant = std::string(g.name(best->name).variant);
      pm.score = best->score;
      pm.why = best->why;
      m.rule = fmt::format("gazetteer:{}", kind_name(best->kind));
      if (!drop) m.match = std::move(pm);
      chosen[i] = &*best;
    } else {
      m.rule = "gazetteer:unresolved";
    }
    made[i] = std::move(m);
  };
  for (std::size_t i = first_reported; i < spans.size(); ++i) {
    if (spans[i].fallback) continue;
    // A given span whose every candidate was ruled out (a fuzzy namesake abroad) is a place the
    // index lacks, like one with no candidate at all.
    score_span(i);
    if (!spans[i].candidates.empty() &&
        std::none_of(spans[i].candidates.begin(), spans[i].candidates.end(),
                     [](const Candidate& c) { return c.score >= 0; })) {
      spans[i].candidates.clear();
      spans[i].fallback = true;
      continue;
    }
    emit(i);
  }
  // A given span the index cannot place (nor a place inside its name) takes the document's main
  // place: the town (failing one, the region, then the country) that the other mentions, as
  // resolved, name most often by their own name, the earliest on a tie. In a local report an
  // unknown street, school or hall is most likely in the place the report is about.
  const Candidate* anchor = nullptr;
  {
    std::vector<const Candidate*> named;  // the given spans' own places, in text order
    auto collect = [&](const Candidate& c) {
      if (c.kind != MatchKind::exact && c.kind != MatchKind::alias) return;
      if (!g.place(c.place).is_wide()) named.push_back(&c);
    };
    for (std::size_t i = first_reported; i < spans.size(); ++i) {
      if (chosen[i]) collect(*chosen[i]);
    }
    if (named.empty()) {  // no given span resolved: the detected mentions' first choices
      for (std::size_t j = 0; j < first_reported; ++j) {
        if (top[j] >= 0) collect(spans[j].candidates[top[j]]);
      }
    }
    auto rank_of = [&](const GazPlace& p) {
      return p.is_country() ? 0 : p.feature_code == "ADM1" ? 1 : 2;
    };
    // A town beats a region, a region a country. Among towns, the one with the most named towns
    // within kClusterKm (itself included): a report's main place sits among its other places, and
    // one stray namesake ("Stonewall" in Mississippi for a place in Virginia) has no company.
    // Then the most mentions; then the earliest.
    constexpr double kClusterKm = 100;
    int best_rank = -1, best_support = -1, best_n = -1;
    for (const Candidate* c : named) {
      const GazPlace& p = g.place(c->place);
      const int rank = rank_of(p);
      int support = 0, n = 0;
      for (const Candidate* o : named) {
        if (o->place == c->place) ++n;
        const GazPlace& q = g.place(o->place);
        if (rank == 2 && rank_of(q) == 2 && distance_km(p.lat, p.lon, q.lat, q.lon) < kClusterKm)
          ++support;
      }
      if (std::tie(rank, support, n) > std::tie(best_rank, best_support, best_n)) {
        anchor = c, best_rank = rank, best_support = support, best_n = n;
      }
    }
  }
  // A landmark is most often in the town named right next to it ("a hospital in Leeds", "Third
  // Street, Dayton"), which in a national story need not be the report's main place: the town
  // (not a region or country) of the given span nearest in the text, within kNearbyBytes, wins
  // over the main place. Measured on both corpora: 200 bytes (about a sentence) is best; wider
  // windows reach into other paragraphs' towns.
  constexpr std::size_t kNearbyBytes = 200;
  // A small town named next to the landmark is trusted only where it fits the report's main
  // place: a street of New Orleans named next to "Bourbon" is not in Bourbon, Missouri.
  auto fits_anchor = [&](const GazPlace& p) {
    if (p.population >= 50000) return true;
    const GazPlace& a = g.place(anchor->place);
    if (a.is_country()) return a.country_code() == p.country_code();
    return distance_km(a.lat, a.lon, p.lat, p.lon) < 300;
  };
  auto nearby_town = [&](std::size_t i) -> const Candidate* {
    const Candidate* best = nullptr;
    std::size_t best_gap = kNearbyBytes + 1;
    for (std::size_t j = first_reported; j < spans.size(); ++j) {
      const Candidate* c = chosen[j];
      if (j == i || !c || (c->kind != MatchKind::exact && c->kind != MatchKind::alias)) continue;
      const GazPlace& p = g.place(c->place);
      if (p.is_wide() || p.is_country() || p.feature_code == "ADM1") continue;
      if (!fits_anchor(p)) continue;
      const std::size_t gap = spans[j].begin > spans[i].begin ? spans[j].begin - spans[i].begin
                                                              : spans[i].begin - spans[j].begin;
      if (gap < best_gap) best = c, best_gap = gap;
    }
    return best;
  };
  for (std::size_t i = first_reported; i < spans.size(); ++i) {
    if (!spans[i].fallback) continue;
    if (const Candidate* near_town = anchor ? nearby_town(i) : nullptr) {
      Candidate c = *near_town;
      c.kind = MatchKind::fallback;
      c.base = 0;
      spans[i].candidates.push_back(c);
    } else if (anchor) {
      Candidate c = *anchor;
      c.kind = MatchKind::fallback;
      c.base = 0;
      spans[i].candidates.push_back(c);
    }
    emit(i);
  }
  std::vector<PlaceMention> out;
  for (auto& m : made) {
    if (m) out.push_back(std::move(*m));
  }
  return out;
}

std::vector<PlaceMention> Geoparser::find(std::string_view text) const {
  auto spans = detect(text);
  auto mentions = rank(text, spans, 0, {});
  std::erase_if(mentions, [](const PlaceMention& m) { return !m.match; });
  return mentions;
}

std::vector<PlaceMention> Geoparser::resolve(
    std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& given) const {
  auto spans = detect(text);
  // The detected mentions stay as context; the given spans follow and are the ones reported.
  for (auto& s : spans) s.focus_only = false;
  const std::size_t first = spans.size();
  for (const auto& [b, e] : given) {
    Span s;
    s.begin = std::min(b, text.size());
    s.end = std::min(std::max(e, s.begin), text.size());
    s.context = place_context_before(text, s.begin) || place_word_after(text, s.end);
    std::size_t word_end = 0;
    s.region_word = region_word_after(text, s.end, word_end);
    s.candidates = lookup(text, s, true);
    s.common_word = not_places_.contains(fold_name(text.substr(s.begin, s.end - s.begin)));
    s.fallback = s.candidates.empty();
    if (s.fallback) s.candidates = lookup_part(text, s);
    spans.push_back(std::move(s));
  }
  return rank(text, spans, first, {});
}

std::vector<PlaceMatch> Geoparser::candidates(std::string_view name, std::string_view near,
                                              std::size_t limit) const {
  std::vector<Span> spans(1);
  spans[0].begin = 0;
  spans[0].end = name.size();
  spans[0].context = true;
  spans[0].candidates = lookup(name, spans[0], true);
  auto mentions = rank(name, spans, 0, near);
  std::vector<PlaceMatch> out;
  auto& cands = spans[0].candidates;
  std::sort(cands.begin(), cands.end(), [&](const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return a.score > b.score;
    return gazetteer_->place(a.place).id < gazetteer_->place(b.place).id;
  });
  for (const auto& c : cands) {
    if (out.size() >= limit) break;
    PlaceMatch pm;
    pm.place = gazetteer_->to_place(c.place);
    pm.matched_variant = std::string(gazetteer_->name(c.name).variant);
    pm.score = c.score;
    pm.why = c.why;
    out.push_back(std::move(pm));
  }
  return out;
}

namespace {
// One folded word or name a line; '#' starts a comment line.
Result<std::set<std::string>> read_word_list(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read");
  std::set<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    words.insert(fold_name(line));
  }
  return words;
}
}  // namespace

Result<std::unique_ptr<Geoparser>> load_geoparser(const std::filesystem::path& index,
                                                  GeoparserOptions options) {
  auto gazetteer = Gazetteer::load(index.empty() ? default_gazetteer_path() : index);
  if (!gazetteer) return gazetteer.error();
  auto not_places = read_word_list(data_dir() / "gazetteer" / "not_places.txt");
  if (!not_places) return not_places.error();
  auto landmark_words = read_word_list(data_dir() / "gazetteer" / "landmark_words.txt");
  if (!landmark_words) return landmark_words.error();
  auto street_words = read_word_list(data_dir() / "gazetteer" / "street_words.txt");
  if (!street_words) return street_words.error();
  return std::make_unique<Geoparser>(std::move(*gazetteer), std::move(*not_places), options,
                                     std::move(*landmark_words), std::move(*street_words));
}

Result<std::unique_ptr<PlaceFinder>> load_place_finder(const std::filesystem::path& index) {
  auto parser = load_geoparser(index);
  if (!parser) return parser.error();
  return std::unique_ptr<PlaceFinder>(std::move(*parser));
}

}  // namespace truce::geo
