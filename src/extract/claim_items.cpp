// Counted items of a loss claim: a count and the equipment or people it counts.
#include <algorithm>

#include "extract/claim_items.hpp"
#include "text/date_resolver.hpp"

namespace truce::extract {

bool counts_people(const std::string& c) { return c == "personnel" || c == "civilians"; }

bool plural_people(const text::Token& w) {
  const std::string& k = w.key;
  return w.is_any(
             {"people", "men", "women", "children", "militiamen", "policemen", "servicemen"}) ||
         (k.size() > 3 && k.ends_with("s") && !k.ends_with("ss") && !k.ends_with("us"));
}

// True for a mention of a fighting force: an army, an armed group or "the enemy".
bool fighting_force(const ActorMention* a) {
  return a && (a->kind == "military" || a->kind == "armed_group" || a->kind == "enemy");
}

// How many words around "losses" may name whose losses they are.
constexpr std::size_t kLossesOwnerReach = 4;

std::vector<std::pair<std::size_t, std::size_t>> losses_windows(const Document& doc,
                                                                const SentenceView& v,
                                                                std::size_t first) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t k = v.first; k < first; ++k) {
    if (!doc.tokens[k].is_any({"losses", "loss", "casualties"})) continue;
    out.emplace_back(k > v.first + kLossesOwnerReach ? k - kLossesOwnerReach : v.first,
                     std::min(first, k + kLossesOwnerReach + 1));
  }
  return out;
}

// How many words "leaving" may stand before the count ("leaving at least 12"), and the retreat
// before "leaving" ("retreated in disorder, leaving").
constexpr std::size_t kLeavingReach = 3;
constexpr std::size_t kRetreatReach = 4;

const ActorMention* retreated_leaving(const Document& doc, const Lexicons& lex, std::size_t si,
                                      std::size_t first) {
  const auto& t = doc.tokens;
  const SentenceView& v = doc.sentences[si];
  std::size_t leaving = first;
  while (leaving > v.first && leaving + kLeavingReach > first &&
         !t[leaving - 1].is_any({"leaving", "left"}))
    --leaving;
  if (leaving == v.first || !t[leaving - 1].is_any({"leaving", "left"})) return nullptr;
  --leaving;
  // "The enemy left on the terrain 37 dead": a force that left its dead behind, as its verb.
  if (t[leaving].key == "left") {
    for (const auto& a : v.actors) {
      if (a.last == leaving && !a.locative && fighting_force(&a)) return &a;
    }
  }
  for (std::size_t end = leaving; end > v.first && end + kRetreatReach > leaving; --end) {
    if (!cue_ends_at(lex, doc, "retreat_word", v.first, end)) continue;
    const ActorMention* subject = nullptr;
    for (const auto& a : v.actors) {
      if (a.last < end && !a.locative) subject = &a;
    }
    const bool force = fighting_force(subject);
    return force ? subject : nullptr;
  }
  return nullptr;
}

