// Item-by-item reading of loss lists; see claim_parser.hpp.
#include "extract/claim_parser.hpp"

#include <algorithm>
#include <cmath>

#include "extract/filters.hpp"
#include "extract/incident_extractor.hpp"
#include "text/number_parser.hpp"

namespace truce::extract {
namespace {

// Words a parenthetical detail of a count may take ("including 11 children").
constexpr std::size_t kParenthetical = 8;

bool people(const std::string& c) { return c == "personnel" || c == "civilians"; }

std::string normalise(std::string measure, const std::string& category) {
  if (measure == "toll") return "killed";
  if (measure == "losses") return people(category) ? "killed" : "destroyed";
  if (!people(category) && category != "settlements" &&
      (measure == "killed" || measure == "wounded"))
    return "destroyed";
  if (people(category) && measure == "destroyed") return "killed";
  return measure;
}

struct Item {
  std::size_t first = 0, last = 0;  // tokens of the item
  std::size_t count_first = 0;
  double value = 0;
  text::Qualifier qualifier = text::Qualifier::exact;
  std::vector<std::string> categories;
  std::string system;
  std::string source;
};

struct MeasureHit {
  std::size_t first, last;
  std::string measure;
  std::string source;
};

std::string side_of(const Document& doc, const ActorMention& a, const Claimant& claimant) {
  if (a.kind == "enemy") return opponent_of(doc, claimant.side);
  return a.side;
}

}  // namespace

std::vector<LossClaim> parse_claims(const Document& doc, const Lexicons& lex,
                                    const std::vector<SentenceAttribution>& attribution,
                                    const std::vector<std::pair<std::size_t, std::size_t>>& skip) {
  std::vector<LossClaim> out;
  const auto& t = doc.tokens;
  auto skipped = [&](std::size_t i) {
    for (const auto& [a, b] : skip) {
      if (i >= a && i < b) return true;
    }
    return false;
  };
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceView& v = doc.sentences[si];
    const std::string why = sentence_filter(doc, lex, si);
    if (!why.empty() && why != "calm") continue;
    const SentenceAttribution& sa = attribution[si];
    std::vector<MeasureHit> measures;
    for (const auto& m : lex.measure_matcher.find_all(t, v.first, v.last)) {
      const auto& e = lex.measures[static_cast<std::size_t>(m.id)];
      measures.push_back(MeasureHit{m.first, m.last, e.measure, e.source});
    }
    if (measures.empty()) continue;
    const bool cumulative_sentence = !cues_in(lex, doc, "cumulative", v.first, v.last).empty();
    // Items.
    std::vector<Item> items;
    for (std::size_t i = v.first; i < v.last; ++i) {
      if (skipped(i)) continue;
      bool in_date = false;
      for (const auto& d : v.dates) {
        if (i >= d.first && i < d.last) in_date = true;
      }
      if (in_date) continue;
      Item item;
      auto c = text::parse_count(t, i, text::CountOptions{true, true});
      std::size_t scan = 0;
      // "multiple rocket launchers": a vague word that opens an equipment name is no count.
      if (c && c->vague && lex.equipment_matcher.match_at(t, c->number_first, v.last)) c.reset();
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
        if (!m) continue;
        item.first = i;
        item.count_first = i;
        item.value = 1;
        scan = i + 1;
      } else {
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
        if (t[k].kind == text::TokenKind::punct) break;
        if (t[k].is_any({"and", "or"}) && k > scan) break;
        if (auto m = lex.equipment_matcher.match_at(t, k, v.last)) {
          const auto& e = lex.equipment[static_cast<std::size_t>(m->id)];
          if (!e.system.empty()) item.system = e.system;
          item.categories = e.categories;
          item.source = e.source;
          end = m->last;
          noun_end = m->last;
          // "S-300 air defense system": a generic word after the system ends the item.
          if (!e.system.empty()) {
            for (std::size_t q = end; q < std::min(v.last, end + 4); ++q) {
              if (auto g = lex.equipment_matcher.match_at(t, q, v.last)) {
                const auto& ge = lex.equipment[static_cast<std::size_t>(g->id)];
                if (ge.system.empty()) {
                  item.categories = ge.categories;
                  end = g->last;
                }
                break;
              }
            }
          }
          break;
        }
        if (c && c->article && k >= scan + 2) break;  // "a ..." must be close to its noun
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
      if (c && end == 0) {
        // A bare figure after a death toll ("had risen to more than 60", "toll to 220"), or
        // "39 others", "1900 wounded": the category of the item before in the list.
        bool toll_just_before = false;
        for (const auto& m : measures) {
          if (m.measure == "toll" && m.last <= item.first && m.last + 4 >= item.first)
            toll_just_before = true;
        }
        std::size_t after_aux = scan;
        while (after_aux < v.last &&
               t[after_aux].is_any({"had", "have", "has", "been", "were", "was", "are", "is"}))
          ++after_aux;
        if (c->article || items.empty() || toll_just_before) {
          bool toll = false;
          for (const auto& m : measures) {
            if (m.measure == "toll" && m.last <= item.first) toll = true;
          }
          if (!toll || c->article || c->vague) continue;
          item.categories = {"civilians"};
          item.source = "rule:toll-figure";
          for (const auto& m : measures) {
            if (m.measure != "toll" || m.last > item.first) continue;
            bool from = false, military = false;
            // "the military death toll", "the toll among soldiers"
            for (std::size_t k = m.first > v.first + 2 ? m.first - 2 : v.first; k < m.first; ++k) {
              if (t[k].is_any({"military", "army", "soldiers", "servicemen"})) military = true;
            }
            for (std::size_t k = m.last; k < item.first; ++k) {
              if (t[k].is_any({"from", "in"})) from = true;
              if (t[k].is_any({"soldiers", "servicemen", "troops", "army", "military"}) && !from)
                military = true;
            }
            if (military) item.categories = {"personnel"};
          }
          end = scan;
        } else if (scan < v.last &&
                   (t[scan].is_any({"others", "other", "more"}) ||
                    (after_aux < v.last && lex.measure_matcher.match_at(t, after_aux, v.last))) &&
                   items.back().last + 8 >= item.first) {
          item.categories = items.back().categories;
          item.system.clear();
          item.source = "rule:list-inherit";
          end = t[scan].is_any({"others", "other", "more"}) ? scan + 1 : scan;
        } else {
          continue;
        }
      }
      if (item.categories.empty()) continue;
      if (c && c->article && noun_end > scan + 3) continue;
      item.last = std::max(end, scan);
      items.push_back(item);
      i = item.last - 1;
    }
    // Measures, owners and claims.
    std::string last_about;
    for (std::size_t n = 0; n < items.size(); ++n) {
      const Item& it = items[n];
      const Claimant& claimant = sa.at(it.count_first);
      std::size_t seg_from = v.first;
      for (const auto& s : sa.segments) {
        if (s.from <= it.count_first) seg_from = s.from;
      }
      // Lists run on over ", and": the verb before still governs them.
      const std::size_t cstart = std::max(seg_from, clause_begin(doc, lex, si, it.first, false));
      const MeasureHit* measure = nullptr;
      std::string rule;
      // Right after the item come auxiliaries ("have been killed") or a parenthetical detail
      // that ends in a comma ("65 civilians, including 11 children, have been killed").
      std::size_t after = it.last;
      if (after + 1 < v.last && t[after].key == "," && t[after + 1].is_any({"including"})) {
        for (std::size_t k = after + 2; k < std::min(v.last, after + kParenthetical); ++k) {
          if (t[k].key == ",") {
            after = k + 1;
            break;
          }
        }
      } else if (after < v.last && t[after].key == "," && n > 0 &&
                 items[n - 1].last + 3 >= it.first && after + 1 < v.last &&
                 t[after + 1].is_any({"were", "was", "are", "have", "had", "has", "is"})) {
        ++after;  // the closing comma of that parenthetical, seen from its own item
      }
      while (after < v.last &&
             t[after].is_any({"were", "was", "are", "have", "had", "has", "been", "is"}))
        ++after;
      for (const auto& m : measures) {  // right after: "790 soldiers were killed", "1900 wounded"
        const bool adjacent = m.first == it.last || m.first == after;
        if (adjacent) {
          measure = &m;
          rule = "after";
          break;
        }
        if (m.first == it.count_first + 1 && it.last == it.count_first + 1) {
          measure = &m;
          rule = "after";
          break;
        }
      }
      if (!measure) {
        for (const auto& m : measures) {  // the verb before governs a list
          if (m.last <= it.first && m.first >= cstart) {
            measure = &m;
            rule = "before";
          }
        }
      }
      if (!measure) {
        const std::size_t cend = clause_end(doc, lex, si, it.last);
        for (const auto& m : measures) {  // "... and 36 civilians were killed"
          if (m.first >= it.last && m.last <= cend) {
            measure = &m;
            rule = "later";
            break;
          }
        }
      }
      if (!measure) continue;
      std::string category = it.categories.front();
      for (const auto& c : it.categories) {
        const std::string mm = normalise(measure->measure, c);
        if ((mm == "shot_down" || mm == "destroyed") && !people(c)) {
          category = c;
          break;
        }
        if ((mm == "killed" || mm == "wounded") && people(c)) {
          category = c;
          break;
        }
      }
      const std::string measure_name = normalise(measure->measure, category);
      if (category == "settlements" && measure_name != "captured") continue;
      // Whose losses: words inside the item, then "of/belonging to X" after it, then the toll's
      // or the "losses on X" owner, then the list's, then the claimant's enemy.
      std::string about;
      std::string about_rule;
      for (const auto& a : v.actors) {
        // "Russian-made" names the maker, not the owner; "civilians" is the category.
        const bool maker = a.last < v.last && t[a.last].joined &&
                           t[a.last].is_any({"made", "built", "produced", "supplied"});
        if (a.first >= it.count_first && a.last <= it.last && !a.locative && !a.side.empty() &&
            a.side != "civilians" && !maker) {
          about = side_of(doc, a, claimant);
          about_rule = "in-item";
        }
      }
      if (about.empty()) {
        for (std::size_t k = it.last; k < std::min(v.last, it.last + 3) && about.empty(); ++k) {
          if (!t[k].is_any({"of", "belonging", "from", "owned"})) continue;
          for (std::size_t q = k + 1; q < std::min(v.last, k + 5); ++q) {
            if (const ActorMention* a = actor_at(v, q);
                a && !a->side.empty() && a->side != "civilians") {
              about = side_of(doc, *a, claimant);
              about_rule = "of-owner";
              break;
            }
          }
        }
      }
      if (about.empty() && (measure->measure == "toll" || measure->measure == "losses")) {
        const bool from = measure->last < v.last && t[measure->last].is_any({"from"});
        for (const auto& a : v.actors) {
          if (a.first < measure->last || a.last > it.first || a.side.empty()) continue;
          if (from) {
            // "toll from X attacks in the Y regions": Y lost
            if (a.first > 0 && t[a.first - 1].is_any({"in", "on", "the"}) &&
                a.first > measure->last + 1 && !t[a.first - 1].is_any({"from"})) {
              about = side_of(doc, a, claimant);
            }
          } else {
            about = side_of(doc, a, claimant);
            break;
          }
        }
        if (!about.empty()) about_rule = "toll-owner";
      }
      if (about.empty() && measure->measure == "losses" && measure->last <= it.first) {
        // "the enemy lost 40 servicemen", "it had lost 21 more": whoever lost them.
        const std::size_t from = std::max(cstart, clause_begin(doc, lex, si, measure->first));
        for (const auto& a : v.actors) {
          if (a.first >= from && a.last <= measure->first && !a.locative && a.side != "civilians" &&
              (!a.side.empty() || a.kind == "enemy")) {
            about = side_of(doc, a, claimant);
            about_rule = "loser";
          }
        }
        if (about.empty() && belligerent(doc, claimant.side)) {
          for (std::size_t k = from; k < measure->first; ++k) {
            if (t[k].is_any({"it", "we", "they", "its", "our"})) {
              about = claimant.side;
              about_rule = "loser-pronoun";
            }
          }
        }
      }
      if (about.empty() && belligerent(doc, claimant.side)) {
        // "31 more of its servicemen", "the toll among its military", "our fallen soldiers":
        // the claimant counts its own.
        // Inside the item only: in "its forces destroyed 3 tanks" the tanks are the enemy's.
        for (std::size_t k = it.count_first; k < it.last && about.empty(); ++k) {
          if (t[k].is_any({"its", "our"})) {
            about = claimant.side;
            about_rule = "own-possessive";
          }
        }
        if (about.empty() && measure->measure == "toll" && measure->last <= it.first) {
          for (std::size_t k = measure->first; k < it.first && about.empty(); ++k) {
            if (t[k].is_any({"its", "our"})) {
              about = claimant.side;
              about_rule = "own-possessive";
            }
          }
        }
      }
      if (about.empty() && n > 0 && !last_about.empty() && items[n - 1].last + 8 >= it.first) {
        about = last_about;
        about_rule = "list";
      }
      if (about.empty() && category == "civilians" && belligerent(doc, claimant.side)) {
        // A party counts its own civilian dead; the enemy's it seldom counts.
        about = claimant.side;
        about_rule = "claimant-civilians";
      }
      if (about.empty() && belligerent(doc, claimant.side) && measure_name != "wounded") {
        about = opponent_of(doc, claimant.side);
        about_rule = "claimant-enemy";
      }
      if (about.empty()) continue;
      last_about = about;
      LossClaim claim;
      claim.claimant = claimant;
      claim.about = about;
      claim.category = category;
      claim.measure = measure_name;
      claim.value = it.value;
      claim.qualifier = std::string(text::to_string(it.qualifier));
      claim.system = it.system;
      claim.as_of = date_at(doc, si, it.count_first);
      claim.cumulative = cumulative_sentence || measure->measure == "toll";
      claim.evidence = doc.sentence_span(si);
      claim.item = doc.span(it.first, it.last);
      claim.provenance["category"] = it.source;
      claim.provenance["measure"] = measure->source + " (" + rule + ")";
      claim.provenance["about"] = about_rule;
      claim.provenance["claimant"] = claimant.rule;
      claim.id = std::to_string(out.size() + 1);
      out.push_back(std::move(claim));
    }
  }
  return out;
}

}  // namespace truce::extract
