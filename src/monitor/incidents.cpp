// See incidents.hpp.
#include "monitor/incidents.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "geo/distance.hpp"

namespace truce::monitor {
namespace {

// The value given most often (the first given on a tie), "" when none is.
std::string most_often(const std::vector<std::string>& values) {
  std::map<std::string, int> counts;
  std::string best;
  for (const auto& v : values) {
    if (v.empty()) continue;
    if (++counts[v] > counts[best] || best.empty()) best = v;
  }
  return best;
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) {
    list.push_back(value);
  }
}

// Lower is more precise; a date that is only the publication date comes last.
int date_rank(const extract::DateValue& d) {
  if (d.iso.empty()) return 100;
  const int base = static_cast<int>(d.precision);
  return d.rule == "publication" ? 50 + base : base;
}

MergedFields merge(const std::vector<const Account*>& accounts, const SideBook& sides) {
  MergedFields m;
  std::vector<std::string> types, actor1, actor2;
  for (const Account* a : accounts) types.push_back(a->incident.type);
  m.type = most_often(types);
  std::vector<std::string> subs;
  const extract::DateValue* best_date = nullptr;
  std::map<std::string, int> place_counts;
  std::set<int64_t> reports;
  for (const Account* a : accounts) {
    const auto& x = a->incident;
    if (x.type == m.type) subs.push_back(x.sub_event);
    if (x.actor1) actor1.push_back(sides.canonical(x.actor1->side));
    if (x.actor2)
      actor2.push_back(x.actor2->side == "civilians" ? "civilians"
                                                     : sides.canonical(x.actor2->side));
    if (!x.date.iso.empty()) {
      if (!best_date || date_rank(x.date) < date_rank(*best_date) ||
          (date_rank(x.date) == date_rank(*best_date) && x.date.iso < best_date->iso)) {
        best_date = &x.date;
      }
      if (m.date_first.empty() || x.date.iso < m.date_first) m.date_first = x.date.iso;
      const std::string& last = x.date.end_iso.empty() ? x.date.iso : x.date.end_iso;
      if (last > m.date_last) m.date_last = last;
    }
    for (const auto& p : x.places) {
      if (!p.place) continue;
      add_unique(m.places, p.place->name);
      const int count = ++place_counts[p.place->id];
      const bool better =
          !m.place || p.place->precision < m.place->precision ||
          (p.place->precision == m.place->precision && count > place_counts[m.place->id]);
      if (better) m.place = *p.place;
    }
    m.fatalities.add(x.fatalities);
    m.injuries.add(x.injuries);
    add_unique(m.claimants, fmt::format("{} ({})", x.claimant.name, x.claimant.side));
    reports.insert(a->origin.original_id);
    add_unique(m.outlets, a->outlet.outlet ? a->outlet.outlet->name : a->origin.source);
  }
  m.sub_event = most_often(subs);
  m.actor1 = most_often(actor1);
  m.actor2 = most_often(actor2);
  if (best_date) {
    m.date = best_date->iso;
    m.date_precision = best_date->rule == "publication"
                           ? std::string("publication date")
                           : std::string(to_string(best_date->precision));
  }
  m.reports.assign(reports.begin(), reports.end());
  return m;
}

// Near-duplicates count once: an account from a near-duplicate report is left out of grading
// when its original tells the same (same type and claimant side).
std::vector<const Account*> counted_once(const std::vector<const Account*>& accounts) {
  std::vector<const Account*> out;
  for (const Account* a : accounts) {
    if (a->origin.original_id != a->origin.report_id) {
      const bool in_original = std::any_of(accounts.begin(), accounts.end(), [&](const Account* b) {
        return b->origin.report_id == a->origin.original_id &&
               b->incident.type == a->incident.type &&
               b->incident.claimant.side == a->incident.claimant.side;
      });
      if (in_original) continue;
    }
    out.push_back(a);
  }
  return out;
}

// True when a mission's observation may be of the incident: a violent incident with a known
// place, the same day, within the radius of the place's precision (a located event) or of a
// district (an event only placed at the observer).
bool observes(const Observation& o, const MergedFields& m, const LinkRules& rules) {
  if (!is_violent(m.type) || !m.place || o.day < m.date_first || o.day > m.date_last) return false;
  const double radius = rules.radius_km(m.place->precision, o.located ? 1 : 2);
  return geo::distance_km(o.lat, o.lon, m.place->lat, m.place->lon) <= radius;
}

}  // namespace

Result<std::shared_ptr<const Knowledge>> load_knowledge(const std::filesystem::path& data_dir) {
  auto sides = SideBook::load(data_dir);
  if (!sides) return sides.error();
  auto sources = SourceBook::load(data_dir);
  if (!sources) return sources.error();
  auto rules = LinkRules::load(data_dir);
  if (!rules) return rules.error();
  return std::shared_ptr<const Knowledge>(
      new Knowledge{std::move(*sides), std::move(*sources), std::move(*rules)});
}

void Range::add(std::optional<long> value) {
  if (!value) return;
  if (!low || *value < *low) low = value;
  if (!high || *value > *high) high = value;
}

std::string Range::text() const {
  if (!low) return {};
  if (*low == *high) return std::to_string(*low);
  return fmt::format("{}-{}", *low, *high);
}

bool is_violent(const std::string& type) {
  return type == "battles" || type == "explosions_remote_violence" ||
         type == "violence_against_civilians";
}

