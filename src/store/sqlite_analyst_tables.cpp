// SqliteReportStore's analyst tables (migrations 4 and 5): incident merge/split decisions,
// declared ceasefires, observer reports. Each write is one transaction.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "store/sqlite_report_store.hpp"

namespace truce::store {

Result<std::vector<int64_t>> SqliteReportStore::add_incident_decisions(
    const std::vector<IncidentDecision>& decisions) {
  const std::string context = fmt::format("{}: cannot store incident decisions", path_);
  auto tx = Transaction::begin(db_.get(), context);
  if (!tx) return tx.error();
  auto insert = Statement::prepare(db_.get(), R"sql(
    INSERT INTO incident_decisions (action, account_a, account_b, note, decided_at, decided_by)
    VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?5)
  )sql",
                                   context);
  if (!insert) return insert.error();
  std::vector<int64_t> ids;
  for (const auto& d : decisions) {
    insert->reset();
    insert->bind(1, d.action).bind(2, d.account_a).bind(3, d.account_b).bind(4, d.note);
    insert->bind(5, d.decided_by);
    if (Status done = insert->run(); !done) return done.error();
    ids.push_back(sqlite3_last_insert_rowid(db_.get()));
  }
  if (Status done = tx->commit(); !done) return done.error();
  return ids;
}

Result<std::vector<IncidentDecision>> SqliteReportStore::list_incident_decisions() {
  const std::string context = fmt::format("{}: cannot read incident decisions", path_);
  auto stmt = Statement::prepare(db_.get(), R"sql(
    SELECT id, action, account_a, account_b, note, decided_at, decided_by
    FROM incident_decisions ORDER BY id
  )sql",
                                 context);
  if (!stmt) return stmt.error();
  std::vector<IncidentDecision> out;
  while (true) {
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back(IncidentDecision{stmt->column_int(0), stmt->column_text(1), stmt->column_text(2),
                                   stmt->column_text(3), stmt->column_text(4), stmt->column_text(5),
                                   stmt->column_text(6)});
  }
  return out;
}

Result<int64_t> SqliteReportStore::add_declared_ceasefire(const DeclaredCeasefire& c) {
  const std::string context = fmt::format("{}: cannot store ceasefire '{}'", path_, c.name);
  auto tx = Transaction::begin(db_.get(), context);
  if (!tx) return tx.error();
  auto insert = Statement::prepare(db_.get(), R"sql(
    INSERT INTO declared_ceasefires (name, starts, ends, parties, area, note, declared_at,
                                     declared_by)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?7)
  )sql",
                                   context);
  if (!insert) return insert.error();
  insert->bind(1, c.name)
      .bind(2, c.starts)
      .bind(3, c.ends)
      .bind(4, nlohmann::json(c.parties).dump())
      .bind(5, c.area)
      .bind(6, c.note)
      .bind(7, c.declared_by);
  if (Status done = insert->run(); !done) return done.error();
  const int64_t id = sqlite3_last_insert_rowid(db_.get());
  if (Status done = tx->commit(); !done) return done.error();
  return id;
}

Result<std::vector<DeclaredCeasefire>> SqliteReportStore::list_declared_ceasefires() {
  const std::string context = fmt::format("{}: cannot read declared ceasefires", path_);
  auto stmt = Statement::prepare(db_.get(), R"sql(
    SELECT id, name, starts, ends, parties, area, note, declared_at, declared_by
    FROM declared_ceasefires ORDER BY id
  )sql",
                                 context);
  if (!stmt) return stmt.error();
  std::vector<DeclaredCeasefire> out;
  while (true) {
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) break;
    DeclaredCeasefire c;
    c.id = stmt->column_int(0);
    c.name = stmt->column_text(1);
    c.starts = stmt->column_text(2);
    c.ends = stmt->column_text(3);
    c.parties = nlohmann::json::parse(stmt->column_text(4)).get<std::vector<std::string>>();
    c.area = stmt->column_text(5);
    c.note = stmt->column_text(6);
    c.declared_at = stmt->column_text(7);
    c.declared_by = stmt->column_text(8);
    out.push_back(std::move(c));
  }
  return out;
}

Result<std::vector<int64_t>> SqliteReportStore::add_observations(
    const std::vector<StoredObservation>& observations) {
  const std::string batch = observations.empty() ? std::string() : observations.front().batch;
  const std::string context = fmt::format("{}: cannot store the observations of {}", path_, batch);
  auto tx = Transaction::begin(db_.get(), context);
  if (!tx) return tx.error();
  auto insert = Statement::prepare(db_.get(), R"sql(
    INSERT INTO observations (batch, mission, day, lat, lon, json, entered_at)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
  )sql",
                                   context);
  if (!insert) return insert.error();
  std::vector<int64_t> ids;
  for (const auto& o : observations) {
    insert->reset();
    insert->bind(1, o.batch).bind(2, o.mission).bind(3, o.day).bind(4, o.lat).bind(5, o.lon);
    insert->bind(6, o.json);
    if (Status done = insert->run(); !done) return done.error();
    ids.push_back(sqlite3_last_insert_rowid(db_.get()));
  }
  if (Status done = tx->commit(); !done) return done.error();
  return ids;
}

Result<std::vector<StoredObservation>> SqliteReportStore::list_observations() {
  const std::string context = fmt::format("{}: cannot read observations", path_);
  auto stmt = Statement::prepare(db_.get(), R"sql(
    SELECT id, batch, mission, day, lat, lon, json, entered_at FROM observations ORDER BY day, id
  )sql",
                                 context);
  if (!stmt) return stmt.error();
  std::vector<StoredObservation> out;
  while (true) {
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back(StoredObservation{stmt->column_int(0), stmt->column_text(1), stmt->column_text(2),
                                    stmt->column_text(3), stmt->column_double(4),
                                    stmt->column_double(5), stmt->column_text(6),
                                    stmt->column_text(7)});
  }
  return out;
}

}  // namespace truce::store
