// Brings a database's schema up to date from the list in migrations.cpp, recording each step.
#include <fmt/core.h>

#include "store/migrations.hpp"
#include "store/sqlite_handle.hpp"

namespace truce::store {

int latest_schema_version() { return migrations().empty() ? 0 : migrations().back().version; }

Result<int> schema_version(sqlite3* db, const std::string& location) {
  auto stmt = Statement::prepare(db, "PRAGMA user_version", location);
  if (!stmt) {
    // Preparing a statement is the first read of the file, so a non-database fails here.
    if (sqlite3_extended_errcode(db) == SQLITE_NOTADB) {
      return make_error(fmt::format("{}: not a SQLite database", location));
    }
    return stmt.error();
  }
  auto row = stmt->step();
  if (!row) {
    if (stmt->last_code() == SQLITE_NOTADB) {
      return make_error(fmt::format("{}: not a SQLite database", location));
    }
    return row.error();
  }
  return *row ? static_cast<int>(stmt->column_int(0)) : 0;
}

namespace {

Error newer_schema(const std::string& location, int found, int latest) {
  return make_error(fmt::format(
      "{}: database schema version {} is newer than this truce supports ({}); use a newer truce",
      location, found, latest));
}

}  // namespace

Status migrate(sqlite3* db, const std::string& location) {
  auto before = schema_version(db, location);
  if (!before) return before.error();
  const int latest = latest_schema_version();
  if (*before == latest) return {};
  if (*before > latest) return newer_schema(location, *before, latest);

  auto tx = Transaction::begin(db, location);
  if (!tx) return tx.error();
  // Read again under the write lock: another process may have migrated while we waited.
  auto current = schema_version(db, location);
  if (!current) return current.error();
  if (*current > latest) return newer_schema(location, *current, latest);
  if (*current == latest) return {};  // the guard rolls back the empty transaction

  const std::string context = fmt::format("{}: migrating the schema", location);
  if (Status made = exec(db,
                         "CREATE TABLE IF NOT EXISTS schema_migrations ("
                         " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                         " applied_at TEXT NOT NULL)",
                         context);
      !made) {
    return made;
  }
  auto record = Statement::prepare(db,
                                   "INSERT INTO schema_migrations (version, name, applied_at)"
                                   " VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                                   context);
  if (!record) return record.error();
  for (const Migration& migration : migrations()) {
    if (migration.version <= *current) continue;
    const std::string step =
        fmt::format("{}: migration {} ({})", location, migration.version, migration.name);
    if (Status applied = exec(db, migration.sql, step); !applied) return applied;
    record->reset();
    record->bind(1, int64_t{migration.version}).bind(2, migration.name);
    if (Status recorded = record->run(); !recorded) return recorded;
  }
  // PRAGMA cannot take a bound parameter; the version is our own integer.
  if (Status set = exec(db, fmt::format("PRAGMA user_version = {}", latest), context); !set) {
    return set;
  }
  return tx->commit();
}

}  // namespace truce::store
