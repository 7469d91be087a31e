// The store's schema as an ordered list of migrations, and the runner that brings a database up
// to date. A later stage adds its tables by appending migration N+1 to migrations.cpp.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include <sqlite3.h>

#include "core/result.hpp"

namespace truce::store {

struct Migration {
  int version;            // 1, 2, 3, ... with no gaps; stored in PRAGMA user_version
  std::string_view name;  // a few words, recorded in schema_migrations
  std::string_view sql;   // one or more statements, run in the migration's transaction
};

// Returns every migration, oldest first.
std::span<const Migration> migrations();

// Returns the version the newest migration brings a database to.
int latest_schema_version();

// Returns the database's schema version (PRAGMA user_version; 0 for a new file). Fails with
// "<location>: not a SQLite database" for any other kind of file.
Result<int> schema_version(sqlite3* db, const std::string& location);

// Applies every migration newer than the database's version, all in one transaction, so an
// interrupted upgrade leaves the database as it was. Fails with "<location>: ..." when the
// database is newer than this binary knows, is not a database, or a migration fails.
Status migrate(sqlite3* db, const std::string& location);

}  // namespace truce::store
