// The matching rules, one kind at a time; evidence is compared with white space folded and
// curly quotes made straight.
#include "eval/scorer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "text/date_resolver.hpp"
#include "text/fold.hpp"
#include "text/tokenizer.hpp"

namespace truce::eval {
namespace {

using extract::Span;

// Normalised text and, for each of its bytes, the byte of the original it came from.
struct Normalised {
  std::string text;
  std::vector<std::size_t> origin;
};

Normalised normalise(std::string_view s) {
  Normalised n;
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = 1;
    char out = static_cast<char>(c);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      i += 2;
      continue;
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if (d == 0x98 || d == 0x99) out = '\'', len = 3;
      if (d == 0x9C || d == 0x9D) out = '"', len = 3;
    }
    if (space && !n.text.empty()) {
      n.text.push_back(' ');
      n.origin.push_back(i);
    }
    space = false;
    if (len == 3 && (out == '\'' || out == '"')) {
      n.text.push_back(out);
      n.origin.push_back(i);
    } else {
      for (std::size_t k = 0; k < len; ++k) {
        n.text.push_back(s[i + k]);
        n.origin.push_back(i + k);
      }
    }
    i += len;
  }
  return n;
}

bool contains(std::string_view hay, std::string_view needle) {
  return normalise(hay).text.find(normalise(needle).text) != std::string::npos;
}

std::string slice(const std::string& body, Span s) {
  if (s.end > body.size() || s.begin >= s.end) return {};
  return body.substr(s.begin, s.end - s.begin);
}

double km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kPi = 3.14159265358979323846;
  const double r = 6371.0;
  const double p1 = lat1 * kPi / 180, p2 = lat2 * kPi / 180;
  const double dp = (lat2 - lat1) * kPi / 180, dl = (lon2 - lon1) * kPi / 180;
  const double a = std::sin(dp / 2) * std::sin(dp / 2) +
                   std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
  return 2 * r * std::asin(std::min(1.0, std::sqrt(a)));
}

bool date_matches(const extract::DateValue& d, const std::string& key) {
  auto k = text::parse_iso_date(key);
  auto b = text::parse_iso_date(d.iso);
  if (!k || !b) return false;
  auto e = text::parse_iso_date(d.end_iso.empty() ? d.iso : d.end_iso);
  const long kd = k->days();
  return kd >= b->days() - 1 && kd <= (e ? e->days() : b->days()) + 1;
}

bool is_violent(const std::string& type) {
  return type == "battles" || type == "explosions_remote_violence" ||
         type == "violence_against_civilians" || type == "strategic_developments";
}

std::string side_as(const extract::Lexicons& lex, const std::optional<extract::ActorRef>& a) {
  if (!a || a->side.empty()) return {};
  return lex.counts_as(a->side);
}

// The side a key's name for a party stands for: keys written by different hands name one party
// differently ("ISIS", "Islamic State"; "SPLM-IO", "SPLA-IO"), and the lexicons list the names
// of each. A name that is one lexicon entry of a party, whole, is that party's side; any other
// name stays as written.
std::string party_named(const extract::Lexicons& lex, const std::string& name) {
  const auto tokens = text::tokenize(name);
  if (tokens.empty()) return name;
  const auto m = lex.actor_matcher.match_at(tokens, 0, tokens.size());
  if (!m || m->first != 0 || m->last != tokens.size() || m->id < 0) return name;
  const auto& entry = lex.actors[static_cast<std::size_t>(m->id)];
  return entry.side.empty() ? name : entry.side;
}

bool same_side(const extract::Lexicons& lex, const std::string& key, const std::string& got) {
  return got == key || got == party_named(lex, key);
}

bool actor_ok(const extract::Lexicons& lex, const std::optional<std::string>& key,
              const std::string& got) {
  if (!key) return true;
  return lex.counts_as(*key) == got || lex.counts_as(party_named(lex, *key)) == got;
}

std::string cited_sentences(const ScoredDocument& d, const std::vector<Span>& spans) {
  std::string s;
  for (const auto& sp : spans) {
    if (!s.empty()) s += " | ";
    s += slice(d.report.body, sp);
  }
  return s;
}

}  // namespace

double Prf::precision() const {
  const double denom = static_cast<double>(matched + false_alarms);
  return denom > 0 ? matched / denom : 0.0;
}
double Prf::recall() const { return required ? static_cast<double>(matched) / required : 0.0; }
double Prf::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

