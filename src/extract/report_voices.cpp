// See report_voices.hpp.
#include "extract/report_voices.hpp"

#include <algorithm>
#include <vector>

namespace truce::extract {

Claimant outlet(const Document& doc) {
  Claimant c;
  c.name = doc.report->source.empty() ? "article" : doc.report->source;
  c.side = "media";
  c.kind = "media";
  c.rule = "outlet";
  return c;
}

std::string civil_side(const Lexicons& lex, const std::string& side) {
  auto it = lex.sides.find(side);
  if (it == lex.sides.end() || it->second.civil_authority.empty()) return side;
  return it->second.civil_authority;
}

namespace {

// "General Staff of the Armed Forces of Ukraine", "Somali Ministry of Defence operations
// update": an institution of a named state in tokens [0, to) of `line`, speaking for it.
std::optional<Claimant> state_institution(const Lexicons& lex, const std::string& line,
                                          const std::vector<text::Token>& tokens, std::size_t to) {
  const ActorEntry* head = nullptr;
  const ActorEntry* state = nullptr;
  for (const auto& m : lex.actor_matcher.find_all(tokens, 0, to)) {
    const ActorEntry& e = lex.actors[static_cast<std::size_t>(m.id)];
    if (e.side.empty() && (e.kind == "military" || e.kind == "government") && !head) head = &e;
    if (e.kind == "state" && !state) state = &e;
  }
  if (!head || !state || to == 0) return std::nullopt;
  Claimant c;
  c.name = line.substr(tokens[0].begin, tokens[to - 1].end - tokens[0].begin);
  c.side = state->side;
  c.kind = head->kind;
  return c;
}

// A party's state media on its own account ("Lebanese state agency", "Saba (Houthi-run state
// agency)", an agency the actors lexicon gives a side): the voice of that party, when it is a
// party to the war the report is about. A state's agency far from the war stays media.
std::optional<Claimant> party_state_media(const Document& doc, const Lexicons& lex,
                                          const std::string& source,
                                          const std::vector<text::Token>& tokens) {
  const bool state_media = !lex.cue("state_media").find_all(tokens, 0, tokens.size()).empty();
  for (const auto& m : lex.actor_matcher.find_all(tokens, 0, tokens.size())) {
    const ActorEntry& e = lex.actors[static_cast<std::size_t>(m.id)];
    const bool agency = e.kind == "media" && e.side != "media" && !e.side.empty();
    const bool party = e.kind == "state" || e.kind == "armed_group" || e.kind == "government";
    if (!(agency || (party && state_media)) || !belligerent(doc, e.side)) continue;
    Claimant c;
    c.name = source;
    c.side = e.side;
    c.kind = "media";
    c.rule = "party-state-media";
    return c;
  }
  return std::nullopt;
}

// An international organisation or a named force publishing in its own name ("OSCE Kosovo
// Verification Mission daily report", "UNSMIL statement", "INTERFET media release"): what its
// report tells on its own account is the organisation's or the force's side's word. Only where the
// name opens the outlet: a news service it runs ("IRIN (UN OCHA)") reports as media, as do its
// humanitarian offices (cue class humanitarian_office, "UN OCHA flash update") and a rights group
// the lexicon counts as media.
std::optional<Claimant> organisation_outlet(const Lexicons& lex, const std::string& source,
                                            const std::vector<text::Token>& tokens) {
  if (!lex.cue("humanitarian_office").find_all(tokens, 0, tokens.size()).empty())
    return std::nullopt;
  const auto matches = lex.actor_matcher.find_all(tokens, 0, tokens.size());
  if (matches.empty() || matches.front().first != 0) return std::nullopt;
  const ActorEntry& e = lex.actors[static_cast<std::size_t>(matches.front().id)];
  // An organisation's or a force's own release ("INTERFET media release", "IDF statement"):
  // a named force speaks for its side as an organisation does for itself.
  const bool own_channel =
      e.kind == "international_organisation" || e.kind == "military" || e.kind == "armed_group";
  if (!own_channel || e.side.empty() || e.side == "media") return std::nullopt;
  Claimant c;
  c.name = source;
  c.side = e.side;
  c.kind = e.kind;
  c.rule = "organisation-outlet";
  return c;
}
}  // namespace

Claimant own_voice_of(const Document& doc, const Lexicons& lex) {
  const std::string& source = doc.report->source;
  const auto tokens = text::tokenize(source);
  if (auto c = state_institution(lex, source, tokens, tokens.size())) {
    c->rule = "issuer";
    return *c;
  }
  if (auto c = party_state_media(doc, lex, source, tokens)) return *c;
  if (auto c = organisation_outlet(lex, source, tokens)) return *c;
  return outlet(doc);
}

std::string outlet_party(const Document& doc, const Lexicons& lex) {
  const auto tokens = text::tokenize(doc.report->source);
  for (const auto& m : lex.actor_matcher.find_all(tokens, 0, tokens.size())) {
    const ActorEntry& e = lex.actors[static_cast<std::size_t>(m.id)];
    const bool party = e.kind == "state" || e.kind == "armed_group" || e.kind == "media";
    if (!party || e.side.empty() || e.side == "media") continue;
    // Only the party that leads a camp: a Lebanese site's "enemy" is the nation's word, not
    // Hezbollah's or the state's communique.
    for (const ConflictEntry* c : doc.context.conflicts) {
      if ((!c->camp_a.empty() && c->camp_a.front() == e.side) ||
          (!c->camp_b.empty() && c->camp_b.front() == e.side))
        return e.side;
    }
  }
  return {};
}

namespace {

// How many words after a party a headline's verb of attack or violation may come ("Azerbaijani
// forces broke the truce").
constexpr std::size_t kAccusedVerbReach = 3;

// The party a headline accuses after its colon: the first party it names, when an attack or a
// violation follows it ("Defence Ministry: Azerbaijan broke the truce within minutes").
std::string accused_party(const Document& doc, const Lexicons& lex,
                          const std::vector<text::Token>& tokens, std::size_t from) {
  for (const auto& m : lex.actor_matcher.find_all(tokens, from, tokens.size())) {
    const ActorEntry& e = lex.actors[static_cast<std::size_t>(m.id)];
    if (e.side.empty() || e.side == "civilians" || e.kind == "media") continue;
    if (!belligerent(doc, e.side)) return {};
    const std::size_t reach = std::min(tokens.size(), m.last + kAccusedVerbReach);
    for (std::size_t k = m.last; k < reach; ++k) {
      if (lex.cue("violation").match_at(tokens, k, tokens.size()) ||
          lex.pattern_matcher.match_at(tokens, k, tokens.size()))
        return e.side;
    }
    return {};
  }
  return {};
}

// The source a headline names before a colon ("Health Ministry: 41 killed ..."), from the
// report's title or its first lines without closing punctuation. A country or capital there is
// a dateline or a topic ("SUDAN: ..."), not a source.
std::optional<Claimant> headline_claimant(const Document& doc, const Lexicons& lex,
                                          const std::string& line) {
  const auto tokens = text::tokenize(line);
  std::size_t colon = 0;
  while (colon < tokens.size() && colon < 8 && tokens[colon].key != ":") ++colon;
  if (colon >= tokens.size() || tokens[colon].key != ":") return std::nullopt;
  if (auto c = state_institution(lex, line, tokens, colon)) {
    c->rule = "headline-source";
    return c;
  }
  const ActorEntry* head = nullptr;
  for (const auto& m : lex.actor_matcher.find_all(tokens, 0, colon)) {
    const ActorEntry& e = lex.actors[static_cast<std::size_t>(m.id)];
    if (e.side.empty() && (e.kind == "military" || e.kind == "government") && !head) head = &e;
  }
  for (const auto& m : lex.actor_matcher.find_all(tokens, 0, colon)) {
    const ActorEntry& e = lex.actors[static_cast<std::size_t>(m.id)];
    if (e.side.empty() || e.kind == "state" || e.side == "civilians") continue;
    Claimant c;
    c.name = line.substr(tokens[0].begin, tokens[colon - 1].end - tokens[0].begin);
    c.side = e.side;
    c.kind = e.kind;
    c.rule = "headline-source";
    return c;
  }
  // "Defence Ministry: Azerbaijan broke the truce": the ministry of the party's enemy.
  if (head && head->kind == "military") {
    if (const std::string accused = accused_party(doc, lex, tokens, colon + 1); !accused.empty()) {
      if (const std::string speaker = opponent_of(doc, accused); !speaker.empty()) {
        Claimant c;
        c.name = line.substr(tokens[0].begin, tokens[colon - 1].end - tokens[0].begin);
        c.side = speaker;
        c.kind = "military";
        c.rule = "headline-source+accuser";
        return c;
      }
    }
  }
  // "Source in General Staff: ..." on a party's state agency: that party's staff, wherever
  // the places of the report lie.
  if (head && (head->kind == "military" || head->kind == "government")) {
    if (const Claimant own = own_voice_of(doc, lex); own.rule == "party-state-media") {
      Claimant c;
      c.name = line.substr(tokens[0].begin, tokens[colon - 1].end - tokens[0].begin);
      c.side = own.side;
      c.kind = head->kind;
      c.rule = "headline-source";
      return c;
    }
  }
  // "Army update: ..." on a page of the home party: that party's army.
  if (head && head->kind == "military" && !doc.context.home_side.empty()) {
    Claimant c;
    c.name = line.substr(tokens[0].begin, tokens[colon - 1].end - tokens[0].begin);
    c.side = doc.context.home_side;
    c.kind = "military";
    c.rule = "headline-source";
    return c;
  }
  if (!doc.context.home_side.empty() &&
      !lex.cue("local_official").find_all(tokens, 0, colon).empty()) {
    Claimant c;
    c.name = line.substr(tokens[0].begin, tokens[colon - 1].end - tokens[0].begin);
    c.side = civil_side(lex, doc.context.home_side);
    c.kind = "government";
    c.rule = "headline-source";
    return c;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Claimant> headline_source(const Document& doc, const Lexicons& lex) {
  if (auto c = headline_claimant(doc, lex, doc.report->title)) return c;
  for (const auto& v : doc.sentences) {
    if (v.sentence.terminal) break;  // headlines come first
    const auto& body = doc.report->body;
    if (auto c = headline_claimant(
            doc, lex, body.substr(v.sentence.begin, v.sentence.end - v.sentence.begin))) {
      return c;
    }
  }
  return std::nullopt;
}

}  // namespace truce::extract
