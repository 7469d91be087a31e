// Whose losses a counted item is.
#include <algorithm>

#include "extract/claim_items.hpp"
#include "extract/filters.hpp"

namespace truce::extract {

// How many words before a toll its owner's possessive may stand ("its military death toll").
constexpr std::size_t kTollPossessiveReach = 2;
namespace {

std::string side_of(const Document& doc, const ActorMention& a, const Claimant& claimant) {
  if (a.kind == "enemy") return enemy_of(doc, claimant.side);
  return a.side;
}

// "two soldiers were killed in combat", "three soldiers embraced shahadat": a party tells of
// its own dead in the intransitive or passive (cue class own_loss_verb); the enemy's it kills.
bool own_loss(const Document& doc, const Lexicons& lex, const OwnerQuery& q) {
  // "Two of the saboteurs were killed": a party calls no dead of its own by its enemy's names.
  if (!cues_in(lex, doc, "enemy_word", q.item->count_first, q.item->last).empty()) return false;
  // "It reported 45 more military deaths": the noun of dying, in the item, is the same voice.
  if (q.measure->first >= q.item->first && q.measure->last <= q.item->last)
    return !cues_in(lex, doc, "own_loss_verb", q.measure->first, q.measure->last).empty();
  if (q.measure->first < q.item->last) return false;
  const std::size_t from = q.item->last;
  const std::size_t to = std::min(doc.sentences[q.si].last, q.measure->last + 1);
  return !cues_in(lex, doc, "own_loss_verb", from, to).empty() &&
         q.measure->first <= q.item->last + 3;
}

// Civilians belong to the territory, not to the party that governs it: Gaza's dead are
// Palestine's, though Hamas's health ministry counts them (sides.tsv civil_authority).
std::string territory_of(const Lexicons& lex, const std::string& side) {
  for (const auto& [name, entry] : lex.sides) {
    if (!side.empty() && entry.civil_authority == side) return name;
  }
  return side;
}

// Sides an actor got by inference, not from the sentence's words.
bool inferred(const std::optional<ActorRef>& a) {
  return !a || a->side.empty() || a->rule.find("opponent") != std::string::npos ||
         a->rule.find("claimant") != std::string::npos ||
         a->rule.find("own-side") != std::string::npos;
}

// "Russian shelling hit the town, killing two soldiers", "AA fighters attacked the Tatmadaw
// camp and one member of the security forces was killed": the dead belong to the side the
// attack hit, as the sentence names it; else to the attacker's enemy.
std::string victim_side(const Document& doc, const Incident& inc) {
  if (!inferred(inc.actor2) && inc.actor2->side != "civilians") return inc.actor2->side;
  if (!inferred(inc.actor1) && inc.actor1->side != "civilians")
    return opponent_of(doc, inc.actor1->side);
  return {};
}

// The side a cause right after a casualty word names: "died in Pakistani shelling", "killed
// by Russian drones", "wounded from Israeli fire". Empty when there is none.
std::string cause_attacker(const Document& doc, const SentenceView& v, std::size_t after) {
  const auto& t = doc.tokens;
  if (after >= v.last || !t[after].is_any({"in", "by", "from"})) return {};
  for (std::size_t k = after + 1; k < std::min(v.last, after + 4); ++k) {
    if (t[k].kind == text::TokenKind::punct) break;
    const ActorMention* a = actor_at(v, k);
    if (a && !a->side.empty() && a->side != "civilians" && a->side != "media" && !a->locative)
      return a->side;
  }
  return {};
}

// True when a verb by which the subject resists an attack ("repelled", "thwarted": patterns
// whose agent is the object) stands in the sentence before token `before`.
bool repelled_before(const Document& doc, const Lexicons& lex, const SentenceView& v,
                     std::size_t before) {
  for (const auto& m : lex.pattern_matcher.find_all(doc.tokens, v.first, before)) {
    if (lex.patterns[static_cast<std::size_t>(m.id)].agent == "object") return true;
  }
  return false;
}

}  // namespace

// "the losses of Russian army are 74 killed", "The enemy's losses amounted to 50 killed": the
// side named beside the word "losses" before the count lost them. Empty when none is.
std::string losses_owner(const Document& doc, const SentenceView& v, std::size_t first,
                         const Claimant& claimant) {
  std::string owner;
  for (const auto& [from, to] : losses_windows(doc, v, first)) {
    for (const auto& a : v.actors) {
      if (a.first < from || a.last > to || a.locative || a.side == "civilians" ||
          (a.side.empty() && a.kind != "enemy"))
        continue;
      owner = side_of(doc, a, claimant);
    }
  }
  return owner;
}

// The owner the item's words name: "two Armenian journalists", "30 tanks of the enemy".
Owner owner_in_words(const Document& doc, const Lexicons& lex, const OwnerQuery& q,
                     const Claimant& claimant) {
  const auto& t = doc.tokens;
  const SentenceView& v = doc.sentences[q.si];
  std::string about;
  std::string about_rule;
  for (const auto& a : v.actors) {
    // "Russian-made" names the maker, not the owner; "civilians" is the category.
    const bool maker = a.last < v.last && t[a.last].joined && word_of(lex, doc, "maker", a.last);
    if (a.first >= q.item->count_first && a.last <= q.item->last && !a.locative &&
        !a.side.empty() && a.side != "civilians" && !maker) {
      // "two Armenian journalists": the party's demonym, not the trade, says whose people.
      const std::string side = side_of(doc, a, claimant);
      if (about_rule == "in-item" && belligerent(doc, about) && !belligerent(doc, side)) continue;
      about = side;
      about_rule = "in-item";
    }
  }
  if (about.empty()) {
    for (std::size_t k = q.item->last; k < std::min(v.last, q.item->last + 3) && about.empty();
         ++k) {
      if (!t[k].is_any({"of", "belonging", "from", "owned"})) continue;
      for (std::size_t q = k + 1; q < std::min(v.last, k + 5); ++q) {
        if (const ActorMention* a = actor_at(v, q);
            a && !a->side.empty() && a->side != "civilians") {
          about = side_of(doc, *a, claimant);
          about_rule = "of-owner";
          break;
        }
        // "4 elements of the Army lost the life" in a state's communique: its own army.
        if (const ActorMention* a = actor_at(v, q);
            a && a->side.empty() && a->kind == "military" && lex.is_state(claimant.side)) {
          about = claimant.side;
          about_rule = "of-own-army";
          break;
        }
      }
    }
  }
  return Owner{about, about_rule};
}

// The owner a word of losses or a toll gives: "17 of the attackers", "the toll from X attacks",
// "the enemy lost 40 servicemen", "the losses of X".
Owner owner_of_losses(const Document& doc, const Lexicons& lex, const OwnerQuery& q,
                      const Claimant& claimant) {
  const auto& t = doc.tokens;
  const SentenceView& v = doc.sentences[q.si];
  const std::size_t si = q.si;
  std::string about;
  std::string about_rule;
  if (q.item->source == "rule:part-of-a-force") {
    // "9,000 of the forces of the enemy": the force named in the item lost them.
    for (const auto& a : v.actors) {
      if (a.first > q.item->count_first && a.last <= q.item->last && !a.locative &&
          (!a.side.empty() || a.kind == "enemy")) {
        about = side_of(doc, a, claimant);
        about_rule = "part-of-a-force";
        // "the forces of the enemy": the claimant's enemy, whatever "forces" alone would be.
        if (a.kind == "enemy" && belligerent(doc, claimant.side)) {
          about = opponent_of(doc, claimant.side);
          break;
        }
      }
    }
  }
  if (about.empty() && q.category == "personnel" && belligerent(doc, claimant.side) &&
      !cues_in(lex, doc, "attacker_word", q.item->count_first, q.item->last).empty()) {
    // "it had killed 17 of the attackers", "neutralised 23 assailants": the claimant's enemy,
    // the one the incident names where it names one ("SNA fighters attacked SDF positions").
    const auto enemies = doc.context.enemies(lex, claimant.side);
    const bool named =
        q.incident && q.incident->actor1 && !inferred(q.incident->actor1) &&
        std::find(enemies.begin(), enemies.end(), q.incident->actor1->side) != enemies.end();
    about = named ? q.incident->actor1->side : opponent_of(doc, claimant.side);
    about_rule = "the-attackers";
  }
  if (about.empty() && (q.measure->is_toll() || q.measure->measure == "losses")) {
    const bool from = q.measure->last < v.last && t[q.measure->last].is_any({"from"});
    for (const auto& a : v.actors) {
      if (a.first < q.measure->last || a.last > q.item->first || a.side.empty()) continue;
      if (from) {
        // "toll from X attacks in the Y regions": Y lost
        if (a.first > 0 && t[a.first - 1].is_any({"in", "on", "the"}) &&
            a.first > q.measure->last + 1 && !t[a.first - 1].is_any({"from"})) {
          about = side_of(doc, a, claimant);
        }
      } else {
        // "the number of civilians killed by Armenian aggression", "who lost their lives as a
        // result of Armenian attacks": the cause's enemy lost them.
        std::size_t before = a.first;
        if (before > v.first && t[before - 1].key == "the") --before;
        const bool result_of = before > v.first + 1 && t[before - 1].key == "of" &&
                               t[before - 2].is_any({"result", "consequence"});
        const bool cause = before > v.first &&
                           (t[before - 1].is_any({"by", "from"}) || result_of) &&
                           a.kind != "civilians";
        about = cause ? opponent_of(doc, a.side) : side_of(doc, a, claimant);
        break;
      }
    }
    if (!about.empty()) about_rule = "toll-owner";
  }
  if (about.empty() && q.measure->measure == "losses" && q.measure->last <= q.item->first) {
    // "the enemy lost 40 servicemen", "it had lost 21 more": whoever lost them.
    const std::size_t from = std::max(q.clause_start, clause_begin(doc, lex, si, q.measure->first));
    for (const auto& a : v.actors) {
      if (a.first >= from && a.last <= q.measure->first && !a.locative && a.side != "civilians" &&
          (!a.side.empty() || a.kind == "enemy")) {
        about = side_of(doc, a, claimant);
        about_rule = "loser";
      }
    }
    if (about.empty() && belligerent(doc, claimant.side)) {
      for (std::size_t k = from; k < q.measure->first; ++k) {
        if (t[k].is_any({"it", "we", "they", "its", "our"})) {
          about = claimant.side;
          about_rule = "loser-pronoun";
        }
      }
    }
  }
  if (about.empty()) {
    about = losses_owner(doc, v, q.item->count_first, claimant);
    if (!about.empty()) about_rule = "losses-of";
  }
  return Owner{about, about_rule};
}

// A party counting its own: "31 more of its servicemen", the list it continues, its civilians,
// "military deaths".
Owner own_count(const Document& doc, const Lexicons& lex, const OwnerQuery& q,
                const Claimant& claimant) {
  const SentenceView& v = doc.sentences[q.si];
  std::string about;
  std::string about_rule;
  if (about.empty() && belligerent(doc, claimant.side)) {
    // "31 more of its servicemen", "the toll among its military", "our fallen soldiers":
    // the claimant counts its own.
    // Inside the item only: in "its forces destroyed 3 tanks" the tanks are the enemy's.
    for (std::size_t k = q.item->count_first; k < q.item->last && about.empty(); ++k) {
      if (word_of(lex, doc, "own_possessive", k)) {
        about = claimant.side;
        about_rule = "own-possessive";
      }
    }
    if (about.empty() && q.measure->is_toll() && q.measure->last <= q.item->first) {
      // "raising its military toll to 525": the possessive may stand two words before.
      const std::size_t from = q.measure->first >= v.first + kTollPossessiveReach
                                   ? q.measure->first - kTollPossessiveReach
                                   : v.first;
      for (std::size_t k = from; k < q.item->first && about.empty(); ++k) {
        if (word_of(lex, doc, "own_possessive", k)) {
          about = claimant.side;
          about_rule = "own-possessive";
        }
      }
    }
  }
  if (about.empty() && q.previous && !q.previous_about.empty() &&
      q.previous->last + 8 >= q.item->first) {
    about = q.previous_about;
    about_rule = "list";
  }
  if (about.empty() && q.category == "civilians" && belligerent(doc, claimant.side)) {
    // A party counts its own civilian dead; the enemy's it seldom counts.
    about = claimant.side;
    about_rule = "claimant-civilians";
  }
  if (about.empty() && q.category == "personnel" && belligerent(doc, claimant.side) &&
      own_loss(doc, lex, q)) {
    about = claimant.side;
    about_rule = "own-loss-verb";
  }
  return Owner{about, about_rule};
}

// The owner an incident gives: those who repelled it killed its attackers, its victims, the
// enemy of the cause named, a state's soldiers in its war against armed groups.
Owner owner_by_incident(const Document& doc, const Lexicons& lex, const OwnerQuery& q,
                        const Claimant& claimant) {
  const SentenceView& v = doc.sentences[q.si];
  std::string about;
  std::string about_rule;
  if (about.empty() && q.incident && !q.incident_before && q.category == "personnel" &&
      q.measure->last <= q.item->first && repelled_before(doc, lex, v, q.measure->first)) {
    // "repelled an RSF attack on the city, killing more than 100 fighters": those who repel
    // kill the attackers.
    about = q.incident->actor1 && !inferred(q.incident->actor1)
                ? q.incident->actor1->side
                : (belligerent(doc, claimant.side) ? opponent_of(doc, claimant.side) : "");
    if (!about.empty()) about_rule = "repelled-attackers";
  }
  // The incident of the sentence before: its victims, unless the count calls them by a word
  // for the enemy ("five terrorists were killed" after "terrorists attacked a column").
  const bool enemy_named =
      q.incident_before &&
      (!cues_in(lex, doc, "attacker_word", q.item->count_first, q.item->last).empty() ||
       !cues_in(lex, doc, "enemy_word", q.item->count_first, q.item->last).empty());
  if (about.empty() && q.incident && !enemy_named && q.category == "personnel" &&
      (q.measure_name == "killed" || q.measure_name == "wounded") &&
      q.incident->claimant.side == claimant.side) {
    about = victim_side(doc, *q.incident);
    if (!about.empty()) about_rule = "victim-of-incident";
  }
  if (about.empty() && q.measure->last < v.last) {
    // "five soldiers had died in Pakistani shelling": the dead are the enemy's of whoever the
    // cause names.
    const std::string attacker = cause_attacker(doc, v, q.measure->last);
    if (!attacker.empty() && belligerent(doc, attacker)) {
      about = opponent_of(doc, attacker);
      about_rule = "victim-of-cause";
    }
  }
  if (about.empty() && q.category == "personnel") {
    // "four soldiers were killed" in a war of one state against armed groups: the state's.
    bool soldiers = false;
    for (std::size_t k = q.item->count_first; k < q.item->last; ++k)
      soldiers = soldiers || word_of(lex, doc, "state_soldier", k);
    if (soldiers) {
      about = doc.context.state_at_war(lex);
      if (!about.empty()) about_rule = "state-soldiers";
    }
  }
  return Owner{about, about_rule};
}

// The owner the war gives where nothing else does: a party's toll of its own, its enemy's losses,
// the people of the report's places.
Owner owner_by_war(const Document& doc, const Lexicons& lex, const OwnerQuery& q,
                   const Claimant& claimant) {
  std::string about;
  std::string about_rule;
  if (about.empty() && belligerent(doc, claimant.side) && q.measure->is_toll() &&
      q.measure->last <= q.item->first) {
    // "the military death toll had risen to 974": a party gives a toll of its own dead; the
    // enemy's it calls losses.
    about = claimant.side;
    about_rule = "own-toll";
  }
  if (about.empty() && belligerent(doc, claimant.side) && q.measure_name != "wounded") {
    about = opponent_of(doc, claimant.side);
    about_rule = "claimant-enemy";
  }
  if (about.empty() && q.category == "civilians" && !doc.context.home_side.empty()) {
    // Civilians counted by an outlet or an observer: the people of the places the report is
    // about.
    about = doc.context.home_side;
    about_rule = "home-civilians";
  }
  if (about.empty() && q.category == "civilians" && doc.context.conflicts.empty() &&
      !doc.context.place_state.empty()) {
    // No war on file (a massacre in South Sudan, gangs in Haiti): the people of the report's
    // places.
    about = doc.context.place_state;
    about_rule = "place-state-civilians";
  }
  if (about.empty() && q.category == "personnel" && doc.context.conflicts.empty() &&
      !doc.context.place_state.empty()) {
    // "Two police officers were wounded" where no war on file is chosen: a state's soldiers or
    // police (cue class state_soldier) are those of the state the report's places lie in.
    if (!cues_in(lex, doc, "state_soldier", q.item->count_first, q.item->last).empty()) {
      about = doc.context.place_state;
      about_rule = "place-state-soldiers";
    }
  }
  return Owner{about, about_rule};
}

// Whose losses: the words of the item, then a word of losses, then the claimant's own count,
// then an incident, then the war; civilians are a state's people.
Owner find_owner(const Document& doc, const Lexicons& lex, const OwnerQuery& q,
                 const Claimant& claimant) {
  Owner found;
  // "A rights group puts the number at 639" after a toll: the same dead, counted again.
  if (q.measure->source == "rule:puts-the-number" && !q.toll_told_about.empty())
    return Owner{q.toll_told_about, "toll-told-before"};
  // "the adversary retreated leaving more than 40 dead": its own dead.
  if (q.item->source == "rule:left-in-retreat") {
    if (const ActorMention* a = retreated_leaving(doc, lex, q.si, q.item->count_first))
      return Owner{side_of(doc, *a, claimant), "retreated-leaving"};
  }
  // "Our heroic forces offered 18 martyrs": the speaker's own forces lost them.
  if (q.item->source.ends_with("(a side's losses)") && belligerent(doc, claimant.side)) {
    for (std::size_t k = q.clause_start; k < q.item->first; ++k)
      if (word_of(lex, doc, "own_possessive", k)) return Owner{claimant.side, "own-side-losses"};
  }
  for (const auto family :
       {owner_in_words, owner_of_losses, own_count, owner_by_incident, owner_by_war}) {
    found = family(doc, lex, q, claimant);
    if (!found.about.empty()) break;
  }
  std::string& about = found.about;
  std::string& about_rule = found.rule;
  if (q.category == "civilians") about = territory_of(lex, about);
  if (q.category == "civilians" && !about.empty() && about != "media" &&
      !lex.is_state(lex.counts_as(about)) && lex.is_state(doc.context.home_side)) {
    // Civilians are a state's people, not an armed group's: those of the report's places.
    about = doc.context.home_side;
    about_rule += "+home-state";
  }
  return found;
}

}  // namespace truce::extract
