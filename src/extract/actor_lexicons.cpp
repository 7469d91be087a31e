// The parties: curated sides and actors, armed groups, the world's states generated from
// world-countries, and the conflicts that set who fights whom.
#include "extract/actor_lexicons.hpp"

#include "text/date_resolver.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "extract/lexicon_file.hpp"
#include "text/tokenizer.hpp"

namespace truce::extract {
namespace {

const std::set<std::string> kActorKinds = {"state",
                                           "military",
                                           "government",
                                           "armed_group",
                                           "civilians",
                                           "media",
                                           "international_organisation",
                                           "enemy"};

Error bad(const LexiconTable& t, const LexiconRow& r, const std::string& what) {
  return make_error(fmt::format("{}:{}: {}", t.path.string(), r.line, what));
}

std::string where(const LexiconTable& t, const LexiconRow& r) {
  return fmt::format("{}:{}", t.path.filename().string(), r.line);
}

std::string none_as_empty(const std::string& v) { return v == "-" ? std::string() : v; }

std::string joined_keys(const std::string& phrase) {
  std::string s;
  for (const auto& k : text::phrase_keys(phrase)) s += (s.empty() ? "" : " ") + k;
  return s;
}

// Builds the actor table, remembering which folded phrase names which actor so that a
// generated state merges into the curated row that already names it ("Türkiye" -> Turkey).
class ActorTable {
 public:
  explicit ActorTable(Lexicons& lex) : lex_(lex) {}

  int add_entry(ActorEntry e) {
    lex_.actors.push_back(std::move(e));
    return static_cast<int>(lex_.actors.size()) - 1;
  }

  // Adds `phrase` under actor `id` unless some actor already has it; false when it had none.
  bool add_phrase(const std::string& phrase, int id) {
    const std::string key = joined_keys(phrase);
    if (key.empty()) return false;
    if (!by_phrase_.emplace(key, id).second) return true;
    lex_.actor_matcher.add(text::phrase_keys(phrase), id);
    return true;
  }

  // The actor that already has `phrase`, or -1.
  int find(const std::string& phrase) const {
    auto it = by_phrase_.find(joined_keys(phrase));
    return it == by_phrase_.end() ? -1 : it->second;
  }

