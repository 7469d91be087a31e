// Detection: the longest run of capitalised words the gazetteer knows, and the candidates of a
// span (exact variants, then fuzzy ones by skeleton in a place context).
#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "geo/geoparser_parts.hpp"
#include "geo/name_key.hpp"
#include "geo/scan.hpp"

namespace truce::geo {

using namespace parse;

Geoparser::Geoparser(std::shared_ptr<const Gazetteer> gazetteer, GeoparserWords words,
                     GeoparserOptions options)
    : gazetteer_(std::move(gazetteer)),
      not_places_(std::move(words.not_places)),
      landmark_words_(std::move(words.landmark_words)),
      street_words_(std::move(words.street_words)),
      name_elements_(std::move(words.name_elements)),
      organisations_(std::move(words.organisations)),
      variant_rules_(std::move(words.variant_rules)),
      model_(words.rank_model),
      site_words_(std::move(words.site_words)),
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
  auto take = [&](const NameEntry& e, bool family_form) {
    if (!abjad_surface && has_abjad_letter(e.variant)) return;
    if (std::any_of(out.begin(), out.end(), [&](const Candidate& o) { return o.place == e.place; }))
      return;
    Candidate c;
    c.place = e.place;
    c.name = e.index;
    c.kind = family_form || (e.flags & kVariantForm) ? MatchKind::variant : MatchKind::exact;
    if (e.flags & kDemonym) {
      c.kind = MatchKind::demonym;
    } else if (e.flags & kContextOnly) {
      if (!span.context && !gold) return;
      c.kind = MatchKind::alias;
    }
    out.push_back(c);
  };
  for (const auto& e : gazetteer_->exact(key)) take(e, false);
  // The name in each transliteration family's form, for places of that family's countries:
  // "Bayt Lahiya" finds Beit Lahia, "Kharkov" Kharkiv.
  // An acronym ("OAS", "UN") is no transliterated name.
  const bool acronym =
      std::none_of(surface.begin(), surface.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
  for (const auto& family : variant_rules_.families()) {
    if (acronym) break;
    const std::string form = family.form(key);
    if (form == key) continue;
    for (const auto& e : gazetteer_->exact(form)) {
      if (family.covers(gazetteer_->place(e.place).country_code())) take(e, true);
    }
  }
  // A known name, a demonym included, is never read as a misspelling of another: "at Israeli
  // positions" is no fuzzy "Israel" town.
  const bool has_real = !out.empty();
  if (has_real || (!span.context && !gold) || key.find(' ') != std::string::npos) return out;
  const std::string fine = fine_key(key);
  if (fine.size() < 4) return out;
  const double bound = fuzzy_bound(fine.size());
  for (const auto& s : gazetteer_->by_skeleton(skeleton(fine))) {
    const NameEntry& e = gazetteer_->name(s.name);
    if (!abjad_surface && has_abjad_letter(e.variant)) continue;
    const std::string other = fine_key(e.key);
    // Every letter of the length difference is a deletion costing at least 0.5 (a vowel): a
    // bound the distance itself could not meet is known without computing it.
    const std::size_t length_gap =
        fine.size() > other.size() ? fine.size() - other.size() : other.size() - fine.size();
    if (0.5 * static_cast<double>(length_gap) > bound) continue;
    const std::optional<double> d = variant_distance_within(fine, other, bound);
    if (!d) continue;
    Candidate c;
    c.place = e.place;
    c.name = s.name;
    c.kind = MatchKind::fuzzy;
    c.distance = *d;
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

// True when the capitalised word after tokens[i, i + n) continues an unknown longer name rather
// than saying what the name is part of: "Bint Jbeil", "Sam Roi Yot" are not "Bint" and "Sam",
// while "Ganja Airport", "Kharkiv Oblast", "Beirut Port" and "Gaza Kills Five" (a headline whose
// "kills" is a word of the text) keep their place. The first word of a name element
// (name_elements.txt: "Beit", "Deir", "Phu", "Ban") never stands alone before a capitalised
// word; another place does only when it matters on its own (a country, region or city).
bool Geoparser::cuts_a_longer_name(std::string_view text, const std::vector<Token>& tokens,
                                   std::size_t i, std::size_t n,
                                   const std::vector<Candidate>& candidates) const {
  const Token& last = tokens[i + n - 1];
  const Token& next = tokens[i + n];
  if (text.substr(last.end, next.begin - last.end) != " ") return false;

  const std::string_view written = text.substr(next.begin, next.end - next.begin);
  const std::string first =
      fold_name(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
  // "Bab al-Hawa", "Deir ez-Zor", "Deir al Balah": an Arabic article goes on with the name.
  if (!next.capitalised) return name_elements_.contains(first) && starts_with_article(written);
  const std::string word = fold_name(written);
  if (word.empty() || is_function_word(word) || is_organisation_word(word) ||
      not_places_.contains(word) || landmark_words_.contains(word) ||
      street_words_.contains(word) || place_word_after(text, last.end)) {
    return false;
  }
  if (used_in_lower_case(text, written)) return false;
  if (name_elements_.contains(first)) return true;
  return std::none_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
    const GazPlace& p = gazetteer_->place(c.place);
    return p.feature_class == 'A' || p.is_wide() || p.population >= kStandaloneTown;
  });
}

// "the Poonch and Rajouri sectors": each name listed before a plural site word names a site too.
void Geoparser::mark_listed_sites(std::string_view text, std::vector<Span>& spans,
                                  const Span& last) const {
  std::size_t next_begin = last.begin;
  for (auto it = spans.rbegin(); it != spans.rend() && !it->site; ++it) {
    const std::string_view gap = text.substr(it->end, next_begin - it->end);
    if (gap != ", " && gap != " and " && gap != ", and ") break;
    it->site = last.site;
    it->context = true;
    it->weak = false;
    next_begin = it->begin;
  }
}

bool Geoparser::directional_part(std::string_view text, const std::vector<Token>& tokens,
                                 std::size_t i, std::size_t ext, Span& out) const {
  if (i == 0 || !joined(text, tokens[i - 1].end, tokens[i].begin)) return false;
  const Token& before = tokens[i - 1];
  if (before.capitalised) return false;
  static const std::set<std::string> kDirections = {
      "northern",      "southern",     "eastern",      "western",       "central",
      "north",         "south",        "east",         "west",          "northeastern",
      "northwestern",  "southeastern", "southwestern", "north-eastern", "north-western",
      "south-eastern", "south-western"};
  if (!kDirections.contains(fold_name(text.substr(before.begin, before.end - before.begin))))
    return false;
  for (std::size_t n = std::min(ext, kMaxWords); n >= 1; --n) {
    if (!tokens[i + n - 1].capitalised) continue;
    Span s;
    s.begin = before.begin;
    s.end = tokens[i + n - 1].end;
    s.context = true;
    auto candidates = lookup(text, s, false);
    std::erase_if(candidates, [](const Candidate& c) { return c.kind != MatchKind::exact; });
    if (candidates.empty()) continue;
    s.candidates = std::move(candidates);
    out = std::move(s);
    return true;
  }
  return false;
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

    // "southern Lebanon", "northern Gaza": a direction before a name, where the index knows the
    // two together (supplement.tsv's parts of a country), is that part.
    if (Span part; directional_part(text, tokens, i, ext, part)) {
      std::size_t covered = 0;
      while (i + covered < tokens.size() && tokens[i + covered].end <= part.end) ++covered;
      last_end = part.end;
      last_context = part.context;
      spans.push_back(std::move(part));
      i += covered;
      continue;
    }
    Span found;
    bool matched = false;
    bool cut = false;  // a known first word of an unknown longer name was refused
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
      // "the Tishreen dam", "Bagram air base": the index's own site named whole, else the named
      // place stands for the site (geoparser_sites.cpp).
      const auto site = site_words_.after(text, s.end);
      auto candidates = site ? lookup_site(text, s, *site) : std::vector<Candidate>{};
      if (!candidates.empty()) {
        s.end = site->end;
      } else {
        candidates = lookup(text, s, false);
      }
      if (site) {
        s.site = site->kind;
        s.context = true;
        if (site->plural) mark_listed_sites(text, spans, s);
      }
      if (organisations_.contains(fold_name(text.substr(s.begin, s.end - s.begin)))) {
        candidates.clear();
      }
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
      // "Aghdara. Ministry of Defense informs": a full stop ends the name; an organisation
      // named after a place is written without one ("the Kharkiv Regional Administration").
      if (i + n < tokens.size() && joined(text, s.end, tokens[i + n].begin) &&
          text.substr(s.end, tokens[i + n].begin - s.end).find('.') == std::string_view::npos) {
        const Token& next = tokens[i + n];
        if (is_organisation_word(fold_name(text.substr(next.begin, next.end - next.begin)))) {
          std::erase_if(candidates, [&](const Candidate& c) {
            return c.kind != MatchKind::demonym && !gazetteer_->place(c.place).is_country();
          });
        }
      }
      // A multi-word name is matched whole or not at all: "Bint Jbeil", unknown as a whole, is
      // no place called "Bint".
      if (!candidates.empty() && i + n < tokens.size() &&
          cuts_a_longer_name(text, tokens, i, n, candidates)) {
        candidates.clear();
        cut = true;
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
      // A site named whole ("the Kavumu airport") covers the site words after the name too.
      while (i + used < tokens.size() && tokens[i + used].end <= found.end) ++used;
      if (!found.focus_only) {
        last_end = found.end;
        last_context = found.context;
      }
      spans.push_back(std::move(found));
      i += used;
      continue;
    }
    if (caps >= 2) {
      // "Charles Michel": a run of names that is no place; its last word is likely a surname
      // (but not the rest of an unknown place name).
      if (cut) {
        i += caps;
        continue;
      }
      const Token& last = tokens[i + caps - 1];
      person_words.insert(fold_name(text.substr(last.begin, last.end - last.begin)));
      i += caps;
      continue;
    }
    ++i;
  }
  return spans;
}

}  // namespace truce::geo