namespace {

constexpr std::size_t kListReach = 8;

// The list item a bare figure continues: the last one but "a village" of a place's apposition
// ("killed in Haris, a village in the Bint Jbeil district, and four more"). `items` is not empty.
const ClaimItem* counted_before(const std::vector<ClaimItem>& items) {
  for (auto it = items.rbegin(); it != items.rend(); ++it) {
    const bool apposition =
        it->article && it->categories.size() == 1 && it->categories.front() == "settlements";
    if (!apposition) return &*it;
  }
  return &items.back();
}

// Where the list item `prev` ends for the reach of the figure at `next` that continues it: after
// the measure that closes it, however long ("58 members of the Armed Force fell in the
// fulfillment of their duty and 169 resulted wounded").
std::size_t list_end(const std::vector<MeasureHit>& measures, const ClaimItem& prev,
                     std::size_t next) {
  std::size_t end = prev.last;
  for (const auto& m : measures)
    if (m.first >= prev.last && m.last <= next && m.last > end) end = m.last;
  return end;
}

// "one member of the security forces", "three members of a TV crew": members count as what
// their group is. A fighting force or a soldierly word after "of" makes them personnel, any
// other group civilians.
std::vector<std::string> member_category(const Document& doc, const Lexicons& lex, std::size_t si,
                                         std::size_t after) {
  const auto& t = doc.tokens;
  const SentenceView& v = doc.sentences[si];
  if (after >= v.last || !t[after].is_any({"of"})) return {"personnel"};
  std::size_t end = after + 1;
  while (end < std::min(v.last, after + 6) && t[end].kind != text::TokenKind::punct) ++end;
  if (!cues_in(lex, doc, "civilian_group", after + 1, end).empty()) return {"civilians"};
  if (!cues_in(lex, doc, "personnel_word", after + 1, end).empty()) return {"personnel"};
  for (std::size_t k = after + 1; k < end; ++k) {
    if (const ActorMention* a = actor_at(v, k);
        a && (a->kind == "military" || a->kind == "armed_group"))
      return {"personnel"};
  }
  return {"civilians"};
}

// "the losses of Russian army are 74 killed, 171 wounded": bare figures after the losses of a
// fighting force (or of "the enemy") count its soldiers; "civilian losses" count civilians.
bool military_losses_before(const Document& doc, const Lexicons& lex, std::size_t si,
                            std::size_t first) {
  const SentenceView& v = doc.sentences[si];
  for (const auto& [from, to] : losses_windows(doc, v, first)) {
    bool military = false;
    for (std::size_t j = from; j < to; ++j) {
      if (word_of(lex, doc, "civilian_object", j)) return false;
      if (word_of(lex, doc, "personnel_word", j)) military = true;
      if (const ActorMention* a = actor_at(v, j); fighting_force(a)) military = true;
    }
    if (military) return true;
  }
  return false;
}

// How far before a count of people a party's side or its verb of losing may stand.
constexpr std::size_t kSideLossReach = 6;

// "Azerbaijani forces had lost more than 300 men", "the Azerbaijani side lost in the battles up
// to 200 persons", "On the Georgian side there are 12 killed": the people a party's forces or
// side lost are its personnel, unless the words call them civilians.
bool side_losses(const Document& doc, const Lexicons& lex, std::size_t si, std::size_t first) {
  const auto& t = doc.tokens;
  const SentenceView& v = doc.sentences[si];
  const std::size_t from = first > v.first + kSideLossReach ? first - kSideLossReach : v.first;
  auto armed_or_side = [&](std::size_t k) {
    if (t[k].is_any({"side", "sides"})) return k > v.first && actor_at(v, k - 1) != nullptr;
    if (t[k].is_any({"forces", "troops", "units", "formations"})) return true;
    const ActorMention* a = actor_at(v, k);
    return fighting_force(a);
  };
  for (std::size_t k = first; k-- > from;) {
    if (t[k].is_any({".", ";"}) || word_of(lex, doc, "civilian_object", k)) return false;
    // "on the Georgian side": the side where the count fell, not "the Armenian side struck".
    if (t[k].is_any({"side", "sides"}))
      return armed_or_side(k) && k >= v.first + 3 && t[k - 3].is_any({"on", "among", "from"});
    // "Our heroic forces offered 18 martyrs": translated Arabic communiques' word for losing.
    if (!t[k].is_any({"lost", "lose", "loses", "losing", "offered", "sacrificed"})) continue;
    for (std::size_t j = k; j-- > v.first && j + kSideLossReach > k;) {
      if (t[j].is_any({".", ";", ","})) break;
      if (armed_or_side(j)) return true;
    }
    return false;
  }
  return false;
}

// How many sentences back a count "among those killed" details may stand.
constexpr std::size_t kCountBackSentences = 3;

// True when a figure above one stands in the few sentences before `v`.
bool count_told_before(const Document& doc, const SentenceView& v) {
  const auto si = static_cast<std::size_t>(&v - doc.sentences.data());
  for (std::size_t b = si; b > 0 && b + kCountBackSentences > si; --b) {
    const SentenceView& before = doc.sentences[b - 1];
    for (std::size_t k = before.first; k < before.last; ++k) {
      const auto c = text::parse_count(doc.tokens, k, text::CountOptions{});
      if (c && !c->vague && c->value > 1) return true;
    }
  }
  return false;
}

// True when the count at token `first` is a detail of a count already made: "among
// them a woman", "including the 13 killed in Ganja".
bool subset_of_a_count(const Document& doc, const SentenceView& v, std::size_t first) {
  const auto& t = doc.tokens;
  // A figure among them ("among them 11 children") is still a count of its own; a single
  // person ("among them a woman") is a detail.
  if (first >= v.first + 2 && t[first - 2].is_any({"among", "of"}) &&
      t[first - 1].is_any({"them", "whom"}) && t[first].is_any({"a", "an", "one"}))
    return true;
  // "... killing 21 civilians. Among those killed was a volunteer": one person of a count told
  // a few sentences before is a detail too; where no count came before ("Among the dead was a
  // Lebanese soldier"), that one is the count.
  if (first >= v.first + 3 && t[first - 1].is_any({"was", "were"}) &&
      t[first].is_any({"a", "an", "one"}) && count_told_before(doc, v)) {
    for (std::size_t k = first - 1; k > v.first && k + 5 > first; --k)
      if (t[k - 1].key == "among") return true;
  }
  // "four wounded, one of them a rescuer": one of the count before.
  if (first + 2 < v.last && t[first].key == "one" && t[first + 1].key == "of" &&
      t[first + 2].is_any({"them", "whom"}))
    return true;
  return first >= v.first + 2 && t[first - 2].key == "including" && t[first - 1].key == "the";
}

// The categories of the people "them" stands for in "killing 26 of them": the last word of
// people (equipment.tsv, personnel or civilians) before `before` in the sentence.
std::vector<std::string> antecedent_category(const Document& doc, const Lexicons& lex,
                                             const SentenceView& v, std::size_t before) {
  std::vector<std::string> found;
  for (const auto& m : lex.equipment_matcher.find_all(doc.tokens, v.first, before)) {
    const auto& e = lex.equipment[static_cast<std::size_t>(m.id)];
    if (counts_people(e.categories.front())) found = e.categories;
  }
  return found;
}

}  // namespace

