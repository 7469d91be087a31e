// Conflict choice: each named side and each place votes for the conflicts it belongs to, split
// evenly among them, so that a side at war on two fronts (Israel) leaves the choice to the
// sides and places that belong to one.
#include "extract/conflict_context.hpp"

#include <algorithm>

namespace truce::extract {
namespace {

// A conflict stays a candidate for a year after it ended: reports look back.
bool in_period(const ConflictEntry& c, const std::string& published) {
  if (published.size() < 10) return true;
  const std::string day = published.substr(0, 10);
  if (day < c.from) return false;
  if (c.to.empty()) return true;
  const int year = std::stoi(c.to.substr(0, 4)) + 1;
  return day <= std::to_string(year) + c.to.substr(4);
}

bool has_country(const ConflictEntry& c, const std::string& cc) {
  return std::find(c.countries.begin(), c.countries.end(), cc) != c.countries.end();
}

// Places count half as much as a named party: a town says where, not who.
constexpr double kPlaceWeight = 0.5;
// One place, or one party shared with another conflict, is enough to choose a conflict.
constexpr double kMinScore = 0.5;

// A camp is in the report when it names one of its parties, or has a place in the country of
// one of its states ("the Houthis fired a missile at Tel Aviv": Israel's camp).
bool camp_present(const Lexicons& lex, const std::vector<std::string>& camp,
                  const std::map<std::string, int>& side_mentions,
                  const std::vector<std::string>& place_countries) {
  return std::any_of(camp.begin(), camp.end(), [&](const std::string& party) {
    if (std::any_of(side_mentions.begin(), side_mentions.end(), [&](const auto& mention) {
          return mention.first == party || lex.counts_as(mention.first) == party;
        }))
      return true;
    const auto it = lex.sides.find(party);
    return it != lex.sides.end() && !it->second.country.empty() &&
           std::find(place_countries.begin(), place_countries.end(), it->second.country) !=
               place_countries.end();
  });
}

// How many of a report's places must lie in a country of no war on file for it to be about
// that country, not about a war elsewhere whose one party it names.
constexpr int kElsewherePlaces = 2;

// A conflict where one camp only is in the report and none of its places lies, is not what the
// report is about when another conflict has its places: Iran's border towns hit in the
// Karabakh war make Iran a bystander there, not a party of its war in Syria.
void drop_unplaced_one_camp(const Lexicons& lex, const std::vector<const ConflictEntry*>& open,
                            const std::map<std::string, int>& side_mentions,
                            const std::vector<std::string>& place_countries,
                            std::vector<double>& score) {
  auto placed = [&](const ConflictEntry& c) {
    return std::any_of(place_countries.begin(), place_countries.end(),
                       [&](const std::string& cc) { return has_country(c, cc); });
  };
  auto both_camps = [&](const ConflictEntry& c) {
    return camp_present(lex, c.camp_a, side_mentions, place_countries) &&
           camp_present(lex, c.camp_b, side_mentions, place_countries);
  };
  const bool any_placed =
      std::any_of(open.begin(), open.end(), [&](const ConflictEntry* c) { return placed(*c); });
  // Nor where the report's places lie, twice or more, in a country of no war on file whose
  // state it names (Monrovia's districts and "the Liberian Defence Minister"): "Washington"
  // asked to send troops is no party of its wars elsewhere. A namesake place abroad is not
  // enough: the state must be named too.
  std::map<std::string, int> per_country;
  for (const auto& cc : place_countries) ++per_country[cc];
  const bool placed_elsewhere =
      std::any_of(per_country.begin(), per_country.end(), [&](const auto& kv) {
        const std::string state = lex.state_of_country(kv.first);
        return kv.second >= kElsewherePlaces && !state.empty() && side_mentions.count(state) &&
               std::none_of(open.begin(), open.end(),
                            [&](const ConflictEntry* c) { return has_country(*c, kv.first); });
      });
  if (!any_placed && !placed_elsewhere) return;
  for (std::size_t i = 0; i < open.size(); ++i) {
    if (!placed(*open[i]) && !both_camps(*open[i])) score[i] = 0.0;
  }
}

// Where no party's country holds any of the report's places (US strikes in Iraq on militias
// that have no state), home is the state whose country holds most of them: its people are
// the civilians counted there.
void home_of_places(const Lexicons& lex, const std::map<std::string, int>& per_country,
                    ConflictContext& ctx) {
  ctx.home_side = most_placed_state(lex, per_country);
}

}  // namespace

std::vector<std::string> ConflictContext::enemies(const Lexicons& lex,
                                                  const std::string& side) const {
  std::vector<std::string> out;
  for (const ConflictEntry* c : conflicts) {
    auto camp = c->enemies_of(side);
    if (camp.empty()) camp = c->enemies_of(lex.counts_as(side));
    // The most named enemy first; the file's order among equals.
    std::stable_sort(camp.begin(), camp.end(), [&](const std::string& a, const std::string& b) {
      auto count = [&](const std::string& s) {
        auto it = side_mentions.find(s);
        return it == side_mentions.end() ? 0 : it->second;
      };
      return count(a) > count(b);
    });
    for (const auto& s : camp) {
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
  }
  return out;
}

std::string most_placed_state(const Lexicons& lex, const std::map<std::string, int>& per_country) {
  std::string state;
  int best = 0;
  for (const auto& [cc, n] : per_country) {
    if (n <= best) continue;
    if (std::string s = lex.state_of_country(cc); !s.empty()) {
      state = std::move(s);
      best = n;
    }
  }
  return state;
}

namespace {

// How often a state must be named to be the one fighting a report's own armed groups, where
// its places lie in another state.
constexpr int kNamedStateMentions = 2;

// The report's own conflict: the state of most of its places against the armed groups it
// defines (`groups`); the only one where no party of the chosen conflicts but that state is
// named (a report of India's ULFA is no report of India's war with Pakistan).
void add_report_conflict(const Lexicons& lex, const std::vector<std::string>& groups,
                         const std::map<std::string, int>& per_country, ConflictContext& ctx) {
  if (groups.empty()) return;
  std::string state = most_placed_state(lex, per_country);
  // "Serbian police", "Belgrade" in a report of the KLA from Kosovo's villages: a state the
  // report names at least twice, and more often than the state of its places, is the one
  // fighting.
  const auto count = [&](const std::string& s) {
    const auto it = ctx.side_mentions.find(s);
    return it == ctx.side_mentions.end() ? 0 : it->second;
  };
  for (const auto& [side, n] : ctx.side_mentions) {
    if (lex.is_state(side) && n >= kNamedStateMentions && n > count(state)) state = side;
  }
  const auto it = lex.sides.find(state);
  if (state.empty() || it == lex.sides.end() || it->second.country.empty()) return;
  auto own = std::make_shared<ConflictEntry>();
  own->name = state + " against " + groups.front();
  for (std::size_t i = 1; i < groups.size(); ++i) own->name += ", " + groups[i];
  own->camp_a = {state};
  own->camp_b = groups;
  own->countries = {it->second.country};
  own->source = "the armed groups the report defines";
  const bool named =
      std::any_of(ctx.conflicts.begin(), ctx.conflicts.end(), [&](const ConflictEntry* c) {
        return std::any_of(ctx.side_mentions.begin(), ctx.side_mentions.end(),
                           [&](const auto& m) { return m.first != state && c->involves(m.first); });
      });
  // Conflicts no named party chose ("the insurgents" of Afghanistan's war) yield to it.
  if (!named) ctx.conflicts.clear();
  ctx.conflicts.push_back(own.get());
  ctx.report_conflict = std::move(own);
  if (!named) ctx.home_side = state;
}

}  // namespace

ConflictContext choose_conflicts(const Lexicons& lex, std::map<std::string, int> side_mentions,
                                 const std::vector<std::string>& place_countries,
                                 const std::string& published,
                                 const std::vector<std::string>& place_holders,
                                 const std::vector<std::vector<std::string>>& epithet_votes,
                                 const std::vector<std::string>& report_groups,
                                 const std::vector<std::string>& place_regions) {
  ConflictContext ctx;
  ctx.side_mentions = std::move(side_mentions);
  std::vector<const ConflictEntry*> open;
  for (const auto& c : lex.conflicts) {
    if (in_period(c, published)) open.push_back(&c);
  }
  std::vector<double> score(open.size(), 0.0);
  auto vote = [&](auto belongs, double weight) {
    std::vector<std::size_t> mine;
    for (std::size_t i = 0; i < open.size(); ++i) {
      if (belongs(*open[i])) mine.push_back(i);
    }
    for (std::size_t i : mine) score[i] += weight / static_cast<double>(mine.size());
  };
  for (const auto& mention : ctx.side_mentions) {
    // Not a structured binding: clang 14 (the sanitizer and fuzz build) cannot capture one.
    const auto& side = mention.first;
    vote(
        [&](const ConflictEntry& c) { return c.involves(side) || c.involves(lex.counts_as(side)); },
        mention.second);
  }
  for (std::size_t i = 0; i < place_countries.size(); ++i) {
    const std::string& cc = place_countries[i];
    const std::string admin1 = i < place_regions.size() ? place_regions[i] : std::string();
    vote([&](const ConflictEntry& c) { return c.fought_at(cc, admin1); }, kPlaceWeight);
  }
  for (const auto& names : epithet_votes) {
    vote(
        [&](const ConflictEntry& c) {
          return std::find(names.begin(), names.end(), c.name) != names.end();
        },
        1.0);
  }
  drop_unplaced_one_camp(lex, open, ctx.side_mentions, place_countries, score);
  const double top = score.empty() ? 0.0 : *std::max_element(score.begin(), score.end());
  std::vector<std::size_t> order(open.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  for (std::size_t i : order) {
    if (top > 0 && score[i] >= top / 2 && score[i] >= kMinScore) ctx.conflicts.push_back(open[i]);
  }
  // Home: the party of the chosen conflicts whose country holds most of the report's places.
  std::map<std::string, int> per_country;
  std::map<std::string, int> per_holder;
  for (std::size_t i = 0; i < place_countries.size(); ++i) {
    const bool held = i < place_holders.size() && !place_holders[i].empty();
    ++(held ? per_holder[place_holders[i]] : per_country[place_countries[i]]);
  }
  int best = 0;
  for (const ConflictEntry* c : ctx.conflicts) {
    for (const auto* camp : {&c->camp_a, &c->camp_b}) {
      for (const auto& s : *camp) {
        auto it = lex.sides.find(s);
        const bool has_country = it != lex.sides.end() && !it->second.country.empty();
        const int n = (has_country ? per_country[it->second.country] : 0) + per_holder[s];
        if (n == 0) continue;
        if (n > best) {
          best = n;
          ctx.home_side = s;
        }
      }
    }
  }
  if (ctx.home_side.empty() && !ctx.conflicts.empty()) home_of_places(lex, per_country, ctx);
  add_report_conflict(lex, report_groups, per_country, ctx);
  return ctx;
}

std::string ConflictContext::state_at_war(const Lexicons& lex) const {
  auto is_state = [&](const std::string& s) { return lex.is_state(s); };
  std::vector<std::string> states;
  for (const ConflictEntry* c : conflicts) {
    const bool a = std::any_of(c->camp_a.begin(), c->camp_a.end(), is_state);
    const bool b = std::any_of(c->camp_b.begin(), c->camp_b.end(), is_state);
    // States on both sides: "government forces" could be either's; another conflict of the
    // report may still have one state against armed groups (Syria's government against the
    // Druze factions, while Israel strikes it).
    if (a && b) continue;
    for (const auto& s : a ? c->camp_a : c->camp_b)
      if (is_state(s) && std::find(states.begin(), states.end(), s) == states.end())
        states.push_back(s);
  }
  if (states.size() == 1) return states.front();
  const std::string& home = home_side;
  return std::find(states.begin(), states.end(), home) != states.end() ? home : std::string();
}

}  // namespace truce::extract