 private:
  Lexicons& lex_;
  std::map<std::string, int> by_phrase_;
};

Status load_sides(const std::filesystem::path& dir, Lexicons& lex) {
  auto sides = read_lexicon(dir / "sides.tsv", {"side", "counts_as", "civil_authority"});
  if (!sides) return sides.error();
  for (const auto& r : sides->rows) {
    lex.sides[r.fields[0]] =
        SideEntry{r.fields[0], none_as_empty(r.fields[1]), {}, none_as_empty(r.fields[2])};
  }
  return {};
}

Status load_curated_actors(const std::filesystem::path& dir, Lexicons& lex, ActorTable& table,
                           std::vector<std::pair<std::string, std::string>>& pending_sides) {
  auto actors = read_lexicon(dir / "actors.tsv", {"names", "side", "kind"});
  if (!actors) return actors.error();
  const int names = actors->column("names");
  const int side = actors->column("side");
  const int kind = actors->column("kind");
  for (const auto& r : actors->rows) {
    const auto variants = split_alternatives(r.fields[names]);
    if (variants.empty()) return bad(*actors, r, "no name");
    ActorEntry e{variants.front(), none_as_empty(r.fields[side]), r.fields[kind],
                 where(*actors, r)};
    if (!kActorKinds.count(e.kind))
      return bad(*actors, r, fmt::format("unknown kind '{}'", e.kind));
    // A state row defines its side; other rows must name a side defined somewhere.
    if (e.kind == "state" && !e.side.empty() && !lex.sides.count(e.side))
      lex.sides[e.side] = SideEntry{e.side, {}, {}, {}};
    if (!e.side.empty() && e.side != "civilians" && e.side != "media")
      pending_sides.emplace_back(e.side, where(*actors, r));
    const int id = table.add_entry(e);
    bool any = false;
    for (const auto& v : variants) any = table.add_phrase(v, id) || any;
    if (!any) return bad(*actors, r, fmt::format("'{}' has no words to match", r.fields[names]));
  }
  return {};
}

Status load_armed_groups(const std::filesystem::path& dir, Lexicons& lex, ActorTable& table) {
  auto groups = read_lexicon(dir / "armed_groups.tsv", {"names", "side", "source"});
  if (!groups) return groups.error();
  for (const auto& r : groups->rows) {
    const auto variants = split_alternatives(r.fields[0]);
    if (variants.empty()) return bad(*groups, r, "no name");
    if (r.fields[1].empty() || r.fields[1] == "-") return bad(*groups, r, "no side");
    if (r.fields[2].empty() || r.fields[2] == "-") return bad(*groups, r, "no source");
    if (!lex.sides.count(r.fields[1])) lex.sides[r.fields[1]] = SideEntry{r.fields[1], {}, {}, {}};
    const int id = table.add_entry(
        ActorEntry{variants.front(), r.fields[1], "armed_group", where(*groups, r)});
    for (const auto& v : variants) table.add_phrase(v, id);
  }
  return {};
}

// True when the generated name `v` is an English word or a given name that names no state in an
// English report ("Bushrod Island" is no Iceland; cue class not_state_name).
bool not_a_state_name(const Lexicons& lex, const std::string& v) {
  const auto it = lex.cues.find("not_state_name");
  if (it == lex.cues.end()) return false;
  const auto tokens = text::tokenize(v);
  const auto m = it->second.match_at(tokens, 0, tokens.size());
  return m && m->last == tokens.size();
}

// The generated states: each merges into the curated state that already has one of its names,
// else becomes a side of its own. Demonyms join the cue class "demonym".
Status load_generated_states(const std::filesystem::path& dir, Lexicons& lex, ActorTable& table) {
  const auto path = dir / "generated" / "states.tsv";
  if (!std::filesystem::exists(path)) return {};  // a build without npm data: curated only
  auto states = read_lexicon(path, {"side", "iso2", "iso3", "names", "demonyms", "capitals"});
  if (!states) return states.error();
  auto& demonym_cues = lex.cues["demonym"];
  auto& demonym_sources = lex.cue_sources["demonym"];
  std::set<std::string> generated_sides;
  for (const auto& r : states->rows) generated_sides.insert(r.fields[0]);
  for (const auto& r : states->rows) {
    auto variants = split_alternatives(r.fields[3]);
    std::erase_if(variants, [&](const std::string& v) { return not_a_state_name(lex, v); });
    const auto demonyms = split_alternatives(r.fields[4]);
    const auto capitals = split_alternatives(r.fields[5]);
    // A curated state row takes the generated names ("Turkey" those of Türkiye); one that is
    // another generated state's and claims a name of this one ("Congo" for DR Congo) keeps
    // that name, and this state gets its own entry.
    int id = -1;
    for (const auto& v : variants) {
      const int found = table.find(v);
      if (found < 0) continue;
      const ActorEntry& curated = lex.actors[static_cast<std::size_t>(found)];
      if (curated.kind == "state" &&
          (curated.side == r.fields[0] || !generated_sides.count(curated.side))) {
        id = found;
        break;
      }
    }
    if (id < 0) {
      id = table.add_entry(ActorEntry{r.fields[0], r.fields[0], "state", where(*states, r)});
      if (!lex.sides.count(r.fields[0]))
        lex.sides[r.fields[0]] = SideEntry{r.fields[0], {}, {}, {}};
    }
    const std::string side = lex.actors[static_cast<std::size_t>(id)].side;
    lex.sides[side].country = r.fields[1];
    for (const auto& v : variants) table.add_phrase(v, id);
    for (const auto& v : demonyms) {
      table.add_phrase(v, id);
      demonym_cues.add(text::phrase_keys(v), static_cast<int>(demonym_sources.size()));
      demonym_sources.push_back(where(*states, r));
    }
    for (const auto& v : capitals) table.add_phrase(v, id);
  }
  return {};
}

Status load_conflicts(const std::filesystem::path& dir, Lexicons& lex) {
  auto table = read_lexicon(dir / "conflicts.tsv",
                            {"conflict", "side_a", "side_b", "from", "to", "countries", "source"});
  if (!table) return table.error();
  for (const auto& r : table->rows) {
    ConflictEntry c{
        r.fields[0],     split_alternatives(r.fields[1]), split_alternatives(r.fields[2]),
        r.fields[3],     none_as_empty(r.fields[4]),      split_alternatives(r.fields[5]),
        where(*table, r)};
    if (const int air = table->column("aircraft"); air >= 0) {
      c.aircraft = split_alternatives(none_as_empty(r.fields[static_cast<std::size_t>(air)]));
    }
    if (const int uav = table->column("drones"); uav >= 0) {
      c.drones = split_alternatives(none_as_empty(r.fields[static_cast<std::size_t>(uav)]));
    }
    if (const int areas = table->column("areas"); areas >= 0) {
      c.areas = split_alternatives(none_as_empty(r.fields[static_cast<std::size_t>(areas)]));
    }
    for (const auto& a : c.areas) {
      const auto colon = a.find(':');
      const std::string cc = colon == std::string::npos ? std::string() : a.substr(0, colon);
      if (colon != 2 || colon + 1 == a.size() ||
          std::find(c.countries.begin(), c.countries.end(), cc) == c.countries.end())
        return bad(*table, r,
                   fmt::format("areas: '{}' is not CC:Region for one of its countries", a));
    }
    if (c.camp_a.empty() || c.camp_b.empty()) return bad(*table, r, "a camp has no side");
    for (const auto& s : c.drones) {
      if (!c.involves(s)) return bad(*table, r, fmt::format("drones: '{}' is no party", s));
    }
    for (const auto& s : c.aircraft) {
      if (!c.involves(s)) return bad(*table, r, fmt::format("aircraft: '{}' is no party", s));
    }
    for (const auto* camp : {&c.camp_a, &c.camp_b}) {
      for (const auto& s : *camp) {
        if (!lex.sides.count(s)) return bad(*table, r, fmt::format("unknown side '{}'", s));
      }
    }
    if (c.from.size() != 10 || (!c.to.empty() && c.to.size() != 10))
      return bad(*table, r, "from and to must be YYYY-MM-DD (to may be -)");
    lex.conflicts.push_back(std::move(c));
  }
  return {};
}

// Agreements whose days are on record (agreements.tsv), each of a conflict of conflicts.tsv.
Status load_agreements(const std::filesystem::path& dir, Lexicons& lex) {
  auto table =
      read_lexicon(dir / "agreements.tsv", {"conflict", "names", "reached", "effective", "source"});
  if (!table) return table.error();
  for (const auto& r : table->rows) {
    AgreementEntry a{r.fields[0],
                     split_alternatives(none_as_empty(r.fields[1])),
                     {},
                     r.fields[2],
                     none_as_empty(r.fields[3]),
                     where(*table, r)};
    for (const auto& name : a.names) a.name_keys.push_back(text::phrase_keys(name));
    if (a.effective.empty()) a.effective = a.reached;
    const bool known = std::any_of(lex.conflicts.begin(), lex.conflicts.end(),
                                   [&](const ConflictEntry& c) { return c.name == a.conflict; });
    if (!known) return bad(*table, r, fmt::format("unknown conflict '{}'", a.conflict));
    if (!text::parse_iso_date(a.reached) || !text::parse_iso_date(a.effective) ||
        a.effective < a.reached)
      return bad(*table, r, "reached and effective must be YYYY-MM-DD, effective not before");
    lex.agreements.push_back(std::move(a));
  }
  return {};
}

// Land a side holds inside another country (held_areas.tsv).
Status load_held_areas(const std::filesystem::path& dir, Lexicons& lex) {
  auto table = read_lexicon(dir / "held_areas.tsv",
                            {"side", "country", "areas", "places", "from", "to", "source"});
  if (!table) return table.error();
  for (const auto& r : table->rows) {
    HeldArea h{r.fields[0],
               r.fields[1],
               split_alternatives(none_as_empty(r.fields[2])),
               split_alternatives(none_as_empty(r.fields[3])),
               r.fields[4],
               none_as_empty(r.fields[5]),
               where(*table, r)};
    if (!lex.sides.count(h.side)) return bad(*table, r, fmt::format("unknown side '{}'", h.side));
    if (h.country.size() != 2) return bad(*table, r, "country must be an ISO alpha-2 code");
    if (h.areas.empty() && h.places.empty()) return bad(*table, r, "no areas and no places");
    if (h.from.size() != 10 || (!h.to.empty() && h.to.size() != 10))
      return bad(*table, r, "from and to must be YYYY-MM-DD (to may be -)");
    if (r.fields[6].empty() || r.fields[6] == "-") return bad(*table, r, "no source");
    lex.held_areas.push_back(std::move(h));
  }
  return {};
}

// The epithets: names that stand for a party only in a report about one conflict.
Status load_epithets(const std::filesystem::path& dir, Lexicons& lex) {
  auto table = read_lexicon(dir / "epithets.tsv", {"names", "side", "kind", "conflict", "source"});
  if (!table) return table.error();
  for (const auto& r : table->rows) {
    const auto variants = split_alternatives(r.fields[0]);
    if (variants.empty()) return bad(*table, r, "no name");
    ActorEntry e{variants.front(), r.fields[1], r.fields[2], where(*table, r), r.fields[3]};
    if (e.kind != "state" && e.kind != "military" && e.kind != "government" &&
        e.kind != "armed_group")
      return bad(*table, r,
                 fmt::format("kind '{}' must be state, military, government or "
                             "armed_group",
                             e.kind));
    const auto c = std::find_if(lex.conflicts.begin(), lex.conflicts.end(),
                                [&](const ConflictEntry& x) { return x.name == e.conflict; });
    if (c == lex.conflicts.end())
      return bad(*table, r, fmt::format("unknown conflict '{}'", e.conflict));
    if (!c->involves(e.side))
      return bad(*table, r, fmt::format("'{}' is no party to {}", e.side, e.conflict));
    if (r.fields[4].empty() || r.fields[4] == "-") return bad(*table, r, "no source");
    lex.actors.push_back(e);
    const int id = static_cast<int>(lex.actors.size()) - 1;
    bool any = false;
    for (const auto& v : variants)
      any = lex.epithets[e.conflict].add(text::phrase_keys(v), id) || any;
    if (!any) return bad(*table, r, fmt::format("'{}' has no words to match", r.fields[0]));
  }
  return {};
}

// The generic names of an insurgency ("the insurgents", "Islamist militants", "the
// terrorists", cue class "armed_group_word") name a conflict's non-state party when it has
// only one: in a report about Cabo Delgado "the insurgents" are the Islamic State's. Where two
// or more groups fight, the words name none of them.
Status add_lone_group_words(const std::filesystem::path& dir, Lexicons& lex) {
  auto cues = read_lexicon(dir / "cues.tsv", {"phrases", "class"});
  if (!cues) return cues.error();
  auto kind_of_side = [&](const std::string& side, const char* kind) {
    return std::any_of(lex.actors.begin(), lex.actors.end(), [&](const ActorEntry& a) {
      return a.side == side && a.kind == kind && a.conflict.empty();
    });
  };
  for (const ConflictEntry& c : lex.conflicts) {
    std::vector<std::string> groups;
    for (const auto* camp : {&c.camp_a, &c.camp_b}) {
      for (const auto& party : *camp) {
        if (kind_of_side(party, "armed_group") && !kind_of_side(party, "state"))
          groups.push_back(party);
      }
    }
    if (groups.size() != 1) continue;
    for (const auto& r : cues->rows) {
      if (r.fields[1] != "armed_group_word") continue;
      const auto variants = split_alternatives(r.fields[0]);
      lex.actors.push_back(ActorEntry{
          variants.front(), groups.front(), "armed_group",
          fmt::format("{} (the lone armed group of {})", where(*cues, r), c.name), c.name, true});
      const int id = static_cast<int>(lex.actors.size()) - 1;
      for (const auto& v : variants) lex.epithets[c.name].add(text::phrase_keys(v), id);
    }
  }
  return {};
}

}  // namespace

bool ConflictEntry::fought_at(const std::string& cc, const std::string& admin1) const {
  if (std::find(countries.begin(), countries.end(), cc) == countries.end()) return false;
  const std::string prefix = cc + ":";
  const bool limited = std::any_of(areas.begin(), areas.end(), [&](const std::string& a) {
    return a.compare(0, prefix.size(), prefix) == 0;
  });
  if (!limited || admin1.empty()) return true;
  return std::find(areas.begin(), areas.end(), prefix + admin1) != areas.end();
}

bool ConflictEntry::involves(const std::string& side) const {
  return std::find(camp_a.begin(), camp_a.end(), side) != camp_a.end() ||
         std::find(camp_b.begin(), camp_b.end(), side) != camp_b.end();
}

std::string Lexicons::holder_of(const std::string& place_id, const std::string& admin1,
                                const std::string& country, const std::string& date) const {
  auto in_period = [&](const HeldArea& h) {
    return h.from <= date && (h.to.empty() || date < h.to);
  };
  for (const auto& h : held_areas) {
    if (h.country == country &&
        std::find(h.places.begin(), h.places.end(), place_id) != h.places.end())
      return in_period(h) ? h.side : std::string();
  }
  for (const auto& h : held_areas) {
    if (h.country == country && !admin1.empty() && in_period(h) &&
        std::find(h.areas.begin(), h.areas.end(), admin1) != h.areas.end())
      return h.side;
  }
  return {};
}

const std::vector<std::string>& ConflictEntry::enemies_of(const std::string& side) const {
  static const std::vector<std::string> kNone;
  if (std::find(camp_a.begin(), camp_a.end(), side) != camp_a.end()) return camp_b;
  if (std::find(camp_b.begin(), camp_b.end(), side) != camp_b.end()) return camp_a;
  return kNone;
}

Status load_actor_lexicons(const std::filesystem::path& dir, Lexicons& lex) {
  if (auto s = load_sides(dir, lex); !s) return s;
  ActorTable table(lex);
  std::vector<std::pair<std::string, std::string>> pending_sides;
  if (auto s = load_curated_actors(dir, lex, table, pending_sides); !s) return s;
  if (auto s = load_armed_groups(dir, lex, table); !s) return s;
  if (auto s = load_generated_states(dir, lex, table); !s) return s;
  for (const auto& [side, at] : pending_sides) {
    if (!lex.sides.count(side))
      return make_error(
          fmt::format("{}/{}: side '{}' is neither a state, an armed group nor in "
                      "sides.tsv",
                      dir.string(), at, side));
  }
  if (auto s = load_conflicts(dir, lex); !s) return s;
  if (auto s = load_held_areas(dir, lex); !s) return s;
  if (auto s = load_agreements(dir, lex); !s) return s;
  if (auto s = load_epithets(dir, lex); !s) return s;
  return add_lone_group_words(dir, lex);
}

}  // namespace truce::extract
