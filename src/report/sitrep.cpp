// See sitrep.hpp: gathering one day's facts.
#include "report/sitrep.hpp"

#include <fmt/core.h>

#include <set>

#include "monitor/link_rules.hpp"

namespace truce::report {
namespace {

std::string span_text(const std::string& body, const extract::Span& span) {
  if (span.end > body.size() || span.begin >= span.end) return {};
  std::string text = body.substr(span.begin, span.end - span.begin);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

class EvidenceList {
 public:
  EvidenceList(std::vector<Evidence>& out, const BodyText& body_of)
      : out_(out), body_of_(body_of) {}
  // Returns the number of the sentence, adding it when new.
  int operator()(const std::string& ref, const FactOrigin& origin, const extract::Span& span) {
    const auto key = std::pair{origin.report_id, span.begin};
    if (const auto it = numbers_.find(key); it != numbers_.end()) return it->second;
    auto body = bodies_.find(origin.report_id);
    if (body == bodies_.end())
      body = bodies_.emplace(origin.report_id, body_of_(origin.report_id)).first;
    const int n = static_cast<int>(out_.size()) + 1;
    out_.push_back(Evidence{n, ref, origin.report_id, origin.source, origin.published,
                            span_text(body->second, span)});
    numbers_[key] = n;
    return n;
  }

 private:
  std::vector<Evidence>& out_;
  const BodyText& body_of_;
  std::map<std::pair<int64_t, std::size_t>, int> numbers_;
  std::map<int64_t, std::string> bodies_;
};

}  // namespace

Result<Sitrep> build_sitrep(const std::string& date, ReportStore& store,
                            const monitor::IncidentBook& book,
                            const monitor::CeasefireRegister& ceasefires,
                            const CountryTable& countries, const BodyText& body_of) {
  const auto day = monitor::day_number(date);
  if (date.size() != 10 || !day || monitor::iso_date(*day) != date) {
    return make_error(fmt::format("--date: '{}' is not a date (YYYY-MM-DD)", date), 2);
  }
  Sitrep s;
  s.date = date;
  s.previous = monitor::iso_date(*day - 1);
  EvidenceList cite(s.evidence, body_of);
  std::map<std::string, SourceLine> sources;
  const auto note_source = [&](const monitor::Account& a) {
    const std::string name = a.outlet.outlet ? a.outlet.outlet->name : a.origin.source;
    SourceLine& line = sources[name.empty() ? "(no outlet)" : name];
    line.outlet = name.empty() ? "(no outlet)" : name;
    if (a.outlet.outlet) {
      line.kind = a.outlet.outlet->kind;
      line.side = a.outlet.outlet->side;
    }
    if (std::find(line.reports.begin(), line.reports.end(), a.origin.report_id) ==
        line.reports.end()) {
      line.reports.push_back(a.origin.report_id);
    }
  };

  for (const auto& incident : book.incidents()) {
    if (incident.merged.date == s.previous) s.previous_day.push_back(&incident);
    if (incident.merged.date != date) continue;
    s.today.push_back(&incident);
    const std::string area = incident.merged.place
                                 ? countries.find(incident.merged.place->country).name
                                 : "place unknown";
    s.by_area[area].push_back(&incident);
    for (const auto* a : incident.accounts) {
      note_source(*a);
      if (!a->incident.evidence.empty()) {
        s.incident_evidence[incident.id].push_back(
            cite(a->ref, a->origin, a->incident.evidence.front()));
      }
    }
  }

  for (const auto& c : ceasefires.ceasefires()) {
    if (c.start_day > *day || (c.end_day && *c.end_day < *day)) continue;
    const auto v = ceasefires.violations(c, book);
    CeasefireDay line{&c, 0, 0, 0, {}};
    for (const auto& row : v.by_day) {
      if (row.day == date) {
        line.today = row.incidents;
        line.accused_today = row.by_accused;
      }
      if (row.day == s.previous) line.previous_day = row.incidents;
      if (row.day <= date) line.running_total = row.running_total;
    }
    s.ceasefires.push_back(std::move(line));
  }

  for (const auto& o : book.observations()) {
    if (o.day == date) s.observed.push_back(&o);
  }

  FactFilter originals;
  originals.originals_only = true;
  auto claims = store.list_claims(originals);
  if (!claims) return claims.error();
  for (const auto& c : *claims) {
    if (c.fact.as_of.iso != date) continue;
    LedgerChange change{c, std::nullopt, "", 0};
    for (const auto& earlier : *claims) {
      const auto& e = earlier.fact;
      if (e.as_of.iso.empty() || e.as_of.iso >= date || e.claimant.side != c.fact.claimant.side ||
          e.about != c.fact.about || e.category != c.fact.category || e.measure != c.fact.measure) {
        continue;
      }
      if (change.previous_as_of <= e.as_of.iso) {
        change.previous = e.value;
        change.previous_as_of = e.as_of.iso;
      }
    }
    change.evidence =
        cite(fmt::format("{}:{}", c.origin.report_id, c.fact.id), c.origin, c.fact.evidence);
    s.ledger.push_back(std::move(change));
  }

  auto denials = store.list_denials(originals);
  if (!denials) return denials.error();
  for (const auto& d : *denials) {
    if (d.origin.published != date) continue;
    s.denials.push_back(DenialLine{
        d, cite(fmt::format("{}:{}", d.origin.report_id, d.fact.id), d.origin, d.fact.evidence)});
  }
  for (auto& [name, line] : sources) s.sources.push_back(std::move(line));
  return s;
}

}  // namespace truce::report
