// PgReportStore's tables of analysts' and observers' input: incident decisions, declared
// ceasefires and observer reports, each written all or nothing.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "store/pg_report_store.hpp"

namespace truce::store {
namespace {

constexpr std::string_view kNow =
    R"(to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))";

}  // namespace

Result<std::vector<int64_t>> PgReportStore::add_incident_decisions(
    const std::vector<IncidentDecision>& decisions) {
  const std::string context = fmt::format("{}: cannot store incident decisions", name());
  auto tx = pg::Transaction::begin(*conn_, context);
  if (!tx) return tx.error();
  std::vector<int64_t> ids;
  for (const auto& d : decisions) {
    auto row = conn_->run(
        fmt::format("INSERT INTO incident_decisions (action, account_a, account_b, note,"
                    " decided_at, decided_by) VALUES ($1, $2, $3, $4, {}, $5) RETURNING id",
                    kNow),
        {pg::text(d.action), pg::text(d.account_a), pg::text(d.account_b), pg::text(d.note),
         pg::text(d.decided_by)},
        context);
    if (!row) return row.error();
    ids.push_back(row->integer(0, 0));
  }
  if (Status done = tx->commit(); !done) return done.error();
  return ids;
}

Result<std::vector<IncidentDecision>> PgReportStore::list_incident_decisions() {
  auto rows = conn_->run(
      "SELECT id, action, account_a, account_b, note, decided_at, decided_by"
      " FROM incident_decisions ORDER BY id",
      {}, fmt::format("{}: cannot read incident decisions", name()));
  if (!rows) return rows.error();
  std::vector<IncidentDecision> out;
  for (int i = 0; i < rows->size(); ++i) {
    out.push_back(IncidentDecision{rows->integer(i, 0), rows->text(i, 1), rows->text(i, 2),
                                   rows->text(i, 3), rows->text(i, 4), rows->text(i, 5),
                                   rows->text(i, 6)});
  }
  return out;
}

Result<int64_t> PgReportStore::add_declared_ceasefire(const DeclaredCeasefire& c) {
  auto row = conn_->run(
      fmt::format("INSERT INTO declared_ceasefires (name, starts, ends, parties, area, note,"
                  " declared_at, declared_by) VALUES ($1, $2, $3, $4, $5, $6, {}, $7)"
                  " RETURNING id",
                  kNow),
      {pg::text(c.name), pg::text(c.starts), pg::text(c.ends),
       pg::text(nlohmann::json(c.parties).dump()), pg::text(c.area), pg::text(c.note),
       pg::text(c.declared_by)},
      fmt::format("{}: cannot store ceasefire '{}'", name(), c.name));
  if (!row) return row.error();
  return row->integer(0, 0);
}

Result<std::vector<DeclaredCeasefire>> PgReportStore::list_declared_ceasefires() {
  auto rows = conn_->run(
      "SELECT id, name, starts, ends, parties, area, note, declared_at, declared_by"
      " FROM declared_ceasefires ORDER BY id",
      {}, fmt::format("{}: cannot read declared ceasefires", name()));
  if (!rows) return rows.error();
  std::vector<DeclaredCeasefire> out;
  for (int i = 0; i < rows->size(); ++i) {
    DeclaredCeasefire c;
    c.id = rows->integer(i, 0);
    c.name = rows->text(i, 1);
    c.starts = rows->text(i, 2);
    c.ends = rows->text(i, 3);
    c.parties = nlohmann::json::parse(rows->text(i, 4)).get<std::vector<std::string>>();
    c.area = rows->text(i, 5);
    c.note = rows->text(i, 6);
    c.declared_at = rows->text(i, 7);
    c.declared_by = rows->text(i, 8);
    out.push_back(std::move(c));
  }
  return out;
}

Result<std::vector<int64_t>> PgReportStore::add_observations(
    const std::vector<StoredObservation>& observations) {
  const std::string batch = observations.empty() ? std::string() : observations.front().batch;
  const std::string context = fmt::format("{}: cannot store the observations of {}", name(), batch);
  auto tx = pg::Transaction::begin(*conn_, context);
  if (!tx) return tx.error();
  std::vector<int64_t> ids;
  for (const auto& o : observations) {
    auto row = conn_->run(
        fmt::format("INSERT INTO observations (batch, mission, day, lat, lon, json, entered_at)"
                    " VALUES ($1, $2, $3, $4, $5, $6, {}) RETURNING id",
                    kNow),
        {pg::text(o.batch), pg::text(o.mission), pg::text(o.day), pg::real(o.lat), pg::real(o.lon),
         pg::text(o.json)},
        context);
    if (!row) return row.error();
    ids.push_back(row->integer(0, 0));
  }
  if (Status done = tx->commit(); !done) return done.error();
  return ids;
}

Result<std::vector<StoredObservation>> PgReportStore::list_observations() {
  auto rows = conn_->run(
      "SELECT id, batch, mission, day, lat, lon, json, entered_at FROM observations"
      " ORDER BY day, id",
      {}, fmt::format("{}: cannot read observations", name()));
  if (!rows) return rows.error();
  std::vector<StoredObservation> out;
  for (int i = 0; i < rows->size(); ++i) {
    out.push_back(StoredObservation{rows->integer(i, 0), rows->text(i, 1), rows->text(i, 2),
                                    rows->text(i, 3), rows->real(i, 4), rows->real(i, 5),
                                    rows->text(i, 6), rows->text(i, 7)});
  }
  return out;
}

}  // namespace truce::store
