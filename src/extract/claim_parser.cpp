// Item-by-item reading of loss lists; see claim_parser.hpp.
#include "extract/claim_parser.hpp"

#include <algorithm>
#include <cmath>

#include "extract/claim_items.hpp"
#include "extract/filters.hpp"
#include "extract/incident_extractor.hpp"
#include "extract/trigger_index.hpp"
#include "text/number_parser.hpp"

namespace truce::extract {
namespace {

// Words a parenthetical detail of a count may take ("including 11 children").
constexpr std::size_t kParenthetical = 8;

// The incident of sentence `si` whose trigger lies nearest to byte `at`, if any (the first
// such on a tie).
const Incident* incident_near(const Document& doc, const std::vector<Incident>& incidents,
                              const TriggerIndex& triggers, std::size_t si, std::size_t at) {
  const Incident* best = nullptr;
  std::size_t best_gap = 0;
  for (const auto& tr : triggers.inside(doc.sentence_span(si))) {
    const std::size_t gap = tr.span.begin > at ? tr.span.begin - at : at - tr.span.begin;
    if (!best || gap < best_gap) {
      best = &incidents[tr.incident];
      best_gap = gap;
    }
  }
  return best;
}

// "more than 150 Armenian fighters were destroyed" (machine translation's "destroyed" for
// killed): fighters a party's adjective names just before the noun are its men; a plane is
// named by its type ("Su-25 fighters") or as a jet.
bool party_fighters(const SentenceView& v, const ClaimItem& it) {
  const bool people_or_planes =
      std::any_of(it.categories.begin(), it.categories.end(), counts_people) &&
      std::any_of(it.categories.begin(), it.categories.end(),
                  [](const std::string& c) { return c == "aircraft"; });
  if (!people_or_planes || it.last == 0) return false;
  return std::any_of(v.actors.begin(), v.actors.end(), [&](const ActorMention& a) {
    return a.first >= it.count_first && a.last + 1 >= it.last && a.last <= it.last &&
           a.first + 1 < it.last && !a.locative && !a.side.empty() && a.side != "civilians";
  });
}

// How far after "the number of" its casualty word may stand ("the total number of civilians
// killed by Armenian aggression").
constexpr std::size_t kNumberOfReach = 6;

// "the (total) number of civilians killed", "the number of its servicemen who died": a death or
// injury toll whose casualty word follows its category, as the toll phrases of measures.tsv do
// not list every category.
void add_counted_tolls(const Document& doc, const SentenceView& v,
                       std::vector<MeasureHit>& measures) {
  const auto& t = doc.tokens;
  std::vector<MeasureHit> tolls;
  for (std::size_t k = v.first; k + 2 < v.last; ++k) {
    if (t[k].key != "number" || t[k + 1].key != "of") continue;
    for (const auto& m : measures) {
      if (m.first <= k + 1 || m.first > k + 2 + kNumberOfReach) continue;
      if (m.measure != "killed" && m.measure != "wounded") continue;
      bool broken = false;
      for (std::size_t j = k + 2; j < m.first; ++j)
        broken = broken || t[j].kind == text::TokenKind::punct;
      if (broken) continue;
      tolls.push_back(
          MeasureHit{k, m.last, m.measure == "killed" ? "toll" : "injury_toll", "rule:number-of"});
      break;
    }
  }
  // "bringing the total to 1,221", "taking its toll to 525": the total of what was counted.
  for (std::size_t k = v.first; k + 3 < v.last; ++k) {
    if (!t[k].is_any({"bringing", "taking", "raising", "brought", "took", "raised", "brings"}))
      continue;
    const std::size_t head = t[k + 1].is_any({"the", "its", "their"}) ? k + 2 : k + 1;
    if (head + 1 < v.last && t[head].is_any({"total", "tally"}) && t[head + 1].key == "to")
      tolls.push_back(MeasureHit{head, head + 1, "toll", "rule:total-to"});
  }
  // "A rights group puts the number at 639": another count of the toll just told.
  for (std::size_t k = v.first; k + 3 < v.last; ++k) {
    if (t[k].is_any({"puts", "put", "putting", "gives", "gave", "placed", "places"}) &&
        t[k + 1].key == "the" && t[k + 2].is_any({"number", "figure", "toll"}) &&
        t[k + 3].key == "at")
      tolls.push_back(MeasureHit{k + 2, k + 3, "toll", "rule:puts-the-number"});
  }
  for (auto& m : tolls) measures.push_back(std::move(m));
}

// "One woman said her husband was among the dead", "a civilian who escaped said": who speaks,
// with or without a short relative clause, is no count.
bool speaks_after(const Document& doc, const Lexicons& lex, const SentenceView& v, std::size_t at) {
  const auto& t = doc.tokens;
  if (at < v.last && lex.cue("speech").match_at(t, at, v.last)) return true;
  if (at >= v.last || !t[at].is_any({"who"})) return false;
  for (std::size_t k = at + 2; k < std::min(v.last, at + 5); ++k) {
    if (lex.cue("speech").match_at(t, k, v.last)) return true;
  }
  return false;
}

struct Governing {
  const MeasureHit* measure = nullptr;
  std::string rule;  // after, noun, before, later, attributive, list-continues
};

// The measure that governs item `n` of sentence `si` and the rule that found it: the verb right
// after it, its own noun, the verb before that governs a list, a later verb of its clause, a
// measure before its noun, or the measure of the list it continues; none when no verb counts it.
Governing governing_measure(const Document& doc, const Lexicons& lex, std::size_t si,
                            const std::vector<ClaimItem>& items, std::size_t n,
                            const std::vector<MeasureHit>& measures, std::size_t cstart,
                            const MeasureHit* last_measure) {
  const auto& t = doc.tokens;
  const SentenceView& v = doc.sentences[si];
  const ClaimItem& it = items[n];
  const MeasureHit* measure = nullptr;
  const MeasureHit* attributive = nullptr;  // "30 wounded civilians"
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
  } else if (after < v.last && t[after].key == "," && n > 0 && items[n - 1].last + 3 >= it.first &&
             after + 1 < v.last &&
             t[after + 1].is_any({"were", "was", "are", "have", "had", "has", "is"})) {
    ++after;  // the closing comma of that parenthetical, seen from its own item
  }
  // "70 persons received wounds", "a serviceman sustained a shrapnel wound": the verb of
  // receiving stands for the passive.
  while (after < v.last && t[after].is_any({"were", "was", "are", "have", "had", "has", "been",
                                            "is", "received", "sustained", "suffered", "got"}))
    ++after;
  for (const auto& m : measures) {  // right after: "790 soldiers were killed", "1900 wounded"
    const bool adjacent = m.first == it.last || m.first == after;
    if (adjacent) {
      measure = &m;
      rule = "after";
      break;
    }
    if (m.first > it.count_first && m.last == it.last) {  // "45 martyrs", "87 bodies"
      measure = &m;
      rule = "noun";
      break;
    }
    if (m.first == it.count_first + 1 && it.last == it.count_first + 1) {
      measure = &m;
      rule = "after";
      break;
    }
    // "received 30 wounded civilians": the measure qualifies the noun it stands before,
    // where no verb of the clause counts them ("the execution of two captured men").
    if (m.first == it.count_first + 1 && m.last < it.last) attributive = &m;
  }
  // "another wounded when about 30 armed men opened fire": people who do what an event
  // pattern says are its doers, not the list the casualty verb before governs.
  const bool doers = it.last < v.last && counts_people(it.categories.front()) &&
                     t[it.last].key.ends_with("ed") &&
                     lex.pattern_matcher.match_at(t, it.last, v.last) &&
                     !lex.measure_matcher.match_at(t, it.last, v.last);
  if (!measure && !doers) {
    for (const auto& m : measures) {  // the verb before governs a list
      // "9,000 were killed or wounded, and 160 tanks ... were destroyed": a casualty verb
      // governs no list of things.
      const bool casualty = m.measure == "killed" || m.measure == "wounded";
      if (casualty && !std::any_of(it.categories.begin(), it.categories.end(), counts_people))
        continue;
      if (m.last <= it.first && m.first >= cstart) {
        measure = &m;
        rule = "before";
      }
    }
  }
  // "deployed thousands more soldiers to fight an offensive that has killed scores": a count
  // a verb of moving people governs takes no casualty verb later in its clause.
  const bool deployed =
      it.first > v.first && cue_ends_at(lex, doc, "deploy_verb", v.first, it.first);
  // "thousands of civilians were trapped, killing hundreds of them": a count whose own
  // passive verb follows it is what that verb says, not what a later one does.
  const bool own_passive = after > it.last && after < v.last && t[after].key.ends_with("ed") &&
                           !lex.measure_matcher.match_at(t, after, v.last) &&
                           t[after - 1].is_any({"were", "was", "are", "is", "been"});
  if (!measure && !deployed && !own_passive) {
    const std::size_t cend = clause_end(doc, lex, si, it.last);
    for (const auto& m : measures) {  // "... and 36 civilians were killed"
      // "An Israeli drone struck a car, killing its two passengers": a casualty verb later in
      // the clause is what the weapon did, not what befell it.
      // A toll counts people too ("killed by a drone strike, bringing the toll to 11").
      const bool casualty = m.measure == "killed" || m.measure == "wounded" || m.is_toll();
      if (casualty && !std::any_of(it.categories.begin(), it.categories.end(), counts_people))
        continue;
      // "40 drones ... and 34 of them were shot down": the part told after has it, not all.
      const bool part_between = std::any_of(items.begin(), items.end(), [&](const ClaimItem& o) {
        return o.source == "rule:partitive" && o.first >= it.last && o.last <= m.first;
      });
      if (m.first >= it.last && m.last <= cend && !part_between) {
        measure = &m;
        rule = "later";
        break;
      }
    }
  }
  if (!measure && attributive) {
    measure = attributive;
    rule = "attributive";
  }
  // "five were killed in Haris, a village in the Bint Jbeil district, and four more in
  // Tallousa": a figure that says it continues the list takes the measure of the item before.
  if (!measure && n > 0 && it.source == "rule:list-inherit" && last_measure &&
      items[n - 1].last + kMoreReach >= it.first) {
    measure = last_measure;
    rule = "list-continues";
  }
  return Governing{measure, rule};
}

}  // namespace