std::string normalise_measure(std::string measure, const std::string& category) {
  if (measure == "toll") return "killed";
  if (measure == "injury_toll") return "wounded";
  if (measure == "losses") return counts_people(category) ? "killed" : "destroyed";
  if (!counts_people(category) && category != "settlements" &&
      (measure == "killed" || measure == "wounded"))
    return "destroyed";
  if (counts_people(category) && measure == "destroyed") return "killed";
  return measure;
}

// How many of tokens [from, to) are glued to the one before by a hyphen ("63-year-old").
std::size_t glued_between(const std::vector<text::Token>& t, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t k = from; k < to; ++k) n += t[k].joined ? 1 : 0;
  return n;
}

// "the 61-year-old resident": one person, named by a singular noun of people after "the" and
// an age glued by hyphens (without the age, "the soldier" is mostly one counted before).
bool one_person_at(const Document& doc, const Lexicons& lex, const SentenceView& v, std::size_t k) {
  const auto& t = doc.tokens;
  if (k + 2 >= v.last || t[k].kind != text::TokenKind::number || !t[k + 1].joined ||
      !t[k + 1].is_any({"year", "years"}) || !t[k + 2].joined || t[k + 2].key != "old")
    return false;
  k += 3;
  const auto m = k < v.last ? lex.equipment_matcher.match_at(t, k, v.last) : std::nullopt;
  if (!m || m->last != k + 1 || t[k].key.ends_with("s")) return false;
  const auto& e = lex.equipment[static_cast<std::size_t>(m->id)];
  return e.categories.front() == "civilians" || e.categories.front() == "personnel";
}

// "The enemy lost 1,170 persons, 5 tanks, 11 armoured vehicles": people listed before materiel
// in one tally are the losing party's servicemen, though "persons" alone counts civilians.
void people_in_a_tally(const Document& doc, std::vector<ClaimItem>& items) {
  const auto& t = doc.tokens;
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    ClaimItem& people = items[i];
    const ClaimItem& next = items[i + 1];
    if (people.categories != std::vector<std::string>{"civilians"} || next.categories.empty() ||
        counts_people(next.categories.front()) || next.categories.front() == "settlements")
      continue;
    if (next.first != people.last + 1 || t[people.last].key != ",") continue;
    if (!t[people.last - 1].is_any({"persons", "people", "men"})) continue;
    people.categories = {"personnel"};
    people.source += "+tally";
  }
}