EvalResult score(const std::vector<KeyRecord>& key, const std::vector<ScoredDocument>& docs,
                 const extract::Lexicons& lex) {
  EvalResult res;
  for (const auto& d : docs) {
    const auto& body = d.report.body;
    const auto& ex = d.extraction;
    std::vector<const KeyRecord*> events, claims, places, ceasefires, no_events;
    for (const auto& k : key) {
      if (k.doc != d.doc) continue;
      if (k.kind == "event") events.push_back(&k);
      if (k.kind == "claim") claims.push_back(&k);
      if (k.kind == "place") places.push_back(&k);
      if (k.kind == "ceasefire") ceasefires.push_back(&k);
      if (k.kind == "no_event") no_events.push_back(&k);
    }
    // Incidents.
    std::vector<bool> pred_matched(ex.incidents.size(), false);
    std::vector<bool> pred_used(ex.incidents.size(), false);
    auto cites = [&](const extract::Incident& inc, const KeyRecord& k) {
      if (inc.type != k.type &&
          std::find(k.alt_types.begin(), k.alt_types.end(), inc.type) == k.alt_types.end())
        return false;
      for (const auto& sp : inc.evidence) {
        const std::string sentence = slice(body, sp);
        for (const auto& e : k.evidence) {
          if (contains(sentence, e)) return true;
        }
      }
      return false;
    };
    std::vector<const KeyRecord*> ordered;
    for (auto* k : events)
      if (!k->optional) ordered.push_back(k);
    for (auto* k : events)
      if (k->optional) ordered.push_back(k);
    for (const KeyRecord* k : ordered) {
      if (!k->optional) ++res.incidents.required;
      int chosen = -1;
      for (std::size_t p = 0; p < ex.incidents.size(); ++p) {
        if (!cites(ex.incidents[p], *k)) continue;
        pred_matched[p] = true;
        if (chosen < 0 || (pred_used[static_cast<std::size_t>(chosen)] && !pred_used[p]))
          chosen = static_cast<int>(p);
      }
      if (chosen < 0) {
        if (!k->optional) {
          res.findings.push_back(
              {"miss", "event", d.doc, k->type, k->evidence.empty() ? "" : k->evidence.front()});
        }
        continue;
      }
      pred_used[static_cast<std::size_t>(chosen)] = true;
      if (k->optional) continue;
      ++res.incidents.matched;
      const auto& inc = ex.incidents[static_cast<std::size_t>(chosen)];
      auto field = [&](const std::string& name, bool ok, const std::string& detail) {
        auto& a = res.incident_fields[name];
        ++a.total;
        if (ok) {
          ++a.right;
        } else {
          res.findings.push_back({"wrong_field", "event", d.doc, name + ": " + detail,
                                  cited_sentences(d, inc.evidence)});
        }
      };
      if (!k->places.empty()) {
        bool ok = false;
        for (const auto& pr : inc.places) {
          if (!pr.place) continue;
          for (const auto& kp : k->places) {
            if (km(pr.place->lat, pr.place->lon, kp.lat, kp.lon) <= kp.tolerance_km) ok = true;
          }
        }
        field("place", ok,
              fmt::format("key {}, got {}", k->places.front().name,
                          inc.places.empty() ? "none" : inc.places.front().mention));
      }
      if (!k->date.empty())
        field("date", date_matches(inc.date, k->date),
              fmt::format("key {}, got {}..{}", k->date, inc.date.iso, inc.date.end_iso));
      field("claimant_side", same_side(lex, k->claimant_side, inc.claimant.side),
            fmt::format("key {}, got {} ({})", k->claimant_side, inc.claimant.side,
                        inc.claimant.name));
      const std::string a1 = side_as(lex, inc.actor1), a2 = side_as(lex, inc.actor2);
      bool actors = actor_ok(lex, k->actor1, a1) && actor_ok(lex, k->actor2, a2);
      if (!actors && inc.type == "battles")
        actors = actor_ok(lex, k->actor1, a2) && actor_ok(lex, k->actor2, a1);
      field(
          "actors", actors,
          fmt::format("key {}/{}, got {}/{}", k->actor1.value_or("any"), k->actor2.value_or("any"),
                      a1.empty() ? "null" : a1, a2.empty() ? "null" : a2));
      field("fatalities", inc.fatalities == k->fatalities,
            fmt::format("key {}, got {}", k->fatalities ? std::to_string(*k->fatalities) : "null",
                        inc.fatalities ? std::to_string(*inc.fatalities) : "null"));
      field("injuries", inc.injuries == k->injuries,
            fmt::format("key {}, got {}", k->injuries ? std::to_string(*k->injuries) : "null",
                        inc.injuries ? std::to_string(*inc.injuries) : "null"));
    }
    for (std::size_t p = 0; p < ex.incidents.size(); ++p) {
      const auto& inc = ex.incidents[p];
      if (!pred_matched[p] && is_violent(inc.type)) {
        ++res.incidents.false_alarms;
        res.findings.push_back(
            {"false_alarm", "event", d.doc, inc.type, cited_sentences(d, inc.evidence)});
      }
      // A no_event string that a prediction cites: one of its words or places lies in it.
      for (const KeyRecord* k : no_events) {
        for (const auto& e : k->evidence) {
          const Normalised nb = normalise(body);
          const std::string ne = normalise(e).text;
          for (std::size_t at = nb.text.find(ne); at != std::string::npos;
               at = nb.text.find(ne, at + 1)) {
            const std::size_t b = nb.origin[at];
            const std::size_t en = nb.origin[at + ne.size() - 1] + 1;
            bool hit = false;
            auto overlaps = [&](Span s) { return s.begin < en && b < s.end; };
            for (const auto& s : inc.triggers) hit = hit || overlaps(s);
            for (const auto& pl : inc.places) hit = hit || overlaps(pl.span);
            if (hit) {
              ++res.no_event_violations;
              res.findings.push_back(
                  {"no_event", "event", d.doc, k->why, cited_sentences(d, inc.evidence)});
              if (pred_matched[p]) ++res.incidents.false_alarms;
              break;
            }
          }
        }
      }
    }
    // Claims.
    std::vector<bool> claim_hit(ex.claims.size(), false);
    for (const KeyRecord* k : claims) {
      if (!k->optional) ++res.claims.required;
      int chosen = -1;
      for (std::size_t p = 0; p < ex.claims.size(); ++p) {
        const auto& c = ex.claims[p];
        if (c.category != k->category || std::fabs(c.value - k->value) > 1e-6) continue;
        if (k->evidence.empty() || !contains(slice(body, c.evidence), k->evidence.front()))
          continue;
        claim_hit[p] = true;
        if (chosen < 0) chosen = static_cast<int>(p);
      }
      if (chosen < 0) {
        if (!k->optional)
          res.findings.push_back({"miss", "claim", d.doc,
                                  fmt::format("{} {} {}", k->category, k->value, k->measure),
                                  k->evidence.empty() ? "" : k->evidence.front()});
        continue;
      }
      if (k->optional) continue;
      ++res.claims.matched;
      const auto& c = ex.claims[static_cast<std::size_t>(chosen)];
      auto field = [&](const std::string& name, bool ok, const std::string& detail) {
        auto& a = res.claim_fields[name];
        ++a.total;
        if (ok) {
          ++a.right;
        } else {
          res.findings.push_back(
              {"wrong_field", "claim", d.doc, name + ": " + detail, slice(body, c.item)});
        }
      };
      field("claimant_side", same_side(lex, k->claimant_side, c.claimant.side),
            fmt::format("key {}, got {}", k->claimant_side, c.claimant.side));
      field("about",
            lex.counts_as(c.about) == lex.counts_as(k->about) ||
                lex.counts_as(c.about) == lex.counts_as(party_named(lex, k->about)),
            fmt::format("key {}, got {}", k->about, c.about));
      field("measure", c.measure == k->measure,
            fmt::format("key {}, got {}", k->measure, c.measure));
    }
    for (std::size_t p = 0; p < ex.claims.size(); ++p) {
      if (claim_hit[p]) continue;
      const auto& c = ex.claims[p];
      ++res.claims.false_alarms;
      res.findings.push_back(
          {"false_alarm", "claim", d.doc,
           fmt::format("{} {} {} ({})", c.category, c.value, c.measure, slice(body, c.item)),
           slice(body, c.evidence)});
    }
    // Places: every toponym mention the finder returned. The key lists the place names worth
    // checking, not every toponym, so a mention is scored only when its text is a key mention:
    // right when it resolves within that record's tolerance, a false alarm when it resolves
    // elsewhere (or not at all). Other mentions are neither right nor wrong.
    std::map<std::string, std::vector<const KeyRecord*>> key_by_mention;
    for (const KeyRecord* k : places)
      key_by_mention[text::fold(k->places.front().mention)].push_back(k);
    std::set<const KeyRecord*> place_found;
    for (const auto& pl : ex.places) {
      const auto it = key_by_mention.find(text::fold(pl.mention));
      if (it == key_by_mention.end()) continue;
      bool right = false;
      for (const KeyRecord* k : it->second) {
        const KeyPlace& kp = k->places.front();
        if (pl.place && km(pl.place->lat, pl.place->lon, kp.lat, kp.lon) <= kp.tolerance_km) {
          place_found.insert(k);
          right = true;
        }
      }
      if (!right) {
        ++res.places.false_alarms;
        res.findings.push_back({"false_alarm", "place", d.doc,
                                pl.place ? pl.place->name : std::string("(unresolved)"),
                                pl.mention});
      }
    }
    for (const KeyRecord* k : places) {
      if (k->optional) continue;
      ++res.places.required;
      if (place_found.count(k)) {
        ++res.places.matched;
      } else {
        res.findings.push_back(
            {"miss", "place", d.doc, k->places.front().name, k->places.front().mention});
      }
    }
    // Ceasefire agreements.
    std::vector<bool> cf_hit(ex.ceasefires.size(), false);
    for (const KeyRecord* k : ceasefires) {
      if (!k->optional) ++res.ceasefires.required;
      bool found = false;
      for (std::size_t p = 0; p < ex.ceasefires.size(); ++p) {
        const auto& c = ex.ceasefires[p];
        // A reference gathers every sentence that names its agreement; any of them may be
        // the key's.
        const bool cited = std::any_of(c.mentions.begin(), c.mentions.end(), [&](const Span& m) {
          return !k->evidence.empty() && contains(slice(body, m), k->evidence.front());
        });
        if (c.kind != "agreement" || k->evidence.empty() ||
            (!contains(slice(body, c.evidence), k->evidence.front()) && !cited))
          continue;
        if (k->optional) {
          cf_hit[p] = true;
          continue;
        }
        if (c.date && date_matches(*c.date, k->date)) {
          cf_hit[p] = true;
          found = true;
        }
      }
      if (found && !k->optional) ++res.ceasefires.matched;
      if (!found && !k->optional)
        res.findings.push_back(
            {"miss", "ceasefire", d.doc, k->date, k->evidence.empty() ? "" : k->evidence.front()});
    }
    for (std::size_t p = 0; p < ex.ceasefires.size(); ++p) {
      const auto& c = ex.ceasefires[p];
      if (cf_hit[p] || c.kind != "agreement") continue;
      ++res.ceasefires.false_alarms;
      res.findings.push_back({"false_alarm", "ceasefire", d.doc,
                              c.date ? c.date->iso : std::string("no date"),
                              slice(body, c.evidence)});
    }
  }
  return res;
}

