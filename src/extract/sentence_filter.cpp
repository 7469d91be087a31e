// The sentence-level negative rules: what makes a whole sentence background (history, an old
// day, a recap), calm, a mutual accusation, a question or too short to be an incident.
#include <cstdlib>

#include "extract/filters.hpp"
#include "text/date_resolver.hpp"

namespace truce::extract {

// The year the report was published; 0 when its date is unknown.
int publication_year(const Document& doc) {
  if (auto d = text::parse_iso_date(doc.report->published.iso)) return d->year;
  return 0;
}

namespace {

// "1990s", "in 1994", "since 1994": a time well before publication.
// A day named in the sentence a season or more before publication ("the war was triggered by
// the attack of October 7, 2023"): background, not news.
constexpr int kHistoryDays = 90;
constexpr int kDaysPerMonth = 30;
// How many months before the report's a month named alone is background.
constexpr int kOldMonths = 2;

// How far back from a date a relative pronoun may open the clause it dates.
constexpr std::size_t kRelativeReach = 12;

// "Bakhmut, which Wagner claimed to have captured in May": the date of a relative clause dates
// that clause only, not the sentence's news.
bool in_relative_clause_before(const std::vector<text::Token>& t, std::size_t first,
                               std::size_t at) {
  for (std::size_t k = at; k > first && k + kRelativeReach > at; --k) {
    if (t[k - 1].is_any({"which", "who", "whom", "whose"})) return true;
  }
  return false;
}

bool names_an_old_day(const Document& doc, const SentenceView& v) {
  const auto pub = text::parse_iso_date(doc.report->published.iso);
  if (!pub) return false;
  const std::string cutoff = pub->plus(-kHistoryDays).iso();
  const auto& t = doc.tokens;
  for (const auto& d : v.dates) {
    // "since 24 February 2022", "from 24.02.2022 to ...": the start of a running count.
    const bool start = d.first > v.first && t[d.first - 1].is_any({"since", "from", "between"});
    if (!start && d.end.iso() < cutoff) return true;
    // "The dispute turned deadly in May" in a July report: a month named alone, two or more
    // before the report's own, is background; last month's may still be the story.
    if (!start && d.rule == "month" &&
        (pub->year * 12 + pub->month) - (d.end.year * 12 + d.end.month) >= kOldMonths &&
        !in_relative_clause_before(t, v.first, d.first))
      return true;
  }
  // "in October last year", "two years ago": a day the date reader leaves unresolved, but old;
  // "since last year" starts a running count.
  for (std::size_t i = v.first + 1; i + 1 < v.last; ++i) {
    const bool last_year = t[i].key == "last" && t[i + 1].key == "year";
    const bool ago = t[i].is_any({"year", "years"}) && t[i + 1].key == "ago";
    if ((last_year || ago) && !t[i - 1].is_any({"since", "from"})) return true;
    // "Earlier this year, Azerbaijani forces shelled Tavush" in an October report: months ago.
    const bool earlier_this_year = t[i - 1].key == "earlier" &&
                                   ((t[i].key == "this" && t[i + 1].key == "year") ||
                                    (t[i].key == "in" && i + 2 < v.last && t[i + 2].key == "year"));
    if (earlier_this_year && pub->month * kDaysPerMonth > kHistoryDays) return true;
  }
  return false;
}

// "has fought for more than 15 years", "for two decades": a span of years is background.
bool spans_years(const std::vector<text::Token>& t, std::size_t first, std::size_t i) {
  if (!t[i].is_any({"years", "decades"}) || i < first + 2) return false;
  const auto& count = t[i - 1];
  const bool counted = count.kind == text::TokenKind::number ||
                       count.is_any({"two", "three", "four", "five", "six", "seven", "eight",
                                     "nine", "ten", "many", "several", "fifteen", "twenty"});
  if (!counted) return false;
  for (std::size_t k = i - 2; k + 4 >= i && k >= first; --k) {
    if (t[k].is_any({"for"})) return true;
    if (!t[k].is_any(
            {"more", "than", "over", "nearly", "almost", "about", "some", "the", "past", "last"}))
      return false;
    if (k == first) break;
  }
  return false;
}

// How far an aside set off by commas may reach around a year ("the village of Talish,
// evacuated in 2016, was again shelled").
constexpr std::size_t kAsideWords = 6;

// True when token `i` lies in an aside set off by commas that a participle or a relative
// pronoun opens: the year there describes a place or a person, it does not date the sentence.
bool in_aside(const Document& doc, const SentenceView& v, std::size_t i) {
  const auto& t = doc.tokens;
  std::size_t open = 0;
  for (std::size_t k = i; k > v.first && k + kAsideWords > i; --k) {
    if (t[k - 1].key == ",") {
      open = k;
      break;
    }
  }
  if (open == 0 || open >= i) return false;
  const bool opens_aside =
      t[open].key.ends_with("ed") || t[open].is_any({"which", "who", "where", "once", "built"});
  if (!opens_aside) return false;
  for (std::size_t k = i + 1; k < std::min(v.last, i + 3); ++k) {
    if (t[k].key == ",") return true;
  }
  return false;
}

bool mentions_history(const Document& doc, const SentenceView& v) {
  const int year = publication_year(doc);
  const auto& t = doc.tokens;
  for (std::size_t i = v.first; i < v.last; ++i) {
    const std::string& k = t[i].key;
    if (spans_years(t, v.first, i)) return true;
    if (k.size() == 5 && k.back() == 's' && std::isdigit(static_cast<unsigned char>(k[0])) &&
        std::isdigit(static_cast<unsigned char>(k[3]))) {
      const int decade = std::atoi(k.substr(0, 4).c_str());
      if (year == 0 || decade + 10 < year) return true;
    }
    if (t[i].kind == text::TokenKind::number && k.size() == 4 && t[i].value >= 1900 &&
        t[i].value <= 2100 && i > v.first) {
      const std::string& before = t[i - 1].key;
      if ((before == "in" || before == "since" || before == "until" || before == "of" ||
           before == "between") &&
          year != 0 && static_cast<int>(t[i].value) < year - 1 && !in_aside(doc, v, i))
        return true;
    }
  }
  return false;
}

}  // namespace

std::string sentence_filter(const Document& doc, const Lexicons& lex, std::size_t si) {
  const SentenceView& v = doc.sentences[si];
  if (!v.sentence.terminal) return "headline-or-caption";
  if (v.sentence.question) return "question";
  std::size_t words = 0;
  for (std::size_t i = v.first; i < v.last; ++i) {
    if (doc.tokens[i].kind != text::TokenKind::punct) ++words;
  }
  if (words < 5) return "too-short";
  if (!cues_in(lex, doc, "calm", v.first, v.last).empty()) return "calm";
  if (!cues_in(lex, doc, "mutual", v.first, v.last).empty()) return "mutual-accusation";
  if (!cues_in(lex, doc, "history", v.first, v.last).empty()) return "history";
  if (mentions_history(doc, v)) return "history";
  if (!cues_in(lex, doc, "recap", v.first, v.last).empty()) return "recap";
  // Background for incidents only: an old agreement's day or an old toll is still news.
  if (names_an_old_day(doc, v)) return "old-day";
  return {};
}

}  // namespace truce::extract
