// See sentence_casualties.hpp.
#include "extract/sentence_casualties.hpp"

#include <algorithm>
#include <cmath>

#include "extract/claim_items.hpp"
#include "text/number_parser.hpp"

namespace truce::extract {
namespace {

// How many words an aside between commas may have ("21 civilians, including a child, were
// killed").
constexpr std::size_t kAsideWords = 8;

// How many words may stand between two counts of one list ("4 soldiers of the Indian army and
// 6 civilians").
constexpr std::size_t kListGap = 6;

// The token after an aside that opens at `at` (", including a child,"), else `at`.
std::size_t after_aside(const Document& doc, const SentenceView& v, std::size_t at) {
  const auto& t = doc.tokens;
  if (at + 1 >= v.last || t[at].key != "," || !t[at + 1].is_any({"including", "among", "mostly"}))
    return at;
  for (std::size_t k = at + 2; k < v.last && k < at + kAsideWords; ++k) {
    if (t[k].key == ",") return k + 1;
    if (t[k].kind == text::TokenKind::punct) break;
  }
  return at;
}

}  // namespace

void casualties(const Document& doc, const Lexicons& lex, std::size_t si,
                std::optional<long>& killed, std::optional<long>& wounded,
                std::vector<std::pair<std::size_t, std::size_t>>& used) {
  const SentenceView& v = doc.sentences[si];
  const auto& t = doc.tokens;
  auto person_at = [&](std::size_t i, std::size_t to) -> std::size_t {
    for (std::size_t k = i; k < std::min(to, i + 4); ++k) {
      if (t[k].kind == text::TokenKind::punct) return 0;
      if (auto m = lex.equipment_matcher.match_at(t, k, to)) {
        const auto& e = lex.equipment[static_cast<std::size_t>(m->id)];
        for (const auto& c : e.categories) {
          if (c == "civilians" || c == "personnel") return m->last;
        }
        return 0;
      }
    }
    return 0;
  };
  auto measure_near = [&](std::size_t from, std::size_t to) -> std::string {
    for (std::size_t k = from; k < std::min(to, from + 4); ++k) {
      if (auto m = lex.measure_matcher.match_at(t, k, to)) {
        return lex.measures[static_cast<std::size_t>(m->id)].measure;
      }
    }
    return {};
  };
  auto record = [&](const std::string& measure, long value, std::size_t a, std::size_t b) {
    if (measure == "killed") {
      killed = std::max(killed.value_or(0), value);
    } else if (measure == "wounded") {
      wounded = std::max(wounded.value_or(0), value);
    } else {
      return;
    }
    used.emplace_back(a, b);
  };
  auto measure_ending_at = [&](std::size_t at) -> std::string {
    std::string found;
    for (std::size_t k = at > v.first + 3 ? at - 3 : v.first; k < at; ++k) {
      if (auto m = lex.measure_matcher.match_at(t, k, at); m && m->last == at && found.empty())
        found = lex.measures[static_cast<std::size_t>(m->id)].measure;
    }
    return found;
  };
  // True when a word of a measure ("killed", "wounded") stands in tokens [from, to).
  auto measure_between = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
      if (lex.measure_matcher.match_at(t, k, to)) return true;
    return false;
  };
  auto the_one_person = [&](std::size_t i) -> std::size_t {
    if (!t[i].is_any({"the", "its", "his", "her", "their"}) || i + 1 >= v.last) return 0;
    std::size_t k = i + 1;
    // "its 49-year-old driver": an age glued by hyphens before the noun.
    std::size_t j = k + 1;
    while (j < v.last && t[j].joined) ++j;
    if (j > k + 1 && t[j - 1].key == "old") k = j;
    if (k >= v.last) return 0;
    auto m = lex.equipment_matcher.match_at(t, k, v.last);
    if (!m || m->last != k + 1 || t[k].key.ends_with("s")) return 0;
    const auto& e = lex.equipment[static_cast<std::size_t>(m->id)];
    return e.categories.front() == "civilians" || e.categories.front() == "personnel" ? m->last : 0;
  };
  // Past a name and an aside between commas after a person ("Elshan Mammadov, born in 1978,").
  auto after_name = [&](std::size_t k) {
    while (k < v.last && doc.capitalised(k)) ++k;
    if (k < v.last && t[k].key == ",") {
      for (std::size_t j = k + 1; j < v.last && j < k + kAsideWords; ++j) {
        if (t[j].key == ",") return j + 1;
        if (t[j].kind == text::TokenKind::punct) break;
      }
    }
    return k;
  };
  // True when a word of people stands in the sentence before token `to`.
  auto people_before = [&](std::size_t to) {
    for (std::size_t k = v.first; k < to; ++k) {
      auto m = lex.equipment_matcher.match_at(t, k, to);
      if (m && counts_people(lex.equipment[static_cast<std::size_t>(m->id)].categories.front()))
        return true;
    }
    return false;
  };
  bool seen_person = false;
  std::string last_measure;  // the last figure recorded: its measure, value and end
  long last_value = 0;
  std::size_t last_end = 0;
  long uncounted_value = 0;       // a count no verb governed, as last_value for the last measured
  std::size_t uncounted_end = 0;  // and where it ends (0: none)
  for (std::size_t i = v.first; i < v.last; ++i) {
    auto c = text::parse_count(t, i, text::CountOptions{true, true});
    if (!c) {
      // "the driver died on the spot", "the citizen Elshan Mammadov, born in 1978, died": one
      // person, named by a singular noun after "the".
      if (const std::size_t pend = the_one_person(i); pend) {
        // "killing the driver": the verb just before; "the driver died": the verb after.
        std::string measure = i > v.first ? measure_ending_at(i) : std::string();
        if (measure != "killed" && measure != "wounded")
          measure = measure_near(after_name(pend), v.last);
        if (measure == "killed" || measure == "wounded") record(measure, 1, i, pend);
      }
      continue;
    }
    std::size_t pend = person_at(c->last, v.last);
    // "a bus carrying soldiers": a plural is no count of one.
    if (pend && c->article && plural_people(t[pend - 1])) pend = 0;
    // "killing five of them": the people named before, counted.
    if (!pend && !c->article && !c->vague && c->last + 1 < v.last && t[c->last].key == "of" &&
        t[c->last + 1].is_any({"them", "those"}) && people_before(c->first))
      pend = c->last + 2;
    if (!pend && seen_person && !c->article && c->last < v.last) {
      // "killing two civilians and wounding five others", "19 killed and more than 60
      // injured": a bare figure in a casualty list counts the same people.
      std::size_t k = c->last;
      if (t[k].is_any({"others", "more"})) {
        pend = k + 1;
      } else {
        while (k < v.last && t[k].is_any({"were", "was", "are", "is", "have", "has", "had", "been",
                                          "reportedly"}))
          ++k;
        if (k < v.last && lex.measure_matcher.match_at(t, k, v.last)) pend = c->last;
      }
    }
    if (!pend) continue;
    seen_person = true;
    // The verb right before the figure governs it ("killing 3 civilians and wounding 7");
    // else the verb after ("3 civilians were killed").
    std::string measure = c->first > v.first ? measure_ending_at(c->first) : std::string();
    if (measure != "killed" && measure != "wounded") measure = measure_near(pend, v.last);
    if (measure.empty()) {
      std::size_t k = after_aside(doc, v, pend);
      while (k < v.last && t[k].is_any({"had", "have", "has", "been"})) ++k;
      measure = measure_near(k, v.last);
    }
    long value = std::lround(c->value);
    // "killing at least 11 civilians and one soldier": people listed after the counted ones
    // add to them.
    if (measure.empty() && !last_measure.empty() && c->first == last_end + 1 &&
        t[last_end].key == "and") {
      measure = last_measure;
      value += last_value;
    }
    // "4 soldiers of the Indian army and 6 civilians were martyred": people listed before the
    // verb that counts the last of them add to them. Only the dead: summing lists of the
    // wounded lowered the frozen set's injuries (two incidents, session 15; misses unread).
    if (measure == "killed" && uncounted_end != 0 && c->first > v.first &&
        t[c->first - 1].key == "and" && c->first <= uncounted_end + kListGap &&
        !measure_between(uncounted_end, c->first)) {
      value += uncounted_value;
      uncounted_end = 0;
    }
    if (!measure.empty()) {
      record(measure, value, c->first, pend);
      last_measure = measure;
      last_value = value;
      last_end = pend;
    } else if (!c->vague) {
      uncounted_value = std::lround(c->value);
      uncounted_end = pend;
    }
    i = pend - 1;
  }
}

// How far after a count the party of the soldiers it counts may be named.
constexpr std::size_t kSoldiersReach = 5;

std::string soldiers_side(const Document& doc, std::size_t si) {
  const SentenceView& v = doc.sentences[si];
  const auto& t = doc.tokens;
  for (std::size_t i = v.first; i < v.last; ++i) {
    const auto c = text::parse_count(t, i, text::CountOptions{true, true});
    if (!c) continue;
    // "two Turkish soldiers", "2 servicemen of the Azerbaijan Army", "a Karabakh serviceman"
    const std::size_t to = std::min(v.last, c->last + kSoldiersReach);
    for (const auto& a : v.actors) {
      if (a.first < c->last || a.first >= to || a.side.empty() || a.locative ||
          a.side == "civilians" || a.side == "media")
        continue;
      const std::size_t end = std::min(v.last, std::max(to, a.last + 1));
      if (!cues_in(*doc.lex, doc, "fighter_object", c->last, end).empty()) return a.side;
    }
  }
  return {};
}

}  // namespace truce::extract
