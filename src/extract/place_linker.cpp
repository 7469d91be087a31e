// Place linking by locative context; see place_linker.hpp.
#include "extract/place_linker.hpp"

#include <algorithm>
#include <map>

#include "text/fold.hpp"

namespace truce::extract {
namespace {

std::size_t token_at(const Document& doc, std::size_t byte) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), byte,
                             [](const text::Token& t, std::size_t b) { return t.end <= b; });
  return static_cast<std::size_t>(it - doc.tokens.begin());
}

bool is_country(const geo::PlaceMatch& m) {
  return m.place.feature_class == 'A' && m.place.feature_code.starts_with("PCL");
}

// Bytes between a place and a trigger it is the subject of: " was", " has been", " were".
constexpr std::size_t kSubjectGap = 12;

// True when `gap` holds only spaces and auxiliaries: the place is the trigger's subject.
bool subject_of(std::string_view gap) {
  std::size_t i = 0;
  while (i < gap.size()) {
    while (i < gap.size() && gap[i] == ' ') ++i;
    std::size_t j = i;
    while (j < gap.size() && gap[j] != ' ') ++j;
    const std::string_view w = gap.substr(i, j - i);
    if (!w.empty() && w != "was" && w != "were" && w != "has" && w != "had" && w != "been" &&
        w != "is")
      return false;
    i = j;
  }
  return true;
}

}  // namespace

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
  for (auto& inc : incidents) {
    std::vector<PlaceRef> fine, countries;
    for (const auto& ev : inc.evidence) {
      const geo::PlaceMention* previous = nullptr;
      bool attached_before = false;
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
        bool in_denial = false;
        for (const auto& d : denied)
          in_denial = in_denial || (m.begin >= d.begin && m.end <= d.end);
        if (in_denial) continue;
        // "(East Azerbaijan)" right after another place qualifies it.
        std::size_t b = m.begin;
        while (b > ev.begin && body[b - 1] == ' ') --b;
        if (b > ev.begin && body[b - 1] == '(' && prev && prev->end + 4 >= b) continue;
        const std::size_t ti = token_at(doc, m.begin);
        if (ti >= t.size()) continue;
        // A demonym ("Armenian forces") names an actor, not a place.
        std::size_t si = 0;
        while (si + 1 < doc.sentences.size() && doc.sentences[si].last <= ti) ++si;
        const SentenceView& v = doc.sentences[si];
        if (const ActorMention* a = actor_at(v, ti); a && !a->locative && a->kind != "state")
          continue;
        if (const ActorMention* a = actor_at(v, ti); a && !a->locative && a->kind == "state" &&
                                                     a->last - a->first == 1 &&
                                                     t[ti].key != text::fold(m.text))
          continue;
        const std::size_t from = ti > v.first + 5 ? ti - 5 : v.first;
        if (!lex.cue("venue").find_all(t, from, ti).empty()) continue;
        bool locative = false;
        for (std::size_t k = ti; k > v.first && k + 4 > ti; --k) {
          if (auto c = lex.cue("locative").match_at(t, k - 1, ti); c && c->last >= k) {
            locative = true;
            break;
          }
        }
        for (const auto& trig : inc.triggers) {
          if (m.begin >= trig.end && m.begin <= trig.end + 20) locative = true;
          // "Shushi came under rocket fire", "Martuni was shelled": the subject was hit.
          if (trig.begin >= m.end && trig.begin <= m.end + kSubjectGap &&
              subject_of(std::string_view(body).substr(m.end, trig.begin - m.end)))
            locative = true;
        }
        // "the bombing of Stepanakert, ..., and Ganja": a place coordinated with one attached.
        if (!locative && attached_before && ti > v.first &&
            (t[ti - 1].key == "and" || t[ti - 1].key == ","))
          locative = true;
        if (!locative) continue;
        PlaceRef ref;
        ref.span = {m.begin, m.end};
        ref.mention = m.text;
        ref.place = m.match->place;
        ref.rule = "locative:" + m.rule;
        (is_country(*m.match) ? countries : fine).push_back(ref);
        attached_before = true;
      }
    }
    inc.places = fine.empty() ? countries : fine;
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