std::vector<LossClaim> parse_claims(const Document& doc, const Lexicons& lex,
                                    const std::vector<SentenceAttribution>& attribution,
                                    const std::vector<Incident>& incidents) {
  std::vector<LossClaim> out;
  const auto& t = doc.tokens;
  const TriggerIndex triggers(incidents);
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceView& v = doc.sentences[si];
    const std::string why = sentence_filter(doc, lex, si);
    if (!why.empty() && why != "calm" && why != "old-day" && why != "recap") continue;
    // "The death toll from the earthquake has risen to 3,600": not a loss of the war.
    if (!cues_in(lex, doc, "disaster", v.first, v.last).empty()) continue;
    const SentenceAttribution& sa = attribution[si];
    std::vector<MeasureHit> measures;
    for (const auto& m : lex.measure_matcher.find_all(t, v.first, v.last)) {
      const auto& e = lex.measures[static_cast<std::size_t>(m.id)];
      measures.push_back(MeasureHit{m.first, m.last, e.measure, e.source});
    }
    add_counted_tolls(doc, v, measures);
    if (measures.empty()) continue;
    const bool cumulative_sentence = !cues_in(lex, doc, "cumulative", v.first, v.last).empty();
    const std::vector<ClaimItem> items = find_items(doc, lex, si, measures);
    // Measures, owners and claims.
    std::string last_about;
    const MeasureHit* last_measure = nullptr;
    for (std::size_t n = 0; n < items.size(); ++n) {
      const ClaimItem& it = items[n];
      // "One woman said her husband was among the dead": who speaks is no count.
      if (speaks_after(doc, lex, v, it.last)) continue;
      const Claimant& claimant = sa.at(it.count_first);
      std::size_t seg_from = v.first;
      for (const auto& s : sa.segments) {
        if (s.from <= it.count_first) seg_from = s.from;
      }
      // Lists run on over ", and": the verb before still governs them.
      const std::size_t cstart = std::max(seg_from, clause_begin(doc, lex, si, it.first, false));
      const Governing governing =
          governing_measure(doc, lex, si, items, n, measures, cstart, last_measure);
      const MeasureHit* measure = governing.measure;
      const std::string& rule = governing.rule;
      if (!measure) continue;
      last_measure = measure;
      // "a resident was shot dead by a UPDF soldier": who did it after "by" is no count.
      if (measure->last <= it.first && it.first > v.first && t[it.first - 1].key == "by") continue;
      // "killed by a drone strike", "drones killed three": a casualty word is what a weapon
      // did, never what befell it.
      if ((measure->measure == "killed" || measure->measure == "wounded") &&
          !std::any_of(it.categories.begin(), it.categories.end(), counts_people))
        continue;
      // "fighters shot down" are aircraft, "fighters killed" people: the measure as written
      // picks among an item's categories.
      std::string category = it.categories.front();
      const std::string& raw = measure->measure;
      const bool of_people = raw == "killed" || raw == "wounded" || raw == "toll" ||
                             raw == "injury_toll" || (raw == "destroyed" && party_fighters(v, it));
      const bool of_things = raw == "shot_down" || raw == "destroyed";
      for (const auto& c : it.categories) {
        if ((of_people && counts_people(c)) || (of_things && !counts_people(c))) {
          category = c;
          break;
        }
      }
      const std::string measure_name = normalise_measure(measure->measure, category);
      if (category == "settlements" && measure_name != "captured") continue;
      OwnerQuery q;
      q.si = si;
      q.item = &it;
      q.measure = measure;
      q.category = category;
      q.measure_name = measure_name;
      q.clause_start = cstart;
      q.previous = n > 0 ? &items[n - 1] : nullptr;
      q.previous_about = last_about;
      // "A rights group puts the number at 639": another count of the toll just told.
      if (!out.empty() && out.back().measure == "killed") q.toll_told_about = out.back().about;
      q.incident = incident_near(doc, incidents, triggers, si, t[it.count_first].begin);
      // "A helicopter was shot down. Two crew members were killed": the incident just told.
      if (!q.incident && si > 0 &&
          doc.sentences[si - 1].sentence.paragraph == doc.sentences[si].sentence.paragraph) {
        q.incident = incident_near(doc, incidents, triggers, si - 1, doc.sentence_span(si).begin);
        q.incident_before = q.incident != nullptr;
      }
      const Owner owner = find_owner(doc, lex, q, claimant);
      const std::string& about = owner.about;
      const std::string& about_rule = owner.rule;
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
      claim.as_of = date_at(doc, si, it.count_first, /*skip_since=*/true);
      claim.cumulative = cumulative_sentence || measure->is_toll();
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