void to_json(nlohmann::json& j, const EvalResult& r) {
  auto prf = [](const Prf& p) {
    return nlohmann::json{
        {"precision", p.precision()}, {"recall", p.recall()},   {"f1", p.f1()},
        {"matched", p.matched},       {"required", p.required}, {"false_alarms", p.false_alarms}};
  };
  auto acc = [](const std::map<std::string, Accuracy>& m) {
    nlohmann::json o = nlohmann::json::object();
    for (const auto& [k, a] : m)
      o[k] = {{"accuracy", a.value()}, {"right", a.right}, {"total", a.total}};
    return o;
  };
  j = {{"incidents", prf(r.incidents)},
       {"claims", prf(r.claims)},
       {"places", prf(r.places)},
       {"ceasefires", prf(r.ceasefires)},
       {"no_event_violations", r.no_event_violations},
       {"incident_fields", acc(r.incident_fields)},
       {"claim_fields", acc(r.claim_fields)},
       {"findings", nlohmann::json::array()}};
  for (const auto& f : r.findings) {
    j["findings"].push_back({{"kind", f.kind},
                             {"what", f.what},
                             {"doc", f.doc},
                             {"detail", f.detail},
                             {"sentence", f.sentence}});
  }
}

std::string render(const EvalResult& r) {
  std::string out;
  auto line = [&](const char* name, const Prf& p) {
    out +=
        fmt::format("{:<11} P {:.3f}  R {:.3f}  F1 {:.3f}  ({} of {} found, {} false alarms)\n",
                    name, p.precision(), p.recall(), p.f1(), p.matched, p.required, p.false_alarms);
  };
  line("incidents", r.incidents);
  line("claims", r.claims);
  line("places", r.places);
  line("ceasefires", r.ceasefires);
  out += fmt::format("no_event violations: {}\n", r.no_event_violations);
  out += "matched incidents:";
  for (const auto& [k, a] : r.incident_fields)
    out += fmt::format("  {} {:.2f} ({}/{})", k, a.value(), a.right, a.total);
  out += "\nmatched claims:";
  for (const auto& [k, a] : r.claim_fields)
    out += fmt::format("  {} {:.2f} ({}/{})", k, a.value(), a.right, a.total);
  out += "\n";
  for (const auto& f : r.findings) {
    out += fmt::format("{} {} [{}] {}: {}\n", f.kind, f.what, f.doc, f.detail, f.sentence);
  }
  return out;
}

}  // namespace truce::eval
