// Tally lines: "tanks - 9,411 (+8)", "- civilians killed: 13", "Cambodian personnel killed: no
// fewer than 100". A label names the category (and perhaps the measure and the owner), a dash or
// a colon, then the count and perhaps the day's increment in brackets. What the label leaves out
// comes from the line that introduces the tally ("combat losses of the Russian occupying forces
// from 24.02.2022 to 20.11.2024:").
#include "extract/tally_reader.hpp"

#include <optional>

#include "extract/claim_items.hpp"
#include "extract/incident_extractor.hpp"
#include "text/number_parser.hpp"

namespace truce::extract {
namespace {

// A label is a few words: longer lines before a colon are prose ("He said: ...").
constexpr std::size_t kMaxLabelWords = 8;
// Lines looked back to find the one that introduces a tally.
constexpr std::size_t kMaxLeadDistance = 12;

bool is_separator(const text::Token& t) {
  return t.key == "-" || t.key == ":" || t.key == "\u2013" || t.key == "\u2014" || t.key == "=";
}

struct TallyLine {
  std::size_t label_first = 0, label_last = 0;  // the label's tokens
  text::Count count;
  std::optional<text::Count> increment;  // "(+8)"
};

// Reads tokens [first, last) as "<label> <separator> <count> [(+N)]", or nullopt. `dash_only`:
// only a dash separates (an item inside a sentence, where a colon opens the list).
std::optional<TallyLine> read_item(const Document& doc, std::size_t first, std::size_t last,
                                   bool dash_only) {
  const auto& t = doc.tokens;
  while (first < last && (t[first].key == "-" || t[first].key == "*" || t[first].key == "\u2022"))
    ++first;  // a bullet
  std::size_t sep = first;
  while (sep < last && !(is_separator(t[sep]) && !(dash_only && t[sep].key == ":"))) ++sep;
  if (sep == first || sep + 1 >= last || sep - first > kMaxLabelWords) return std::nullopt;
  auto count = text::parse_count(t, sep + 1, text::CountOptions{false, false});
  if (!count) return std::nullopt;
  TallyLine line{first, sep, *count, std::nullopt};
  std::size_t k = count->last;
  // "(+8)", "(plus 590 liquidated during the day)": the period's increment.
  if (k + 2 < last && t[k].key == "(" && t[k + 1].is_any({"+", "plus"})) {
    line.increment = text::parse_count(t, k + 2, text::CountOptions{false, false});
  }
  return line;
}

std::optional<TallyLine> read_line(const Document& doc, const SentenceView& v) {
  return read_item(doc, v.first, v.last, false);
}

// "losses of the enemy: personnel - about 80,000 (plus 590 ...), tanks - 2,832, artillery
// systems - 1,818": a tally written inside one sentence, its items after a colon and between
// commas. Fewer than two items is no tally.
std::vector<TallyLine> read_inline(const Document& doc, const SentenceView& v) {
  const auto& t = doc.tokens;
  std::size_t colon = v.first;
  while (colon < v.last && t[colon].key != ":") ++colon;
  std::vector<TallyLine> items;
  if (colon >= v.last) return items;
  std::size_t from = colon + 1;
  int depth = 0;
  for (std::size_t k = from; k <= v.last; ++k) {
    if (k < v.last && t[k].key == "(") ++depth;
    if (k < v.last && t[k].key == ")" && depth > 0) --depth;
    const bool end = k == v.last || (depth == 0 && (t[k].key == "," || t[k].key == ";" ||
                                                    t[k].key == "." || t[k].key == "and"));
    if (!end) continue;
    if (auto item = read_item(doc, from, k, true)) items.push_back(*item);
    from = k + 1;
  }
  if (items.size() < 2) items.clear();
  return items;
}

// The line that introduces the tally (the nearest sentence before that is not a tally line).
std::optional<std::size_t> lead_of(const Document& doc, std::size_t si) {
  for (std::size_t k = si; k-- > 0 && si - k <= kMaxLeadDistance;) {
    if (!read_line(doc, doc.sentences[k])) return k;
  }
  return std::nullopt;
}

// The owner the label or the lead names: a party's actor, not a place, not civilians.
std::string owner_named(const Document& doc, std::size_t si, std::size_t from, std::size_t to,
                        const Claimant& claimant) {
  std::string about;
  for (const auto& a : doc.sentences[si].actors) {
    if (a.first < from || a.last > to || a.locative || a.side == "civilians") continue;
    if (a.kind == "enemy") return enemy_of(doc, claimant.side);
    if (!a.side.empty() && a.side != "media") about = a.side;
  }
  return about;
}

// The claims of one tally line of sentence `si` (or one item of its inline list), appended to
// `out`: the count and, where a bracket follows it, the period's increment.
void read_tally_line(const Document& doc, const Lexicons& lex,
                     const std::vector<SentenceAttribution>& attribution, std::size_t si,
                     const TallyLine& line, bool inline_list, std::vector<LossClaim>& out) {
  const auto& t = doc.tokens;
  const SentenceView& v = doc.sentences[si];
  auto equipment = lex.equipment_matcher.find_all(t, line.label_first, line.label_last);
  if (equipment.empty()) return;
  const EquipmentEntry& e = lex.equipment[static_cast<std::size_t>(equipment.front().id)];
  // An inline list's lead is its own sentence, up to the colon.
  const auto lead = inline_list ? std::optional<std::size_t>(si) : lead_of(doc, si);
  const std::size_t lead_last = inline_list ? line.label_first : v.last;
  // Who says so and whose losses: the lead's speaker and owner unless the label names them.
  const Claimant claimant =
      lead ? attribution[*lead].segments.back().claimant : attribution[si].at(v.first);
  std::string about = owner_named(doc, si, line.label_first, line.label_last, claimant);
  if (about.empty() && lead) {
    about = owner_named(doc, *lead, doc.sentences[*lead].first,
                        *lead == si ? lead_last : doc.sentences[*lead].last, claimant);
  }
  std::string measure;
  for (const auto& m : lex.measure_matcher.find_all(t, line.label_first, line.label_last)) {
    measure = lex.measures[static_cast<std::size_t>(m.id)].measure;
  }
  const std::string& category = e.categories.front();
  measure = normalise_measure(measure.empty() ? "losses" : measure, category);
  if (about.empty() && category == "civilians" && belligerent(doc, claimant.side))
    about = claimant.side;
  if (about.empty() && belligerent(doc, claimant.side)) about = opponent_of(doc, claimant.side);
  if (about.empty()) return;
  auto add = [&](const text::Count& c, bool cumulative, const char* rule) {
    LossClaim claim;
    claim.claimant = claimant;
    claim.about = about;
    claim.category = category;
    claim.measure = measure;
    claim.value = c.value;
    claim.qualifier = std::string(text::to_string(c.qualifier));
    claim.system = e.system;
    claim.as_of =
        lead ? date_at(doc, *lead, doc.sentences[*lead].last) : date_at(doc, si, line.label_first);
    claim.cumulative = cumulative;
    claim.evidence = doc.sentence_span(si);
    claim.item = doc.span(c.first, c.last);
    claim.provenance["category"] = e.source;
    claim.provenance["measure"] = std::string("tally-line (") + rule + ")";
    claim.provenance["about"] = "tally-owner";
    claim.provenance["claimant"] = claimant.rule;
    out.push_back(std::move(claim));
  };
  // With an increment the count is the running total and the bracket the day's.
  add(line.count,
      line.increment.has_value() || !cues_in(lex, doc, "cumulative", v.first, v.last).empty(),
      "count");
  if (line.increment) add(*line.increment, false, "increment");
}

}  // namespace

std::vector<LossClaim> read_tallies(const Document& doc, const Lexicons& lex,
                                    const std::vector<SentenceAttribution>& attribution) {
  std::vector<LossClaim> out;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceView& v = doc.sentences[si];
    std::vector<TallyLine> lines;
    // A tally is a list of lines, not prose; or a list inside one sentence after its colon.
    const auto one = v.sentence.terminal ? std::nullopt : read_line(doc, v);
    if (one) lines.push_back(*one);
    const bool inline_list = !one && !(lines = read_inline(doc, v)).empty();
    for (const auto& l : lines) read_tally_line(doc, lex, attribution, si, l, inline_list, out);
  }
  return out;
}

}  // namespace truce::extract