namespace {

// How many words may stand between a possessive and the relative it names ("her 10-year-old
// son", "his teenage daughter").
constexpr std::size_t kRelativeReach = 4;

// The end of "her son", "his 10-years old daughter" (a word of cue class relative after a
// possessive) at token `at`, else 0.
std::size_t relative_at(const Document& doc, const Lexicons& lex, const SentenceView& v,
                        std::size_t at) {
  const auto& t = doc.tokens;
  if (at >= v.last || !t[at].is_any({"her", "his", "their"})) return 0;
  for (std::size_t k = at + 1; k < std::min(v.last, at + 1 + kRelativeReach); ++k) {
    if (t[k].kind == text::TokenKind::punct && !t[k].joined) return 0;
    if (t[k].key == "and") return 0;
    if (auto m = lex.cue("relative").match_at(t, k, v.last)) return m->last;
  }
  return 0;
}

// How far after a count the comma that opens its breakdown may stand ("All five members of the
// Mission on board, four Italian officers and ...").
constexpr std::size_t kBreakdownReach = 8;

// "All five members of the Mission on board, four Italian officers and one French officer, were
// killed": counts of people of one kind set off by a comma after a count of people, listed by
// "and" and summing to it, tell who they were; they are no counts of their own.
void drop_appositive_breakdowns(const Document& doc, std::vector<ClaimItem>& items) {
  const auto& t = doc.tokens;
  auto people = [](const ClaimItem& x) {
    return x.categories.size() == 1 && counts_people(x.categories.front());
  };
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    const ClaimItem& whole = items[i];
    if (!people(whole)) continue;
    std::size_t comma = whole.last;
    while (comma < items[i + 1].first && t[comma].key != ",") ++comma;
    if (comma == items[i + 1].first || comma > whole.last + kBreakdownReach ||
        comma + 1 != items[i + 1].first)
      continue;
    double sum = 0;
    std::size_t j = i + 1;
    // "13 Cambodians, eight civilians and five soldiers": a breakdown by kind says what the
    // count alone does not, and stays.
    for (; j < items.size() && people(items[j]) && items[j].categories == items[i + 1].categories;
         ++j) {
      if (j > i + 1 && !t[items[j - 1].last].is_any({"and", ","})) break;
      sum += items[j].value;
      if (sum >= whole.value) break;
    }
    // Two counts at least, or two joined ("five civilians, two women and three children"): "five
    // members, four of them officers" is one count and its detail.
    const bool listed = j > i + 1 || items[j].source.ends_with("+rule:coordinated");
    if (j >= items.size() || !listed || sum != whole.value) continue;
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(i + 1),
                items.begin() + static_cast<std::ptrdiff_t>(j + 1));
  }
}

// "a man and two children were wounded", "a woman and her 10-years old son": civilians joined
// by "and" are one count, as the answer keys count them; people of two kinds ("8 civilians and
// 5 soldiers") stay apart, and so do soldiers and policemen (below).
void join_coordinated_people(const Document& doc, const Lexicons& lex, const SentenceView& v,
                             std::vector<ClaimItem>& items) {
  const auto& t = doc.tokens;
  std::vector<ClaimItem> joined;
  for (auto& it : items) {
    if (!joined.empty()) {
      ClaimItem& prev = joined.back();
      // Soldiers and policemen may be two sides' or two forces' losses, which the keys keep
      // apart ("nine soldiers and three policemen"); civilians are one count.
      const bool people = prev.categories.size() == 1 && it.categories == prev.categories &&
                          prev.categories.front() == "civilians";
      // "232 martyrs including 65 children and 39 women": a breakdown of a count, no count.
      const bool breakdown = prev.first > v.first + 1 &&
                             (t[prev.first - 1].is_any({"including", "among", "them", "whom"}) ||
                              t[prev.first - 2].is_any({"including", "among"}));
      const bool adjacent = prev.last + 1 == it.first && t[prev.last].key == "and";
      const bool own_count = it.source != "rule:list-inherit" && it.source != "rule:another";
      // "20 bodies and four people with serious injuries": a noun that is its own measure
      // counts apart.
      auto measured = [&](const ClaimItem& x) {
        for (std::size_t k = x.first; k < x.last; ++k)
          if (lex.measure_matcher.match_at(t, k, x.last)) return true;
        return false;
      };
      if (measured(prev) || measured(it)) {
        joined.push_back(std::move(it));
        continue;
      }
      // "21 civilians, including 13 children and a pregnant woman": the one after a
      // breakdown is part of it too.
      if (people && adjacent && own_count && breakdown && it.article) continue;
      if (people && adjacent && own_count && !breakdown) {
        prev.value += it.value;
        prev.last = it.last;
        prev.article = false;
        if (prev.qualifier == text::Qualifier::exact) prev.qualifier = it.qualifier;
        prev.source += "+rule:coordinated";
        continue;
      }
    }
    joined.push_back(std::move(it));
  }
  for (auto& it : joined) {
    if (it.categories.size() != 1 || !counts_people(it.categories.front())) continue;
    if (it.last + 1 >= v.last || t[it.last].key != "and") continue;
    if (const std::size_t end = relative_at(doc, lex, v, it.last + 1)) {
      it.value += 1;
      it.last = end;
      it.article = false;
      it.source += "+rule:relative";
    }
  }
  items = std::move(joined);
}

}  // namespace