std::string account_key(int64_t report_id, const extract::Incident& incident) {
  std::size_t at = 0;
  if (!incident.triggers.empty()) {
    at = incident.triggers.front().begin;
  } else if (!incident.evidence.empty()) {
    at = incident.evidence.front().begin;
  }
  return fmt::format("{}@{}:{}", report_id, at, incident.type);
}

Result<IncidentBook> IncidentBook::build(ReportStore& store,
                                         std::shared_ptr<const Knowledge> knowledge) {
  IncidentBook book;
  book.knowledge_ = std::move(knowledge);
  const Knowledge& k = *book.knowledge_;
  auto stored = store.list_incidents({});
  if (!stored) return stored.error();
  auto denials = store.list_denials({});
  if (!denials) return denials.error();
  auto decisions = store.list_incident_decisions();
  if (!decisions) return decisions.error();

  std::map<int64_t, std::optional<StoredReport>> reports;
  book.accounts_ = std::make_shared<std::vector<Account>>();
  for (auto& s : *stored) {
    auto& report = reports[s.origin.report_id];
    if (!report) {
      auto got = store.get_report(s.origin.report_id);
      if (!got) return got.error();
      report = std::move(*got);
    }
    Account a;
    a.key = account_key(s.origin.report_id, s.fact);
    a.ref = fmt::format("{}:{}", s.origin.report_id, s.fact.id);
    a.origin = s.origin;
    if (report) {
      a.title = report->report.title;
      a.url = report->report.url;
      a.outlet = k.sources.match(report->report.source, report->report.url, report->report.author);
    }
    a.incident = std::move(s.fact);
    book.accounts_->push_back(std::move(a));
  }

  std::vector<PairDecision> pairs;
  for (const auto& d : *decisions) pairs.push_back({d.action, d.account_a, d.account_b});
  const auto groups = link_accounts(*book.accounts_, pairs, k.rules, k.sides);

  std::map<std::string, std::vector<DenialRef>> denials_of;  // by account ref
  for (const auto& d : *denials) {
    if (d.fact.incident.empty()) continue;
    const std::string ref = fmt::format("{}:{}", d.origin.report_id, d.fact.incident);
    denials_of[ref].push_back(DenialRef{fmt::format("{}:{}", d.origin.report_id, d.fact.id),
                                        d.fact.claimant.side, d.fact.claimant.name, ref});
  }
  auto stored_observations = store.list_observations();
  if (!stored_observations) return stored_observations.error();
  book.observations_ = std::make_shared<std::vector<Observation>>();
  for (const auto& o : *stored_observations) {
    try {
      book.observations_->push_back(
          observation_from_json(o.mission, nlohmann::json::parse(o.json)));
    } catch (const std::exception& e) {
      return make_error(fmt::format("observation {}: cannot be read: {}", o.id, e.what()));
    }
  }

  for (const auto& g : groups) {
    LinkedIncident incident;
    for (const std::size_t i : g.accounts) {
      const Account& a = (*book.accounts_)[i];
      incident.accounts.push_back(&a);
      const auto it = denials_of.find(a.ref);
      if (it != denials_of.end()) {
        incident.denials.insert(incident.denials.end(), it->second.begin(), it->second.end());
      }
    }
    incident.id = incident.accounts.front()->ref;
    incident.links = g.links;
    incident.merged = merge(incident.accounts, k.sides);
    std::vector<std::string> observed_by;
    for (const Observation& o : *book.observations_) {
      if (observes(o, incident.merged, k.rules)) {
        incident.observations.push_back(&o);
        observed_by.push_back(fmt::format("{} ({} {}, {})", o.mission, o.count, o.kind,
                                          o.id.empty() ? o.time : o.id));
      }
    }
    incident.grade =
        grade_incident(counted_once(incident.accounts), incident.denials, incident.merged.actor1,
                       incident.merged.actor2, k.sides, observed_by);
    book.incidents_.push_back(std::move(incident));
  }
  std::stable_sort(book.incidents_.begin(), book.incidents_.end(),
                   [](const LinkedIncident& a, const LinkedIncident& b) {
                     return a.merged.date < b.merged.date;
                   });
  return book;
}

const LinkedIncident* IncidentBook::find(const std::string& id_or_ref) const {
  for (const auto& incident : incidents_) {
    if (incident.id == id_or_ref) return &incident;
  }
  for (const auto& incident : incidents_) {
    for (const Account* a : incident.accounts) {
      if (a->ref == id_or_ref) return &incident;
    }
  }
  return nullptr;
}

std::vector<const LinkedIncident*> IncidentBook::select(const IncidentFilter& f) const {
  std::vector<const LinkedIncident*> out;
  for (const auto& incident : incidents_) {
    const MergedFields& m = incident.merged;
    if (f.since && (m.date.empty() || m.date < *f.since)) continue;
    if (f.until && (m.date.empty() || m.date.substr(0, f.until->size()) > *f.until)) continue;
    if (f.type && m.type != *f.type) continue;
    if (f.side) {
      const std::string side = knowledge_->sides.canonical(*f.side);
      if (m.actor1 != side && m.actor2 != side && m.actor2 != *f.side) continue;
    }
    if (f.grade && incident.grade.grade != *f.grade) continue;
    if (f.lat && f.lon && f.radius_km) {
      if (!m.place || geo::distance_km(*f.lat, *f.lon, m.place->lat, m.place->lon) > *f.radius_km) {
        continue;
      }
    }
    out.push_back(&incident);
  }
  return out;
}

}  // namespace truce::monitor
