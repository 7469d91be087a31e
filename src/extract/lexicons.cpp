// Loaders for the lexicon files; each checks its columns and closed vocabularies.
#include "extract/lexicons.hpp"

#include <fmt/format.h>

#include <set>

#include "extract/actor_lexicons.hpp"
#include "extract/lexicon_file.hpp"
#include "text/tokenizer.hpp"

namespace truce::extract {
namespace {

const std::set<std::string> kEventTypes = {"battles",
                                           "explosions_remote_violence",
                                           "violence_against_civilians",
                                           "strategic_developments",
                                           "protests",
                                           "riots",
                                           "contextual"};
const std::set<std::string> kMeasures = {"killed",   "wounded", "destroyed", "shot_down",
                                         "captured", "losses",  "toll",      "injury_toll"};
const std::set<std::string> kCategories = {"personnel",
                                           "civilians",
                                           "tanks",
                                           "armored_vehicles",
                                           "tanks_and_armored_vehicles",
                                           "artillery",
                                           "air_defense",
                                           "drones",
                                           "helicopters",
                                           "aircraft",
                                           "vehicles",
                                           "command_posts",
                                           "ammunition_depots",
                                           "settlements"};

Error bad(const LexiconTable& t, const LexiconRow& r, const std::string& what) {
  return make_error(fmt::format("{}:{}: {}", t.path.string(), r.line, what));
}

std::string where(const LexiconTable& t, const LexiconRow& r) {
  return fmt::format("{}:{}", t.path.filename().string(), r.line);
}

// Adds every '|' variant of `field` to `matcher` under `id`; fails when none has a word.
Status add_variants(PhraseMatcher& matcher, const std::string& field, int id, const LexiconTable& t,
                    const LexiconRow& r) {
  bool any = false;
  for (const auto& v : split_alternatives(field)) {
    if (matcher.add(text::phrase_keys(v), id)) any = true;
  }
  if (!any) return bad(t, r, fmt::format("'{}' has no words to match", field));
  return {};
}

}  // namespace

const std::set<std::string>& incident_types() {
  static const std::set<std::string> types = [] {
    std::set<std::string> out = kEventTypes;
    out.erase("contextual");
    return out;
  }();
  return types;
}

const std::set<std::string>& claim_categories() { return kCategories; }

const PhraseMatcher& Lexicons::cue(const std::string& cls) const {
  static const PhraseMatcher kEmpty;
  auto it = cues.find(cls);
  return it == cues.end() ? kEmpty : it->second;
}

bool Lexicons::is_state(const std::string& side) const {
  auto it = sides.find(side);
  return it != sides.end() && !it->second.country.empty();
}

std::string Lexicons::state_of_country(const std::string& cc) const {
  for (const auto& [name, entry] : sides) {
    if (entry.country == cc && counts_as(name) == name) return name;
  }
  return {};
}

std::string Lexicons::counts_as(const std::string& side) const {
  auto it = sides.find(side);
  if (it == sides.end() || it->second.counts_as.empty()) return side;
  return it->second.counts_as;
}

Result<Lexicons> load_lexicons(const std::filesystem::path& dir) {
  Lexicons lex;

  auto equipment = read_lexicon(dir / "equipment.tsv", {"phrases", "category", "system"});
  if (!equipment) return equipment.error();
  for (const auto& r : equipment->rows) {
    EquipmentEntry e{r.fields[0], split_alternatives(r.fields[1]), r.fields[2],
                     where(*equipment, r)};
    if (e.system == "-") e.system.clear();
    if (e.categories.empty()) return bad(*equipment, r, "no category");
    for (const auto& c : e.categories) {
      if (!kCategories.count(c)) return bad(*equipment, r, fmt::format("unknown category '{}'", c));
    }
    const int id = static_cast<int>(lex.equipment.size());
    lex.equipment.push_back(e);
    if (auto s = add_variants(lex.equipment_matcher, r.fields[0], id, *equipment, r); !s)
      return s.error();
  }

  auto patterns = read_lexicon(dir / "event_patterns.tsv", {"phrases", "type", "sub_event",
                                                            "plover", "form", "agent", "requires"});
  if (!patterns) return patterns.error();
  for (const auto& r : patterns->rows) {
    auto f = [&](const char* c) {
      std::string v = r.fields[patterns->column(c)];
      return v == "-" ? std::string() : v;
    };
    EventPattern e{r.fields[0], f("type"),  f("sub_event"), f("plover"),
                   f("form"),   f("agent"), f("requires"),  where(*patterns, r)};
    if (!kEventTypes.count(e.type))
      return bad(*patterns, r, fmt::format("unknown type '{}'", e.type));
    if (e.form != "verb" && e.form != "noun" && e.form != "fallback" && e.form != "accusation")
      return bad(*patterns, r, "form must be verb, noun, fallback or accusation");
    if (e.agent.empty()) e.agent = "subject";
    if (e.agent != "subject" && e.agent != "object" && e.agent != "patient")
      return bad(*patterns, r, "agent must be subject, object or patient");
    const int id = static_cast<int>(lex.patterns.size());
    lex.patterns.push_back(e);
    if (auto s = add_variants(lex.pattern_matcher, r.fields[0], id, *patterns, r); !s)
      return s.error();
  }

  auto measures = read_lexicon(dir / "measures.tsv", {"phrases", "measure"});
  if (!measures) return measures.error();
  for (const auto& r : measures->rows) {
    MeasureEntry e{r.fields[0], r.fields[1], where(*measures, r)};
    if (!kMeasures.count(e.measure))
      return bad(*measures, r, fmt::format("unknown measure '{}'", e.measure));
    const int id = static_cast<int>(lex.measures.size());
    lex.measures.push_back(e);
    if (auto s = add_variants(lex.measure_matcher, r.fields[0], id, *measures, r); !s)
      return s.error();
  }

  auto cues = read_lexicon(dir / "cues.tsv", {"phrases", "class"});
  if (!cues) return cues.error();
  for (const auto& r : cues->rows) {
    const std::string cls = r.fields[1];
    if (cls.empty()) return bad(*cues, r, "no class");
    auto& sources = lex.cue_sources[cls];
    const int id = static_cast<int>(sources.size());
    sources.push_back(where(*cues, r));
    if (auto s = add_variants(lex.cues[cls], r.fields[0], id, *cues, r); !s) return s.error();
  }
  // After the cues: the generated states add their demonyms to the cue class "demonym".
  if (auto s = load_actor_lexicons(dir, lex); !s) return s.error();
  return lex;
}

}  // namespace truce::extract
