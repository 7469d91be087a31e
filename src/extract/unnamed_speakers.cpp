// See unnamed_speakers.hpp.
#include "extract/unnamed_speakers.hpp"

#include "extract/report_voices.hpp"

#include <algorithm>

namespace truce::extract {

// The party of the report's conflicts whose country is `cc`; empty when none.
std::string party_of_country(const Document& doc, const Lexicons& lex, const std::string& cc) {
  for (const ConflictEntry* c : doc.context.conflicts) {
    for (const auto* camp : {&c->camp_a, &c->camp_b}) {
      for (const auto& s : *camp) {
        auto it = lex.sides.find(s);
        if (it != lex.sides.end() && it->second.country == cc) return s;
      }
    }
  }
  return {};
}

namespace {

// How often a report names a state that is no party of its conflicts before its towns' officials
// speak for it: once may be in passing ("brokered by the United States and France").
constexpr int kBystanderMentions = 2;

// The party a place speaks for: the side that holds it where that is a party ("officials in
// Stepanakert"), else the party of its country; with `any_state`, else its country's state
// even outside the report's conflicts ("the deputy governor of Ardabil": Iran's).
std::string party_of_place(const Document& doc, const Lexicons& lex, const PlaceCountry& p,
                           bool any_state) {
  if (!p.holder.empty() && belligerent(doc, p.holder)) return p.holder;
  std::string party = party_of_country(doc, lex, p.country);
  if (party.empty() && any_state) party = lex.state_of_country(p.country);
  return party;
}

// The party the places of sentence `v` from byte `from_offset` on speak for: its towns and
// districts before its regions and countries, that a party holds; else a state the report
// names, of a town ("shells landed in a village of Khoda Afarin county, the county governor
// said": Iran's, a bystander of that war); else a state named as a place ("landed on Iranian
// soil"). A country named as the attacker's modifier ("U.S. airstrikes on Houthi targets across
// Yemen, the rebel-run health ministry said") is no place of the officials.
std::string party_of_places(const Document& doc, const Lexicons& lex, const SentenceView& v,
                            std::size_t from_offset) {
  from_offset = std::max(from_offset, dateline_end(doc, v));
  const auto modifier = [&](const PlaceCountry& p) {
    return std::any_of(v.actors.begin(), v.actors.end(), [&](const ActorMention& a) {
      return !a.locative && a.first < a.last && a.last < v.last &&
             doc.tokens[a.first].begin <= p.offset && p.offset < doc.tokens[a.last - 1].end &&
             doc.tokens[a.last].kind == text::TokenKind::word && !doc.capitalised(a.last) &&
             !doc.tokens[a.last].is_any({"and", "or", "said", "says"});
    });
  };
  std::string party;
  for (const bool local : {true, false}) {
    for (const auto& p : v.places) {
      if (!party.empty() || p.local != local || p.offset < from_offset || (!local && modifier(p)))
        continue;
      party = party_of_place(doc, lex, p, false);
      const std::string state = local ? lex.state_of_country(p.country) : "";
      const auto named = doc.context.side_mentions.find(state);
      if (party.empty() && named != doc.context.side_mentions.end() &&
          named->second >= kBystanderMentions)
        party = state;
    }
  }
  for (const auto& a : v.actors) {
    if (party.empty() && a.locative && lex.is_state(a.side) &&
        doc.tokens[a.first].begin >= from_offset)
      party = a.side;
  }
  return party;
}

// The party of a local official in tokens [from, to) of sentence `v` from the places named:
// the official's own place, whoever's state it is ("the governor of Ardabil"); else the places
// of the clause the official speaks for ("A said ..., while ... in Kotli district, the district
// head told": after the last verb of saying and the last "while" before it), then of the whole
// sentence.
std::string officials_party(const Document& doc, const Lexicons& lex, const SentenceView& v,
                            std::size_t from, std::size_t to) {
  const std::size_t begin = doc.tokens[from].begin, end = doc.tokens[to - 1].end;
  std::string party;
  for (const auto& p : v.places) {
    if (party.empty() && p.offset >= begin && p.offset < end)
      party = party_of_place(doc, lex, p, true);
  }
  std::size_t clause = 0;
  for (const auto& m : cues_in(lex, doc, "speech", v.first, from))
    clause = doc.tokens[m.last - 1].end;
  for (std::size_t k = v.first; clause > 0 && k < from; ++k) {
    if (doc.tokens[k].is_any({"while", "whereas", ";"}) && doc.tokens[k].begin > clause)
      clause = doc.tokens[k].begin;
  }
  if (party.empty() && clause > 0) party = party_of_places(doc, lex, v, clause);
  if (party.empty()) party = party_of_places(doc, lex, v, 0);
  return party;
}

}  // namespace

// A local official with no state named ("the regional governor", "local authorities", "the
// health ministry") speaks for the party whose country the report's places lie in.
// Where the home party's own forces are what the sentence reports on ("Azerbaijani artillery
// shelled Martuni, according to local officials"), the officials are those of the places hit:
// the other party's.
bool resolve_local_official(const Document& doc, const Lexicons& lex, std::size_t from,
                            std::size_t to, Claimant& out) {
  // In a war not on file, the officials of the state the report's places lie in.
  std::string side = !doc.context.home_side.empty()  ? doc.context.home_side
                     : doc.context.conflicts.empty() ? doc.context.place_state
                                                     : std::string();
  if (side.empty() || cues_in(lex, doc, "local_official", from, to).empty()) return false;
  for (const auto& v : doc.sentences) {
    if (from < v.first || from >= v.last) continue;
    if (const std::string party = officials_party(doc, lex, v, from, to); !party.empty())
      side = party;
    bool home_named = false, other_named = false;
    const auto& t = doc.tokens;
    const std::size_t dateline = dateline_end(doc, v);
    for (const auto& a : v.actors) {
      if (a.locative || a.side.empty() || a.side == "civilians" || a.side == "media") continue;
      if (t[a.first].begin < dateline) continue;  // "MAIDUGURI, Nigeria (AP) -": where it is filed
      if (a.kind == "government") continue;       // "Magen David Adom paramedics": no forces
      if (a.kind == "media") continue;  // "reports Suspilne Zaporozhye": an outlet, no forces
      // "23 Palestinians were killed", "killed a Karabakh serviceman": the home party's people
      // as victims, not its forces.
      std::size_t before = a.first;
      if (before > v.first && t[before - 1].is_any({"a", "an", "the", "one", "two", "three"}))
        --before;
      const bool victims =
          (a.first > v.first && t[a.first - 1].kind == text::TokenKind::number) ||
          (a.last < v.last && t[a.last].is_any({"were", "was", "killed", "died", "wounded"})) ||
          (before > v.first && t[before - 1].is_any({"killed", "killing", "wounded", "wounding",
                                                     "injured", "injuring"}));
      if (victims) continue;
      (lex.counts_as(a.side) == lex.counts_as(side) ? home_named : other_named) = true;
    }
    if (home_named && !other_named && !opponent_of(doc, side).empty())
      side = opponent_of(doc, side);
  }
  if (from < to && doc.tokens[from].key == "the") ++from;
  out.name = doc.text(from, to);
  out.side = civil_side(lex, side);
  out.kind = "government";
  out.span = doc.span(from, to);
  out.rule = "local-official";
  return true;
}

namespace {

// How many sentences back "the army" may reach for the army it means: far enough for a report,
// and the cost stays linear in its length.
constexpr std::size_t kMilitaryLookback = 40;

}  // namespace

// The side of the nearest military actor named before token `before`, in this sentence or the
// ones before it: what "the army said" refers to when the last speaker was a civil agency.
// With `state_army` ("the army", "the armed forces"), only a state's forces qualify: in a civil
// war the army is the state's, however recently the rebels were named.
namespace {

// The nearest actor named before token `before`, in sentence `si` or the few before, that
// `wanted` accepts.
template <typename Wanted>
bool last_actor(const Document& doc, std::size_t si, std::size_t before, Claimant& out,
                Wanted wanted) {
  const std::size_t stop = si > kMilitaryLookback ? si - kMilitaryLookback : 0;
  for (std::size_t k = si + 1; k-- > stop;) {
    const auto& actors = doc.sentences[k].actors;
    for (auto a = actors.rbegin(); a != actors.rend(); ++a) {
      if (a->first >= before || a->side.empty() || a->locative || !wanted(*a)) continue;
      out.name = doc.text(a->first, a->last);
      out.side = a->side;
      out.kind = a->kind;
      out.span = doc.span(a->first, a->last);
      return true;
    }
  }
  return false;
}

}  // namespace

bool last_military(const Document& doc, std::size_t si, std::size_t before, Claimant& out,
                   bool state_army) {
  return last_actor(doc, si, before, out, [&](const ActorMention& a) {
    if (a.kind != "military" && a.kind != "armed_group") return false;
    if (!state_army) return true;
    const auto it = doc.lex->sides.find(a.side);
    return it != doc.lex->sides.end() && !it->second.country.empty();
  });
}

bool last_armed_group(const Document& doc, std::size_t si, std::size_t before, Claimant& out) {
  return last_actor(doc, si, before, out, [&](const ActorMention& a) {
    const auto it = doc.lex->sides.find(a.side);
    return it != doc.lex->sides.end() && it->second.country.empty();
  });
}

namespace {

// The side that holds a place named in tokens [from, to) where it is a party of the report's
// conflicts and not the place's own state ("officials in Stepanakert" in 2020); empty otherwise.
std::string holder_named(const Document& doc, const SentenceView& v, std::size_t from,
                         std::size_t to) {
  if (from >= to) return {};
  const std::size_t begin = doc.tokens[from].begin;
  const std::size_t end = doc.tokens[to - 1].end;
  for (const auto& p : v.places) {
    if (p.offset >= begin && p.offset < end && !p.holder.empty() && belligerent(doc, p.holder))
      return p.holder;
  }
  return {};
}

// "The enemy army said": the speaker is the other camp's (an actor of kind enemy in
// actors.tsv), whoever publishes the report.
bool enemy_named(const SentenceView& v, std::size_t from, std::size_t to) {
  return std::any_of(v.actors.begin(), v.actors.end(), [&](const ActorMention& a) {
    return a.kind == "enemy" && a.first >= from && a.last <= to;
  });
}

// True when `army` was named in sentence `v`, not found in one before it.
bool named_in(const Document& doc, const SentenceView& v, const Claimant& army) {
  return army.span.begin >= doc.tokens[v.first].begin &&
         army.span.end <= doc.tokens[v.last - 1].end;
}

// The one party at war that sentence `v` names outside tokens [from, to) (no enemy word,
// outlet, civilians or place); empty when it names none or several.
std::string lone_party_named(const Document& doc, const SentenceView& v, std::size_t from,
                             std::size_t to) {
  std::string named;
  for (const auto& a : v.actors) {
    if ((a.last > from && a.first < to) || a.side.empty() || a.side == "civilians" ||
        a.kind == "enemy" || a.kind == "media" || a.locative || !belligerent(doc, a.side))
      continue;
    if (!named.empty() && named != a.side) return {};
    named = a.side;
  }
  return named;
}

// The opponent of the one party a sentence names beside a word by which a party speaks of its
// own ("our army", "our positions"); empty when it names none or several.
std::string foe_beside_our(const Document& doc, const SentenceView& v) {
  bool our = false;
  for (const auto& m : cues_in(*doc.lex, doc, "speaker_voice", v.first, v.last))
    our = our || doc.tokens[m.first].key == "our";
  if (!our) return {};
  const std::string named = lone_party_named(doc, v, v.first, v.first);
  return named.empty() ? std::string() : opponent_of(doc, named);
}

// True when the sentence tells of civilians hit ("killing two civilians", "civilians were
// wounded") and `army` is named before them as who did it.
bool army_killed_civilians(const Document& doc, const SentenceView& v, const Claimant& army) {
  if (!named_in(doc, v, army)) return false;
  for (const auto& a : v.actors) {
    if (a.side != "civilians" || doc.tokens[a.first].begin < army.span.end) continue;
    for (std::size_t k = a.first > v.first + 3 ? a.first - 3 : v.first;
         k < v.last && k < a.last + 3; ++k) {
      if (doc.tokens[k].is_any(
              {"killing", "killed", "wounding", "wounded", "injuring", "injured", "died"}))
        return true;
    }
  }
  return false;
}

// True when a town or district named after `army` in the sentence is held by, or lies in the
// state of, `army`'s enemy ("Armenian forces shelled Tartar"): what a ministry says of the
// enemy's fire on its own towns.
bool army_hit_enemy_town(const Document& doc, const SentenceView& v, const Claimant& army) {
  if (!named_in(doc, v, army)) return false;  // an army of another sentence
  // "servicemen of the Azerbaijani Army attempted to inspect vehicles near Khankendi": no fire,
  // only where the army was.
  if (doc.lex->pattern_matcher.find_all(doc.tokens, v.first, v.last).empty()) return false;
  const auto& enemies = doc.context.enemies(*doc.lex, army.side);
  for (const auto& p : v.places) {
    if (!p.local || p.offset < army.span.end) continue;
    const std::string side = party_of_place(doc, *doc.lex, p, false);
    if (std::find(enemies.begin(), enemies.end(), side) != enemies.end()) return true;
  }
  return false;
}

// "the Ministry of Defence", "the General Staff": an institution only a state has, never an
// armed group's.
// True when the institution `head` names is a government's ("the government", "the presidency").
bool governs(const Document& doc, const ActorMention& head) {
  for (std::size_t k = head.first; k < head.last; ++k) {
    if (doc.tokens[k].is_any({"government", "presidency", "cabinet"})) return true;
  }
  return false;
}

bool state_institution(const Document& doc, const ActorMention& head) {
  for (std::size_t k = head.first; k < head.last; ++k) {
    if (doc.tokens[k].is_any({"ministry", "staff"})) return true;
  }
  return false;
}

}  // namespace

// The party a sentence opens with as the side it tells of ("On the Indian side, the army had
// said ..."); empty where it opens otherwise.
std::string fronted_side(const Document& doc, const SentenceView& v) {
  const auto& t = doc.tokens;
  if (v.first + 4 >= v.last || t[v.first].key != "on" || t[v.first + 1].key != "the") return {};
  for (const auto& a : v.actors) {
    if (a.first != v.first + 2 || a.side.empty() || a.last + 1 >= v.last) continue;
    if (t[a.last].is_any({"side", "part"}) && t[a.last + 1].key == ",") return a.side;
  }
  return {};
}

std::string side_facing_enemy(const Document& doc, const SentenceView& v, std::size_t from,
                              std::size_t to) {
  const bool enemy = std::any_of(v.actors.begin(), v.actors.end(), [&](const ActorMention& a) {
    return a.kind == "enemy" && (a.last <= from || a.first >= to);
  });
  return enemy ? lone_party_named(doc, v, from, to) : std::string();
}

// An institution named without its state before a speech verb ("the General Staff said",
// "officials said"): the party speaking last, else the party the report's places lie in.
bool resolve_institution(const Document& doc, std::size_t si, std::size_t from, std::size_t to,
                         const Claimant* last_party, Claimant& out, bool inverted) {
  const SentenceView& v = doc.sentences[si];
  const ActorMention* head = nullptr;
  for (const auto& a : v.actors) {
    if (a.first >= from && a.last <= to && a.side.empty() &&
        (a.kind == "military" || a.kind == "government"))
      head = &a;
  }
  if (!head) return false;
  Claimant army;
  // "the army", "government forces" ("government" before the head noun it qualifies)
  const std::size_t cue_from = head->first >= from + 2 ? head->first - 2 : from;
  const bool state_army = cue_ends_at(*doc.lex, doc, "state_army", cue_from, head->last);
  // The one state at war with armed groups only: "the army", "the ministry" of no named state are
  // its, not an armed group's, whoever was named or spoke last.
  const std::string lone_state = doc.context.state_at_war(*doc.lex);
  const std::string state = state_army ? lone_state : std::string();
  auto group_yields = [&](const std::string& side) {
    return head->kind == "military" && !lone_state.empty() && !doc.lex->is_state(side);
  };
  const std::string holder = holder_named(doc, v, from, to);
  const Claimant own = own_voice_of(doc, *doc.lex);
  const std::string fronted = fronted_side(doc, v);
  if (!holder.empty()) {
    out.side = holder;  // "officials in Stepanakert": those of the side that holds it
    out.kind = head->kind;
  } else if (!fronted.empty() && fronted != "civilians" && fronted != "media") {
    out.side = fronted;  // "On the Indian side, the army had said ..."
    out.kind = head->kind;
  } else if (own.side != "media" && belligerent(doc, own.side) && !enemy_named(v, from, to)) {
    // "Azerbaijani forces shelled Martuni, the Ministry of Defense said" in Armenpress: a
    // party's state agency relays its own state's ministry, whoever the sentence names first;
    // "the army" in a Houthi agency's report is the army the Houthis command.
    out.side = own.side;
    out.kind = head->kind;
  } else if (!state.empty()) {
    out.side = state;  // in a war of one state against armed groups, its forces
    out.kind = head->kind;
  } else if (const std::string foe = foe_beside_our(doc, v); !foe.empty()) {
    // "The armed forces of Armenia subjected to fire the positions of our army, the Ministry of
    // Defense informs": who says "our army" is the enemy of the party it names.
    out.side = foe;
    out.kind = head->kind;
  } else if (head->kind == "military" &&
             last_military(doc, si, inverted ? doc.sentences[si].first : from, army,
                           state_army || state_institution(doc, *head)) &&
             !group_yields(army.side)) {
    // Not "Defense Minister Ivan Velasquez said" after "an ELN guerrilla offensive" (the lone
    // state's branch below).
    out = army;  // "the army said" after "Israeli troops killed ...": that army
    // "Armenian forces shelled Barda, killing two civilians, the defence ministry said": no
    // ministry tells of civilians its own forces killed; it is the other camp's.
    if ((army_killed_civilians(doc, v, army) || army_hit_enemy_town(doc, v, army)) &&
        !opponent_of(doc, army.side).empty()) {
      out.side = opponent_of(doc, army.side);
      out.kind = head->kind;
    }
  } else if (last_party && !(governs(doc, *head) && !doc.lex->is_state(last_party->side)) &&
             !group_yields(last_party->side)) {
    // Not "the government said" after an armed group spoke: no government of the group's; nor
    // "the Second Division said" in a war of one state against armed groups (next branch).
    out = *last_party;
  } else if (head->kind == "military" && !lone_state.empty()) {
    // "Military spokesman Brigadier X said" in a war of one state against armed groups: the
    // state's, as "government forces" are.
    out.side = lone_state;
    out.kind = head->kind;
  } else if (!doc.context.home_side.empty()) {
    // "The ministry said" in a Sanaa report: the party that governs there.
    out.side = head->kind == "government" ? civil_side(*doc.lex, doc.context.home_side)
                                          : doc.context.home_side;
    out.kind = head->kind;
  } else if (doc.context.conflicts.empty() && doc.lex->is_state(doc.context.place_state)) {
    // No war on file: "the press center of the federal forces" in a report from Grozny is the
    // state's whose places the report tells of.
    out.side = doc.context.place_state;
    out.kind = head->kind;
  } else {
    return false;
  }
  // "COLOMBO (Reuters) - The military": the name starts after the dateline's dash.
  for (std::size_t k = head->first; k > from; --k) {
    if (doc.tokens[k - 1].is_any({"-", "—", "–"})) {
      from = k;
      break;
    }
  }
  if (from < to && doc.tokens[from].key == "the") ++from;
  out.name = doc.text(from, to);
  out.span = doc.span(from, to);
  out.rule = "institution";
  return true;
}

bool resolve_officer(const Document& doc, std::size_t si, std::size_t from, std::size_t to,
                     Claimant& out) {
  const auto ranks = cues_in(*doc.lex, doc, "military_rank", from, to);
  const bool named = !ranks.empty() && ranks.back().last < to && doc.capitalised(ranks.back().last);
  if (!named || !last_military(doc, si, from, out, true)) return false;
  out.name = doc.text(from, to);
  out.span = doc.span(from, to);
  out.rule = "officer";
  return true;
}

bool resolve_state_media(const Document& doc, std::size_t from, std::size_t to, Claimant& out) {
  const std::string& home = doc.context.home_side;
  if (home.empty() || !belligerent(doc, home) || !doc.lex->is_state(home) ||
      cues_in(*doc.lex, doc, "state_media", from, to).empty())
    return false;
  out = Claimant{};
  out.name = doc.text(from, to);
  out.span = doc.span(from, to);
  out.side = home;
  out.kind = "media";
  out.rule = "state-media";
  return true;
}

}  // namespace truce::extract
