// Place linking by locative context; see place_linker.hpp.
#include "extract/place_linker.hpp"

#include <algorithm>
#include <map>

#include "text/fold.hpp"

namespace truce::extract {
namespace {

// How many bytes after an attack's trigger a venue word may stand and be what it hit ("struck a
// meeting of commanders").
constexpr std::size_t kVenueTarget = 4;

bool is_country(const geo::PlaceMatch& m) {
  return m.place.feature_class == 'A' && m.place.feature_code.starts_with("PCL");
}

// Bytes between a place and a trigger it is the subject of: " was", " has been", ", the
// enclave's main city, came under".
constexpr std::size_t kSubjectGap = 64;

// How many words the appositions between a place and its trigger may have in all.
constexpr long kAppositionWords = 9;

// Words that may stand between a place and the trigger it is the subject of.
bool auxiliary_or_adverb(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "was",   "were",       "has",        "had",     "been",    "is",    "are",     "again",
      "also",  "repeatedly", "reportedly", "once",    "more",    "twice", "heavily", "then",
      "later", "still",      "itself",     "briefly", "came",    "comes", "come",    "under",
      "heavy", "intense",    "intensive",  "massive", "renewed", "fresh"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// True when `gap` holds only appositions between commas (", the enclave's main city,", ", the
// region's main city, some 15km away,"), then auxiliaries, adverbs and "came under heavy": the
// place is the trigger's subject ("Stepanakert was again targeted", "Shusha came under intense
// shelling").
bool subject_of(std::string_view gap) {
  std::size_t i = 0;
  while (i < gap.size() && gap[i] == ' ') ++i;
  if (i < gap.size() && gap[i] == ',') {
    const std::size_t close = gap.rfind(',');
    if (close == i) return false;
    const auto words =
        std::count(gap.begin() + static_cast<long>(i), gap.begin() + static_cast<long>(close), ' ');
    const auto commas =
        std::count(gap.begin() + static_cast<long>(i), gap.begin() + static_cast<long>(close), ',');
    if (words > kAppositionWords || commas > 2) return false;
    i = close + 1;
  } else if (gap.size() > 24) {
    return false;
  }
  while (i < gap.size()) {
    while (i < gap.size() && gap[i] == ' ') ++i;
    std::size_t j = i;
    while (j < gap.size() && gap[j] != ' ') ++j;
    const std::string_view w = gap.substr(i, j - i);
    if (!w.empty() && !auxiliary_or_adverb(w)) return false;
    i = j;
  }
  return true;
}

// The sentence that holds token `ti` (the last sentence for a token past them all).
std::size_t sentence_at(const Document& doc, std::size_t ti) {
  const auto it = std::partition_point(doc.sentences.begin(), doc.sentences.end(),
                                       [ti](const SentenceView& s) { return s.last <= ti; });
  const auto si = static_cast<std::size_t>(it - doc.sentences.begin());
  return doc.sentences.empty() ? 0 : std::min(si, doc.sentences.size() - 1);
}

// Spans sorted by start with the furthest end reached so far, so that "does any span hold this
// one?" costs a binary search instead of a pass over every span (issue 11: cost linear in the
// input).
class SpanCover {
 public:
  explicit SpanCover(std::vector<Span> spans) : spans_(std::move(spans)) {
    std::sort(spans_.begin(), spans_.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::size_t furthest = 0;
    for (const auto& s : spans_) furthest_.push_back(furthest = std::max(furthest, s.end));
  }
  bool holds(std::size_t begin, std::size_t end) const {
    const auto it = std::upper_bound(spans_.begin(), spans_.end(), begin,
                                     [](std::size_t at, const Span& s) { return at < s.begin; });
    return it != spans_.begin() && furthest_[it - spans_.begin() - 1] >= end;
  }

 private:
  std::vector<Span> spans_;
  std::vector<std::size_t> furthest_;
};

// An incident's triggers sorted by start and by end, to find those just before or after a place
// without a pass over every trigger of an incident that many sentences report.
struct IncidentTriggers {
  std::vector<Span> by_begin, by_end;
  explicit IncidentTriggers(const std::vector<Span>& triggers)
      : by_begin(triggers), by_end(triggers) {
    std::sort(by_begin.begin(), by_begin.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::sort(by_end.begin(), by_end.end(),
              [](const Span& a, const Span& b) { return a.end < b.end; });
  }
  // A trigger ending at most `gap` bytes before `at`: "shelling of |Stepanakert".
  bool ends_within(std::size_t at, std::size_t gap) const {
    const std::size_t from = at > gap ? at - gap : 0;
    const auto it = std::lower_bound(by_end.begin(), by_end.end(), from,
                                     [](const Span& t, std::size_t b) { return t.end < b; });
    return it != by_end.end() && it->end <= at;
  }
  // The triggers starting from `from` to `to`, inclusive.
  std::pair<std::vector<Span>::const_iterator, std::vector<Span>::const_iterator> starting(
      std::size_t from, std::size_t to) const {
    const auto first = std::lower_bound(by_begin.begin(), by_begin.end(), from,
                                        [](const Span& t, std::size_t b) { return t.begin < b; });
    const auto last = std::upper_bound(first, by_begin.end(), to,
                                       [](std::size_t b, const Span& t) { return b < t.begin; });
    return {first, last};
  }
};

}  // namespace

// The place a resolved mention names, its rule prefixed by why it was attached.
PlaceRef mention_ref(const geo::PlaceMention& m, const std::string& why) {
  PlaceRef ref;
  ref.span = {m.begin, m.end};
  ref.mention = m.text;
  ref.place = m.match->place;
  ref.rule = why + m.rule;
  return ref;
}

// How many words before a place the words that make it the fire's origin may end.
constexpr std::size_t kOriginReach = 4;

// True when words of a fire's origin (cue class fire_origin: "from the direction of") end in
// the few words before token `ti`.
bool fire_origin(const Lexicons& lex, const std::vector<text::Token>& t, std::size_t first,
                 std::size_t ti) {
  for (std::size_t k = ti; k > first && k + kOriginReach > ti; --k) {
    if (auto c = lex.cue("fire_origin").match_at(t, k - 1, ti); c && c->last + 2 >= ti) return true;
  }
  return false;
}

void link_places(const Document& doc, const Lexicons& lex,
                 const std::vector<geo::PlaceMention>& mentions, std::vector<Incident>& incidents,
                 const std::vector<Span>& denied) {
  const auto& body = doc.report->body;
  const auto& t = doc.tokens;
  // The document's focus: its most named region (not a country, not a town). An incident
  // whose sentences name no place ("in the region") is placed there, with low precision.
  std::map<std::string, std::pair<int, const geo::PlaceMention*>> regions;
  for (const auto& m : mentions) {
    if (!m.match || is_country(*m.match) || m.match->place.precision < 2) continue;
    auto& r = regions[m.match->place.id];
    ++r.first;
    r.second = &m;
  }
  const geo::PlaceMention* focus = nullptr;
  int focus_count = 1;  // named at least twice
  for (const auto& [id, r] : regions) {
    if (r.first > focus_count) {
      focus = r.second;
      focus_count = r.first;
    }
  }
  // Mentions come in text order: each incident's sentences read only their own mentions, so
  // the cost stays linear in the report's length.
  const bool ordered = std::is_sorted(
      mentions.begin(), mentions.end(),
      [](const geo::PlaceMention& a, const geo::PlaceMention& b) { return a.begin < b.begin; });
  const SpanCover denials(denied);
  for (auto& inc : incidents) {
    const IncidentTriggers triggers(inc.triggers);
    std::vector<PlaceRef> fine, countries, origins;
    for (const auto& ev : inc.evidence) {
      const geo::PlaceMention* previous = nullptr;
      bool attached_before = false;
      bool origin_before = false;
      auto from = mentions.begin();
      if (ordered) {
        from = std::lower_bound(
            mentions.begin(), mentions.end(), ev.begin,
            [](const geo::PlaceMention& m, std::size_t at) { return m.begin < at; });
      }
      for (auto it = from; it != mentions.end(); ++it) {
        const auto& m = *it;
        if (ordered && m.begin >= ev.end) break;
        if (m.begin < ev.begin || m.end > ev.end) continue;
        const geo::PlaceMention* prev = previous;
        previous = &m;
        if (!m.match) continue;
        if (denials.holds(m.begin, m.end)) continue;
        // "(East Azerbaijan)" right after another place qualifies it.
        std::size_t b = m.begin;
        while (b > ev.begin && body[b - 1] == ' ') --b;
        if (b > ev.begin && body[b - 1] == '(' && prev && prev->end + 4 >= b) continue;
        const std::size_t ti = doc.token_of(m.begin);
        if (ti >= t.size()) continue;
        // A demonym ("Armenian forces") names an actor, not a place.
        const SentenceView& v = doc.sentences[sentence_at(doc, ti)];
        if (const ActorMention* a = actor_at(v, ti); a && !a->locative && a->kind != "state")
          continue;
        if (const ActorMention* a = actor_at(v, ti); a && !a->locative && a->kind == "state" &&
                                                     a->last - a->first == 1 &&
                                                     t[ti].key != text::fold(m.text))
          continue;
        const std::size_t from = ti > v.first + 5 ? ti - 5 : v.first;
        // "talks in Geneva" is where people met; "struck a meeting of commanders in Sumy" is
        // what the attack hit.
        const auto venues = lex.cue("venue").find_all(t, from, ti);
        if (!venues.empty() && !triggers.ends_within(t[venues.back().first].begin, kVenueTarget))
          continue;
        // "shelled Osijek from the direction of Tenja and Bijelo Brdo": where the fire came
        // from, not what it hit; used only where nothing else is named.
        const bool coordinated_after =
            ti > v.first && (t[ti - 1].key == "and" || t[ti - 1].key == ",");
        if (fire_origin(lex, t, v.first, ti) || (origin_before && coordinated_after)) {
          origin_before = true;
          origins.push_back(mention_ref(m, "fire-origin:"));
          continue;
        }
        origin_before = false;
        bool locative = false;
        for (std::size_t k = ti; k > v.first && k + 4 > ti; --k) {
          if (auto c = lex.cue("locative").match_at(t, k - 1, ti); c && c->last >= k) {
            locative = true;
            break;
          }
        }
        if (triggers.ends_within(m.begin, 20)) locative = true;
        // "- OSIJEK: between 21:00 and 23:30 hours some 40 rounds fell on the outskirts of the
        // city": an observer's entry headed by its place.
        const std::size_t after_name = doc.token_of(m.end);
        if (ti <= v.first + 1 && after_name < v.last && t[after_name].key == ":") locative = true;
        // "in the Central African capital Bangui": a state's name the actors read as a place.
        if (const ActorMention* a = actor_at(v, ti); a && a->locative) locative = true;
        // "Shushi came under rocket fire", "Martuni was shelled": the subject was hit.
        const auto [after, after_end] = triggers.starting(m.end, m.end + kSubjectGap);
        for (auto trig = after; !locative && trig != after_end; ++trig) {
          if (subject_of(std::string_view(body).substr(m.end, trig->begin - m.end)))
            locative = true;
        }
        // "the bombing of Stepanakert, ..., and Ganja": a place coordinated with one attached.
        if (!locative && attached_before && ti > v.first &&
            (t[ti - 1].key == "and" || t[ti - 1].key == ","))
          locative = true;
        if (!locative) continue;
        (is_country(*m.match) ? countries : fine).push_back(mention_ref(m, "locative:"));
        attached_before = true;
      }
    }
    inc.places = !fine.empty() ? fine : !countries.empty() ? countries : origins;
    if (inc.places.empty() && focus) {
      PlaceRef ref;
      ref.mention = focus->match->place.name;
      ref.place = focus->match->place;
      ref.rule = "document-focus";
      inc.places.push_back(ref);
    }
    if (!inc.places.empty()) inc.provenance["places"] = inc.places.front().rule;
  }
}

}  // namespace truce::extract