std::vector<ClaimItem> find_items(const Document& doc, const Lexicons& lex, std::size_t si,
                                  const std::vector<MeasureHit>& measures) {
  const auto& t = doc.tokens;
  const SentenceView& v = doc.sentences[si];
  std::vector<ClaimItem> items;
  for (std::size_t i = v.first; i < v.last; ++i) {
    bool in_date = false;
    for (const auto& d : v.dates) {
      if (i >= d.first && i < d.last) in_date = true;
    }
    if (in_date) continue;
    ClaimItem item;
    auto c = text::parse_count(t, i, text::CountOptions{true, true});
    std::size_t scan = 0;
    // "multiple rocket launchers": a vague word that opens an equipment name is no count.
    if (c && c->vague && lex.equipment_matcher.match_at(t, c->number_first, v.last)) c.reset();
    // "No one was hurt": a denial of any loss, not a count of one. "a resident born 1961": a year
    // of birth, not a count.
    if (c && c->number_first > v.first && t[c->number_first - 1].is_any({"no", "born"})) c.reset();
    // "during the last 48 hours 160 tanks": a figure of time counts nothing.
    if (c && c->last < v.last && lex.cue("time_unit").match_at(t, c->last, v.last)) c.reset();
    // "at about 19:00 a Kosovo Serb man": the minutes of a clock time count no one.
    if (c && c->number_first > v.first + 1 && t[c->number_first - 1].key == ":" &&
        t[c->number_first - 2].kind == text::TokenKind::number)
      c.reset();
    // "A second Chinese peacekeeper died": an ordinal tells which one, it counts nobody anew.
    if (c && c->article && c->number_first + 1 < v.last &&
        t[c->number_first + 1].is_any({"second", "third", "fourth", "fifth", "further"}))
      c.reset();
    // "a five-day assault", "a 24-hour truce": a figure glued by a hyphen to a word that is no
    // counted thing is an adjective of time or size, not a count.
    if (c && !c->article && c->last < v.last && t[c->last].joined &&
        !lex.equipment_matcher.match_at(t, c->last, v.last))
      c.reset();
    if (c) {
      item.first = c->first;
      item.count_first = c->number_first;
      item.value = c->value;
      item.qualifier = c->qualifier;
      scan = c->last;
    } else if (t[i].is_any({"the"})) {
      // "the S-300 system": one named system.
      auto m = i + 1 < v.last ? std::optional<PhraseMatch>() : std::nullopt;
      for (std::size_t k = i + 1; k < std::min(v.last, i + 4) && !m; ++k) {
        if (auto e = lex.equipment_matcher.match_at(t, k, v.last)) {
          if (!lex.equipment[static_cast<std::size_t>(e->id)].system.empty()) m = e;
          break;
        }
      }
      if (!m && !one_person_at(doc, lex, v, i + 1)) continue;
      item.first = i;
      item.count_first = i;
      item.value = 1;
      scan = i + 1;
    } else {
      continue;
    }
    // "two of them Russian citizens", "among them a woman", "including the 13 killed in Ganja":
    // a part of a count already made, or one told before, is no count of its own.
    if (subset_of_a_count(doc, v, item.first)) continue;
    // "Russia launched 40 drones ... and 34 of them were shot down": a part of the count
    // before, of its kind.
    // Not "two of them in serious condition": a detail of the count, no count of its own.
    const bool part_verb =
        scan + 2 < v.last &&
        (t[scan + 2].is_any({"were", "was", "had", "have", "are"}) ||
         (t[scan + 2].key != "in" && lex.measure_matcher.match_at(t, scan + 2, v.last)));
    if (c && !c->article && !c->vague && !items.empty() && part_verb && t[scan].key == "of" &&
        t[scan + 1].is_any({"them", "these", "those"})) {
      item.categories = items.back().categories;
      item.system.clear();
      item.source = "rule:partitive";
      item.last = scan + 2;
      items.push_back(item);
      i = item.last - 1;
      continue;
    }
    // "including the S-300": a detail of the item before, not an item.
    bool including = false;
    for (std::size_t k = item.first; k > v.first && k + 3 > item.first; --k) {
      if (t[k - 1].is_any({"including"})) including = true;
    }
    // The category: the first equipment phrase within a few words.
    std::size_t end = 0;
    std::size_t noun_end = 0;  // end of the first equipment phrase, before a generic word
    for (std::size_t k = scan; k < std::min(v.last, scan + 5); ++k) {
      // '4 "S-300" launchers': a system's name in quotation marks is still the item's.
      if (t[k].key == "\"") continue;
      // "two killed and four wounded when Pakistani troops shelled": a figure whose measure
      // closes it is counted; the noun of the next clause is not its noun.
      if (const auto mm = lex.measure_matcher.match_at(t, k, v.last);
          mm && mm->last < v.last && !lex.equipment_matcher.match_at(t, k, v.last) &&
          t[mm->last].is_any({"when", "as", "after", "while", "during", "by", "in", ","}))
        break;
      if (t[k].kind == text::TokenKind::punct) break;
      if (t[k].is_any({"and", "or"}) && k > scan) break;
      if (auto m = lex.equipment_matcher.match_at(t, k, v.last)) {
        // "a Lebanese soldier": a demonym before a noun is its adjective, not the people.
        if (m->last < v.last && cue_ends_at(lex, doc, "demonym", m->first, m->last) &&
            lex.equipment_matcher.match_at(t, m->last, v.last))
          continue;
        const auto& e = lex.equipment[static_cast<std::size_t>(m->id)];
        // "a civilian car", "civilian buildings": a people word before what was hit is its
        // adjective.
        if (counts_people(e.categories.front()) && m->last < v.last &&
            lex.cue("facility").match_at(t, m->last, v.last))
          break;
        // "an ELN guerrilla offensive", "a rebel attack": one person's word before an event
        // noun is its adjective.
        if (c && c->article && counts_people(e.categories.front()) && m->last < v.last &&
            !t[m->last].key.ends_with("ed") && lex.pattern_matcher.match_at(t, m->last, v.last))
          break;
        // "a bus carrying soldiers": a plural is no count of one.
        if (c && c->article && counts_people(e.categories.front()) && plural_people(t[m->last - 1]))
          break;
        // "a terrorist group", "a rebel movement": the people's word names the kind of group.
        if (c && c->article && counts_people(e.categories.front()) && m->last < v.last &&
            t[m->last].is_any({"group", "groups", "organisation", "organization", "movement",
                               "network", "cell", "faction", "outfit"}))
          break;
        if (!e.system.empty()) item.system = e.system;
        item.categories = e.categories;
        item.source = e.source;
        end = m->last;
        noun_end = m->last;
        if (m->last == m->first + 1 && word_of(lex, doc, "group_member", m->first)) {
          item.categories = member_category(doc, lex, si, m->last);
          item.source += " (group member)";
        }
        if (item.categories == std::vector<std::string>{"civilians"} &&
            !word_of(lex, doc, "civilian_object", m->first) &&
            side_losses(doc, lex, si, item.first)) {
          item.categories = {"personnel"};
          item.source += " (a side's losses)";
        }
        // "S-300 air defense system", '"S-300" launchers': a generic word after the system ends
        // the item; the system says what it is ("S-300 launchers" are air defence).
        if (!e.system.empty()) {
          for (std::size_t q = end; q < std::min(v.last, end + 4); ++q) {
            if (t[q].key == "\"") continue;
            if (t[q].kind == text::TokenKind::punct) break;  // "1 Tor system, 2 D-20 guns"
            if (auto g = lex.equipment_matcher.match_at(t, q, v.last)) {
              if (lex.equipment[static_cast<std::size_t>(g->id)].system.empty()) end = g->last;
              break;
            }
          }
        }
        break;
      }
      // "a ..." must be close to its noun; "a 63-year-old man": words glued by hyphens are one.
      if (c && c->article && k >= scan + 2 + glued_between(t, scan, k)) break;
    }
    if (including && (!c || c->article)) {
      // "three air defence systems, including a Tor system": the named system of the list
      // item before.
      if (!items.empty() && !item.system.empty() && items.back().system.empty()) {
        items.back().system = item.system;
      }
      if (end) i = end - 1;
      continue;
    }
    // "the bodies of about 250 Tigers", "killed 12 Houthis": members of an armed group named by
    // its own name are its fighters.
    if (c && end == 0 && !c->article) {
      for (const auto& a : v.actors) {
        if (a.first == scan && a.kind == "armed_group" && !a.side.empty()) {
          item.categories = {"personnel"};
          item.source = "rule:group-members";
          end = a.last;
          break;
        }
      }
    }
    // "more than 9,000 of the forces of the enemy were killed": a part of a fighting force is
    // its men; not "3 of the army's tanks", whose things are counted.
    // "since 26 of January the Peruvian forces": a day of a month.
    const bool day_of_month = scan + 1 < v.last && text::month_number(t[scan + 1].key) != 0;
    if (c && end == 0 && !c->article && !c->vague && scan + 1 < v.last && t[scan].key == "of" &&
        !day_of_month) {
      for (const auto& a : v.actors) {
        if (a.locative || !fighting_force(&a) || a.first <= scan || a.first > scan + 3) continue;
        if (a.last < v.last && lex.equipment_matcher.match_at(t, a.last, v.last)) break;
        item.categories = {"personnel"};
        item.source = "rule:part-of-a-force";
        end = a.last;
        // "the forces of the enemy": the force's owner is part of the item.
        for (const auto& o : v.actors) {
          if (end < v.last && t[end].key == "of" && o.first > end && o.first <= end + 2)
            end = o.last;
        }
        break;
      }
    }
    // "troops repelled the ISWAP terrorists, killing 26 of them": the people a pronoun after
    // the figure stands for, named earlier in the sentence; a count of things before ("an
    // Azerbaijani drone hit soldiers, killing five of them") is not what it stands for.
    const bool people_before =
        !items.empty() &&
        std::any_of(items.back().categories.begin(), items.back().categories.end(), counts_people);
    if (c && end == 0 && !c->article && !c->vague && scan + 1 < v.last && t[scan].key == "of" &&
        t[scan + 1].is_any({"them", "those"}) && !people_before) {
      if (auto cats = antecedent_category(doc, lex, v, item.first); !cats.empty()) {
        item.categories = cats;
        item.source = "rule:of-them";
        end = scan + 2;
      }
    }
    if (c && end == 0) {
      // A bare figure after a death toll ("had risen to more than 60", "toll to 220"), or
      // "39 others", "1900 wounded": the category of the item before in the list.
      bool toll_just_before = false;
      // "the number of civilians killed ... has reached 90": the figure a verb of rising gives.
      const bool risen_to =
          item.first > v.first && cue_ends_at(lex, doc, "toll_rise", v.first, item.first);
      for (const auto& m : measures) {
        if (m.is_toll() && m.last <= item.first && (m.last + 4 >= item.first || risen_to))
          toll_just_before = true;
      }
      std::size_t after_aux = scan;
      while (after_aux < v.last &&
             t[after_aux].is_any({"had", "have", "has", "been", "were", "was", "are", "is"}))
        ++after_aux;
      // "killed 34 people and wounded 112", "injuring 26": a figure right after a casualty
      // verb counts people; "46 were injured" opens a list of casualties.
      const MeasureHit* verb_before = nullptr;
      const MeasureHit* verb_after = nullptr;
      for (const auto& m : measures) {
        const bool casualty = m.measure == "killed" || m.measure == "wounded";
        if (casualty && m.last == item.first) verb_before = &m;
        if (casualty && m.first == after_aux && after_aux > scan) verb_after = &m;
        if (casualty && m.first == scan && (scan + 1 >= v.last || t[scan].key != "by"))
          verb_after = &m;
      }
      // "neutralized 140 mines": a figure of things that are no one's loss.
      const bool things = scan < v.last && lex.cue("counted_thing").match_at(t, scan, v.last);
      // "Dozens were injured": a vague count is a floor, still a claim.
      if (!c->article && !things && (verb_before || (verb_after && items.empty())) &&
          !(c->vague && verb_before)) {
        const bool left_behind = retreated_leaving(doc, lex, si, item.first) != nullptr;
        item.categories = !items.empty() ? items.back().categories
                          : left_behind || military_losses_before(doc, lex, si, item.first) ||
                                  side_losses(doc, lex, si, item.first)
                              ? std::vector<std::string>{"personnel"}
                              : std::vector<std::string>{"civilians"};
        item.source = left_behind   ? "rule:left-in-retreat"
                      : verb_before ? "rule:figure-after-casualty-verb"
                                    : "rule:bare-casualty";
        end = scan;
        item.last = scan;
        items.push_back(item);
        i = item.last - 1;
        continue;
      }
      // "A civilian was killed and another wounded": one more of the kind just counted.
      if (c->article && t[c->number_first].key == "another" && verb_after && !items.empty()) {
        item.categories = items.back().categories;
        item.source = "rule:another";
        item.last = scan;
        items.push_back(item);
        i = item.last - 1;
        continue;
      }
      if (c->article || items.empty() || toll_just_before) {
        bool toll = false;
        for (const auto& m : measures) {
          if (m.is_toll() && m.last <= item.first) toll = true;
        }
        if (!toll || c->article || c->vague) continue;
        item.categories = {"civilians"};
        item.source = "rule:toll-figure";
        for (const auto& m : measures) {
          if (!m.is_toll() || m.last > item.first) continue;
          bool from = false, military = false;
          // "the military death toll", "the number of military deaths", "the toll among
          // soldiers"
          for (std::size_t k = m.first > v.first + 2 ? m.first - 2 : v.first; k < m.last; ++k) {
            if (word_of(lex, doc, "personnel_word", k)) military = true;
          }
          // "11 more of its soldiers were killed, bringing its toll to 974", "44 more
          // servicemen had been killed, bringing the total to 1,221": the toll of the people
          // counted before it.
          if (!items.empty() && items.back().last <= m.first &&
              items.back().categories == std::vector<std::string>{"personnel"})
            military = true;
          // "44 more military deaths on Sunday, taking its toll to 525": a count of soldiers'
          // deaths before it.
          for (std::size_t k = v.first; items.empty() && k < m.first; ++k) {
            if (t[k].kind != text::TokenKind::number) continue;
            for (std::size_t j = k + 1; j < std::min(m.first, k + 4); ++j)
              if (word_of(lex, doc, "personnel_word", j)) military = true;
          }
          for (std::size_t k = m.last; k < item.first; ++k) {
            if (t[k].is_any({"from", "in"})) from = true;
            if (word_of(lex, doc, "personnel_word", k) && !from) military = true;
          }
          if (military) item.categories = {"personnel"};
        }
        end = scan;
      } else if (const ClaimItem* prev = counted_before(items);
                 scan < v.last &&
                 (t[scan].is_any({"others", "other", "more"}) ||
                  (after_aux < v.last && lex.measure_matcher.match_at(t, after_aux, v.last))) &&
                 list_end(measures, *prev, item.first) +
                         (t[scan].is_any({"others", "other", "more"}) ? kMoreReach : kListReach) >=
                     item.first) {
        item.categories = prev->categories;
        item.system.clear();
        item.source = "rule:list-inherit";
        end = t[scan].is_any({"others", "other", "more"}) ? scan + 1 : scan;
      } else {
        continue;
      }
    }
    if (item.categories.empty()) continue;
    if (c && c->article && noun_end > scan + 3 + glued_between(t, scan, noun_end)) continue;
    // "a convoy of civilians", "a group of soldiers": one convoy, not one person.
    if (c && c->article && end > scan &&
        std::any_of(t.begin() + static_cast<std::ptrdiff_t>(scan),
                    t.begin() + static_cast<std::ptrdiff_t>(std::min(end, v.last)),
                    [](const text::Token& w) { return w.key == "of"; }))
      continue;
    item.article = c && c->article;
    item.last = std::max(end, scan);
    items.push_back(item);
    i = item.last - 1;
  }
  people_in_a_tally(doc, items);
  join_coordinated_people(doc, lex, v, items);
  drop_appositive_breakdowns(doc, items);
  return items;
}

}  // namespace truce::extract
